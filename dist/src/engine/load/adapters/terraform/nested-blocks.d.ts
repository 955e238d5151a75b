import type { Loc, SourceNode } from '../../source-node.js';
import { type NestedBlock } from './blocks.js';
import type { PlannedResource } from './plan.js';
import type { PlanValues } from './values.js';
/** Where a nested block is written: its `name {` line in the .tf file, else its place in the plan. */
export type BlockLoc = (name: string, block: NestedBlock) => Loc;
/** The inline `ingress` / `egress` blocks of an `aws_security_group`, one CloudFormation rule per source. */
export declare function inlineRules(r: PlannedResource, values: PlanValues, blockLoc: BlockLoc, loc: Loc): [string, SourceNode | undefined][];
/**
 * The peers of a Terraform security group rule (an inline block, or an `aws_security_group_rule`), one CloudFormation
 * key and value each: every CIDR, IPv6 CIDR and prefix list, the source or destination groups, and with `self` the
 * rule's own group.
 */
export declare function rulePeers(field: (name: string) => SourceNode | undefined, direction: 'ingress' | 'egress', groupsField: string, self: SourceNode | undefined): [string, SourceNode][];
/** The inline `route` blocks of an `aws_route_table`, as the AWS::EC2::Route resources they stand for. */
export declare function inlineRoutes(r: PlannedResource, values: PlanValues, blockLoc: BlockLoc, loc: Loc): [string, SourceNode][];
