import { soleItem } from '../../util/lists.js';
/** Builders for the CloudFormation-shaped documents adapters write; every node still says where the user wrote it. */
export const scalar = (value, loc) => ({ kind: 'scalar', value, loc });
export const seq = (items, loc) => ({ kind: 'seq', items, loc });
export const map = (entries, loc) => ({
    kind: 'map',
    entries: entries.filter((e) => e[1] !== undefined).map(([key, value]) => ({ key, keyLoc: value.loc, value })),
    loc,
});
export function entries(node) {
    return node?.kind === 'map' ? node.entries : [];
}
export function items(node) {
    if (node === undefined)
        return [];
    return node.kind === 'seq' ? node.items : [node];
}
export function text(node) {
    return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}
/** A deep copy of the node whose every position (keys' too) is mapped by `move`. */
export function mapLocs(node, move) {
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
export function relocate(node, loc) {
    return mapLocs(node, () => loc);
}
/** Sets (or replaces) one key of a map, keeping the others in order. */
export function withEntry(node, key, value, keyLoc = value.loc) {
    const rest = node.entries.filter((e) => e.key !== key);
    return { ...node, entries: [...rest, { key, keyLoc, value }] };
}
/** `{Ref: …}` or `{Fn::…: …}`: a value CloudFormation computes, never merged key by key. */
export function isIntrinsic(node) {
    const key = node.kind === 'map' ? soleItem(node.entries)?.key : undefined;
    return key !== undefined && (key === 'Ref' || key.startsWith('Fn::'));
}
/** The argument of a one-key intrinsic such as `{Ref: X}` when the node is that intrinsic, else `undefined`. */
export function intrinsicArgument(node, key) {
    const only = node?.kind === 'map' ? soleItem(node.entries) : undefined;
    return only?.key === key ? only.value : undefined;
}
/** The logical ID named by `{Ref: X}`. */
export const refName = (node) => text(intrinsicArgument(node, 'Ref'));
//# sourceMappingURL=nodes.js.map