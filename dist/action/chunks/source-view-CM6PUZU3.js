import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  Concat,
  Json,
  Ref,
  Unknown,
  asList,
  asMap,
  asText,
  fromJson,
  isKnown,
  isList,
  isMap,
  knownKey,
  sameKnown,
  sizeOf,
  toJson,
  unknownIn
} from "./chunk-7ZNRQGYQ.js";
import {
  ipv4Subnet
} from "./chunk-TCEKX3PA.js";
import {
  LIMITS
} from "./chunk-4SVGLYMN.js";
import {
  Extras,
  MAPPINGS,
  PlanValues,
  reference,
  resourcesToCloudFormation
} from "./chunk-GUYPW6HR.js";
import {
  TerraformSources
} from "./chunk-6OT53A4C.js";
import {
  UNKNOWN_MARKER
} from "./chunk-6UCDO5DJ.js";
import "./chunk-GOS2ZUCQ.js";
import {
  ConfinedFiles
} from "./chunk-I7GECNTR.js";
import {
  map,
  scalar,
  seq,
  soleItem
} from "./chunk-GTRBZQRG.js";
import {
  InputError
} from "./chunk-Y6C3IO4F.js";
import "./chunk-QVXUJ2S4.js";

// src/engine/load/adapters/terraform/source/source-view.ts
import { resolve as resolve2 } from "node:path";

// src/engine/load/adapters/terraform/source/evaluate.ts
import { resolve } from "node:path";

// src/engine/load/adapters/terraform/source/functions.ts
var MAX_STRING = 1024 * 1024;
var FUNCTIONS = /* @__PURE__ */ new Map([
  ["jsonencode", ([v]) => v === void 0 ? unknown("jsonencode") : isKnown(v) ? bounded(JSON.stringify(toJson(v))) : new Json(v)],
  ["jsondecode", ([v]) => typeof v === "string" ? decode(v) : unknown("jsondecode")],
  ["file", ([path], ctx) => typeof path === "string" ? ctx.readFile(path) : unknown("file")],
  [
    "length",
    ([v]) => v instanceof Unknown ? v : isList(v ?? null) ? v.length : isMap(v ?? null) ? v.size : typeof v === "string" ? graphemes(v) : unknown("length")
  ],
  ["concat", (args) => args.every(isList) ? args.flat() : unknown("concat")],
  ["tolist", ([v]) => v !== void 0 && isList(v) ? v : unknown("tolist")],
  ["toset", ([v]) => isList(v ?? null) ? distinct(v) : unknown("toset")],
  ["tostring", ([v]) => asText(v ?? null) ?? passUnknown(v, "tostring")],
  ["tonumber", ([v]) => typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v)) ? Number(v) : unknown("tonumber")],
  ["lower", ([v]) => typeof v === "string" ? v.toLowerCase() : passUnknown(v, "lower")],
  ["upper", ([v]) => typeof v === "string" ? v.toUpperCase() : passUnknown(v, "upper")],
  ["join", ([sep, list]) => join(sep, list)],
  ["format", (args) => format(args)],
  [
    "element",
    ([list, i]) => isList(list ?? null) && typeof i === "number" ? list[Math.trunc(i) % list.length] ?? unknown("element") : unknown("element")
  ],
  ["merge", (args) => args.every(isMap) ? new Map(args.flatMap((m) => [...m])) : unknown("merge")],
  [
    "lookup",
    ([m, key, fallback]) => isMap(m ?? null) && typeof key === "string" ? m.get(key) ?? fallback ?? unknown("lookup") : unknown("lookup")
  ],
  ["keys", ([m]) => isMap(m ?? null) ? [...m.keys()].sort() : unknown("keys")],
  ["values", ([m]) => isMap(m ?? null) ? [...m].sort(([a], [b]) => a < b ? -1 : 1).map(([, v]) => v) : unknown("values")],
  [
    "zipmap",
    ([k, v]) => isList(k ?? null) && isList(v ?? null) && k.every((x) => typeof x === "string") ? new Map(k.map((key, i) => [key, v[i] ?? null])) : unknown("zipmap")
  ],
  ["max", (args) => numbers(args, (n) => Math.max(...n))],
  ["min", (args) => numbers(args, (n) => Math.min(...n))],
  ["abs", (args) => numbers(args, ([n = NaN]) => Math.abs(n))],
  ["ceil", (args) => numbers(args, ([n = NaN]) => Math.ceil(n))],
  ["floor", (args) => numbers(args, ([n = NaN]) => Math.floor(n))],
  ["contains", ([list, v]) => contains(list, v)],
  ["distinct", ([v]) => isList(v ?? null) ? distinct(v) : unknown("distinct")],
  ["slice", ([v, from, to]) => isList(v ?? null) && typeof from === "number" && typeof to === "number" ? v.slice(from, to) : unknown("slice")],
  ["split", ([sep, v]) => typeof sep === "string" && sep !== "" && typeof v === "string" ? v.split(sep) : unknown("split")],
  ["trimspace", ([v]) => typeof v === "string" ? v.trim() : unknown("trimspace")],
  ["startswith", ([v, p]) => typeof v === "string" && typeof p === "string" ? v.startsWith(p) : unknown("startswith")],
  ["endswith", ([v, p]) => typeof v === "string" && typeof p === "string" ? v.endsWith(p) : unknown("endswith")],
  // A pattern in slashes is a regular expression in Terraform: not evaluated here.
  [
    "replace",
    ([v, from, to]) => typeof v === "string" && typeof from === "string" && typeof to === "string" && !/^\/.*\/$/.test(from) && from !== "" ? bounded(v.split(from).join(to)) : unknown("replace")
  ],
  ["one", ([v]) => isList(v ?? null) && v.length <= 1 ? v[0] ?? null : unknown("one")],
  ["coalescelist", (args) => args.find((a) => isList(a) && a.length > 0) ?? unknown("coalescelist")],
  [
    "cidrsubnet",
    ([prefix, newbits, netnum]) => typeof prefix === "string" && typeof newbits === "number" && typeof netnum === "number" ? ipv4Subnet(prefix, newbits, netnum) ?? unknown("cidrsubnet") : unknown("cidrsubnet")
  ],
  ["flatten", ([v]) => isList(v ?? null) ? flatten(v) : unknown("flatten")],
  ["compact", ([v]) => isList(v ?? null) ? v.filter((x) => x !== null && x !== "") : unknown("compact")],
  ["coalesce", (args) => args.find((a) => a !== null && a !== "") ?? unknown("coalesce")],
  ["try", (args) => args.find((a) => !(a instanceof Unknown)) ?? unknown("try")]
]);
var MAX_VALUES = 1e6;
var PASS_THROUGH = /* @__PURE__ */ new Set([
  "one",
  "slice",
  "coalescelist",
  "distinct",
  "zipmap",
  "jsonencode",
  "concat",
  "tolist",
  "toset",
  "merge",
  "element",
  "coalesce",
  "try",
  "flatten",
  "compact",
  "lookup",
  "format",
  "join",
  "length"
]);
function callFunction(name, args, ctx) {
  const fn = FUNCTIONS.get(name);
  if (!fn) return new Unknown(`${name}(\u2026) is not evaluated here`);
  if (args.some((a) => sizeOf(a, MAX_VALUES) > MAX_VALUES))
    return new Unknown(`${name}(\u2026) of a value of more than ${MAX_VALUES.toLocaleString("en-US")} parts`);
  if (!PASS_THROUGH.has(name)) {
    const missing = args.map(unknownIn).find((u) => u !== void 0);
    if (missing) return missing;
  }
  return fn(args, ctx);
}
function numbers(args, f) {
  return args.length > 0 && args.every((a) => typeof a === "number") ? f(args) : new Unknown("a number that is not known here");
}
function graphemes(s) {
  let n = 0;
  for (const _ of new Intl.Segmenter().segment(s)) n++;
  return n;
}
function unknown(name) {
  return new Unknown(`${name}(\u2026) of a value that is not known here`);
}
function passUnknown(v, name) {
  return v instanceof Unknown ? v : unknown(name);
}
function bounded(text) {
  return text.length > MAX_STRING ? tooLong() : text;
}
function tooLong() {
  return new Unknown("a string longer than 1 MiB");
}
function decode(text) {
  try {
    return fromJson(JSON.parse(text));
  } catch {
    return new Unknown("jsondecode(\u2026) of text that is not JSON");
  }
}
function contains(list, v) {
  if (!isList(list ?? null) || v === void 0) return unknown("contains");
  const found = list.map((x) => sameKnown(x, v));
  return found.includes(void 0) ? unknown("contains") : found.includes(true);
}
function distinct(list) {
  const seen = /* @__PURE__ */ new Set();
  return list.filter((v) => {
    const key = knownKey(v);
    if (key === void 0) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function flatten(list) {
  return list.flatMap((v) => isList(v) ? flatten(v) : [v]);
}
function join(sep, list) {
  if (typeof sep !== "string" || !isList(list ?? null)) return unknown("join");
  const parts = [];
  list.forEach((item, i) => parts.push(...i > 0 ? [sep] : [], item));
  return concatenate(parts);
}
function format(args) {
  const [spec, ...rest] = args;
  if (typeof spec !== "string") return unknown("format");
  const parts = [];
  let next = 0;
  let failed = false;
  const literal = spec.replace(/%(%|s|d|v)|[^%]+|%/g, (m, verb) => {
    if (verb === "%") parts.push("%");
    else if (verb) parts.push(rest[next++] ?? null);
    else if (m === "%") failed = true;
    else parts.push(m);
    return "";
  });
  return failed || literal !== "" ? unknown("format") : concatenate(parts);
}
function concatenate(parts) {
  const texts = parts.map(asText);
  if (texts.every((t) => t !== void 0)) return texts.reduce((n, t) => n + t.length, 0) > MAX_STRING ? tooLong() : texts.join("");
  const missing = parts.find((p) => p instanceof Unknown);
  if (missing !== void 0) return missing;
  if (parts.some((p) => asText(p) === void 0 && !(p instanceof Concat) && !(p instanceof Ref)))
    return new Unknown("a string built from a value that is not text");
  return new Concat(parts.flatMap((p) => p instanceof Concat ? p.parts : [p]));
}

// src/engine/load/adapters/terraform/source/policy-document.ts
function policyDocument(body, evaluate) {
  for (const merged of ["source_policy_documents", "override_policy_documents", "source_json", "override_json"]) {
    if (body.has(merged)) return new Unknown(`a policy document with ${merged} is not built here`);
  }
  const statements = asList(body.get("statement")).map((s) => statement(asMap(s), evaluate));
  const document = /* @__PURE__ */ new Map([
    ["Version", body.has("version") ? evaluate(body.get("version")) : "2012-10-17"],
    ["Statement", statements]
  ]);
  return isKnown(document) ? JSON.stringify(toJson(document)) : new Json(document);
}
function statement(s, evaluate) {
  const out = /* @__PURE__ */ new Map();
  const set = (key, value) => {
    if (value !== void 0 && value !== null) out.set(key, value);
  };
  set("Sid", s.has("sid") ? evaluate(s.get("sid")) : void 0);
  set("Effect", s.has("effect") ? evaluate(s.get("effect")) : "Allow");
  set("Action", s.has("actions") ? evaluate(s.get("actions")) : void 0);
  set("NotAction", s.has("not_actions") ? evaluate(s.get("not_actions")) : void 0);
  set("Resource", s.has("resources") ? evaluate(s.get("resources")) : void 0);
  set("NotResource", s.has("not_resources") ? evaluate(s.get("not_resources")) : void 0);
  set("Principal", principals(asList(s.get("principals")), evaluate));
  set("NotPrincipal", principals(asList(s.get("not_principals")), evaluate));
  set("Condition", conditions(asList(s.get("condition")), evaluate));
  return out;
}
function principals(blocks, evaluate) {
  if (blocks.length === 0) return void 0;
  const out = /* @__PURE__ */ new Map();
  for (const block of blocks.map(asMap)) {
    const type = evaluate(block.get("type"));
    const identifiers = evaluate(block.get("identifiers"));
    if (typeof type !== "string") return new Unknown("a principal type that is not known here");
    if (type === "*") return "*";
    out.set(type, [...out.get(type) ?? [], ...isList(identifiers) ? identifiers : [identifiers]]);
  }
  return new Map([...out].map(([k, v]) => [k, soleItem(v) ?? v]));
}
function conditions(blocks, evaluate) {
  if (blocks.length === 0) return void 0;
  const out = /* @__PURE__ */ new Map();
  for (const block of blocks.map(asMap)) {
    const test = evaluate(block.get("test"));
    const variable = evaluate(block.get("variable"));
    if (typeof test !== "string" || typeof variable !== "string") return new Unknown("a condition that is not known here");
    const byVariable = out.get(test) ?? /* @__PURE__ */ new Map();
    byVariable.set(variable, evaluate(block.get("values")));
    out.set(test, byVariable);
  }
  return out;
}

// src/engine/load/adapters/terraform/source/evaluate.ts
var MAX_INSTANCES = 256;
var MAX_STEPS = 2e6;
var MAX_DEPTH = 64;
var Evaluator = class {
  constructor(rootDir, files) {
    this.rootDir = rootDir;
    this.files = files;
  }
  rootDir;
  files;
  steps = 0;
  active = /* @__PURE__ */ new Set();
  memo = /* @__PURE__ */ new Map();
  blockScopes = /* @__PURE__ */ new Map();
  instanceScopes = /* @__PURE__ */ new Map();
  instancesOf = /* @__PURE__ */ new Map();
  /** A value as hcl2json gives it: a `${…}` string is an expression, anything else a literal (lists and maps evaluated inside). */
  raw(value, scope) {
    if (++this.steps > MAX_STEPS) return new Unknown("the configuration takes too long to evaluate");
    if (typeof value === "string") {
      if (!value.includes("${") && !value.includes("%{")) return value;
      const expression = scope.module.source.expressions.get(value);
      return expression ? this.expression(expression, scope) : new Unknown("an expression that could not be read");
    }
    if (typeof value === "number" || typeof value === "boolean" || value === null || value === void 0) return value ?? null;
    if (Array.isArray(value)) return value.map((v) => this.raw(v, scope));
    return new Map([...asMap(value)].map(([k, v]) => [k, this.raw(v, scope)]));
  }
  expression(e, scope) {
    if (++this.steps > MAX_STEPS) return new Unknown("the configuration takes too long to evaluate");
    switch (e.t) {
      case "literal":
        return e.value;
      case "template":
        return concatenate(e.parts.map((p) => this.expression(p, scope)));
      case "tuple":
        return e.items.map((i) => this.expression(i, scope));
      case "object":
        return this.object(e.entries, scope);
      case "traversal": {
        const [value, used] = this.root(e.root, e.steps, scope);
        return this.walk(value, e.steps.slice(used));
      }
      case "relative":
        return this.walk(this.expression(e.source, scope), e.steps);
      case "index":
        return this.walk(this.expression(e.collection, scope), [{ key: keyOf(this.expression(e.key, scope)) }]);
      case "splat":
        return this.splat(this.expression(e.source, scope), e.steps);
      case "call":
        return callFunction(
          e.name,
          e.args.map((a) => this.expression(a, scope)),
          this.files(scope.module)
        );
      case "conditional":
        return this.conditional(e, scope);
      case "for":
        return this.forExpression(e, scope);
      case "binary":
        return binary(e.op, this.expression(e.left, scope), this.expression(e.right, scope));
      case "unary":
        return unary(e.op, this.expression(e.operand, scope));
      case "unsupported":
        return new Unknown(`${e.what} is not evaluated here`);
    }
  }
  object(entries, scope) {
    const out = /* @__PURE__ */ new Map();
    for (const [k, v] of entries) {
      const key = asText(this.expression(k, scope));
      if (key === void 0) return new Unknown("an object key that is not known here");
      out.set(key, this.expression(v, scope));
    }
    return out;
  }
  forExpression(e, scope) {
    const collection = this.expression(e.collection, scope);
    const pairs = entriesOf(collection);
    if (!pairs) return collection instanceof Unknown ? collection : new Unknown("a for expression over a value that is not known here");
    if (e.grouped) return new Unknown("a grouping for expression is not evaluated here");
    const list = [];
    const object = /* @__PURE__ */ new Map();
    for (const [k, v] of pairs) {
      const inner = withSymbols(scope, [[e.valVar, v], ...e.keyVar ? [[e.keyVar, k]] : []]);
      const keep = e.condition ? this.expression(e.condition, inner) : true;
      if (keep === false) continue;
      if (keep !== true) return keep instanceof Unknown ? keep : new Unknown("a for condition that is not known here");
      if (!e.object) list.push(this.expression(e.value, inner));
      else {
        const key = e.key ? asText(this.expression(e.key, inner)) : void 0;
        if (key === void 0) return new Unknown("a for expression key that is not known here");
        object.set(key, this.expression(e.value, inner));
      }
    }
    return e.object ? object : list;
  }
  /**
   * A block's attributes and nested blocks, evaluated; `dynamic "name"` blocks expanded into `name` blocks, one per
   * item of their `for_each` (or UNKNOWN when that is not known). `skip`: attributes left out (meta-arguments).
   */
  block(body, scope, skip = /* @__PURE__ */ new Set()) {
    const out = /* @__PURE__ */ new Map();
    for (const [k, v] of body) if (!skip.has(k) && k !== "dynamic") out.set(k, this.raw(v, scope));
    for (const [name, generators] of asMap(asList(body.get("dynamic"))[0] ?? body.get("dynamic"))) {
      for (const generator of asList(generators).map(asMap)) {
        const existing = out.get(name);
        const made = this.dynamicBlocks(name, generator, scope);
        out.set(
          name,
          existing instanceof Unknown ? existing : made instanceof Unknown ? made : [...isList(existing ?? null) ? existing : [], ...made]
        );
      }
    }
    return out;
  }
  dynamicBlocks(name, generator, scope) {
    const pairs = entriesOf(this.raw(generator.get("for_each"), scope));
    if (!pairs) return new Unknown(`the dynamic ${name} blocks are not known here`);
    const written = generator.get("iterator");
    const iterator = (typeof written === "string" ? /^\$\{([A-Za-z_][\w-]*)\}$/.exec(written)?.[1] : void 0) ?? name;
    const content = asMap(asList(generator.get("content"))[0]);
    return pairs.map(
      ([key, value]) => this.block(
        content,
        withSymbols(scope, [
          [
            iterator,
            /* @__PURE__ */ new Map([
              ["key", key],
              ["value", value]
            ])
          ]
        ])
      )
    );
  }
  conditional(e, scope) {
    const condition = this.expression(e.condition, scope);
    if (typeof condition === "boolean") return this.expression(condition ? e.then : e.otherwise, scope);
    return condition instanceof Unknown ? condition : new Unknown("a condition that is not known here");
  }
  /**
   * Steps into a value. An attribute of a resource instance that its block configures is that value (`aws_vpc.main.
   * cidr_block`, as a plan knows it); its ID, ARN and any attribute it does not configure are known only after apply.
   */
  walk(value, steps) {
    let v = value;
    for (const s of steps) {
      const key = "name" in s ? s.name : s.key;
      v = v instanceof Ref && v.attribute === void 0 && typeof key === "string" ? this.attribute(v, key) : step(v, key);
    }
    return v;
  }
  /** `list[*].attribute`: the steps applied to each item; a single value is a list of one, null an empty list. */
  splat(source, steps) {
    if (source instanceof Unknown) return source;
    const list = isList(source) ? source : source === null ? [] : [source];
    return list.map((item) => this.walk(item, steps));
  }
  attribute(instance, name) {
    const known = this.instanceScopes.get(instance.address);
    const body = known?.resource?.body;
    if (!known || !body || name === "id" || name === "arn" || !body.has(name)) return new Ref(instance.address, name);
    return this.once(`${instance.address}.${name}`, `${instance.address}.${name}`, () => this.raw(body.get(name), known));
  }
  /** The value a traversal's root names, and how many of its steps that took. */
  root(root, steps, scope) {
    const symbol = scope.symbols?.get(root);
    if (symbol !== void 0) return [symbol, 0];
    const name = nameAt(steps, 0);
    switch (root) {
      case "var":
        return [name ? this.variable(name, scope.module) : new Unknown("var"), 1];
      case "local":
        return [name ? this.local(name, scope.module) : new Unknown("local"), 1];
      case "count":
        return [name === "index" && scope.count !== void 0 ? scope.count : new Unknown("count.index outside a counted resource"), 1];
      case "each":
        return [name === "key" && scope.each ? scope.each.key : name === "value" && scope.each ? scope.each.value : new Unknown("each outside a for_each"), 1];
      case "path":
        return [name === "module" ? resolve(scope.module.source.dir) : name === "root" || name === "cwd" ? this.rootDir : new Unknown(`path.${name ?? ""}`), 1];
      case "module":
        return [name ? this.moduleOutput(name, nameAt(steps, 1), scope.module) : new Unknown("module"), 2];
      case "data":
        return [name ? this.data(name, nameAt(steps, 1), scope) : new Unknown("data"), 2];
      case "self":
      case "terraform":
        return [new Unknown(`${root} is not evaluated here`), steps.length];
      default:
        return [name ? this.resource(`${root}.${name}`, scope.module) : new Unknown(`${root} is not a reference this tool reads`), 1];
    }
  }
  /** Guards a named value against cycles and runaway depth, and evaluates it once per module instance. */
  once(key, what, compute) {
    const known = this.memo.get(key);
    if (known !== void 0) return known;
    if (this.active.has(key)) return new Unknown(`${what} refers to itself`);
    if (this.active.size > MAX_DEPTH) return new Unknown(`${what} is nested too deeply`);
    this.active.add(key);
    try {
      const value = compute();
      this.memo.set(key, value);
      return value;
    } finally {
      this.active.delete(key);
    }
  }
  variable(name, module) {
    return this.once(`${module.prefix}var.${name}`, `var.${name}`, () => {
      const declared = module.source.variables.get(name);
      if (!declared) return new Unknown(`var.${name} is not declared`);
      if (module.call) {
        if (module.call.body.has(name)) return this.raw(module.call.body.get(name), module.call.scope);
      } else {
        const fromTfvars = module.source.tfvars.get(name);
        if (fromTfvars !== void 0) return fromTfvars;
      }
      if (declared.has("default")) return this.raw(declared.get("default"), { module });
      return new Unknown(`var.${name} has no default${module.call ? "" : " and no value in terraform.tfvars"}`);
    });
  }
  local(name, module) {
    return this.once(
      `${module.prefix}local.${name}`,
      `local.${name}`,
      () => module.source.locals.has(name) ? this.raw(module.source.locals.get(name), { module }) : new Unknown(`local.${name} is not declared`)
    );
  }
  moduleOutput(call, name, module) {
    const child = module.children.get(call);
    if (!child) return new Unknown(`module.${call} is not declared`);
    if ("skipped" in child) return new Unknown(`module.${call} is not read (${child.skipped})`);
    if (!name) return new Unknown(`module.${call}`);
    return this.once(`${child.prefix}output.${name}`, `module.${call}.${name}`, () => {
      const body = child.source.outputs.get(name);
      return body ? this.raw(body.get("value"), { module: child }) : new Unknown(`module.${call} has no output ${name}`);
    });
  }
  data(type, name, scope) {
    const block = scope.module.source.data.find((d) => d.type === type && d.name === name);
    if (!block || type !== "aws_iam_policy_document") return new Unknown(`data.${type}.${name ?? ""} is read only when Terraform runs`);
    return this.once(`${scope.module.prefix}data.${type}.${name}`, `data.${type}.${name}`, () => {
      if (block.body.has("count") || block.body.has("for_each")) return new Unknown(`data.${type}.${name} has count or for_each`);
      return /* @__PURE__ */ new Map([["json", policyDocument(block.body, (v) => this.raw(v, { module: scope.module }))]]);
    });
  }
  /** `type.name`: the instance (a Ref), the list of its count instances, or the map of its for_each instances. */
  resource(blockAddress, module) {
    const block = module.source.resources.find((r) => `${r.type}.${r.name}` === blockAddress);
    if (!block) return new Unknown(`${blockAddress} is not declared in this module`);
    const instances = this.instances(block, module);
    if (instances.kind === "unknown") return new Unknown(`the instances of ${module.prefix}${blockAddress} are not known here (${instances.why})`);
    const refs = this.scopesOf(block, module).map(({ address }) => new Ref(address, void 0));
    if (instances.kind === "count") return refs;
    if (instances.kind === "single") return refs[0] ?? new Unknown(`${module.prefix}${blockAddress} has no instance`);
    return new Map(instances.keys.flatMap((k, i) => refs[i] ? [[k, refs[i]]] : []));
  }
  /**
   * Every instance of a resource block, by address, with the scope its attributes are evaluated in (none when how
   * many there are is not known: such a resource is neither checked nor referenced).
   */
  scopesOf(block, module) {
    const address = `${module.prefix}${block.type}.${block.name}`;
    const cached = this.blockScopes.get(address);
    if (cached) return cached;
    const instances = this.instances(block, module);
    const base = { module, resource: block };
    const out = instances.kind === "count" ? instances.keys.map((i) => ({ address: `${address}[${i}]`, scope: { ...base, count: i } })) : instances.kind === "each" ? instances.keys.map((k) => ({
      address: `${address}[${JSON.stringify(k)}]`,
      scope: { ...base, each: { key: k, value: instances.values?.get(k) ?? k } }
    })) : instances.kind === "single" ? [{ address, scope: base }] : [];
    this.blockScopes.set(address, out);
    for (const o of out) this.instanceScopes.set(o.address, o.scope);
    return out;
  }
  /** The instances a resource block has: one, `count` of them, one per `for_each` key, or not known. */
  instances(block, module) {
    const address = `${module.prefix}${block.type}.${block.name}`;
    const known = this.instancesOf.get(address);
    if (known) return known;
    const instances = this.countInstances(block, module);
    this.instancesOf.set(address, instances);
    return instances;
  }
  countInstances(block, module) {
    const scope = { module };
    if (block.body.has("count")) {
      const n = this.raw(block.body.get("count"), scope);
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0) return { kind: "unknown", why: n instanceof Unknown ? n.why : "count is not a whole number" };
      return n > MAX_INSTANCES ? { kind: "unknown", why: `count is over ${MAX_INSTANCES}` } : { kind: "count", keys: [...Array(n).keys()] };
    }
    if (block.body.has("for_each")) {
      const each = this.raw(block.body.get("for_each"), scope);
      const keys = isMap(each) ? [...each.keys()] : isList(each) && each.every((k) => typeof k === "string") ? each : void 0;
      if (!keys) return { kind: "unknown", why: each instanceof Unknown ? each.why : "for_each is not a map or a set of strings" };
      if (keys.length > MAX_INSTANCES) return { kind: "unknown", why: `for_each has over ${MAX_INSTANCES} keys` };
      return { kind: "each", keys: [...new Set(keys)], values: isMap(each) ? each : void 0 };
    }
    return { kind: "single" };
  }
};
function entriesOf(v) {
  if (isList(v)) return v.map((item, i) => [i, item]);
  if (isMap(v)) return [...v];
  return void 0;
}
function withSymbols(scope, bound) {
  return { ...scope, symbols: new Map([...scope.symbols ?? [], ...bound]) };
}
function nameAt(steps, i) {
  const s = steps[i];
  return s && "name" in s ? s.name : void 0;
}
function keyOf(v) {
  return typeof v === "number" ? v : asText(v) ?? "\0unknown";
}
function step(v, key) {
  if (v instanceof Unknown) return v;
  if (key === "\0unknown") return new Unknown("an index that is not known here");
  if (v instanceof Ref) {
    if (v.attribute === void 0 && typeof key === "string") return new Ref(v.address, key);
    return new Unknown(`${v.address}${v.attribute ? `.${v.attribute}` : ""} is known only after apply`);
  }
  if (isMap(v)) return v.get(String(key)) ?? new Unknown(`no ${String(key)} in the value`);
  if (isList(v) && typeof key === "number") return v[key] ?? new Unknown(`no item ${key} in the list`);
  if (isList(v) && typeof key === "string" && /^\d+$/.test(key)) return v[Number(key)] ?? new Unknown(`no item ${key} in the list`);
  return new Unknown(`no ${String(key)} in the value`);
}
function binary(op, left, right) {
  if (left instanceof Unknown) return left;
  if (right instanceof Unknown) return right;
  if (typeof left === "number" && typeof right === "number") {
    const n = numeric(op, left, right);
    if (n !== void 0) return n;
  }
  if (typeof left === "boolean" && typeof right === "boolean") {
    if (op === "logicalAnd") return left && right;
    if (op === "logicalOr") return left || right;
  }
  if (op === "equal" || op === "notEqual") {
    const same = sameKnown(left, right);
    return same === void 0 ? new Unknown("a comparison that is not known here") : same === (op === "equal");
  }
  return new Unknown(`the ${op} operator is not evaluated here`);
}
function numeric(op, a, b) {
  switch (op) {
    case "add":
      return a + b;
    case "subtract":
      return a - b;
    case "multiply":
      return a * b;
    case "divide":
      return b === 0 ? void 0 : a / b;
    case "modulo":
      return b === 0 ? void 0 : a % b;
    case "greaterThan":
      return a > b;
    case "greaterThanOrEqual":
      return a >= b;
    case "lessThan":
      return a < b;
    case "lessThanOrEqual":
      return a <= b;
    default:
      return void 0;
  }
}
function unary(op, v) {
  if (op === "logicalNot" && typeof v === "boolean") return !v;
  if (op === "negate" && typeof v === "number") return -v;
  return v instanceof Unknown ? v : new Unknown(`the ${op} operator is not evaluated here`);
}

// src/engine/load/adapters/terraform/source/materialize.ts
var Materializer = class {
  constructor(file, limit = LIMITS.expandedNodes) {
    this.file = file;
    this.limit = limit;
  }
  file;
  limit;
  used = 0;
  node(v, loc) {
    if (++this.used > this.limit)
      throw new InputError(this.file, `the configuration expands to more than ${this.limit.toLocaleString("en-US")} values: not read`, loc);
    if (v instanceof Ref) return reference(v.address, v.attribute, loc);
    if (v instanceof Unknown) return map([[UNKNOWN_MARKER, scalar(v.why, loc)]], loc);
    if (v instanceof Concat)
      return map(
        [
          [
            "Fn::Join",
            seq(
              [
                scalar("", loc),
                seq(
                  v.parts.map((p) => this.node(p, loc)),
                  loc
                )
              ],
              loc
            )
          ]
        ],
        loc
      );
    if (v instanceof Json) return this.node(v.value, loc);
    if (isList(v))
      return seq(
        v.map((i) => this.node(i, loc)),
        loc
      );
    if (isMap(v))
      return map(
        [...v].map(([k, x]) => [k, this.node(x, loc)]),
        loc
      );
    return scalar(v, loc);
  }
};

// src/engine/load/adapters/terraform/source/source-view.ts
var META_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
function terraformModuleToCloudFormation(source) {
  try {
    return toView(source);
  } catch (e) {
    if (e instanceof RangeError) throw new InputError(source.files[0] ?? source.dir, "values nested too deeply to read");
    throw e;
  }
}
function toView(source) {
  const notes = [];
  const includes = /* @__PURE__ */ new Set();
  const sources = /* @__PURE__ */ new Map();
  const rootDir = resolve2(source.dir);
  const evaluator = new Evaluator(rootDir, (module) => fileReader(module, rootDir, includes));
  const root = instantiate(source, "", void 0);
  const firstFile = source.files[0] ?? source.dir;
  const materializer = new Materializer(firstFile);
  const resources = [];
  const unchecked = new Unchecked();
  const visit = (module) => {
    const written = sourcesOf(module);
    for (const f of module.source.files) includes.add(f);
    for (const block of module.source.resources) {
      const blockAddress = `${block.type}.${block.name}`;
      const loc = written.blockLoc(blockAddress) ?? { line: 1, column: 1, file: module.source.files[0] ?? firstFile };
      const instances = evaluator.instances(block, module);
      if (instances.kind === "unknown" && !readsType(block.type)) continue;
      if (instances.kind === "unknown") {
        unchecked.add(module.prefix, instances.why, `${module.prefix}${blockAddress}`, loc);
        continue;
      }
      for (const { address, scope } of evaluator.scopesOf(block, module)) {
        resources.push({
          address,
          type: block.type,
          blockAddress,
          modulePrefix: module.prefix,
          values: materializer.node(evaluator.block(block.body, scope, META_ARGUMENTS), loc),
          afterUnknown: void 0,
          expressions: void 0,
          loc
        });
      }
    }
    for (const [name, child] of module.children) {
      if ("skipped" in child)
        notes.push({
          message: `${module.prefix}module.${name} is not checked: ${child.skipped}`,
          loc: written.blockLoc(`module.${name}`) ?? { line: 1, column: 1, file: firstFile }
        });
      else visit(child);
    }
  };
  visit(root);
  notes.push(...unchecked.notes());
  const entries = resourcesToCloudFormation(resources, new PlanValues(/* @__PURE__ */ new Map(), /* @__PURE__ */ new Map()), (r) => sources.get(r.modulePrefix));
  const rootLoc = { line: 1, column: 1, file: firstFile };
  const region = asText(evaluator.raw(source.providers.get("aws")?.get("region"), { module: root }));
  const commentSuppressions = [...sources.values()].flatMap((s) => s.commentSuppressions);
  return { root: map([["Resources", map(entries, rootLoc)]], rootLoc), region, notes, includes: [...includes], commentSuppressions };
  function sourcesOf(module) {
    let s = sources.get(module.prefix);
    if (!s) sources.set(module.prefix, s = new TerraformSources(module.source.texts));
    return s;
  }
}
function instantiate(source, prefix, call) {
  const children = /* @__PURE__ */ new Map();
  const instance = { source, prefix, ...call ? { call } : {}, children };
  for (const [name, child] of source.children) {
    const body = source.calls.get(name);
    children.set(
      name,
      "skipped" in child ? child : body ? instantiate(child, `${prefix}module.${name}.`, { body, scope: { module: instance } }) : { skipped: "it has no module block" }
    );
  }
  return instance;
}
var Unchecked = class {
  groups = /* @__PURE__ */ new Map();
  add(module, why, address, loc) {
    this.groups.set(module, [...this.groups.get(module) ?? [], { address, why, loc }]);
  }
  /** Each note at the first of its resources in the file, the resources in the order they are written. */
  notes() {
    return [...this.groups.values()].flatMap((group) => {
      const sorted = [...group].sort((a, b) => (a.loc.file ?? "").localeCompare(b.loc.file ?? "") || a.loc.line - b.loc.line);
      const [first] = sorted;
      if (!first) return [];
      const addresses = sorted.map((g) => g.address);
      const shown = addresses.slice(0, 3).join(", ") + (addresses.length > 3 ? ` and ${addresses.length - 3} more` : "");
      const what = addresses.length === 1 ? `${shown} is` : `${addresses.length} resources (${shown}) are`;
      return [{ message: `${what} not checked: how many instances exist is not known here (${first.why})`, loc: first.loc }];
    });
  }
};
function readsType(type) {
  return Object.hasOwn(MAPPINGS, type) || Extras.reads(type);
}
function fileReader(module, rootDir, includes) {
  const files = new ConfinedFiles(module.source.dir);
  return {
    readFile(path) {
      const full = resolve2(rootDir, path);
      const read = files.read(full);
      if (!read.ok) return new Unknown(`file(${JSON.stringify(path)}) is not read: ${read.reason}`);
      includes.add(full);
      return read.bytes.toString("utf8");
    }
  };
}
export {
  terraformModuleToCloudFormation
};
