import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  parseJson,
  parseYaml
} from "./chunk-CNPVOVGO.js";
import {
  ExpansionBudget
} from "./chunk-4SVGLYMN.js";
import {
  UNKNOWN_MARKER,
  isUnknownMarker
} from "./chunk-6UCDO5DJ.js";
import {
  ConfinedFiles,
  commentSuppressions,
  projectRootOf
} from "./chunk-I7GECNTR.js";
import {
  entries,
  isIntrinsic,
  items,
  map,
  mapLocs,
  relocate,
  scalar,
  seq,
  soleItem,
  text
} from "./chunk-GTRBZQRG.js";
import {
  InputError,
  NAME_METADATA,
  child
} from "./chunk-Y6C3IO4F.js";
import "./chunk-QVXUJ2S4.js";

// src/engine/load/adapters/serverless/variables.ts
import { dirname, extname, join, relative, resolve as resolvePath } from "node:path";
var MARK = "\uE001";
var MARKED = new RegExp(`${MARK}(\\d+)${MARK}`, "g");
var OPEN = "\uE002";
var CLOSE = "\uE003";
var KNOWN_SOURCES = /^(self|opt|env|sls|aws|ssm|cf|s3|param|file|strToBool|git)\b/;
var ServerlessVariables = class {
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    this.budget = new ExpansionBudget(ctx.file);
    this.project = new ConfinedFiles(ctx.root ?? projectRootOf(ctx.file));
  }
  root;
  ctx;
  symbols = [];
  resolving = /* @__PURE__ */ new Set();
  done = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  notes = [];
  /** `# endpoint-guard-ignore` comments of included YAML files. */
  commentSuppressions = [];
  budget;
  project;
  /** The stage and region as the framework decides them: the CLI option, then `provider`, then the default. */
  stage() {
    return this.ctx.options.stage ?? this.plainAt("provider.stage") ?? "dev";
  }
  region() {
    return this.ctx.options.region ?? this.plainAt("provider.region") ?? "us-east-1";
  }
  /** The files `${file(...)}` read (absolute paths): checked through this service, not again on their own. */
  includedFiles() {
    return [...this.files].filter(([, doc]) => doc !== void 0).map(([path]) => path);
  }
  resolveTree(node = this.root, inSub = false) {
    const cached = inSub ? void 0 : this.done.get(node);
    if (cached) return cached;
    if (this.resolving.has(node))
      return {
        kind: "map",
        entries: [{ key: UNKNOWN_MARKER, keyLoc: node.loc, value: { kind: "scalar", value: "a Serverless variable that refers to itself", loc: node.loc } }],
        loc: node.loc
      };
    this.resolving.add(node);
    let out;
    if (node.kind === "scalar") out = typeof node.value === "string" ? this.resolveString(node.value, node.loc, inSub) : node;
    else if (node.kind === "seq") out = { ...node, items: node.items.map((i) => this.resolveTree(i)) };
    else {
      const isSub = soleItem(node.entries)?.key === "Fn::Sub";
      out = {
        ...node,
        entries: node.entries.map((e) => {
          const value = isSub && e.value.kind === "seq" ? { ...e.value, items: e.value.items.map((i, k) => this.resolveTree(i, k === 0)) } : this.resolveTree(e.value, isSub);
          return { ...e, value };
        })
      };
    }
    this.resolving.delete(node);
    if (!inSub) this.done.set(node, out);
    return out;
  }
  plainAt(path) {
    const node = this.lookup(this.root, path);
    if (!node) return void 0;
    const v = this.resolveTree(node);
    return v.kind === "scalar" && v.value !== null && !String(v.value).includes(MARK) ? String(v.value) : void 0;
  }
  lookup(node, path) {
    let cur = node;
    for (const part of path.split(".").filter((p) => p !== "")) {
      if (cur?.kind === "seq" && /^\d+$/.test(part)) cur = cur.items[Number(part)];
      else cur = child(cur, part);
      if (!cur) return void 0;
    }
    return cur;
  }
  /**
   * Framework v1/v2 `provider.variableSyntax` set to the common `${{…}}` form. Only that form is recognised: a
   * user's regular expression is never run (template content is data).
   */
  get doubleBraces() {
    const syntax = child(child(this.root, "provider"), "variableSyntax");
    return syntax?.kind === "scalar" && String(syntax.value).startsWith("\\${{");
  }
  resolveString(value, loc, inSub) {
    if (this.doubleBraces) value = value.replace(/\$\{\{([^{}]*)\}\}/g, (_m, body) => `\${${body}}`);
    let current = value.replace(
      /#\{([\w:.]+)\}/g,
      (_m, name) => this.symbol(name.startsWith("AWS::") ? { kind: "pseudo", name } : { kind: "ref", name })
    );
    const passes = current.split("${").length;
    for (let pass = 0; pass < passes; pass++) {
      const inner = innermost(current);
      if (!inner) break;
      const body = inner.body.trim();
      if (!KNOWN_SOURCES.test(body)) {
        current = current.slice(0, inner.start) + `${OPEN}${inner.body}${CLOSE}` + current.slice(inner.end);
        continue;
      }
      let resolved = this.variable(body, loc);
      if (typeof resolved === "string" && isWholeFallback(current, inner.start, inner.end)) resolved = `'${resolved}'`;
      if (typeof resolved !== "string") {
        if (inner.start === 0 && inner.end === current.length) return resolved;
        const flat = resolved.kind === "scalar" && resolved.value !== null ? String(resolved.value) : this.symbol({ kind: "unknown", reason: `\${${body}} is not a string` });
        current = current.slice(0, inner.start) + flat + current.slice(inner.end);
      } else current = current.slice(0, inner.start) + resolved + current.slice(inner.end);
    }
    current = current.split(OPEN).join("${").split(CLOSE).join("}");
    return this.toNode(current, loc, inSub);
  }
  /** One variable's value: a string (possibly with symbol marks) or a whole node (`${self:custom.subnets}`). */
  variable(body, loc) {
    const inner = [...body.matchAll(MARKED)].map((m) => this.symbolAt(m[1]));
    const missing = inner.filter((s) => s.kind === "unknown");
    const candidates = splitFallbacks(body);
    if (missing.length > 0 && candidates.length === 1) return this.symbol({ kind: "unknown", reason: missing.map((s) => s.reason).join("; ") });
    for (const candidate of candidates) {
      const v = this.candidate(candidate, loc);
      if (v === void 0) continue;
      this.budget.charge(typeof v === "string" ? 1 + (v.length >> 6) : this.budget.sizeOf(v), `\${${body}}`, loc);
      return v;
    }
    if (body.startsWith("env:") && this.ctx.env === void 0) {
      return this.symbol({ kind: "unknown", reason: `\${${body}}: the environment is not read (endpoint-guard check --env reads it)` });
    }
    const shown = body.replace(MARKED, (_m, i) => {
      const symbol = this.symbolAt(i);
      return symbol.kind === "unknown" ? "\u2026" : `\${${symbol.name}}`;
    });
    return this.symbol({ kind: "unknown", reason: `\${${shown}} has no value here` });
  }
  candidate(c, loc) {
    const quoted = /^(['"])(.*)\1$/.exec(c);
    if (quoted) return quoted[2] ?? "";
    if (/^-?\d+(\.\d+)?$/.test(c) || c === "true" || c === "false") return c;
    const m = /^(\w+)(?:\(([^)]*)\))?:?(.*)$/.exec(c);
    if (!m) return void 0;
    const [, source, arg, address] = m;
    switch (source) {
      case "self": {
        const target = this.lookup(this.root, address);
        return target ? this.resolveTree(target) : void 0;
      }
      case "opt":
        return address === "stage" ? this.ctx.options.stage : address === "region" ? this.ctx.options.region : void 0;
      case "env":
        return this.ctx.env?.[address];
      case "sls":
        return address === "stage" ? this.stage() : this.symbol({ kind: "unknown", reason: `\${sls:${address}} is known only when deploying` });
      case "aws":
        if (address === "region") return this.region();
        if (address === "accountId") return this.symbol({ kind: "pseudo", name: "AWS::AccountId" });
        return this.symbol({ kind: "unknown", reason: `\${aws:${address}}` });
      case "file":
        return this.file(arg ?? "", address, loc);
      case "param": {
        const stage = this.stage();
        const stages = child(this.root, "stages");
        const params = child(this.root, "params");
        const target = this.lookup(child(child(stages, stage), "params"), address) ?? this.lookup(child(params, stage), address) ?? this.lookup(child(child(stages, "default"), "params"), address) ?? this.lookup(child(params, "default"), address);
        return target ? this.resolveTree(target) : this.symbol({ kind: "unknown", reason: `\${param:${address}} is read from the Serverless dashboard when deploying` });
      }
      default:
        return this.symbol({ kind: "unknown", reason: `\${${c}} is read from ${source} when deploying` });
    }
  }
  file(path, address, loc) {
    const full = resolvePath(dirname(this.ctx.file), path.trim().replace(/^['"]|['"]$/g, ""));
    if (!this.files.has(full)) this.files.set(full, this.load(full, path, loc));
    const doc = this.files.get(full);
    if (!doc) return this.symbol({ kind: "unknown", reason: `\${file(${path})} cannot be read here` });
    const target = address ? this.lookup(doc, address) : doc;
    return target ? this.resolveTree(target) : this.symbol({ kind: "unknown", reason: `\${file(${path}):${address}} has no value` });
  }
  /**
   * Reads an included file through the project's one door: a path that leaves the project root (after symbolic
   * links), a directory, a device or a FIFO is an input error at the variable; a missing file is UNKNOWN.
   */
  load(full, written, loc) {
    const read = this.project.read(full);
    if (!read.ok && read.kind !== "missing") {
      const where = read.kind === "outside" ? `it is outside the project root ${this.project.root} (--root sets it)` : read.reason;
      throw new InputError(loc.file ?? this.ctx.file, `\${file(${written.trim()})} is not read: ${where}`, loc);
    }
    if (!read.ok || !/^\.(ya?ml|json)$/i.test(extname(full))) return void 0;
    let root;
    const text2 = read.bytes.toString("utf8");
    const isJson = extname(full).toLowerCase() === ".json";
    try {
      root = isJson ? parseJson(full, text2) : parseYaml(full, text2).root;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const at = `${loc.file ?? this.ctx.file}:${loc.line}`;
      throw new InputError(this.displayPath(full), `${e.message} (included by \${file(${written.trim()})} at ${at})`, e.loc);
    }
    this.budget.charge(this.budget.sizeOf(root), `\${file(${written.trim()})}`, loc);
    if (!isJson) this.commentSuppressions.push(...commentSuppressions(text2, this.displayPath(full)));
    return mapLocs(root, (l) => ({ ...l, file: this.displayPath(full) }));
  }
  /** An included file's path as the user would write it: relative to the serverless.yml's folder as given. */
  displayPath(full) {
    const base = dirname(this.ctx.file);
    return join(base, relative(resolvePath(base), full));
  }
  /** The symbol a mark stands for; a mark the text had of its own (the private-use character) stands for nothing known. */
  symbolAt(index) {
    return this.symbols[Number(index)] ?? { kind: "unknown", reason: "the text holds a character reserved for endpoint-guard" };
  }
  symbol(s) {
    return `${MARK}${this.symbols.push(s) - 1}${MARK}`;
  }
  /** A resolved string as a node: plain, or `Fn::Join` of text and symbolic parts (or `${…}` inside a `Fn::Sub`). */
  toNode(value, loc, inSub) {
    if (!value.includes(MARK)) return { kind: "scalar", value, loc };
    const pieces = value.split(MARK);
    if (inSub) {
      const textValue = pieces.map((p, i) => i % 2 === 0 ? p : this.subText(this.symbolAt(p))).join("");
      return { kind: "scalar", value: textValue, loc };
    }
    const parts = pieces.flatMap((p, i) => {
      if (i % 2 === 0) return p === "" ? [] : [{ kind: "scalar", value: p, loc }];
      return [symbolNode(this.symbolAt(p), loc)];
    });
    const only = soleItem(parts);
    if (only) return only;
    return {
      kind: "map",
      entries: [
        {
          key: "Fn::Join",
          keyLoc: loc,
          value: {
            kind: "seq",
            items: [
              { kind: "scalar", value: "", loc },
              { kind: "seq", items: parts, loc }
            ],
            loc
          }
        }
      ],
      loc
    };
  }
  subText(s) {
    return s.kind === "unknown" ? `\${EndpointGuard::Unknown(${s.reason.replace(/[{}]/g, "")})}` : `\${${s.name}}`;
  }
};
function symbolNode(s, loc) {
  const one = (key, value) => ({ kind: "map", entries: [{ key, keyLoc: loc, value }], loc });
  const str = (v) => ({ kind: "scalar", value: v, loc });
  if (s.kind === "unknown") return one(UNKNOWN_MARKER, str(s.reason));
  const dot = s.name.indexOf(".");
  if (s.kind === "ref" && dot > 0) return one("Fn::GetAtt", { kind: "seq", items: [str(s.name.slice(0, dot)), str(s.name.slice(dot + 1))], loc });
  return one("Ref", str(s.name));
}
function isWholeFallback(s, start, end) {
  let depth = 0;
  for (let i = 0; i < start; i++) {
    if (s.startsWith("${", i)) {
      depth++;
      i++;
    } else if (s[i] === "}" && depth > 0) depth--;
  }
  return depth > 0 && /,\s*$/.test(s.slice(0, start)) && /^\s*[,}]/.test(s.slice(end));
}
function innermost(s) {
  const start = s.lastIndexOf("${");
  if (start < 0) return void 0;
  const close = s.indexOf("}", start);
  if (close < 0) return void 0;
  return { start, end: close + 1, body: s.slice(start + 2, close) };
}
function splitFallbacks(body) {
  const out = [];
  let depth = 0;
  let quote;
  let cur = "";
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = void 0;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
      continue;
    }
    cur += ch;
  }
  out.push(cur.trim());
  return out.filter((c) => c !== "");
}

// src/engine/load/adapters/serverless/to-cloudformation.ts
var VPC_ACCESS_ROLE = "arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole";
var ROLE_PER_FUNCTION_PLUGIN = "serverless-iam-roles-per-function";
function serverlessToCloudFormation(source, ctx) {
  const vars = new ServerlessVariables(source, ctx);
  const doc = vars.resolveTree();
  const stage = vars.stage();
  const region = vars.region();
  const service = text(child(doc, "service")) ?? text(child(child(doc, "service"), "name")) ?? "service";
  const provider = child(doc, "provider");
  const loc = doc.loc;
  const sections = /* @__PURE__ */ new Map();
  for (const fragment of items(child(doc, "resources"))) {
    for (const section2 of entries(fragment)) {
      if (section2.value.kind === "map") sections.set(section2.key, [...sections.get(section2.key) ?? [], ...section2.value.entries]);
    }
  }
  const userResources = new Set((sections.get("Resources") ?? []).map((e) => e.key));
  const generated = [];
  const functions = items(child(doc, "functions")).flatMap((f) => entries(f));
  const providerVpc = child(provider, "vpc");
  const vpcConfigs = new Map(functions.map((f) => [f.key, vpcConfigOf(child(f.value, "vpc"), providerVpc, f.keyLoc)]));
  const anyVpc = [...vpcConfigs.values()].some((v) => v !== void 0);
  const perFunctionRoles = items(child(doc, "plugins")).some((p) => text(p) === ROLE_PER_FUNCTION_PLUGIN);
  const sharedStatements = [...items(child(child(child(provider, "iam"), "role"), "statements")), ...items(child(provider, "iamRoleStatements"))];
  const customRole = child(child(provider, "iam"), "role")?.kind === "scalar" ? child(child(provider, "iam"), "role") : child(provider, "role");
  const roleName = `${service}-${stage}-${region}-lambdaRole`;
  const executionRole = (name, statements, at) => map(
    [
      ["Type", scalar("AWS::IAM::Role", at)],
      [
        "Properties",
        map(
          [
            ["RoleName", scalar(name, at)],
            ["ManagedPolicyArns", anyVpc ? seq([map([["Fn::Sub", scalar(VPC_ACCESS_ROLE, at)]], at)], at) : void 0],
            [
              "Policies",
              statements.length > 0 ? seq(
                [
                  map(
                    [
                      ["PolicyName", scalar(`${name}-policy`, at)],
                      [
                        "PolicyDocument",
                        map(
                          [
                            ["Version", scalar("2012-10-17", at)],
                            ["Statement", seq(statements, at)]
                          ],
                          at
                        )
                      ]
                    ],
                    at
                  )
                ],
                at
              ) : void 0
            ]
          ],
          at
        )
      ]
    ],
    at
  );
  let needsSharedRole = false;
  for (const fn of functions) {
    const logicalId = `${normalizeName(fn.key)}LambdaFunction`;
    let role = roleReference(child(fn.value, "role") ?? customRole, userResources, fn.keyLoc);
    const ownStatements = items(child(fn.value, "iamRoleStatements"));
    if (!role && perFunctionRoles && ownStatements.length > 0) {
      const inherit = text(child(fn.value, "iamRoleStatementsInherit")) === "true";
      const id = `${normalizeName(fn.key)}IamRoleLambdaExecution`;
      generated.push({
        key: id,
        keyLoc: fn.keyLoc,
        value: executionRole(`${service}-${stage}-${fn.key}-${region}-lambdaRole`, [...inherit ? sharedStatements : [], ...ownStatements], fn.keyLoc)
      });
      role = map([["Fn::GetAtt", seq([scalar(id, fn.keyLoc), scalar("Arn", fn.keyLoc)], fn.keyLoc)]], fn.keyLoc);
    }
    if (!role) {
      needsSharedRole = true;
      role = map([["Fn::GetAtt", seq([scalar("IamRoleLambdaExecution", fn.keyLoc), scalar("Arn", fn.keyLoc)], fn.keyLoc)]], fn.keyLoc);
    }
    generated.push({
      key: logicalId,
      keyLoc: fn.keyLoc,
      value: map(
        [
          ["Type", scalar("AWS::Lambda::Function", fn.keyLoc)],
          ["Condition", child(fn.value, "condition")],
          ["Metadata", map([[NAME_METADATA, scalar(fn.key, fn.keyLoc)]], fn.keyLoc)],
          [
            "Properties",
            map(
              [
                ["Role", role],
                ["VpcConfig", vpcConfigs.get(fn.key)]
              ],
              fn.keyLoc
            )
          ]
        ],
        fn.keyLoc
      )
    });
  }
  for (const fn of functions) generated.push(...pollerMappings(fn, `${normalizeName(fn.key)}LambdaFunction`));
  if (needsSharedRole) {
    const at = provider?.loc ?? loc;
    generated.unshift({ key: "IamRoleLambdaExecution", keyLoc: at, value: executionRole(roleName, sharedStatements, at) });
  }
  const overrides = [...sections.get("Resources") ?? [], ...sections.get("extensions") ?? []];
  const resources = mergeResources(
    [...generated, ...sections.get("Resources") ?? []].filter((e, i, all) => all.findIndex((x) => x.key === e.key) === i),
    overrides
  );
  sections.set("Resources", resources);
  const section = (key) => {
    const all = sections.get(key) ?? [];
    return [key, all.length > 0 ? { kind: "map", entries: all, loc } : void 0];
  };
  const root = map(
    [
      ["AWSTemplateFormatVersion", scalar("2010-09-09", loc)],
      section("Parameters"),
      section("Mappings"),
      section("Conditions"),
      section("Resources"),
      section("Outputs")
    ],
    loc
  );
  return { root, region, notes: vars.notes, includes: vars.includedFiles(), commentSuppressions: vars.commentSuppressions };
}
function vpcConfigOf(own, provider, at) {
  if (own?.kind === "scalar" && own.value === null) return void 0;
  const whole = own ?? provider;
  if (whole && isUnknownMarker(whole)) return whole;
  const pick = (key) => {
    const inherited = child(provider, key);
    return child(own, key) ?? (inherited && !isUnknownMarker(inherited) ? relocate(inherited, at) : inherited);
  };
  const subnets = pick("subnetIds");
  const groups = pick("securityGroupIds");
  if (!subnets || !groups) return void 0;
  return map(
    [
      ["SubnetIds", subnets],
      ["SecurityGroupIds", groups]
    ],
    own?.loc ?? at
  );
}
function mergeResources(resources, overrides) {
  return resources.map((r) => {
    let value = r.value;
    for (const o of overrides) if (o.key === r.key && o.value !== r.value) value = deepMerge(value, o.value);
    return value === r.value ? r : { ...r, value };
  });
}
function deepMerge(base, over) {
  if (base.kind !== "map" || over.kind !== "map" || isIntrinsic(over)) return over;
  const keys = new Set(over.entries.map((e) => e.key));
  return {
    ...base,
    entries: [
      ...base.entries.filter((e) => !keys.has(e.key)),
      ...over.entries.map((e) => {
        const b = child(base, e.key);
        return b ? { ...e, value: deepMerge(b, e.value) } : e;
      })
    ]
  };
}
function pollerMappings(fn, functionId) {
  return items(child(fn.value, "events")).flatMap((event, i) => {
    const spec = ["sqs", "stream", "msk"].map((k) => child(event, k)).find((s) => s !== void 0);
    if (!spec) return [];
    const arn = spec.kind === "map" ? child(spec, "arn") : spec;
    if (!arn) return [];
    const at = spec.loc;
    const props = map(
      [
        ["FunctionName", map([["Ref", scalar(functionId, at)]], at)],
        ["EventSourceArn", arn]
      ],
      at
    );
    return [
      {
        key: `${functionId}EventSourceMapping${i}`,
        keyLoc: at,
        value: map(
          [
            ["Type", scalar("AWS::Lambda::EventSourceMapping", at)],
            ["Properties", props]
          ],
          at
        )
      }
    ];
  });
}
function roleReference(role, resources, at) {
  if (!role) return void 0;
  const name = text(role);
  if (name !== void 0 && resources.has(name)) return map([["Fn::GetAtt", seq([scalar(name, at), scalar("Arn", at)], at)]], at);
  return role;
}
function normalizeName(name) {
  const replaced = name.replace(/-/g, "Dash").replace(/_/g, "Underscore");
  return replaced.charAt(0).toUpperCase() + replaced.slice(1);
}
export {
  normalizeName,
  serverlessToCloudFormation
};
