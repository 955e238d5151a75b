interface Options {
    /** IAM service prefixes not to demand endpoints for (reached another way, e.g. a proxy). */
    ignoreServices: string[];
    /** The functions' subnets have egress this template does not show (a NAT gateway in another stack). */
    assumeEgress: boolean;
}
declare const _default: import("../src/engine/run/rule.js").Rule<Options>;
export default _default;
