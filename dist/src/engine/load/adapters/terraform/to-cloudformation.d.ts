import type { Suppression } from '../../../model/types.js';
import { type Loc, type MapNode } from '../../source-node.js';
export interface TerraformView {
    readonly root: MapNode;
    readonly region: string | undefined;
    readonly notes: ReadonlyArray<{
        readonly message: string;
        readonly loc: Loc;
    }>;
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
