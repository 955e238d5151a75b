import type { Suppression } from '../../../model/types.js';
import { type Loc, type MapNode, type SourceNode } from '../../source-node.js';
import { type PlannedResource } from './plan.js';
import { TerraformSources } from './tf-source.js';
import { PlanValues } from './values.js';
export interface TerraformView {
    readonly root: MapNode;
    readonly region: string | undefined;
    readonly notes: readonly {
        readonly message: string;
        readonly loc: Loc;
    }[];
    readonly includes: readonly string[];
    readonly commentSuppressions: readonly Suppression[];
}
/**
 * A Terraform plan as the CloudFormation-shaped template the model builder reads: each resource instance under its
 * Terraform address (`module.net.aws_subnet.private[0]`), mapped to the CloudFormation type it stands for, with the
 * references between resources that the plan's configuration records. Terraform's own semantics are kept where they
 * differ (a security group without egress blocks has no egress rule). Types with no bearing on the network are left
 * out; their IDs are then external, as in a template that references another stack.
 */
export declare function terraformPlanToCloudFormation(planRoot: MapNode, file: string): TerraformView;
/**
 * Terraform resource instances as CloudFormation resources under their addresses, with what other resources add to
 * them (rules, policies, associations). `sourcesFor`: the .tf files where a resource's block is written, if known.
 */
export declare function resourcesToCloudFormation(resources: readonly PlannedResource[], values: PlanValues, sourcesFor: (r: PlannedResource) => TerraformSources | undefined): [string, SourceNode][];
