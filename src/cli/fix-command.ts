import { writeFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import type { CheckResult } from '../engine/check.js';
import { planFixes } from '../engine/fix/fix-files.js';
import { InputError } from '../engine/load/source-node.js';
import { escapeTerminal } from '../engine/report/escape.js';

/**
 * `check --fix`: writes the mechanical fixes of the findings into their files and says what it could not fix; `--fix-dry-run`
 * prints them as a unified diff instead. Resolves to whether a file was written (the check is then run again).
 */
export function applyFixes(result: CheckResult, dryRun: boolean): boolean {
  const plan = planFixes(result.findings);
  for (const { finding, why } of plan.refused) {
    process.stderr.write(
      `endpoint-guard: ${escapeTerminal(`not fixed: ${finding.file}:${finding.line}:${finding.column} ${finding.ruleId} (${finding.logicalId}): ${why}`)}\n`,
    );
  }
  const count = plan.files.reduce((n, f) => n + f.fixed.length, 0);
  if (dryRun) {
    for (const f of plan.files) {
      const patch = createTwoFilesPatch(f.file, f.file, f.before, f.after, undefined, undefined, { context: 3 });
      process.stdout.write(patch.split('\n').map(escapeTerminal).join('\n'));
    }
    process.stderr.write(`endpoint-guard: --fix would fix ${count} finding(s) in ${plan.files.length} file(s)\n`);
    return false;
  }
  for (const f of plan.files) {
    try {
      writeFileSync(f.file, f.after);
    } catch (e) {
      throw new InputError(f.file, `cannot write the fixes: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  if (count > 0) process.stderr.write(`endpoint-guard: fixed ${count} finding(s) in ${plan.files.length} file(s)\n`);
  return plan.files.length > 0;
}
