import type { CheckResult } from '../engine/check.js';
interface PullRequestEvent {
    readonly number?: number;
    readonly pull_request?: {
        readonly number?: number;
        readonly head?: {
            readonly sha?: string;
        };
    };
}
/**
 * `suggest-fixes: true`: each finding's mechanical fix as a review suggestion on the pull request, when the token may
 * write to it; otherwise (a fork's pull request, a read-only token, a line outside the diff) the fixes go to the job
 * summary as a diff, and the log says why.
 */
export declare function suggestFixes(result: CheckResult, event: PullRequestEvent, mayWrite: boolean): Promise<void>;
export {};
