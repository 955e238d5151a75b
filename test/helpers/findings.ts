import type { CheckResult } from '../../src/engine/check.js';
import type { Finding } from '../../src/engine/run/finding.js';

/** A finding for the reporters' and the baseline's own tests: an error of rule `r` on `Id`, line 1, with `fields` over it. */
export function aFinding(fields: Partial<Finding> = {}): Finding {
  return { ruleId: 'r', level: 'error', message: 'm', file: 't.yaml', line: 1, column: 1, logicalId: 'Id', related: [], ...fields };
}

/** A check result with nothing in it but `parts`, for the reporters' and the exit code's own tests. */
export function aResult(parts: Partial<CheckResult> = {}): CheckResult {
  return { findings: [], problems: [], notices: [], checked: [], skipped: [], missing: [], rules: [], settings: {}, models: [], ...parts };
}
