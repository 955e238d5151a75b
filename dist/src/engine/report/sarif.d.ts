import type { CheckResult } from '../check.js';
/** The base of every relative artifact URI: the repository's root, as GitHub code scanning reads them. */
export declare const SOURCE_ROOT_ID = "%SRCROOT%";
/** SARIF 2.1.0, one run; input errors are tool execution notifications, never silence. */
export declare function formatSarif(result: CheckResult, version: string, options?: {
    withBaseline?: boolean;
    sourceRoot?: string;
}): string;
/** Where a file is for SARIF: relative to the source root when inside it, else an absolute file URI. */
export declare function artifactOf(root: string, file: string): {
    uri: string;
    uriBaseId?: string;
};
