import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  readTemplateText
} from "./chunk-FX6ZCERX.mjs";
import "./chunk-LP5P5KEG.mjs";
import "./chunk-G4VHN3IG.mjs";
import "./chunk-NGY2WI6S.mjs";
import "./chunk-L7YBGPCL.mjs";
import "./chunk-TQ4SKKX3.mjs";
import "./chunk-5SOEJORG.mjs";
import {
  scalar,
  withEntry
} from "./chunk-N3VBY6XR.mjs";
import "./chunk-RWOBXVY3.mjs";
import {
  child
} from "./chunk-KVGTMRYX.mjs";
import "./chunk-5DAOS2YO.mjs";

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
