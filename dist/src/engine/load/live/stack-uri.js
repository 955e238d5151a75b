/**
 * A deployed stack as an input's name: `cloudformation://<region>/<stack-name>`. Stable across runs (no stack ID, no
 * account), so that baselines and SARIF results match between runs against the same stack.
 */
export const STACK_SCHEME = 'cloudformation:';
export function stackUri(region, name) {
    return `cloudformation://${encodeURIComponent(region)}/${encodeURIComponent(name)}`;
}
export function isStackUri(file) {
    return file.startsWith(`${STACK_SCHEME}//`);
}
//# sourceMappingURL=stack-uri.js.map