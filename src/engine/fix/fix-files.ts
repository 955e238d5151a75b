import { lstatSync } from 'node:fs';
import { dirname, extname } from 'node:path';
import { isCloudAssembly } from '../load/cloud-assembly.js';
import { readRegularFile } from '../load/input-files.js';
import { isStackUri } from '../load/live/stack-uri.js';
import { parseJson } from '../load/parse-json.js';
import { parseYaml } from '../load/parse-yaml.js';
import { looksLikeTerraformPlan } from '../load/read-template.js';
import type { Finding } from '../run/finding.js';
import { editableJson } from './edit-json.js';
import { editableYaml, type EditableText, type Splice } from './edit-yaml.js';
import type { FixIntent } from './intent.js';
import { styleOf } from './render-policy.js';

type Fixable = Finding & { readonly fix: FixIntent };

/** One file as the fixes leave it. */
export interface FileFix {
  readonly file: string;
  readonly before: string;
  readonly after: string;
  readonly fixed: readonly Finding[];
}

export interface FixPlan {
  readonly files: readonly FileFix[];
  /** Findings with a fix that could not be applied, and why. */
  readonly refused: readonly { readonly finding: Finding; readonly why: string }[];
}

/** The fixes of these findings, file by file, in the order of the findings; nothing is written here. */
export function planFixes(findings: readonly Finding[]): FixPlan {
  const files: FileFix[] = [];
  const refused: { finding: Finding; why: string }[] = [];
  for (const [file, fixable] of byFile(findings)) {
    const source = editableFile(file);
    if ('refused' in source) {
      refused.push(...fixable.map((finding) => ({ finding, why: source.refused })));
      continue;
    }
    const outcome = spliceAll(source, fixable);
    refused.push(...outcome.refused);
    const after = applied(source.text, outcome.splices);
    const parses = after === source.text ? true : parsesAs(file, after);
    if (parses !== true) refused.push(...outcome.fixed.map((finding) => ({ finding, why: `the fixed file would not parse (${parses})` })));
    else if (after !== source.text) files.push({ file, before: source.text, after, fixed: outcome.fixed });
  }
  return { files, refused };
}

/**
 * Each finding's own fix, alone, as splices of its file as it is (for SARIF `fixes` and review suggestions): every
 * file read and parsed once, however many findings it has.
 */
export function splicesByFinding(findings: readonly Finding[]): Map<Finding, { text: string; splices: readonly Splice[] }> {
  const out = new Map<Finding, { text: string; splices: readonly Splice[] }>();
  for (const [file, fixable] of byFile(findings)) {
    const source = editableFile(file);
    if ('refused' in source) continue;
    for (const finding of fixable) {
      const { splices, fixed } = spliceAll(source, [finding]);
      if (fixed.length > 0) out.set(finding, { text: source.text, splices });
    }
  }
  return out;
}

/**
 * The text with the splices made: all of them were located in the same original text. Insertions at one place go in
 * the order they were made, except that a deeper one goes first: an item of a list that ends there belongs before a
 * property added to the mapping that ends there too.
 */
export function applied(text: string, splices: readonly Splice[]): string {
  const depth = (s: Splice) => (/^\n?( *)/.exec(s.text)?.[1] ?? '').length;
  const order = splices.map((s, i) => ({ ...s, i })).sort((a, b) => b.start - a.start || depth(a) - depth(b) || b.i - a.i);
  let out = text;
  for (const s of order) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

function byFile(findings: readonly Finding[]): Map<string, Fixable[]> {
  const files = new Map<string, Fixable[]>();
  for (const f of findings) if (f.fix && !f.suppressed) files.set(f.file, [...(files.get(f.file) ?? []), f as Fixable]);
  return files;
}

/**
 * Every change of a fix, or none (a fix half made could make another finding); a change another finding's fix
 * already makes counts as made, and one that would overlap another's characters is refused.
 */
function spliceAll(source: EditableText, fixable: readonly Fixable[]) {
  const made = new Set<string>();
  const splices: Splice[] = [];
  const fixed: Finding[] = [];
  const refused: { finding: Finding; why: string }[] = [];
  for (const finding of fixable) {
    const changes = finding.fix.changes.filter((c) => !made.has(JSON.stringify(c)));
    const own: Splice[] = [];
    let why: string | undefined;
    for (const change of changes) {
      const edited = source.edit(change);
      if ('refused' in edited) why = edited.refused;
      else own.push(...edited.splices);
      if (why !== undefined) break;
    }
    if (why === undefined && own.some((s) => splices.some((t) => s.start < t.end && t.start < s.end))) why = 'it would change the same text as another fix';
    if (why !== undefined) {
      refused.push({ finding, why });
      continue;
    }
    for (const c of changes) made.add(JSON.stringify(c));
    splices.push(...own);
    fixed.push(finding);
  }
  return { splices, fixed, refused };
}

/** A safety net: text that no longer parses is never written. */
function parsesAs(file: string, text: string): true | string {
  try {
    if (styleOf(file, text) === 'json') parseJson(file, text);
    else parseYaml(file, text);
    return true;
  } catch (e) {
    return (e as Error).message;
  }
}

/** A file that fixes may change, parsed: a template written by hand, a regular file, not a link. */
function editableFile(file: string): EditableText | { refused: string } {
  if (isStackUri(file)) return { refused: 'a deployed stack: fix its template and deploy it' };
  if (!/^\.(ya?ml|json|template)$/i.test(extname(file))) return { refused: 'not a YAML or JSON template (fix the Terraform source by hand)' };
  if (isCloudAssembly(dirname(file)) || isCloudAssembly(dirname(dirname(file)))) return { refused: "generated by the CDK: fix the app's code" };
  try {
    if (lstatSync(file).isSymbolicLink()) return { refused: 'a symbolic link: not written through' };
  } catch {
    return { refused: 'the file is not there' };
  }
  const read = readRegularFile(file);
  if (!read.ok) return { refused: read.reason };
  const text = read.bytes.toString('utf8');
  if (looksLikeTerraformPlan(text)) return { refused: 'a Terraform plan: fix the .tf source by hand' };
  const style = styleOf(file, text);
  return style === 'json' ? editableJson(text) : editableYaml(text, style);
}
