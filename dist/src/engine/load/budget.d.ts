import { type Loc, type SourceNode } from './source-node.js';
/**
 * Limits that keep the cost of any input bounded. The largest CloudFormation template (1 MB, 500 resources) has a
 * few hundred thousand nodes at most; the limits leave room above that and keep peak memory near 1 GiB.
 */
export declare const LIMITS: {
    /** Nodes a YAML file may have before it is parsed (the YAML library needs about 1 KiB per node). */
    readonly yamlNodes: 500000;
    /** Nodes a JSON file may have before it is parsed (about 200 bytes per node). */
    readonly jsonNodes: 2000000;
    /** Nodes that expansion may produce for one input: `Fn::ForEach` copies, Serverless variables. */
    readonly expandedNodes: 1000000;
};
/**
 * An estimate of the number of nodes in YAML or JSON text, in one pass without parsing: every node but the first of a
 * line needs a comma, an opening bracket, a `: ` or a nested `- ` of its own, and each line may start one.
 */
export declare function structureCount(text: string): number;
/** Refuses text with more nodes than `limit` before a parser builds them. */
export declare function assertParseable(file: string, text: string, limit: number, syntax: 'YAML' | 'JSON'): void;
/** Counts what an input's expansion produces; past the limit, an input error for that file at the place that asked. */
export declare class ExpansionBudget {
    private readonly file;
    private readonly limit;
    private used;
    private readonly sizes;
    constructor(file: string, limit?: number);
    charge(units: number, what: string, loc?: Loc): void;
    /** The number of nodes of a tree, counting shared subtrees each time they occur (memoised). */
    sizeOf(node: SourceNode): number;
}
