import type { CheckResult } from '../engine/check.js';
/**
 * `check --fix`: writes the mechanical fixes of the findings into their files and says what it could not fix; `--fix-dry-run`
 * prints them as a unified diff instead. Resolves to whether a file was written (the check is then run again).
 */
export declare function applyFixes(result: CheckResult, dryRun: boolean): boolean;
