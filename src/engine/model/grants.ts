import { display, type Value } from '../resolve/value.js';
import { DELIVERY_ACTIONS, MANAGED_POLICY_SERVICES, POLLER_ACTIONS, serviceOfAction } from './aws-services.js';
import { knownShape, pattern, values } from './iam.js';
import type { NetworkModel } from './network-model.js';
import { label, type LambdaFunction, type Role } from './types.js';

/** One action a role allows (`svc:*` for a managed policy's actions on a service), and how to say so in messages. */
export interface Grant {
  readonly action: string;
  /** The statement's Resource values; `any` for a managed policy's grants or a statement without Resource. */
  readonly resources: readonly Value[] | 'any';
  /** `sqs:SendMessage is granted to LambdaRole`, `the managed policy AmazonSQSReadOnlyAccess of LambdaRole grants sqs actions`. */
  readonly why: string;
}

/** What a role allows: actions it grants, and grants it has that cannot be read (`*`, NotAction, unknown values). */
export interface Grants {
  readonly actions: readonly Grant[];
  readonly unreadable: readonly string[];
}

/** The Allow actions of a role: inline policies, template policies attached to it, and well-known managed policies. */
export function grantsOf(role: Role): Grants {
  const actions: Grant[] = [];
  const unreadable: string[] = [];
  const name = label(role);
  for (const policy of role.policies) {
    if (policy.state === 'unknown') {
      unreadable.push(`${name} has a policy that cannot be read (${policy.reason})`);
      continue;
    }
    for (const why of policy.document.unreadable) unreadable.push(`${name} has a statement that cannot be read (${why})`);
    for (const s of policy.document.statements) {
      if (!s.effect.known || s.effect.value !== 'Allow') continue;
      if (s.notAction.present) {
        unreadable.push(`${name} allows every action but some (NotAction)`);
        continue;
      }
      if (!s.action.present) continue;
      for (const v of values(s.action.value)) {
        const a = knownShape(v);
        if (a === undefined) unreadable.push(`${name} allows ${display(v)}`);
        else if (a.startsWith('*')) unreadable.push(`${name} allows ${a} (every service)`);
        else actions.push({ action: a, resources: s.resource.present ? values(s.resource.value) : 'any', why: `${a} is granted to ${name}` });
      }
    }
  }
  for (const arn of role.managedPolicyArns) {
    const p = pattern(arn);
    const policy = p ? /:policy\/(?:service-role\/)?([\w+=,.@-]+)$/.exec(p)?.[1] : undefined;
    const services = policy ? MANAGED_POLICY_SERVICES[policy] : undefined;
    if (services)
      actions.push(
        ...services.map((svc) => ({ action: `${svc}:*`, resources: 'any' as const, why: `the managed policy ${policy} of ${name} grants ${svc} actions` })),
      );
    else if (arn.kind === 'unknown') unreadable.push(`${name} has managed policies that are not known (${arn.reason})`);
    else unreadable.push(`${name} has the managed policy ${display(arn)}, whose grants are not known here`);
  }
  return { actions, unreadable };
}

/**
 * A grant the Lambda service itself uses for the function, not the function's code: polling its event sources, and
 * delivering to its dead-letter queue or destinations (on those resources only). Such calls never go through the
 * function's VPC.
 */
export function isLambdaServiceCall(grant: Grant, fn: LambdaFunction, model: NetworkModel): boolean {
  const action = grant.action.toLowerCase();
  const prefix = serviceOfAction(action);
  if (model.polledServicesOf(fn).has(prefix) && POLLER_ACTIONS[prefix]?.includes(action)) return true;
  if (!DELIVERY_ACTIONS[prefix]?.includes(action) || grant.resources === 'any' || grant.resources.length === 0) return false;
  return grant.resources.every(
    (r) => r.kind === 'ref' && fn.deliveryTargets.has(r.target) && DELIVERY_TARGET_SERVICES[model.typeOf(r.target) ?? ''] === prefix,
  );
}

/** The service that delivers to each type of dead-letter target or destination: a queue only takes SQS calls. */
const DELIVERY_TARGET_SERVICES: Readonly<Record<string, string>> = {
  'AWS::SQS::Queue': 'sqs',
  'AWS::SNS::Topic': 'sns',
  'AWS::Lambda::Function': 'lambda',
  'AWS::Serverless::Function': 'lambda',
  'AWS::Events::EventBus': 'events',
};
