import { type Loc, type SourceNode } from '../../source-node.js';
import type { Getter } from './mappings.js';
import type { PlannedResource } from './plan.js';
/**
 * What other Terraform resources add to the mapped ones: `aws_security_group_rule` (one CloudFormation rule per CIDR
 * or source group), `aws_vpc_endpoint_policy`, managed policies attached to roles, and the endpoint associations.
 */
export declare class Extras {
    /** Whether resources of a type add to the mapped ones. */
    static reads(type: string): boolean;
    private readonly out;
    private readonly folds;
    collect(r: PlannedResource, get: Getter, loc: Loc): void;
    /** An `aws_vpc_endpoint_*_association`: one more route table, subnet or security group on the endpoint. */
    private endpointAssociation;
    resources(): [string, SourceNode][];
    private securityGroupRule;
    private endpointPolicy;
    /** A managed policy attached to a role: an AWS one goes to the role's ManagedPolicyArns, one of ours gets the role. */
    private attachment;
    /** Applies what other resources add to the mapped ones. */
    fold(resources: [string, SourceNode][]): void;
}
