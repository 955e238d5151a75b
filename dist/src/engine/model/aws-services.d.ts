import type { EndpointService } from './types.js';
/**
 * Which VPC endpoint serves the calls of each IAM service prefix. A prefix not listed here is served by the
 * Interface endpoint of the same name (`com.amazonaws.<region>.<prefix>`: sqs, sns, kms, ssm, sts, secretsmanager,
 * execute-api, states, events, lambda, xray, ...). Listed are only the irregular cases, each with why.
 */
export type EndpointNeed = 
/**
 * Any of these endpoint service names will do; `gateway`: a Gateway endpoint also serves it; `global`: the
 * endpoint's name has no region (`com.amazonaws.iam`); `resourceType`: a service-managed endpoint of its own type.
 */
{
    readonly kind: 'endpoint';
    readonly names: readonly string[];
    readonly gateway?: true;
    readonly global?: true;
    readonly resourceType?: string;
}
/** Calls that do not leave the VPC or are made by AWS itself: no endpoint needed. */
 | {
    readonly kind: 'none';
    readonly why: string;
}
/** A service with no VPC endpoint at all: only a NAT (or another egress) route reaches it. */
 | {
    readonly kind: 'no-endpoint';
    readonly why: string;
};
/**
 * Actions an event-source mapping's poller uses with the function's role: the Lambda service polls the queue or
 * stream, outside the VPC. They count only for functions that have no event source of that service.
 */
export declare const POLLER_ACTIONS: Readonly<Record<string, readonly string[]>>;
/**
 * Actions the Lambda service uses to deliver to a function's dead-letter queue or topic and asynchronous-invocation
 * destinations, on those resources only (CDK's grants for them add the SQS read actions).
 */
export declare const DELIVERY_ACTIONS: Readonly<Record<string, readonly string[]>>;
/** What calling `action` from a function in a private subnet needs. */
export declare function endpointNeed(action: string): EndpointNeed;
/**
 * AWS managed policies whose grants are obvious from their name (service prefixes). The Lambda execution-role
 * policies grant only what the Lambda service uses itself (logs, network interfaces, event-source polling).
 */
export declare const MANAGED_POLICY_SERVICES: Readonly<Record<string, readonly string[]>>;
/** What an AWS service's endpoint enforces and where it listens, where that differs from the rule (a policy, tcp 443). */
export interface EndpointServiceFacts {
    /** Whether the endpoint enforces an endpoint policy; where it does not, AWS allows full access whatever it says. */
    readonly policySupported: boolean;
    /** The tcp ports the service listens on. */
    readonly ports: readonly number[];
}
export declare function endpointServiceFacts(service: string): EndpointServiceFacts;
/**
 * The tcp ports an endpoint's clients connect to: its AWS service's, 443 when the service is not known yet (nearly all
 * listen there), `own` for an endpoint service (`vpce-svc-…`), whose port the template cannot know.
 */
export declare function endpointPorts(service: EndpointService): readonly number[] | 'own';
/** An IAM action's service prefix, in lower case: `SQS:SendMessage` → `sqs`. */
export declare function serviceOfAction(action: string): string;
