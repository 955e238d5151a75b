import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  PSEUDO_PARAMETERS,
  display,
  fromParts,
  knownString,
  toParts,
  unknown
} from "./chunk-QEXY4FWD.mjs";
import {
  soleItem
} from "./chunk-RWOBXVY3.mjs";
import {
  child
} from "./chunk-KVGTMRYX.mjs";

// src/engine/resolve/conditions.ts
function evaluateCondition(expr, scope) {
  if (expr.kind === "scalar" && typeof expr.value === "boolean") return expr.value;
  const only = expr.kind === "map" ? soleItem(expr.entries) : void 0;
  if (!only) return "unknown";
  const { key, value } = only;
  if (key === "Condition") return value.kind === "scalar" ? scope.condition(String(value.value)) : "unknown";
  if (value.kind !== "seq") return "unknown";
  const args = value.items;
  switch (key) {
    case "Fn::Not": {
      const inner = args.length === 1 && args[0] ? evaluateCondition(args[0], scope) : "unknown";
      return inner === "unknown" ? "unknown" : !inner;
    }
    case "Fn::And": {
      if (args.length < 2) return "unknown";
      const values = args.map((a) => evaluateCondition(a, scope));
      if (values.includes(false)) return false;
      return values.includes("unknown") ? "unknown" : true;
    }
    case "Fn::Or": {
      if (args.length < 2) return "unknown";
      const values = args.map((a) => evaluateCondition(a, scope));
      if (values.includes(true)) return true;
      return values.includes("unknown") ? "unknown" : false;
    }
    case "Fn::Equals": {
      if (args.length !== 2) return "unknown";
      return equals(scope.resolve(args[0]), scope.resolve(args[1]));
    }
    default:
      return "unknown";
  }
}
function equals(a, b) {
  const sa = a && knownString(a);
  const sb = b && knownString(b);
  if (sa === void 0 || sb === void 0) return "unknown";
  return sa === sb;
}

// src/engine/resolve/sub.ts
function substitute(arg, loc, scope) {
  let templateNode = arg;
  let variables;
  if (arg.kind === "seq") {
    templateNode = arg.items[0];
    variables = arg.items[1];
  }
  if (templateNode?.kind !== "scalar" || typeof templateNode.value !== "string") return unknown("malformed Fn::Sub", loc);
  const text = templateNode.value;
  const parts = [];
  const pattern = /\$\{([^}]*)\}/g;
  let last = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    parts.push({ kind: "text", text: text.slice(last, m.index) });
    last = m.index + m[0].length;
    const name = (m[1] ?? "").trim();
    if (name.startsWith("!")) {
      parts.push({ kind: "text", text: `\${${name.slice(1)}}` });
      continue;
    }
    parts.push(...variable(name, variables, loc, scope));
  }
  parts.push({ kind: "text", text: text.slice(last) });
  return fromParts(parts, templateNode.loc.lines ? { ...loc, lines: templateNode.loc.lines } : loc);
}
function variable(name, variables, loc, scope) {
  if (variables?.kind === "map") {
    const own = variables.entries.find((e) => e.key === name);
    if (own) {
      const v2 = scope.resolve(own.value);
      return (v2 && toParts(v2)) ?? [{ kind: "unknown", reason: `Fn::Sub variable ${name} is not a string` }];
    }
  }
  const marker = /^EndpointGuard::Unknown\((.*)\)$/.exec(name);
  if (marker) return [{ kind: "unknown", reason: marker[1] ?? "" }];
  const dot = name.indexOf(".");
  const v = dot > 0 && !name.startsWith("AWS::") ? scope.refAttribute(name.slice(0, dot), name.slice(dot + 1), loc) : scope.refName(name, loc);
  if (typeof v === "symbol") return [];
  return toParts(v) ?? [{ kind: "unknown", reason: `\${${name}} is a list, not a string` }];
}

// src/engine/resolve/resolver.ts
var NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
var IN_PROGRESS = /* @__PURE__ */ Symbol("in progress");
var UNKNOWN_MARKER = "EndpointGuard::Unknown";
function isUnknownMarker(node) {
  return node.kind === "map" && soleItem(node.entries)?.key === UNKNOWN_MARKER;
}
var MIRRORED_ATTRIBUTES = {
  "AWS::EC2::VPC": ["CidrBlock"],
  "AWS::EC2::Subnet": ["AvailabilityZone", "AvailabilityZoneId", "CidrBlock", "VpcId"],
  "AWS::EC2::SecurityGroup": ["VpcId"]
};
var MAX_DEPTH = 200;
var Resolver = class {
  constructor(root, options = {}) {
    this.options = options;
    const params = child(root, "Parameters");
    this.parameters = params?.kind === "map" ? params : void 0;
    this.mappings = child(root, "Mappings");
    this.conditions = child(root, "Conditions");
    const types = /* @__PURE__ */ new Map();
    const resources = child(root, "Resources");
    if (resources?.kind === "map") {
      for (const e of resources.entries) {
        const type = child(e.value, "Type");
        types.set(e.key, type?.kind === "scalar" && typeof type.value === "string" ? type.value : "");
        this.resourceNodes.set(e.key, e.value);
      }
    }
    this.resourceTypes = types;
  }
  options;
  memo = /* @__PURE__ */ new WeakMap();
  depth = 0;
  conditionMemo = /* @__PURE__ */ new Map();
  parameters;
  mappings;
  conditions;
  resourceTypes;
  resourceNodes = /* @__PURE__ */ new Map();
  /** The stack's region when the input tells it (a Serverless `provider.region`), for messages. */
  get region() {
    return this.options.pseudo?.["AWS::Region"];
  }
  /** The value of a node, or undefined when it resolves to `AWS::NoValue` (the property is absent). */
  resolve(node) {
    if (!node) return void 0;
    const r = this.inner(node);
    return r === NO_VALUE ? void 0 : r;
  }
  condition(name) {
    const cached = this.conditionMemo.get(name);
    if (cached === "evaluating") return "unknown";
    if (cached !== void 0) return cached;
    const expr = child(this.conditions, name);
    if (!expr) return "unknown";
    if (this.depth > MAX_DEPTH) return "unknown";
    this.conditionMemo.set(name, "evaluating");
    this.depth++;
    const result = evaluateCondition(expr, this);
    this.depth--;
    this.conditionMemo.set(name, result);
    return result;
  }
  inner(node) {
    const cached = this.memo.get(node);
    if (cached === IN_PROGRESS) return unknown("the value refers to itself (a cycle through Mappings)", node.loc);
    if (cached !== void 0) return cached;
    if (this.depth > MAX_DEPTH) return unknown(`intrinsic functions nested deeper than ${MAX_DEPTH} levels`, node.loc);
    this.memo.set(node, IN_PROGRESS);
    this.depth++;
    const result = this.compute(node);
    this.depth--;
    this.memo.set(node, result);
    return result;
  }
  compute(node) {
    switch (node.kind) {
      case "scalar":
        if (node.value === null) return { kind: "null", loc: node.loc };
        if (typeof node.value === "string") {
          return DYNAMIC_REFERENCE.test(node.value) ? unknown(`dynamic reference ${node.value}`, node.loc) : { kind: "string", value: node.value, loc: node.loc };
        }
        if (typeof node.value === "number") return { kind: "number", value: node.value, loc: node.loc };
        return { kind: "boolean", value: node.value, loc: node.loc };
      case "seq": {
        const items = [];
        for (const item of node.items) {
          const v = this.inner(item);
          if (v !== NO_VALUE) items.push(v);
        }
        return { kind: "list", items, loc: node.loc };
      }
      case "map": {
        const only = soleItem(node.entries);
        if (only && (only.key === "Ref" || only.key.startsWith("Fn::"))) return this.intrinsic(only.key, only.value, node.loc);
        if (only?.key === UNKNOWN_MARKER) return unknown(String(only.value.kind === "scalar" ? only.value.value : "unknown"), node.loc);
        const entries = [];
        for (const e of node.entries) {
          const v = this.inner(e.value);
          if (v !== NO_VALUE) entries.push({ key: e.key, keyLoc: e.keyLoc, value: v });
        }
        return { kind: "map", entries, loc: node.loc };
      }
    }
  }
  intrinsic(fn, arg, loc) {
    switch (fn) {
      case "Ref":
        return this.ref(arg, loc);
      case "Fn::GetAtt":
        return this.getAtt(arg, loc);
      case "Fn::Sub":
        return dynamicReference(substitute(arg, loc, this));
      case "Fn::Join":
        return this.join(arg, loc);
      case "Fn::Select":
        return this.select(arg, loc);
      case "Fn::Split":
        return this.split(arg, loc);
      case "Fn::If":
        return this.fnIf(arg, loc);
      case "Fn::FindInMap":
        return this.findInMap(arg, loc);
      case "Fn::GetAZs": {
        const name = regionKey(this.resolve(arg));
        return name === void 0 ? unknown("Fn::GetAZs of an unknown region", loc) : { kind: "zones", region: name, loc };
      }
      case "Fn::ImportValue": {
        const name = this.resolve(arg);
        const key = name ? knownString(name) : void 0;
        const exported = key !== void 0 ? this.options.imports?.get(key) : void 0;
        if (exported !== void 0) return { kind: "string", value: exported, loc };
        return unknown(`Fn::ImportValue ${key ?? "(computed name)"}${this.options.imports && key !== void 0 ? ": no such export in the account" : ""}`, loc);
      }
      default:
        return unknown(`${fn} is not evaluated`, loc);
    }
  }
  /** Ref to a name: a pseudo parameter, a parameter (its default), or a resource (a typed reference). */
  refName(name, loc) {
    if (name === "AWS::NoValue") return NO_VALUE;
    if (PSEUDO_PARAMETERS.includes(name)) {
      const known = this.options.pseudo?.[name];
      return known !== void 0 ? { kind: "string", value: known, loc } : { kind: "text", parts: [{ kind: "pseudo", name }], loc };
    }
    const param = child(this.parameters, name);
    if (param) return this.parameterValue(name, param, loc);
    if (this.resourceTypes.has(name)) return { kind: "ref", target: name, attribute: null, loc };
    return unknown(`Ref to ${name}, which is not defined in this template`, loc);
  }
  ref(arg, loc) {
    const name = arg.kind === "scalar" ? arg.value : void 0;
    if (typeof name !== "string") return unknown("Ref with a computed name", loc);
    return this.refName(name, loc);
  }
  parameterValue(name, param, loc) {
    const typeNode = child(param, "Type");
    const type = typeNode?.kind === "scalar" ? String(typeNode.value ?? "") : "String";
    if (type.startsWith("AWS::SSM::Parameter::Value")) return unknown(`parameter ${name} is read from SSM`, loc);
    const def = child(param, "Default");
    if (def?.kind !== "scalar" || def.value === null) return unknown(`parameter ${name} has no default`, loc);
    const raw = String(def.value);
    if (type.startsWith("List<") || type === "CommaDelimitedList") {
      const items = raw === "" ? [] : raw.split(",").map((s) => ({ kind: "string", value: s.trim(), loc }));
      return { kind: "list", items, loc };
    }
    return { kind: "string", value: raw, loc };
  }
  /** `Res.Attr` or `[Res, Attr]`; the attribute may contain dots (`Endpoint.Address`). */
  refAttribute(resource, attribute, loc) {
    const type = this.resourceTypes.get(resource);
    if (type === void 0) return unknown(`Fn::GetAtt on ${resource}, which is not defined in this template`, loc);
    if (MIRRORED_ATTRIBUTES[type]?.includes(attribute)) {
      const property = child(child(this.resourceNodes.get(resource), "Properties"), attribute);
      const v = property && this.inner(property);
      if (v && v !== NO_VALUE && v.kind !== "unknown") return { ...v, loc };
    }
    return { kind: "ref", target: resource, attribute, loc };
  }
  getAtt(arg, loc) {
    if (arg.kind === "scalar" && typeof arg.value === "string") {
      const dot = arg.value.indexOf(".");
      if (dot <= 0) return unknown(`malformed Fn::GetAtt ${arg.value}`, loc);
      return this.refAttribute(arg.value.slice(0, dot), arg.value.slice(dot + 1), loc);
    }
    if (arg.kind !== "seq") return unknown("malformed Fn::GetAtt", loc);
    const [res, attrNode, ...rest] = arg.items;
    if (res?.kind === "scalar" && typeof res.value === "string" && attrNode && rest.length === 0) {
      const attr = this.resolve(attrNode);
      const attrName = attr && knownString(attr);
      if (attrName !== void 0) return this.refAttribute(res.value, attrName, loc);
      if (attr?.kind === "unknown" || attr?.kind === "text" || attr?.kind === "ref") {
        const why = attr.kind === "unknown" ? attr.reason : display(attr);
        return unknown(`Fn::GetAtt ${res.value} with an attribute not known before deployment (${why})`, loc);
      }
    }
    return unknown("malformed Fn::GetAtt", loc);
  }
  join(arg, loc) {
    if (arg.kind !== "seq" || arg.items.length !== 2) return unknown("malformed Fn::Join", loc);
    const delimiter = knownString(this.resolve(arg.items[0]));
    const list = this.resolve(arg.items[1]);
    if (delimiter === void 0) return unknown("Fn::Join with an unknown delimiter", loc);
    if (list?.kind !== "list") return unknown(`Fn::Join over ${notAList(list)}`, loc);
    const parts = [];
    for (const [i, item] of list.items.entries()) {
      const p = toParts(item);
      if (!p) return unknown("Fn::Join of a list or map item", loc);
      if (i > 0) parts.push({ kind: "text", text: delimiter });
      parts.push(...p);
    }
    return dynamicReference(fromParts(parts, loc));
  }
  select(arg, loc) {
    if (arg.kind !== "seq" || arg.items.length !== 2) return unknown("malformed Fn::Select", loc);
    const indexValue = this.resolve(arg.items[0]);
    const index = Number(knownString(indexValue));
    const list = this.resolve(arg.items[1]);
    if (!Number.isInteger(index) || index < 0) return unknown("Fn::Select with an unknown index", loc);
    if (list?.kind === "zones") return { kind: "text", parts: [{ kind: "zone", region: list.region, index }], loc };
    if (list?.kind !== "list") return unknown(`Fn::Select from ${notAList(list)}`, loc);
    const item = list.items[index];
    return item ?? unknown(`Fn::Select index ${index} is out of range`, loc);
  }
  split(arg, loc) {
    if (arg.kind !== "seq" || arg.items.length !== 2) return unknown("malformed Fn::Split", loc);
    const delimiter = knownString(this.resolve(arg.items[0]));
    const source = this.resolve(arg.items[1]);
    const parts = source && toParts(source);
    if (delimiter === void 0 || delimiter === "" || parts === void 0 || !splittable(parts, delimiter, this.resourceTypes)) {
      return unknown(`Fn::Split of ${source?.kind === "unknown" ? source.reason : "a value not known before deployment"}`, loc);
    }
    let piece = [];
    const pieces = [piece];
    for (const part of parts) {
      if (part.kind !== "text") piece.push(part);
      else
        part.text.split(delimiter).forEach((text, i) => {
          if (i > 0) pieces.push(piece = []);
          piece.push({ kind: "text", text });
        });
    }
    return { kind: "list", items: pieces.map((piece2) => fromParts(piece2, loc)), loc };
  }
  fnIf(arg, loc) {
    if (arg.kind !== "seq" || arg.items.length !== 3) return unknown("malformed Fn::If", loc);
    const [nameNode, whenTrue, whenFalse] = arg.items;
    if (nameNode.kind !== "scalar" || typeof nameNode.value !== "string") return unknown("malformed Fn::If", loc);
    const name = nameNode.value;
    const truth = this.condition(name);
    if (truth === "unknown") {
      const why = unknown(`condition ${name} cannot be evaluated`, loc);
      const absentBranch = [whenTrue, whenFalse].some((b) => this.inner(b) === NO_VALUE);
      return absentBranch ? { ...why, mayBeAbsent: true } : why;
    }
    return this.inner(truth ? whenTrue : whenFalse);
  }
  findInMap(arg, loc) {
    if (arg.kind !== "seq" || arg.items.length < 3) return unknown("malformed Fn::FindInMap", loc);
    const keys = arg.items.slice(0, 3).map((n) => this.resolve(n));
    const names = keys.map((k) => k ? knownString(k) : void 0);
    const [mapName, topKey, secondKey] = names;
    if (mapName === void 0 || topKey === void 0 || secondKey === void 0) {
      const why = keys.find((k) => k?.kind === "unknown" || k?.kind === "text");
      return unknown(
        `Fn::FindInMap with a key not known before deployment${why ? ` (${why.kind === "unknown" ? why.reason : "depends on a pseudo parameter"})` : ""}`,
        loc
      );
    }
    const found = child(child(child(this.mappings, mapName), topKey), secondKey);
    if (found) return this.inner(found);
    const fallback = child(arg.items[3], "DefaultValue");
    if (fallback) return this.inner(fallback);
    return unknown(`Fn::FindInMap ${names.join("/")} is not in Mappings`, loc);
  }
};
function notAList(v) {
  if (v?.kind === "unknown") return v.reason;
  if (v?.kind === "ref") return `${v.target}.${v.attribute ?? "Ref"}, known only after deployment`;
  return "a value that is not a list";
}
function regionKey(v) {
  if (v === void 0) return "AWS::Region";
  if (v.kind === "string") return v.value === "" ? "AWS::Region" : v.value;
  const part = v.kind === "text" ? soleItem(v.parts) : void 0;
  if (part?.kind === "pseudo" && part.name === "AWS::Region") return "AWS::Region";
  return void 0;
}
function splittable(parts, delimiter, types) {
  if (parts.every((p) => p.kind === "text")) return true;
  if (!/^[,;|\s]+$/.test(delimiter)) return false;
  return parts.every((p) => splittablePart(p, types));
}
function splittablePart(p, types) {
  if (p.kind === "unknown") return false;
  if (p.kind === "pseudo") return p.name !== "AWS::NotificationARNs";
  if (p.kind === "ref") {
    const type = types.get(p.target) ?? "";
    return p.attribute === null && type.startsWith("AWS::") && type !== "AWS::CloudFormation::CustomResource";
  }
  return true;
}
var DYNAMIC_REFERENCE = /\{\{resolve:[^}]*\}\}/;
var BRACE_FREE = "x";
function dynamicReference(v) {
  if (v.kind !== "string" && v.kind !== "text") return v;
  const shape = v.kind === "string" ? v.value : v.parts.map((p) => p.kind === "text" ? p.text : BRACE_FREE).join("");
  return DYNAMIC_REFERENCE.test(shape) ? unknown(`dynamic reference ${display(v)}`, v.loc) : v;
}

export {
  UNKNOWN_MARKER,
  isUnknownMarker,
  Resolver
};
