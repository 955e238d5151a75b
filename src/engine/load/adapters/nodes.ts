import { soleItem } from '../../util/lists.js';
import type { Loc, MapEntry, MapNode, SourceNode } from '../source-node.js';

/** Builders for the CloudFormation-shaped documents adapters write; every node still says where the user wrote it. */
export const scalar = (value: string | number | boolean | null, loc: Loc): SourceNode => ({ kind: 'scalar', value, loc });
export const seq = (items: readonly SourceNode[], loc: Loc): SourceNode => ({ kind: 'seq', items, loc });
export const map = (entries: readonly [string, SourceNode | undefined][], loc: Loc): MapNode => ({
  kind: 'map',
  entries: entries.filter((e): e is [string, SourceNode] => e[1] !== undefined).map(([key, value]) => ({ key, keyLoc: value.loc, value })),
  loc,
});

export function entries(node: SourceNode | undefined): readonly MapEntry[] {
  return node?.kind === 'map' ? node.entries : [];
}

export function items(node: SourceNode | undefined): readonly SourceNode[] {
  if (node === undefined) return [];
  return node.kind === 'seq' ? node.items : [node];
}

export function text(node: SourceNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

/** A deep copy of the node whose every position (keys' too) is mapped by `move`. */
export function mapLocs(node: SourceNode, move: (loc: Loc) => Loc): SourceNode {
  const loc = move(node.loc);
  switch (node.kind) {
    case 'scalar':
      return { ...node, loc };
    case 'seq':
      return { kind: 'seq', items: node.items.map((i) => mapLocs(i, move)), loc };
    case 'map':
      return { kind: 'map', entries: node.entries.map((e) => ({ key: e.key, keyLoc: move(e.keyLoc), value: mapLocs(e.value, move) })), loc };
  }
}

/** A copy of the node written, for findings, at `loc`: a value inherited from a default belongs to its heir. */
export function relocate(node: SourceNode, loc: Loc): SourceNode {
  return mapLocs(node, () => loc);
}

/** Sets (or replaces) one key of a map, keeping the others in order. */
export function withEntry(node: MapNode, key: string, value: SourceNode, keyLoc: Loc = value.loc): MapNode {
  const rest = node.entries.filter((e) => e.key !== key);
  return { ...node, entries: [...rest, { key, keyLoc, value }] };
}

/** `{Ref: …}` or `{Fn::…: …}`: a value CloudFormation computes, never merged key by key. */
export function isIntrinsic(node: SourceNode): boolean {
  const key = node.kind === 'map' ? soleItem(node.entries)?.key : undefined;
  return key !== undefined && (key === 'Ref' || key.startsWith('Fn::'));
}

/** The argument of a one-key intrinsic such as `{Ref: X}` when the node is that intrinsic, else `undefined`. */
export function intrinsicArgument(node: SourceNode | undefined, key: string): SourceNode | undefined {
  const only = node?.kind === 'map' ? soleItem(node.entries) : undefined;
  return only?.key === key ? only.value : undefined;
}

/** The logical ID named by `{Ref: X}`. */
export const refName = (node: SourceNode | undefined): string | undefined => text(intrinsicArgument(node, 'Ref'));
