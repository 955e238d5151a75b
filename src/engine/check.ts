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

/** load → resolve → model → run, for every input; one broken input never hides the findings of the others. */
export function check(paths: readonly string[], options: CheckOptions = {}): CheckResult {
  const rules = options.rules ?? builtinRules;
  const { candidates, missing } = discover(paths);
  const result: CheckResult = { findings: [], problems: [], notices: [], checked: [], skipped: [], missing };
  for (const { file, explicit } of candidates) {
    const read = readTemplate(file);
    if (read.status === 'error') {
      result.problems.push({ file, message: read.error.message, ...(read.error.loc ? { line: read.error.loc.line, column: read.error.loc.column } : {}) });
    } else if (read.status === 'not-a-template') {
      if (explicit) result.problems.push({ file, message: `not a CloudFormation, SAM or Serverless template (${read.reason})` });
      else result.skipped.push({ file, reason: read.reason });
    } else {
      try {
        const { findings, notes } = checkDocument(read.document, rules, options);
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

export function checkDocument(doc: TemplateDocument, rules: readonly Rule[], options: AdapterOptions = {}): { findings: Finding[]; notes: TemplateDocument['notes'] } {
  const view = toCloudFormation(doc, options);
  const resolver = new Resolver(view.root, { pseudo: view.pseudo });
  return { findings: runRules(buildModel(view.root, resolver), rules, doc.file), notes: [...doc.notes, ...view.notes] };
}
