import type { SourceNode } from '../load/source-node.js';
import { type Value } from './value.js';
export type Truth = boolean | 'unknown';
export interface ConditionScope {
    resolve(node: SourceNode | undefined): Value | undefined;
    condition(name: string): Truth;
}
/** Three-valued evaluation of a condition expression (Fn::Equals/And/Or/Not, Condition). */
export declare function evaluateCondition(expr: SourceNode, scope: ConditionScope): Truth;
