import { type Loc, type SourceNode } from '../../source-node.js';
import type { PlannedResource } from './plan.js';
import { type PlanValues } from './values.js';
/** One nested block of a resource (an `ingress`, `egress` or `route` block): its fields as CloudFormation values. */
export interface NestedBlock {
    field(name: string): SourceNode | undefined;
    /** The block's known values, to find it in the source. */
    readonly planned: SourceNode;
}
/**
 * The nested blocks of a set-of-objects attribute (`ingress`, `egress`, `route`). The plan's configuration records such
 * an attribute as one expression whose references are those of all its blocks, so a field known only after apply
 * (`security_groups = [aws_security_group.fn.id]` of a new group) takes those references when it is the only such
 * field; with several, each is unknown rather than guessed.
 */
export declare function nestedBlocks(r: PlannedResource, name: string, values: PlanValues, loc: Loc): NestedBlock[] | SourceNode;
