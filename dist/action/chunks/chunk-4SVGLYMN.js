import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  InputError
} from "./chunk-Y6C3IO4F.js";

// src/engine/load/budget.ts
var LIMITS = {
  /** Nodes a YAML file may have before it is parsed (the YAML library needs about 1 KiB per node). */
  yamlNodes: 5e5,
  /** Nodes a JSON file may have before it is parsed (about 200 bytes per node). */
  jsonNodes: 2e6,
  /** Nodes that expansion may produce for one input: `Fn::ForEach` copies, Serverless variables. */
  expandedNodes: 1e6
};
function structureCount(text) {
  let n = 0;
  let previous = 10;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    const next = text.charCodeAt(i + 1);
    const spaced = next === 32 || next === 10 || next === 9;
    if (c === 10 || c === 44 || c === 91 || c === 123) n++;
    else if (c === 58 && spaced) n++;
    else if (c === 45 && spaced && previous === 45) n++;
    previous = c;
  }
  return n;
}
function assertParseable(file, text, limit, syntax) {
  if (text.length <= limit) return;
  const count = structureCount(text);
  if (count > limit) {
    throw new InputError(
      file,
      `too large to read: about ${count.toLocaleString("en-US")} ${syntax} nodes, more than the ${limit.toLocaleString("en-US")} this tool reads in one file`
    );
  }
}
var ExpansionBudget = class {
  constructor(file, limit = LIMITS.expandedNodes) {
    this.file = file;
    this.limit = limit;
  }
  file;
  limit;
  used = 0;
  sizes = /* @__PURE__ */ new WeakMap();
  charge(units, what, loc) {
    this.used += units;
    if (this.used > this.limit) {
      throw new InputError(loc?.file ?? this.file, `${what} expands to more than ${this.limit.toLocaleString("en-US")} nodes: not expanded`, loc);
    }
  }
  /** The number of nodes of a tree, counting shared subtrees each time they occur (memoised). */
  sizeOf(node) {
    const known = this.sizes.get(node);
    if (known !== void 0) return known;
    let n = 1;
    if (node.kind === "seq") for (const i of node.items) n += this.sizeOf(i);
    else if (node.kind === "map") for (const e of node.entries) n += this.sizeOf(e.value);
    else if (typeof node.value === "string") n += node.value.length >> 6;
    this.sizes.set(node, n);
    return n;
  }
};

export {
  LIMITS,
  assertParseable,
  ExpansionBudget
};
