import type { CheckResult } from '../check.js';
/** GitHub Actions workflow commands: one annotation per finding and per input error. */
export declare function formatGithub(result: CheckResult): string;
