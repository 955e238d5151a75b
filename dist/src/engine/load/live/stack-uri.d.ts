/**
 * A deployed stack as an input's name: `cloudformation://<region>/<stack-name>`. Stable across runs (no stack ID, no
 * account), so that baselines and SARIF results match between runs against the same stack.
 */
export declare const STACK_SCHEME = "cloudformation:";
export declare function stackUri(region: string, name: string): string;
export declare function isStackUri(file: string): boolean;
