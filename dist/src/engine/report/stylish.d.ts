import type { CheckResult } from '../check.js';
export interface StylishOptions {
    readonly color?: boolean;
    readonly baselined?: number;
    readonly hidden?: number;
    /** Terminal width: long messages wrap under their start, the rule id after the last word. Unset: one line each. */
    readonly width?: number;
}
/** ESLint-style: findings grouped by file, `line:col  level  message  rule-id`, then a summary. */
export declare function formatStylish(result: CheckResult, { color, baselined, hidden, width }?: StylishOptions): string;
