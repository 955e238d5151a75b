import type { CheckResult } from '../check.js';
/** SARIF 2.1.0, one run; input errors are tool execution notifications, never silence. */
export declare function formatSarif(result: CheckResult, version: string, options?: {
    withBaseline?: boolean;
}): string;
