import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  SHORT_FORMS,
  parseJson,
  require_dist
} from "./chunk-CNPVOVGO.js";
import {
  ConfinedFiles
} from "./chunk-I7GECNTR.js";
import {
  getOrMake,
  soleItem
} from "./chunk-GTRBZQRG.js";
import {
  InputError,
  toPlain
} from "./chunk-Y6C3IO4F.js";
import {
  __toESM
} from "./chunk-QVXUJ2S4.js";

// src/engine/fix/render-policy.ts
var import_yaml = __toESM(require_dist(), 1);

// src/engine/fix/written.ts
var escapeSub = (text) => text.replace(/\$\{/g, "${!");
function written(v) {
  switch (v.kind) {
    case "string":
    case "number":
    case "boolean":
      return v.value;
    case "ref":
      return v.attribute === null ? { Ref: v.target } : { "Fn::GetAtt": [v.target, v.attribute] };
    case "text": {
      const parts = [];
      for (const p of v.parts) {
        if (p.kind === "text") parts.push(escapeSub(p.text));
        else if (p.kind === "pseudo") parts.push(`\${${p.name}}`);
        else if (p.kind === "ref") parts.push(`\${${p.target}${p.attribute === null ? "" : `.${p.attribute}`}}`);
        else return { unwritable: p.kind === "unknown" ? p.reason : "an Availability Zone" };
      }
      return { "Fn::Sub": parts.join("") };
    }
    case "list": {
      const items = v.items.map(written);
      const bad = items.find((i) => typeof i === "object" && "unwritable" in i);
      return bad ?? items;
    }
    case "unknown":
      return { unwritable: v.reason };
    default:
      return { unwritable: `a ${v.kind} value` };
  }
}
var isUnwritable = (w) => typeof w === "object" && !Array.isArray(w) && "unwritable" in w;
function isIntrinsicKey(key) {
  return typeof key === "string" && /^(Ref|Fn::\w+)$/.test(key);
}

// src/engine/fix/render-policy.ts
function styleOf(file, text) {
  if (/\.json$/i.test(file)) return "json";
  return SHORT_FORM_IN_TEXT.test(text) ? "yaml-short" : "yaml-long";
}
var SHORT_FORM_IN_TEXT = new RegExp(`(^|[\\s[{,:-])(${[...SHORT_FORMS.keys()].join("|")})\\b`, "m");
function statementOf(s, remarks) {
  const one = (xs) => soleItem(xs) ?? xs;
  const resources = [];
  if (s.resources !== "any") {
    for (const r of s.resources) {
      const w = written(r);
      if (isUnwritable(w)) remarks.push(`a resource of ${s.role.name} cannot be written here (${w.unwritable}): add it by hand`);
      else resources.push(w);
    }
  }
  return {
    Effect: "Allow",
    Principal: { AWS: { "Fn::GetAtt": [s.role.id, "Arn"] } },
    Action: one(s.actions),
    Resource: s.resources === "any" ? "*" : one(resources)
  };
}
function policyDocument(policy) {
  const remarks = [...policy.remarks];
  const statements = policy.statements.map((s) => statementOf(s, remarks));
  return { document: { Version: "2012-10-17", Statement: statements }, remarks };
}
var SHORT_FORM = { Ref: "!Ref", "Fn::GetAtt": "!GetAtt", "Fn::Sub": "!Sub" };
function toShortForms(doc) {
  (0, import_yaml.visit)(doc, {
    Map(_, map) {
      const pair = map.items.length === 1 ? map.items[0] : void 0;
      const key = (0, import_yaml.isScalar)(pair?.key) ? String(pair.key.value) : void 0;
      const tag = key ? SHORT_FORM[key] : void 0;
      if (!tag || !pair) return void 0;
      const value = pair.value;
      const text = key === "Fn::GetAtt" && !(0, import_yaml.isScalar)(value) ? doc.createNode(value).toJSON().join(".") : String(value.value);
      const node = new import_yaml.Scalar(text);
      node.tag = tag;
      return node;
    }
  });
}
function quoteVersions(doc) {
  (0, import_yaml.visit)(doc, {
    Pair(_, pair) {
      if ((0, import_yaml.isScalar)(pair.key) && pair.key.value === "Version" && (0, import_yaml.isScalar)(pair.value)) pair.value.type = "QUOTE_SINGLE";
    }
  });
}

// src/engine/load/validate.ts
var compiled = /* @__PURE__ */ new WeakMap();
async function validateShape(file, root, schema, what) {
  let validate = compiled.get(schema);
  if (!validate) {
    const { Ajv } = (await import("./ajv-4KAP3AIO.js")).default;
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

// src/engine/load/cloud-assembly.ts
import { existsSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function isCloudAssembly(dir) {
  return existsSync(join(dir, "manifest.json")) && (basename(dir) === "cdk.out" || isFile(join(dir, "cdk.out")));
}
function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
var MANIFEST_SCHEMA = {
  type: "object",
  required: ["artifacts"],
  properties: {
    artifacts: {
      type: "object",
      additionalProperties: {
        type: "object",
        properties: {
          type: { type: "string" },
          environment: { type: "string" },
          properties: { type: "object", properties: { templateFile: { type: "string" }, directoryName: { type: "string" } } },
          metadata: { type: "object", additionalProperties: { type: "array", items: { type: "object", properties: { type: { type: "string" } } } } },
          additionalMetadataFile: { type: "string" }
        }
      }
    }
  }
};
async function assemblyTemplates(dir, files = new ConfinedFiles(dir)) {
  const templates = [];
  const problems = [];
  const contexts = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  const addTemplate = (file, listedIn, environment, paths) => {
    if (seen.has(file)) return;
    seen.add(file);
    const read = files.read(file);
    if (!read.ok && read.kind !== "missing") {
      problems.push({ file: listedIn, message: `names ${file}, which is not read: ${read.reason}` });
      return;
    }
    if (!read.ok) {
      problems.push({ file, message: `listed in ${listedIn} but missing: the cloud assembly is incomplete` });
      return;
    }
    templates.push(file);
    contexts.set(file, { constructPaths: paths.get(file) ?? /* @__PURE__ */ new Map(), ...environment });
    for (const nested of nestedTemplates(read.bytes)) addTemplate(join(dirname(file), nested), file, environment, paths);
  };
  const manifestFile = join(dir, "manifest.json");
  const manifest = await readManifest(manifestFile, files);
  if ("message" in manifest) return { templates, problems: [manifest], contexts };
  for (const artifact of Object.values(manifest.artifacts ?? {})) {
    if (artifact.type === "aws:cloudformation:stack" && artifact.properties?.templateFile) {
      const file = join(dir, artifact.properties.templateFile);
      const metadata = {
        ...readMetadataFile(dir, artifact.additionalMetadataFile, files),
        ...artifact.metadata ?? {}
      };
      addTemplate(file, manifestFile, environmentOf(artifact.environment), pathsByTemplate(dir, file, metadata));
    }
    if (artifact.type === "cdk:cloud-assembly" && artifact.properties?.directoryName) {
      const nested = await assemblyTemplates(join(dir, artifact.properties.directoryName), files);
      for (const [t, context] of nested.contexts) {
        if (seen.has(t)) continue;
        seen.add(t);
        templates.push(t);
        contexts.set(t, context);
      }
      problems.push(...nested.problems);
    }
  }
  return { templates, problems, contexts };
}
function environmentOf(environment) {
  const [, account, region] = /^aws:\/\/([^/]+)\/([^/]+)$/.exec(environment ?? "") ?? [];
  if (account === void 0 || region === void 0) return {};
  return { .../^\d{12}$/.test(account) ? { account } : {}, ...region !== "unknown-region" ? { region } : {} };
}
function readMetadataFile(dir, name, files) {
  if (name === void 0) return {};
  const read = files.read(join(dir, name));
  try {
    const data = read.ok ? JSON.parse(read.bytes.toString("utf8")) : {};
    if (typeof data === "object" && data !== null && !Array.isArray(data)) return data;
  } catch {
  }
  return {};
}
function pathsByTemplate(dir, stackTemplate, metadata) {
  const stacks = Object.entries(metadata).flatMap(
    ([path, entries]) => entries.filter((e) => e.type === "aws:cdk:templateFile" && typeof e.data === "string").map((e) => [path, join(dir, e.data)])
  ).sort(([a], [b]) => b.length - a.length);
  const byTemplate = /* @__PURE__ */ new Map();
  const ambiguous = /* @__PURE__ */ new Set();
  for (const [path, entries] of Object.entries(metadata)) {
    for (const e of entries) {
      if (e.type !== "aws:cdk:logicalId" || typeof e.data !== "string") continue;
      const template = stacks.find(([stack]) => path.startsWith(`${stack}/`))?.[1] ?? stackTemplate;
      const paths = getOrMake(byTemplate, template, () => /* @__PURE__ */ new Map());
      const shown = path.replace(/^\//, "");
      if (paths.has(e.data) && paths.get(e.data) !== shown) ambiguous.add(`${template}\0${e.data}`);
      paths.set(e.data, shown);
    }
  }
  for (const key of ambiguous) {
    const [template, id] = key.split("\0");
    byTemplate.get(template)?.delete(id);
  }
  return byTemplate;
}
async function readManifest(file, files) {
  const read = files.read(file);
  if (!read.ok) return { file, message: `cannot read the cloud assembly manifest: ${read.reason}` };
  let root;
  try {
    root = parseJson(file, read.bytes.toString("utf8"));
    return await validateShape(file, root, MANIFEST_SCHEMA, "not a valid cloud assembly manifest");
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return {
      file,
      message: e.message.startsWith("not a valid") ? e.message : `cannot read the cloud assembly manifest: ${e.message}`,
      ...e.loc ? { line: e.loc.line, column: e.loc.column } : {}
    };
  }
}
function nestedTemplates(bytes) {
  try {
    const { Resources = {} } = JSON.parse(bytes.toString("utf8"));
    return Object.values(Resources).filter((r) => r?.Type === "AWS::CloudFormation::Stack").map((r) => r?.Metadata?.["aws:asset:path"]).filter((p) => typeof p === "string" && p.endsWith(".json"));
  } catch {
    return [];
  }
}

export {
  isIntrinsicKey,
  styleOf,
  policyDocument,
  toShortForms,
  quoteVersions,
  validateShape,
  isCloudAssembly,
  assemblyTemplates
};
