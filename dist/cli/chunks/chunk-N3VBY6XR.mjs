import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  soleItem
} from "./chunk-RWOBXVY3.mjs";

// src/engine/load/adapters/nodes.ts
var scalar = (value, loc) => ({ kind: "scalar", value, loc });
var seq = (items2, loc) => ({ kind: "seq", items: items2, loc });
var map = (entries2, loc) => ({
  kind: "map",
  entries: entries2.filter((e) => e[1] !== void 0).map(([key, value]) => ({ key, keyLoc: value.loc, value })),
  loc
});
function entries(node) {
  return node?.kind === "map" ? node.entries : [];
}
function items(node) {
  if (node === void 0) return [];
  return node.kind === "seq" ? node.items : [node];
}
function text(node) {
  return node?.kind === "scalar" && node.value !== null ? String(node.value) : void 0;
}
function mapLocs(node, move) {
  const loc = move(node.loc);
  switch (node.kind) {
    case "scalar":
      return { ...node, loc };
    case "seq":
      return { kind: "seq", items: node.items.map((i) => mapLocs(i, move)), loc };
    case "map":
      return { kind: "map", entries: node.entries.map((e) => ({ key: e.key, keyLoc: move(e.keyLoc), value: mapLocs(e.value, move) })), loc };
  }
}
function relocate(node, loc) {
  return mapLocs(node, () => loc);
}
function withEntry(node, key, value, keyLoc = value.loc) {
  const rest = node.entries.filter((e) => e.key !== key);
  return { ...node, entries: [...rest, { key, keyLoc, value }] };
}
function isIntrinsic(node) {
  const key = node.kind === "map" ? soleItem(node.entries)?.key : void 0;
  return key !== void 0 && (key === "Ref" || key.startsWith("Fn::"));
}
function intrinsicArgument(node, key) {
  const only = node?.kind === "map" ? soleItem(node.entries) : void 0;
  return only?.key === key ? only.value : void 0;
}
var refName = (node) => text(intrinsicArgument(node, "Ref"));

export {
  scalar,
  seq,
  map,
  entries,
  items,
  text,
  mapLocs,
  relocate,
  withEntry,
  isIntrinsic,
  intrinsicArgument,
  refName
};
