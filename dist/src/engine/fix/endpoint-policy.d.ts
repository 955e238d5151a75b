import { type NetworkModel } from '../model/network-model.js';
import { type Role, type VpcEndpoint } from '../model/types.js';
import { type Value } from '../resolve/value.js';
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
 * The least-privilege policy of each AWS-service endpoint of the model: one statement per role of a Lambda function
 * in the endpoint's VPC, with exactly the actions that role is granted on the endpoint's service and the resources of
 * those grants. Calls the Lambda service makes for the function (event-source polling, deliveries) are left out:
 * they do not go through the VPC.
 */
export declare function endpointPolicies(model: NetworkModel, options?: PolicyOptions): EndpointPolicy[];
/** The policy of one endpoint (undefined when it is not an AWS service's Interface or Gateway endpoint). */
export declare function endpointPolicy(model: NetworkModel, endpoint: VpcEndpoint, options?: PolicyOptions): EndpointPolicy | undefined;
