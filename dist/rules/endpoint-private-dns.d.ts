declare const _default: import("../src/engine/run/rule.js").Rule<Record<string, unknown>>;
export default _default;
