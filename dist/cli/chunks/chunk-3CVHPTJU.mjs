import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  isStackUri
} from "./chunk-SMLWFBTI.mjs";
import {
  isCloudAssembly,
  isIntrinsicKey,
  quoteVersions,
  styleOf,
  toShortForms
} from "./chunk-VRRO44KN.mjs";
import {
  looksLikeTerraformPlan
} from "./chunk-FX6ZCERX.mjs";
import {
  CUSTOM_TAGS,
  parseYaml,
  require_dist
} from "./chunk-LP5P5KEG.mjs";
import {
  findNodeAtLocation,
  parseJson,
  parseTree
} from "./chunk-G4VHN3IG.mjs";
import {
  readRegularFile
} from "./chunk-5SOEJORG.mjs";
import {
  __toESM
} from "./chunk-5DAOS2YO.mjs";

// src/engine/fix/fix-files.ts
import { lstatSync } from "node:fs";
import { dirname, extname } from "node:path";

// src/engine/fix/edit-json.ts
function editableJson(text) {
  const tree = parseTree(text);
  return { text, edit: (change) => spliceJson(text, tree, change) };
}
function spliceJson(text, tree, intent) {
  const resource = tree ? [
    ["Resources", intent.resource],
    ["resources", "Resources", intent.resource]
  ].find((path) => findNodeAtLocation(tree, path)?.type === "object") : void 0;
  if (!tree || !resource) return { refused: `${intent.resource} is not written in this file` };
  const props = findNodeAtLocation(tree, [...resource, "Properties"]);
  if (props?.type !== "object") return { refused: `${intent.resource} has no Properties object to add to` };
  const twice = [
    [resource.slice(0, -1), intent.resource],
    [resource, "Properties"],
    [[...resource, "Properties"], intent.property]
  ];
  if (twice.some(([path, key]) => keyCount(findNodeAtLocation(tree, [...path]), key) > 1))
    return { refused: `${intent.resource}, its Properties or ${intent.property} is written twice` };
  const existing = findNodeAtLocation(tree, [...resource, "Properties", intent.property]);
  const unit = indentUnit(text);
  if (!existing)
    return { splices: [appendTo(text, props, `${JSON.stringify(intent.property)}: `, [intent.kind === "append" ? intent.items : intent.value], unit)] };
  if (intent.kind === "replace") {
    const intrinsic = existing.type === "object" && existing.children?.length === 1 && isIntrinsicKey(existing.children[0]?.children?.[0]?.value);
    if (existing.type !== "array" && existing.type !== "object" || intrinsic) return { refused: `${intent.property} is written as an expression` };
    const indent = leading(text, text.lastIndexOf("\n", existing.offset - 1) + 1);
    return { splices: [{ start: existing.offset, end: existing.offset + existing.length, text: rendered(intent.value, indent, unit) }] };
  }
  if (intent.kind === "set") {
    if (intent.ifAbsent) return { refused: `${intent.property} is already set` };
    if (existing.type === "object" || existing.type === "array") return { refused: `${intent.property} is written as an expression` };
    if (typeof existing.value === "string" && existing.value.includes("${")) return { refused: `${intent.property} is a variable` };
    return { splices: [{ start: existing.offset, end: existing.offset + existing.length, text: JSON.stringify(intent.value) }] };
  }
  if (existing.type !== "array") return { refused: `${intent.property} is written as an expression, not a list` };
  return { splices: [appendTo(text, existing, "", intent.items, unit)] };
}
function appendTo(text, container, prefix, values, unit) {
  const members = container.children ?? [];
  const last = members[members.length - 1];
  const close = container.offset + container.length - 1;
  const lineStart = (offset) => text.lastIndexOf("\n", offset - 1) + 1;
  if (!last) {
    const indent2 = leading(text, lineStart(container.offset));
    const lines = values.map((v) => `${indent2}${unit}${prefix}${rendered(v, indent2 + unit, unit)}`).join(",\n");
    return { start: close, end: close, text: `
${lines}
${indent2}` };
  }
  const end = last.offset + last.length;
  if (!text.slice(container.offset, close).includes("\n")) return { start: end, end, text: values.map((v) => `, ${prefix}${JSON.stringify(v)}`).join("") };
  const indent = leading(text, lineStart(last.offset));
  return { start: end, end, text: values.map((v) => `,
${indent}${prefix}${rendered(v, indent, unit)}`).join("") };
}
function rendered(value, indent, unit) {
  return JSON.stringify(value, null, unit).split("\n").join(`
${indent}`);
}
function keyCount(object, key) {
  return (object?.children ?? []).filter((p) => p.children?.[0]?.value === key).length;
}
function leading(text, lineStart) {
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? "";
}
function indentUnit(text) {
  return /^([ \t]+)\S/m.exec(text)?.[1] ?? "  ";
}

// src/engine/fix/edit-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function editableYaml(text, style) {
  const doc = (0, import_yaml.parseDocument)(text, { customTags: CUSTOM_TAGS, uniqueKeys: false, strict: false });
  return { text, edit: (change) => spliceYaml(text, doc, change, style) };
}
function spliceYaml(text, doc, change, style) {
  const props = propertiesOf(doc, change.resource);
  if (typeof props === "string") return { refused: props };
  if (written(props, change.property) > 1) return { refused: `${change.property} is written twice` };
  const pair = props.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === change.property);
  const firstKey = props.items[0]?.key;
  if (!props.range) return { refused: "its position in the file is not known" };
  const indent = columnOf(text, firstKey?.range?.[0] ?? props.range[0]);
  if (!pair) {
    const value = change.kind === "append" ? change.items : change.value;
    return insertion(text, afterOwnComments(text, props.range[1], indent), entryText(change.property, value, indent, style));
  }
  const node = pair.value;
  const span = node?.range;
  if (!span) return { refused: `the position of ${change.property} is not known` };
  if (change.kind === "replace") return replacement(text, node, change, style);
  if (change.kind === "set") {
    if (change.ifAbsent) return { refused: `${change.property} is already set` };
    if (!(0, import_yaml.isScalar)(node) || node.tag || typeof change.value === "object") return { refused: `${change.property} is written as an expression` };
    if (String(node.source ?? node.value).includes("${")) return { refused: `${change.property} is a variable` };
    return { splices: [{ start: span[0], end: span[1], text: inline(change.value, style) }] };
  }
  if (!(0, import_yaml.isSeq)(node)) return { refused: `${change.property} is written as an expression, not a list` };
  const items = change.items.map((i) => inline(i, style));
  if (node.flow) {
    const close = text.lastIndexOf("]", span[1]);
    const empty = text.slice(span[0] + 1, close).trim() === "";
    return { splices: [{ start: close, end: close, text: (empty ? "" : ", ") + items.join(", ") }] };
  }
  const dash = columnOf(text, span[0]);
  return insertion(text, span[1], items.map((i) => `${" ".repeat(dash)}- ${i}
`).join(""));
}
function replacement(text, node, change, style) {
  if (!((0, import_yaml.isSeq)(node) || (0, import_yaml.isMap)(node)) || node.tag || (0, import_yaml.isMap)(node) && node.items.length === 1 && isIntrinsicKey(node.items[0]?.key?.value)) {
    return { refused: `${change.property} is written as an expression` };
  }
  if (!node.range) return { refused: `the position of ${change.property} is not known` };
  const [start, end] = node.range;
  if (node.flow) return { splices: [{ start, end, text: inline(change.value, style) }] };
  const pad = " ".repeat(columnOf(text, start));
  const lines = yamlDocument(change.value, style).toString({ lineWidth: 0 }).split("\n").filter((l) => l !== "");
  const newline = text[end - 1] === "\n" ? "\n" : "";
  return { splices: [{ start, end, text: `${lines.map((l, i) => i === 0 ? l : `${pad}${l}`).join("\n")}${newline}` }] };
}
function propertiesOf(doc, resource) {
  const path = [["Resources"], ["resources", "Resources"]].find((p) => (0, import_yaml.isMap)(doc.getIn([...p, resource], true)));
  const node = path ? doc.getIn([...path, resource], true) : void 0;
  if (!path || !(0, import_yaml.isMap)(node)) return `${resource} is not written in this file`;
  if (written(doc.getIn(path, true), resource) > 1 || written(node, "Properties") > 1) return `${resource} or its Properties are written twice`;
  const props = node.get("Properties", true);
  if (!(0, import_yaml.isMap)(props)) return `${resource} has no Properties mapping to add to`;
  if (props.flow || node.flow) return `the Properties of ${resource} are written in flow style ({ \u2026 })`;
  return props;
}
function written(map, key) {
  return (0, import_yaml.isMap)(map) ? map.items.filter((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key).length : 0;
}
function afterOwnComments(text, offset, indent) {
  const own = new RegExp(`^ {${indent}}#[^\\n]*(?:\\n|(?![\\s\\S]))`, "my");
  let at = offset;
  for (own.lastIndex = at; own.test(text) && own.lastIndex > at; own.lastIndex = at) at = own.lastIndex;
  return at;
}
function columnOf(text, offset) {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}
function insertion(text, offset, lines) {
  const needsBreak = offset > 0 && text[offset - 1] !== "\n";
  return { splices: [{ start: offset, end: offset, text: (needsBreak ? "\n" : "") + lines }] };
}
function inline(value, style) {
  const doc = yamlDocument(value, style);
  if ((0, import_yaml.isMap)(doc.contents) || (0, import_yaml.isSeq)(doc.contents)) doc.contents.flow = true;
  return doc.toString({ lineWidth: 0 }).trimEnd();
}
function entryText(key, value, indent, style) {
  const pad = " ".repeat(indent);
  if (typeof value !== "object" || isIntrinsic(value)) return `${pad}${key}: ${inline(value, style)}
`;
  const block = yamlDocument(value, style).toString({ lineWidth: 0 });
  return `${pad}${key}:
${block.split("\n").filter((l) => l !== "").map((l) => `${pad}  ${l}
`).join("")}`;
}
function isIntrinsic(value) {
  return typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 1 && isIntrinsicKey(Object.keys(value)[0]);
}
function yamlDocument(value, style) {
  const doc = new import_yaml.Document(value, { customTags: CUSTOM_TAGS });
  quoteVersions(doc);
  if (style === "yaml-short") toShortForms(doc);
  return doc;
}

// src/engine/fix/fix-files.ts
function planFixes(findings) {
  const files = [];
  const refused = [];
  for (const [file, fixable] of byFile(findings)) {
    const source = editableFile(file);
    if ("refused" in source) {
      refused.push(...fixable.map((finding) => ({ finding, why: source.refused })));
      continue;
    }
    const outcome = spliceAll(source, fixable);
    refused.push(...outcome.refused);
    const after = applied(source.text, outcome.splices);
    const parses = after === source.text ? true : parsesAs(file, after);
    if (parses !== true) refused.push(...outcome.fixed.map((finding) => ({ finding, why: `the fixed file would not parse (${parses})` })));
    else if (after !== source.text) files.push({ file, before: source.text, after, fixed: outcome.fixed });
  }
  return { files, refused };
}
function splicesByFinding(findings) {
  const out = /* @__PURE__ */ new Map();
  for (const [file, fixable] of byFile(findings)) {
    const source = editableFile(file);
    if ("refused" in source) continue;
    for (const finding of fixable) {
      const { splices, fixed } = spliceAll(source, [finding]);
      if (fixed.length > 0) out.set(finding, { text: source.text, splices });
    }
  }
  return out;
}
function applied(text, splices) {
  const depth = (s) => (/^\n?( *)/.exec(s.text)?.[1] ?? "").length;
  const order = splices.map((s, i) => ({ ...s, i })).sort((a, b) => b.start - a.start || depth(a) - depth(b) || b.i - a.i);
  let out = text;
  for (const s of order) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
function byFile(findings) {
  const files = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.fix && !f.suppressed) files.set(f.file, [...files.get(f.file) ?? [], f]);
  return files;
}
function spliceAll(source, fixable) {
  const made = /* @__PURE__ */ new Set();
  const splices = [];
  const fixed = [];
  const refused = [];
  for (const finding of fixable) {
    const changes = finding.fix.changes.filter((c) => !made.has(JSON.stringify(c)));
    const own = [];
    let why;
    for (const change of changes) {
      const edited = source.edit(change);
      if ("refused" in edited) why = edited.refused;
      else own.push(...edited.splices);
      if (why !== void 0) break;
    }
    if (why === void 0 && own.some((s) => splices.some((t) => s.start < t.end && t.start < s.end))) why = "it would change the same text as another fix";
    if (why !== void 0) {
      refused.push({ finding, why });
      continue;
    }
    for (const c of changes) made.add(JSON.stringify(c));
    splices.push(...own);
    fixed.push(finding);
  }
  return { splices, fixed, refused };
}
function parsesAs(file, text) {
  try {
    if (styleOf(file, text) === "json") parseJson(file, text);
    else parseYaml(file, text);
    return true;
  } catch (e) {
    return e.message;
  }
}
function editableFile(file) {
  if (isStackUri(file)) return { refused: "a deployed stack: fix its template and deploy it" };
  if (!/^\.(ya?ml|json|template)$/i.test(extname(file))) return { refused: "not a YAML or JSON template (fix the Terraform source by hand)" };
  if (isCloudAssembly(dirname(file)) || isCloudAssembly(dirname(dirname(file)))) return { refused: "generated by the CDK: fix the app's code" };
  try {
    if (lstatSync(file).isSymbolicLink()) return { refused: "a symbolic link: not written through" };
  } catch {
    return { refused: "the file is not there" };
  }
  const read = readRegularFile(file);
  if (!read.ok) return { refused: read.reason };
  const text = read.bytes.toString("utf8");
  if (looksLikeTerraformPlan(text)) return { refused: "a Terraform plan: fix the .tf source by hand" };
  const style = styleOf(file, text);
  return style === "json" ? editableJson(text) : editableYaml(text, style);
}

export {
  planFixes,
  splicesByFinding
};
