import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);

// src/engine/load/source-node.ts
var NAME_METADATA = "endpoint-guard:name";
var NO_DEFAULT_EGRESS = "endpoint-guard:no-default-egress";
var MAX_DEPTH = 500;
function lineLocator(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}
function entry(node, key) {
  return node?.kind === "map" ? node.entries.find((e) => e.key === key) : void 0;
}
function child(node, key) {
  return entry(node, key)?.value;
}
function toPlain(node) {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(toPlain);
    case "map":
      return Object.fromEntries(node.entries.map((e) => [e.key, toPlain(e.value)]));
  }
}
var InputError = class extends Error {
  constructor(file, message, loc) {
    super(message);
    this.file = file;
    this.loc = loc;
  }
  file;
  loc;
};

export {
  NAME_METADATA,
  NO_DEFAULT_EGRESS,
  MAX_DEPTH,
  lineLocator,
  entry,
  child,
  toPlain,
  InputError
};
