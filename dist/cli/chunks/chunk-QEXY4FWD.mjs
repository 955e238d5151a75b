import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  soleItem
} from "./chunk-RWOBXVY3.mjs";

// src/engine/resolve/value.ts
var PSEUDO_PARAMETERS = [
  "AWS::AccountId",
  "AWS::Region",
  "AWS::Partition",
  "AWS::StackName",
  "AWS::StackId",
  "AWS::URLSuffix",
  "AWS::NotificationARNs"
];
function unknown(reason, loc) {
  return { kind: "unknown", reason, loc };
}
function field(v, key) {
  return v?.kind === "map" ? v.entries.find((e) => e.key === key) : void 0;
}
function fromParts(parts, loc) {
  const merged = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (p.kind === "text" && last?.kind === "text") merged[merged.length - 1] = { kind: "text", text: last.text + p.text };
    else if (p.kind !== "text" || p.text !== "") merged.push(p);
  }
  if (merged.length === 0) return { kind: "string", value: "", loc };
  const only = soleItem(merged);
  if (only?.kind === "text") return { kind: "string", value: only.text, loc };
  if (only?.kind === "ref") return { kind: "ref", target: only.target, attribute: only.attribute, loc };
  if (only?.kind === "unknown") return unknown(only.reason, loc);
  return { kind: "text", parts: merged, loc };
}
function toParts(v) {
  switch (v.kind) {
    // Stryker disable next-line ConditionalExpression: a string falling through to the number case is the same text
    case "string":
      return [{ kind: "text", text: v.value }];
    case "number":
    case "boolean":
      return [{ kind: "text", text: String(v.value) }];
    case "ref":
      return [{ kind: "ref", target: v.target, attribute: v.attribute }];
    case "text":
      return [...v.parts];
    case "unknown":
      return [{ kind: "unknown", reason: v.reason }];
    // Stryker disable next-line ConditionalExpression: without this case the function ends, returning undefined too
    default:
      return void 0;
  }
}
function knownString(v) {
  if (!v) return void 0;
  if (v.kind === "string") return v.value;
  if (v.kind === "number" || v.kind === "boolean") return String(v.value);
  return void 0;
}
function display(v) {
  switch (v.kind) {
    // Stryker disable next-line ConditionalExpression: a string falling through to the number case is the same text
    case "string":
      return v.value;
    case "number":
    case "boolean":
      return String(v.value);
    case "null":
      return "null";
    case "ref":
      return v.attribute ? `${v.target}.${v.attribute}` : v.target;
    case "text":
      return v.parts.map(displayPart).join("");
    case "zones":
      return `GetAZs(${v.region})`;
    case "list":
      return `[${v.items.map(display).join(", ")}]`;
    case "map":
      return `{${v.entries.map((e) => e.key).join(", ")}}`;
    case "unknown":
      return `<unknown: ${v.reason}>`;
  }
}
function displayPart(p) {
  switch (p.kind) {
    case "text":
      return p.text;
    case "pseudo":
      return `\${${p.name}}`;
    case "ref":
      return p.attribute ? `\${${p.target}.${p.attribute}}` : `\${${p.target}}`;
    case "zone":
      return `<zone ${p.index} of ${p.region}>`;
    case "unknown":
      return "<unknown>";
  }
}

export {
  PSEUDO_PARAMETERS,
  unknown,
  field,
  fromParts,
  toParts,
  knownString,
  display
};
