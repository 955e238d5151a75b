import { builtinRules } from '../../rules/index.js';
import { discover } from './load/discover.js';
import { readTemplate, type TemplateDocument } from './load/read-template.js';
import { buildModel } from './model/build.js';
import { Resolver } from './resolve/resolver.js';
import { compareFindings, type Finding, type InputProblem } from './run/finding.js';
import type { Rule } from './run/rule.js';
import { runRules } from './run/run-rules.js';

export interface CheckOptions {
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
    } else if (read.document.kind === 'serverless') {
      const message = 'Serverless Framework input is not supported yet';
      if (explicit) result.problems.push({ file, message });
      else result.skipped.push({ file, reason: message });
    } else {
      try {
        const findings = checkDocument(read.document, rules);
        result.checked.push(file);
        result.notices.push(...read.document.notes.map((n) => ({ file, message: n.message, line: n.loc.line, column: n.loc.column })));
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

export function checkDocument(doc: TemplateDocument, rules: readonly Rule[]): Finding[] {
  const resolver = new Resolver(doc.root);
  return runRules(buildModel(doc.root, resolver), rules, doc.file);
}
