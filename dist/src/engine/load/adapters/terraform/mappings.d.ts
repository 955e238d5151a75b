import { type SourceNode } from '../../source-node.js';
import type { PlannedResource } from './plan.js';
/** What one Terraform resource type stands for in CloudFormation: the type and how its properties are read. */
export interface Mapping {
    readonly type: string;
    properties(get: Getter, r: PlannedResource): [string, SourceNode | undefined][];
    readonly noDefaultEgress?: boolean;
}
/** An attribute (a path: `vpc_config`, `subnet_ids`) as a CloudFormation value, at its line where known. */
export type Getter = (...path: string[]) => SourceNode | undefined;
export declare const MAPPINGS: Record<string, Mapping>;
