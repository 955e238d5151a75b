import { getOrMake } from '../util/lists.js';
import { endpointNeed } from '../model/aws-services.js';
import { grantsOf, isLambdaServiceCall, type Grant, type Grants } from '../model/grants.js';
import { isWildcardResource } from '../model/iam.js';
import { isGatewayEndpoint, isInterfaceEndpoint, type NetworkModel } from '../model/network-model.js';
import { label, labels, type LambdaFunction, type Role, type Vpc, type VpcEndpoint } from '../model/types.js';
import { display, type Value } from '../resolve/value.js';

/** One Allow statement of a generated endpoint policy: what one calling role is granted on the endpoint's service. */
export interface RoleStatement {
  readonly role: Role;
  /** The actions as the role's policies write them, each once. */
  readonly actions: readonly string[];
  /** The resources of those grants, each once; `any` only with `allowBroad`, for a grant on every resource. */
  readonly resources: readonly Value[] | 'any';
}

export interface EndpointPolicy {
  readonly endpoint: VpcEndpoint;
  /** The service the endpoint serves (`sqs`, `qldb.session`). */
  readonly service: string;
  readonly statements: readonly RoleStatement[];
  /** What was kept out of the policy (broad grants) or could not be read, said beside it. */
  readonly remarks: readonly string[];
}

export interface PolicyOptions {
  /** Only the endpoint of this logical ID. */
  readonly endpoint?: string;
  /** Keep wildcard actions and `Resource: "*"` grants in the policy instead of leaving them out with a remark. */
  readonly allowBroad?: boolean;
}

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
export function endpointPolicies(model: NetworkModel, options: PolicyOptions = {}): EndpointPolicy[] {
  return model.endpoints
    .filter((e) => options.endpoint === undefined || e.id === options.endpoint)
    .flatMap((endpoint) => endpointPolicy(model, endpoint, options) ?? []);
}

/** The policy of one endpoint (undefined when it is not an AWS service's Interface or Gateway endpoint). */
export function endpointPolicy(model: NetworkModel, endpoint: VpcEndpoint, options: PolicyOptions = {}): EndpointPolicy | undefined {
  if (endpoint.service.kind !== 'aws' || !(isInterfaceEndpoint(endpoint) || isGatewayEndpoint(endpoint))) return undefined;
  return policyOf(model, endpoint, endpoint.service.name, options);
}

function policyOf(model: NetworkModel, endpoint: VpcEndpoint, service: string, options: PolicyOptions): EndpointPolicy {
  const callers = callersIn(model, model.vpcOfEndpoint(endpoint));
  const remarks = [...callers.remarks];
  const roles = callers.byService.get(service) ?? [];
  const statements: RoleStatement[] = [];
  if (roles.length > MAX_ROLES)
    remarks.push(
      `${roles.length} roles are granted ${service} actions: more than one policy should name one by one; write it by hand (a condition on the roles' path or tags)`,
    );
  else {
    for (const { role, functions } of roles) {
      const statement = roleStatement(model, role, functions, service, options, remarks);
      if (statement) statements.push(statement);
    }
  }
  if (callers.functions === 0) remarks.push(`no Lambda function of this template is in the VPC of ${label(endpoint)}`);
  else if (statements.length === 0 && roles.length <= MAX_ROLES) remarks.push(`no function in the VPC of ${label(endpoint)} is granted ${service} actions`);
  return { endpoint, service, statements, remarks };
}

/** The roles of the functions of one VPC by the endpoint service each is granted actions on; computed once per VPC. */
interface Callers {
  readonly functions: number;
  readonly byService: ReadonlyMap<string, readonly { readonly role: Role; readonly functions: readonly LambdaFunction[] }[]>;
  readonly remarks: readonly string[];
}

const callersByModel = new WeakMap<NetworkModel, Map<Vpc | undefined, Callers>>();

function callersIn(model: NetworkModel, vpc: Vpc | undefined): Callers {
  const cache = callersByModel.get(model) ?? new Map<Vpc | undefined, Callers>();
  callersByModel.set(model, cache);
  const known = cache.get(vpc);
  if (known) return known;
  const functions = vpc ? model.functionsIn(vpc) : [];
  const byRole = new Map<Role, LambdaFunction[]>();
  const roleless: LambdaFunction[] = [];
  for (const fn of functions) {
    const role = model.roleOf(fn);
    if (!role) roleless.push(fn);
    else getOrMake(byRole, role, () => []).push(fn);
  }
  const byService = new Map<string, { role: Role; functions: LambdaFunction[] }[]>();
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

const grantsByRole = new WeakMap<Role, Grants>();

function grantsOfRole(role: Role): Grants {
  const known = grantsByRole.get(role);
  if (known) return known;
  const grants = grantsOf(role);
  grantsByRole.set(role, grants);
  return grants;
}

function roleStatement(
  model: NetworkModel,
  role: Role,
  functions: readonly LambdaFunction[],
  service: string,
  options: PolicyOptions,
  remarks: string[],
): RoleStatement | undefined {
  const grants = grantsOfRole(role);
  const served = grants.actions.filter((g) => servesOf(g, service) && !functions.every((fn) => isLambdaServiceCall(g, fn, model)));
  remarks.push(...grants.unreadable.map((why) => `${why}: not in this policy`));
  const actions = new Map<string, string>();
  const resources = new Map<string, Value>();
  let anyResource = false;
  for (const grant of served) {
    const broadAction = grant.action.includes('*');
    const broadResource = grant.resources === 'any' || grant.resources.some(isWildcardResource);
    if ((broadAction || broadResource) && !options.allowBroad) {
      remarks.push(
        `${grant.why}${broadResource ? ' on every resource' : ''}: left out as broader than an endpoint policy should allow (--allow-broad keeps it)`,
      );
      continue;
    }
    actions.set(grant.action.toLowerCase(), actions.get(grant.action.toLowerCase()) ?? grant.action);
    if (broadResource) anyResource = true;
    else for (const r of grant.resources) resources.set(display(r), r);
  }
  if (actions.size === 0) return undefined;
  return { role, actions: [...actions.values()], resources: anyResource ? 'any' : [...resources.values()] };
}

/** The endpoint services that serve the calls of a grant's action. */
function servicesOf(grant: Grant): readonly string[] {
  const need = endpointNeed(grant.action);
  return need.kind === 'endpoint' ? need.names : [];
}

function servesOf(grant: Grant, service: string): boolean {
  return servicesOf(grant).includes(service);
}
