import { type MapNode, type SourceNode } from '../load/source-node.js';
import type { Loc } from '../load/source-node.js';
import { type ConditionScope, type Truth } from './conditions.js';
import { type PseudoName, type Value } from './value.js';
declare const NO_VALUE: unique symbol;
type Resolved = Value | typeof NO_VALUE;
/**
 * What an input adapter writes for a value it knows cannot be known (a Serverless `${ssm:…}` variable):
 * `{ "EndpointGuard::Unknown": "<reason>" }`; inside an `Fn::Sub` string, `${EndpointGuard::Unknown(<reason>)}`.
 */
export declare const UNKNOWN_MARKER = "EndpointGuard::Unknown";
/** Whether a node is an input adapter's marker for a value that cannot be known. */
export declare function isUnknownMarker(node: SourceNode): boolean;
export interface ResolverOptions {
    /** Values for pseudo parameters known from the context (e.g. `--region`); others stay symbolic. */
    readonly pseudo?: Partial<Record<PseudoName, string>>;
    /** The account's exports (a deployed stack's region): `Fn::ImportValue` of a known name is its value. */
    readonly imports?: ReadonlyMap<string, string>;
}
/**
 * Resolves intrinsic functions of one template, lazily and memoised per node. Never enumerates condition scenarios:
 * a condition that cannot be evaluated makes the `Fn::If` UNKNOWN.
 */
export declare class Resolver implements ConditionScope {
    private readonly options;
    private readonly memo;
    private depth;
    private readonly conditionMemo;
    readonly parameters: MapNode | undefined;
    readonly mappings: SourceNode | undefined;
    readonly conditions: SourceNode | undefined;
    readonly resourceTypes: ReadonlyMap<string, string>;
    private readonly resourceNodes;
    constructor(root: MapNode, options?: ResolverOptions);
    /** The stack's region when the input tells it (a Serverless `provider.region`), for messages. */
    get region(): string | undefined;
    /** The value of a node, or undefined when it resolves to `AWS::NoValue` (the property is absent). */
    resolve(node: SourceNode | undefined): Value | undefined;
    condition(name: string): Truth;
    private inner;
    private compute;
    private intrinsic;
    /** Ref to a name: a pseudo parameter, a parameter (its default), or a resource (a typed reference). */
    refName(name: string, loc: Loc): Resolved;
    private ref;
    private parameterValue;
    /** `Res.Attr` or `[Res, Attr]`; the attribute may contain dots (`Endpoint.Address`). */
    refAttribute(resource: string, attribute: string, loc: Loc): Value;
    private getAtt;
    private join;
    private select;
    private split;
    private fnIf;
    private findInMap;
}
export {};
