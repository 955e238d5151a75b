import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  readTemplateText
} from "./chunk-YA2EHPH3.js";
import "./chunk-CNPVOVGO.js";
import "./chunk-4SVGLYMN.js";
import "./chunk-GOS2ZUCQ.js";
import "./chunk-I7GECNTR.js";
import {
  scalar,
  withEntry
} from "./chunk-GTRBZQRG.js";
import {
  child
} from "./chunk-Y6C3IO4F.js";
import "./chunk-QVXUJ2S4.js";

// src/engine/load/live/deployed.ts
function deployedDocument(stack) {
  const read = readTemplateText(stack.uri, stack.body);
  const account = /^arn:[^:]+:cloudformation:[^:]*:(\d{12}):/.exec(stack.stackId)?.[1];
  const context = {
    constructPaths: /* @__PURE__ */ new Map(),
    region: stack.region,
    ...account ? { account } : {},
    stackName: stack.name,
    imports: stack.exports
  };
  if (read.status !== "template") return { read, context };
  return { read: { status: "template", document: { ...read.document, root: withDeployedParameters(read.document.root, stack.parameters) } }, context };
}
function withDeployedParameters(root, deployed) {
  const parameters = child(root, "Parameters");
  if (parameters?.kind !== "map" || deployed.size === 0) return root;
  let updated = parameters;
  for (const e of parameters.entries) {
    const value = deployed.get(e.key);
    if (value === void 0 || e.value.kind !== "map") continue;
    const node = value === "****" ? scalar(null, e.value.loc) : scalar(value, child(e.value, "Default")?.loc ?? e.value.loc);
    updated = withEntry(updated, e.key, withEntry(e.value, "Default", node));
  }
  return withEntry(root, "Parameters", updated);
}
export {
  deployedDocument
};
