import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  InputError,
  toPlain
} from "./chunk-KVGTMRYX.mjs";

// src/engine/load/validate.ts
var compiled = /* @__PURE__ */ new WeakMap();
async function validateShape(file, root, schema, what) {
  let validate = compiled.get(schema);
  if (!validate) {
    const { Ajv } = (await import("./ajv-RJ75QHTO.mjs")).default;
    validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    compiled.set(schema, validate);
  }
  const data = root ? toPlain(root) : {};
  if (!validate(data)) {
    const error = mostSpecific(validate.errors ?? []);
    if (!error) throw new InputError(file, `${what}: not valid`);
    const key = keyOf(error);
    throw new InputError(file, `${what}: ${key ? `${key}: ` : ""}${describe(error)}`, root ? locate(root, error) : void 0);
  }
  return data;
}
function mostSpecific(errors) {
  const depth = (e) => e.instancePath.split("/").length + (e.keyword === "additionalProperties" ? 1 : 0);
  const order = ["additionalProperties", "enum", "minimum", "type", "oneOf"];
  const rank = (e) => order.includes(e.keyword) ? order.indexOf(e.keyword) : 2;
  return [...errors].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b))[0];
}
function pathOf(e) {
  const parts = e.instancePath.split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (e.keyword === "additionalProperties") parts.push(e.params.additionalProperty);
  return parts;
}
function keyOf(e) {
  return pathOf(e).map((p, i) => /^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function describe(e) {
  if (e.keyword === "additionalProperties") return e.instancePath === "/rules" ? "no such rule" : "unknown key";
  if (e.keyword === "enum") return `must be one of ${e.params.allowedValues.join(", ")}`;
  return e.message ?? "invalid";
}
function locate(root, e) {
  let node = root;
  let loc = root.loc;
  for (const p of pathOf(e)) {
    if (node?.kind === "map") {
      const entry = node.entries.find((x) => x.key === p);
      loc = entry?.keyLoc ?? loc;
      node = entry?.value;
    } else if (node?.kind === "seq") {
      node = node.items[Number(p)];
      loc = node?.loc ?? loc;
    }
  }
  return loc;
}

export {
  validateShape
};
