import type { CheckResult } from '../check.js';
/** A stable machine format: every finding with rule, level, file, line, column and logical ID. */
export declare function formatJson(result: CheckResult, version: string, baselined?: number): string;
