/**
 * endpoint-guard's public API: what custom rules (and programs embedding the checker) use. The built-in rules are
 * written against exactly this API.
 */
export { defineRule } from './engine/run/rule.js';
export { check } from './engine/check.js';
export { endpointTypeOf, isInterfaceEndpoint } from './engine/model/network-model.js';
export { label } from './engine/model/types.js';
export { display, knownString } from './engine/resolve/value.js';
//# sourceMappingURL=api.js.map