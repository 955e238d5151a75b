import { resolve as resolvePath } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { toCloudFormation, type AdapterOptions } from './load/adapters/index.js';
import { discover } from './load/discover.js';
import { readTemplate, type TemplateDocument } from './load/read-template.js';
import { buildModel } from './model/build.js';
import { Resolver } from './resolve/resolver.js';
import { compareFindings, type Finding, type InputProblem } from './run/finding.js';
import type { Rule } from './run/rule.js';
import { runRules } from './run/run-rules.js';

export interface CheckOptions extends AdapterOptions {
  readonly rules?: readonly Rule[];
}

export interface CheckResult {
  readonly findings: Finding[];
  readonly problems: InputProblem[];
  /** Things read leniently (not strict YAML, duplicate keys): reported as notes, never failing the run. */
  readonly notices: InputProblem[];
  /** Files checked as templates. */
  readonly checked: string[];
  /** Files of a directory scan that are not templates, with why (for --debug). */
  readonly skipped: Array<{ file: string; reason: string }>;
  /** Paths on the command line that match nothing. */
  readonly missing: string[];
}

/**
 * load → resolve → model → run, for every input; one broken input never hides the findings of the others.
 * Serverless services go first, so that the files they include are checked through them and not again on their own.
 */
export function check(paths: readonly string[], options: CheckOptions = {}): CheckResult {
  const rules = options.rules ?? builtinRules;
  const { candidates, missing, problems } = discover(paths);
  const result: CheckResult = { findings: [], problems: [...problems], notices: [], checked: [], skipped: [], missing };
  const reads = candidates.map((c) => ({ ...c, read: readTemplate(c.file) }));
  const isServerless = (r: (typeof reads)[number]) => r.read.status === 'template' && r.read.document.kind === 'serverless';
  const included = new Set<string>();
  for (const { file, explicit, read } of [...reads.filter(isServerless), ...reads.filter((r) => !isServerless(r))]) {
    if (!explicit && included.has(resolvePath(file))) {
      result.skipped.push({ file, reason: 'included by a serverless.yml that was checked' });
    } else if (read.status === 'error') {
      result.problems.push({ file, message: read.error.message, ...(read.error.loc ? { line: read.error.loc.line, column: read.error.loc.column } : {}) });
    } else if (read.status === 'not-a-template') {
      if (explicit) result.problems.push({ file, message: `not a CloudFormation, SAM or Serverless template (${read.reason})` });
      else result.skipped.push({ file, reason: read.reason });
    } else {
      try {
        const { findings, notes, includes } = checkDocument(read.document, rules, options);
        for (const i of includes) included.add(i);
        result.checked.push(file);
        result.notices.push(...notes.map((n) => ({ file: n.loc.file ?? file, message: n.message, line: n.loc.line, column: n.loc.column })));
        result.findings.push(...findings);
      } catch (e) {
        // A defect of ours must cost this file only, never the findings of the other inputs.
        result.problems.push({ file, message: `internal error while checking this file: ${(e as Error).message}` });
      }
    }
  }
  result.findings.sort(compareFindings);
  return result;
}

export function checkDocument(
  doc: TemplateDocument,
  rules: readonly Rule[],
  options: AdapterOptions = {},
): { findings: Finding[]; notes: TemplateDocument['notes']; includes: readonly string[] } {
  const view = toCloudFormation(doc, options);
  const resolver = new Resolver(view.root, { pseudo: view.pseudo });
  return { findings: runRules(buildModel(view.root, resolver), rules, doc.file), notes: [...doc.notes, ...view.notes], includes: view.includes };
}
