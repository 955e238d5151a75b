import { type Loc, type SourceNode } from '../../source-node.js';
import type { ModuleConfig, PlannedResource } from './plan.js';
/** A reference to a resource block: `aws_subnet.private[0].id` → block (with its module path), instance key, attribute. */
interface Reference {
    readonly block: string;
    readonly index?: string;
    readonly attribute?: string;
}
type Referenced = {
    readonly kind: 'resource';
    readonly ref: Reference;
} | {
    readonly kind: 'other';
    readonly name: string;
};
/**
 * What a plan tells about one attribute of a resource, as a CloudFormation-shaped value: the planned value where it
 * is known; where it is known only after apply, the resources its expression references (`aws_vpc.main.id` →
 * `{Ref: aws_vpc.main}`, `aws_iam_role.fn.arn` → `{Fn::GetAtt: [aws_iam_role.fn, Arn]}`), following module outputs
 * and input variables to the resource they stand for; else UNKNOWN, with why.
 */
export declare class PlanValues {
    /** Every resource instance's address, by the address of its block (`aws_subnet.private` → `[0]`, `[1]`). */
    private readonly instances;
    private readonly modules;
    private steps;
    constructor(
    /** Every resource instance's address, by the address of its block (`aws_subnet.private` → `[0]`, `[1]`). */
    instances: ReadonlyMap<string, readonly string[]>, modules: ReadonlyMap<string, ModuleConfig>);
    /** `source`: where planned values, `after_unknown` and expressions are read (a resource, or one of its blocks). */
    attribute(source: Pick<PlannedResource, 'values' | 'afterUnknown' | 'expressions' | 'modulePrefix'> & {
        readonly address?: string;
    }, path: readonly string[], loc: Loc): SourceNode | undefined;
    /**
     * `aws_subnet.private[count.index].id` is recorded as references to `aws_subnet.private` and `count.index`: in
     * instance `[1]` of a counted resource it is instance `[1]` of the block (and likewise for `each.key`).
     */
    private sameInstance;
    /** The value of an attribute known only after apply, from what its expression references. */
    fromReferences(name: string, planned: SourceNode | undefined, references: readonly Referenced[], loc: Loc): SourceNode;
    /**
     * The references of an expression, each target once and the most specific form only (`aws_iam_role.fn.arn`, not
     * also `aws_iam_role.fn`); module outputs and input variables followed to what they stand for.
     */
    references(expression: SourceNode | undefined, modulePrefix: string, hops?: number): Referenced[];
    private resolve;
    /** The CloudFormation value a reference stands for: one node per instance it names. */
    private targets;
}
export declare function reference(id: string, attribute: string | undefined, loc: Loc): SourceNode;
/** Whether an `after_unknown` entry marks its value, or any part of it, as known only after apply. */
export declare function knownOnlyAfterApply(unknown: SourceNode | undefined): boolean;
/** A path into planned values, `after_unknown` or expressions; a nested block is a one-item list in all three. */
export declare function at(node: SourceNode | undefined, path: readonly string[]): SourceNode | undefined;
export {};
