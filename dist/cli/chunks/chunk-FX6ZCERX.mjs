import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  parseYaml
} from "./chunk-LP5P5KEG.mjs";
import {
  parseJson
} from "./chunk-G4VHN3IG.mjs";
import {
  isTerraformPlan
} from "./chunk-L7YBGPCL.mjs";
import {
  commentSuppressions
} from "./chunk-TQ4SKKX3.mjs";
import {
  MAX_INPUT_BYTES,
  readRegularFile
} from "./chunk-5SOEJORG.mjs";
import {
  InputError,
  child
} from "./chunk-KVGTMRYX.mjs";

// src/engine/load/read-template.ts
import { closeSync, constants, openSync, readSync } from "node:fs";
import { basename, extname } from "node:path";
var SERVERLESS_NAMES = /^serverless\.(ya?ml|json)$/i;
function looksLikeTerraformPlan(text) {
  return /"format_version"\s*:/.test(text) && /"planned_values"\s*:/.test(text);
}
function looksLikeTemplate(file, text) {
  return SERVERLESS_NAMES.test(basename(file)) || text.includes("AWSTemplateFormatVersion") || text.includes("AWS::Serverless-2016-10-31") || /^["']?service["']?\s*:/m.test(text) && /^\s*["']?provider["']?\s*:/m.test(text) || /Resources["']?\s*:/.test(text) && /Type["']?\s*:\s*["']?AWS::/.test(text) || looksLikeTerraformPlan(text);
}
function readTemplate(file, found = false) {
  const read = readRegularFile(file);
  if (!read.ok && read.kind === "too-large") return tooLarge(file);
  if (!read.ok) return error(file, read.reason);
  const bytes = read.bytes;
  if (bytes.includes(0)) return { status: "not-a-template", reason: "binary file (contains NUL bytes)" };
  const text = decodeUtf8(bytes);
  if (text === void 0) return { status: "not-a-template", reason: "binary file (not UTF-8 text)" };
  if (text.trim() === "") return { status: "not-a-template", reason: "empty file" };
  return readTemplateText(file, text, found);
}
function readTemplateText(file, text, found = false) {
  const sniffed = looksLikeTemplate(file, text);
  if (found && !sniffed)
    return { status: "not-a-template", reason: "no AWSTemplateFormatVersion, SAM Transform, Serverless service or Resources of AWS:: types" };
  try {
    const isJson = extname(file).toLowerCase() === ".json" || /^\s*[{[]/.test(text);
    const parsed = isJson ? { root: parseJson(file, text), notes: [] } : parseYaml(file, text);
    const result = classify(file, parsed.root, parsed.notes, sniffed);
    if (result.status !== "template" || isJson) return result;
    return { status: "template", document: { ...result.document, commentSuppressions: commentSuppressions(text, file) } };
  } catch (e) {
    const failure = e instanceof RangeError ? new InputError(file, "nested too deeply to read") : e;
    if (!(failure instanceof InputError)) throw e;
    return sniffed ? { status: "error", error: failure } : { status: "not-a-template", reason: failure.message, parseError: failure };
  }
}
function tooLarge(file) {
  const reason = `file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`;
  const head = Buffer.alloc(64 * 1024);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return looksLikeTemplate(file, head.toString("utf8")) ? error(file, reason) : { status: "not-a-template", reason };
}
function classify(file, root, notes, sniffed) {
  if (root.kind !== "map") {
    return sniffed ? error(file, "not a template: the top level is not a mapping", root.loc) : { status: "not-a-template", reason: "the top level is not a mapping" };
  }
  if (isTerraformPlan(root)) return { status: "template", document: { file, kind: "terraform-plan", root, notes, commentSuppressions: [] } };
  if (SERVERLESS_NAMES.test(basename(file)) || child(root, "service") && child(root, "provider")) {
    return { status: "template", document: { file, kind: "serverless", root, notes, commentSuppressions: [] } };
  }
  const resources = child(root, "Resources");
  const hasAwsTypes = resources?.kind === "map" && resources.entries.some((e) => {
    const type = toScalar(child(e.value, "Type"));
    return typeof type === "string" && type.startsWith("AWS::");
  });
  const isCfn = hasAwsTypes || child(root, "AWSTemplateFormatVersion") !== void 0 || isSamTransform(child(root, "Transform"));
  if (!isCfn) return { status: "not-a-template", reason: "no AWSTemplateFormatVersion, SAM Transform or Resources of AWS:: types" };
  if (resources === void 0) return error(file, "template has no Resources section", root.loc);
  if (resources.kind !== "map" || resources.entries.length === 0) return error(file, "Resources is empty or not a mapping", resources.loc);
  return {
    status: "template",
    document: { file, kind: isSamTransform(child(root, "Transform")) ? "sam" : "cloudformation", root, notes, commentSuppressions: [] }
  };
}
function isSamTransform(node) {
  if (!node) return false;
  if (node.kind === "scalar") return String(node.value).startsWith("AWS::Serverless");
  if (node.kind === "seq") return node.items.some(isSamTransform);
  return false;
}
function toScalar(node) {
  return node?.kind === "scalar" ? node.value : void 0;
}
function decodeUtf8(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
  }
  return void 0;
}
function error(file, message, loc) {
  return { status: "error", error: new InputError(file, message, loc) };
}

export {
  SERVERLESS_NAMES,
  looksLikeTerraformPlan,
  readTemplate,
  readTemplateText
};
