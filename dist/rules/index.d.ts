import type { AnyRule } from '../src/engine/run/rule.js';
/** The built-in rules, in the contract's order: the four core rules, then the extension rules. */
export declare const builtinRules: readonly AnyRule[];
