import type { CheckResult } from '../check.js';
/** ESLint-style: findings grouped by file, `line:col  level  message  rule-id`, then a summary. */
export declare function formatStylish(result: CheckResult, color: boolean, baselined?: number, hidden?: number): string;
