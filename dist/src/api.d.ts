/**
 * endpoint-guard's public API: what custom rules (and programs embedding the checker) use. The built-in rules are
 * written against exactly this API.
 */
export { defineRule, type AnyRule, type Level, type Report, type Rule, type RuleContext, type RuleOptions, type RelatedLocation } from './engine/run/rule.js';
export { check, type CheckOptions, type CheckResult } from './engine/check.js';
export type { Finding } from './engine/run/finding.js';
export type { NetworkModel } from './engine/model/network-model.js';
export { endpointTypeOf, isInterfaceEndpoint } from './engine/model/network-model.js';
export { label } from './engine/model/types.js';
export type * from './engine/model/types.js';
export type { Value } from './engine/resolve/value.js';
export { display, knownString } from './engine/resolve/value.js';
export type { Loc } from './engine/load/source-node.js';
