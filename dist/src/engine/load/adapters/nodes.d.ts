import type { Loc, MapEntry, MapNode, SourceNode } from '../source-node.js';
/** Builders for the CloudFormation-shaped documents adapters write; every node still says where the user wrote it. */
export declare const scalar: (value: string | number | boolean | null, loc: Loc) => SourceNode;
export declare const seq: (items: readonly SourceNode[], loc: Loc) => SourceNode;
export declare const map: (entries: readonly [string, SourceNode | undefined][], loc: Loc) => MapNode;
export declare function entries(node: SourceNode | undefined): readonly MapEntry[];
export declare function items(node: SourceNode | undefined): readonly SourceNode[];
export declare function text(node: SourceNode | undefined): string | undefined;
/** A deep copy of the node whose every position (keys' too) is mapped by `move`. */
export declare function mapLocs(node: SourceNode, move: (loc: Loc) => Loc): SourceNode;
/** A copy of the node written, for findings, at `loc`: a value inherited from a default belongs to its heir. */
export declare function relocate(node: SourceNode, loc: Loc): SourceNode;
/** Sets (or replaces) one key of a map, keeping the others in order. */
export declare function withEntry(node: MapNode, key: string, value: SourceNode, keyLoc?: Loc): MapNode;
/** `{Ref: …}` or `{Fn::…: …}`: a value CloudFormation computes, never merged key by key. */
export declare function isIntrinsic(node: SourceNode): boolean;
/** The argument of a one-key intrinsic such as `{Ref: X}` when the node is that intrinsic, else `undefined`. */
export declare function intrinsicArgument(node: SourceNode | undefined, key: string): SourceNode | undefined;
/** The logical ID named by `{Ref: X}`. */
export declare const refName: (node: SourceNode | undefined) => string | undefined;
