interface Options {
    /** Sources a team accepts besides security groups: CIDRs or prefix list IDs (e.g. a VPN's range). */
    allowedSources: string[];
}
declare const _default: import("../src/engine/run/rule.js").Rule<Options>;
export default _default;
