interface Options {
    /** Sources a team accepts besides the Lambda functions' groups: group logical IDs or IDs, CIDRs, prefix lists. */
    allowedSources: string[];
}
declare const _default: import("../src/engine/run/rule.js").Rule<Options>;
export default _default;
