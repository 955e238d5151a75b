interface Options {
    /** Principal ARNs (or ARN patterns with `*`) a team accepts although they are not roles, e.g. a shared-services account. */
    allowedPrincipals: string[];
}
declare const _default: import("../src/engine/run/rule.js").Rule<Options>;
export default _default;
