import { getOrMake } from '../util/lists.js';
import { endpointNeed } from '../model/aws-services.js';
import { grantsOf, isLambdaServiceCall } from '../model/grants.js';
import { isWildcardResource } from '../model/iam.js';
import { isGatewayEndpoint, isInterfaceEndpoint } from '../model/network-model.js';
import { label, labels } from '../model/types.js';
import { display } from '../resolve/value.js';
/**
 * More calling roles than an endpoint policy should name one by one (its size is limited to 20,480 characters):
 * such a policy is for a person to write, with a condition on the roles' path or tags.
 */
const MAX_ROLES = 20;
/**
 * The least-privilege policy of each AWS-service endpoint of the model: one statement per role of a Lambda function
 * in the endpoint's VPC, with exactly the actions that role is granted on the endpoint's service and the resources of
 * those grants. Calls the Lambda service makes for the function (event-source polling, deliveries) are left out:
 * they do not go through the VPC.
 */
export function endpointPolicies(model, options = {}) {
    return model.endpoints
        .filter((e) => options.endpoint === undefined || e.id === options.endpoint)
        .flatMap((endpoint) => endpointPolicy(model, endpoint, options) ?? []);
}
/** The policy of one endpoint (undefined when it is not an AWS service's Interface or Gateway endpoint). */
export function endpointPolicy(model, endpoint, options = {}) {
    if (endpoint.service.kind !== 'aws' || !(isInterfaceEndpoint(endpoint) || isGatewayEndpoint(endpoint)))
        return undefined;
    return policyOf(model, endpoint, endpoint.service.name, options);
}
function policyOf(model, endpoint, service, options) {
    const callers = callersIn(model, model.vpcOfEndpoint(endpoint));
    const remarks = [...callers.remarks];
    const roles = callers.byService.get(service) ?? [];
    const statements = [];
    if (roles.length > MAX_ROLES)
        remarks.push(`${roles.length} roles are granted ${service} actions: more than one policy should name one by one; write it by hand (a condition on the roles' path or tags)`);
    else {
        for (const { role, functions } of roles) {
            const statement = roleStatement(model, role, functions, service, options, remarks);
            if (statement)
                statements.push(statement);
        }
    }
    if (callers.functions === 0)
        remarks.push(`no Lambda function of this template is in the VPC of ${label(endpoint)}`);
    else if (statements.length === 0 && roles.length <= MAX_ROLES)
        remarks.push(`no function in the VPC of ${label(endpoint)} is granted ${service} actions`);
    return { endpoint, service, statements, remarks };
}
const callersByModel = new WeakMap();
function callersIn(model, vpc) {
    const cache = callersByModel.get(model) ?? new Map();
    callersByModel.set(model, cache);
    const known = cache.get(vpc);
    if (known)
        return known;
    const functions = vpc ? model.functionsIn(vpc) : [];
    const byRole = new Map();
    const roleless = [];
    for (const fn of functions) {
        const role = model.roleOf(fn);
        if (!role)
            roleless.push(fn);
        else
            getOrMake(byRole, role, () => []).push(fn);
    }
    const byService = new Map();
    for (const [role, fns] of byRole) {
        for (const service of new Set(grantsOfRole(role).actions.flatMap(servicesOf))) {
            const callers = byService.get(service) ?? [];
            callers.push({ role, functions: fns });
            byService.set(service, callers);
        }
    }
    const remarks = roleless.length > 0 ? [`the role of ${labels(roleless)} is not in this template: its calls are not in this policy`] : [];
    const callers = { functions: functions.length, byService, remarks };
    cache.set(vpc, callers);
    return callers;
}
const grantsByRole = new WeakMap();
function grantsOfRole(role) {
    const known = grantsByRole.get(role);
    if (known)
        return known;
    const grants = grantsOf(role);
    grantsByRole.set(role, grants);
    return grants;
}
function roleStatement(model, role, functions, service, options, remarks) {
    const grants = grantsOfRole(role);
    const served = grants.actions.filter((g) => servesOf(g, service) && !functions.every((fn) => isLambdaServiceCall(g, fn, model)));
    remarks.push(...grants.unreadable.map((why) => `${why}: not in this policy`));
    const actions = new Map();
    const resources = new Map();
    let anyResource = false;
    for (const grant of served) {
        const broadAction = grant.action.includes('*');
        const broadResource = grant.resources === 'any' || grant.resources.some(isWildcardResource);
        if ((broadAction || broadResource) && !options.allowBroad) {
            remarks.push(`${grant.why}${broadResource ? ' on every resource' : ''}: left out as broader than an endpoint policy should allow (--allow-broad keeps it)`);
            continue;
        }
        actions.set(grant.action.toLowerCase(), actions.get(grant.action.toLowerCase()) ?? grant.action);
        if (broadResource)
            anyResource = true;
        else
            for (const r of grant.resources)
                resources.set(display(r), r);
    }
    if (actions.size === 0)
        return undefined;
    return { role, actions: [...actions.values()], resources: anyResource ? 'any' : [...resources.values()] };
}
/** The endpoint services that serve the calls of a grant's action. */
function servicesOf(grant) {
    const need = endpointNeed(grant.action);
    return need.kind === 'endpoint' ? need.names : [];
}
function servesOf(grant, service) {
    return servicesOf(grant).includes(service);
}
//# sourceMappingURL=endpoint-policy.js.map