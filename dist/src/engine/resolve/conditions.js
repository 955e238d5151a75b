import { soleItem } from '../util/lists.js';
import { knownString } from './value.js';
/** Three-valued evaluation of a condition expression (Fn::Equals/And/Or/Not, Condition). */
export function evaluateCondition(expr, scope) {
    if (expr.kind === 'scalar' && typeof expr.value === 'boolean')
        return expr.value;
    const only = expr.kind === 'map' ? soleItem(expr.entries) : undefined;
    if (!only)
        return 'unknown';
    const { key, value } = only;
    if (key === 'Condition')
        return value.kind === 'scalar' ? scope.condition(String(value.value)) : 'unknown';
    // Every other condition function takes a list of arguments.
    if (value.kind !== 'seq')
        return 'unknown';
    const args = value.items;
    switch (key) {
        case 'Fn::Not': {
            // CloudFormation takes exactly one condition.
            const inner = args.length === 1 && args[0] ? evaluateCondition(args[0], scope) : 'unknown';
            return inner === 'unknown' ? 'unknown' : !inner;
        }
        case 'Fn::And': {
            // CloudFormation takes 2 to 10 conditions; fewer is no condition we can read.
            if (args.length < 2)
                return 'unknown';
            const values = args.map((a) => evaluateCondition(a, scope));
            if (values.includes(false))
                return false;
            return values.includes('unknown') ? 'unknown' : true;
        }
        case 'Fn::Or': {
            if (args.length < 2)
                return 'unknown';
            const values = args.map((a) => evaluateCondition(a, scope));
            if (values.includes(true))
                return true;
            return values.includes('unknown') ? 'unknown' : false;
        }
        case 'Fn::Equals': {
            if (args.length !== 2)
                return 'unknown';
            return equals(scope.resolve(args[0]), scope.resolve(args[1]));
        }
        default:
            return 'unknown';
    }
}
function equals(a, b) {
    const sa = a && knownString(a);
    const sb = b && knownString(b);
    if (sa === undefined || sb === undefined)
        return 'unknown';
    return sa === sb;
}
//# sourceMappingURL=conditions.js.map