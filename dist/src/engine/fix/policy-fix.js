import { endpointPolicy } from './endpoint-policy.js';
import { policyDocument } from './render-policy.js';
/**
 * The generated least-privilege policy as the fix of an endpoint without one: only when it is complete, with every
 * grant of every calling role written out. A policy that would leave out a broad grant, or a resource that cannot be
 * written, could deny calls the functions make: that is for a person to decide (`endpoint-guard policy` shows why).
 */
export function policyFix(model, endpoint) {
    const policy = endpointPolicy(model, endpoint);
    if (!policy || policy.statements.length === 0 || policy.remarks.length > 0)
        return undefined;
    const { document, remarks } = policyDocument(policy);
    if (remarks.length > 0)
        return undefined;
    return {
        description: `add the least-privilege PolicyDocument to ${endpoint.id}`,
        changes: [{ kind: 'set', resource: endpoint.id, property: 'PolicyDocument', value: document, ifAbsent: true }],
    };
}
//# sourceMappingURL=policy-fix.js.map