import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  codeOf,
  error,
  escapeJsonText,
  escapeLineStart,
  escapeMarkdown,
  escapeMermaid,
  escapeSarifText,
  escapeTerminal,
  getInput,
  getMultilineInput,
  info,
  notice,
  setFailed,
  setOutput,
  splicesByFinding,
  summary,
  warning
} from "./chunks/chunk-ZADS7VHA.js";
import {
  isStackUri
} from "./chunks/chunk-3VTAK7LM.js";
import {
  FILE_SYSTEM,
  check,
  discover,
  endpointTypeOf,
  linkTargets,
  linkedItems,
  targetOf,
  toCloudFormation,
  zoneName
} from "./chunks/chunk-3RHCHGWY.js";
import "./chunks/chunk-2B3PRRQJ.js";
import {
  SERVERLESS_NAMES,
  readTemplate
} from "./chunks/chunk-YA2EHPH3.js";
import "./chunks/chunk-CNPVOVGO.js";
import "./chunks/chunk-TCEKX3PA.js";
import "./chunks/chunk-4SVGLYMN.js";
import "./chunks/chunk-6UCDO5DJ.js";
import "./chunks/chunk-GOS2ZUCQ.js";
import {
  workTreeAround
} from "./chunks/chunk-I7GECNTR.js";
import {
  getOrMake
} from "./chunks/chunk-GTRBZQRG.js";
import {
  InputError,
  lineLocator
} from "./chunks/chunk-Y6C3IO4F.js";
import {
  __commonJS,
  __toESM
} from "./chunks/chunk-QVXUJ2S4.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/action/main.ts
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync as readFileSync2, writeFileSync } from "node:fs";
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2 } from "node:path";

// src/engine/report/summary.ts
function countByLevel(findings) {
  const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else counts[f.level]++;
  }
  return counts;
}
var RANK = { note: 0, warning: 1, error: 2 };
function atOrAbove(findings, level) {
  return findings.filter((f) => !f.suppressed && RANK[f.level] >= RANK[level]);
}
function problemLines(result) {
  return [
    ...result.missing.map((p) => `${p}: no such file, directory or matching glob`),
    ...result.problems.map((p) => `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}: ${p.message}`)
  ];
}

// src/engine/report/json.ts
function formatJson(result, version, baselined = 0) {
  return escapeJsonText(
    JSON.stringify(
      {
        tool: "endpoint-guard",
        version,
        summary: { ...countByLevel(result.findings), baselined, inputErrors: result.problems.length + result.missing.length, templates: result.checked.length },
        findings: result.findings,
        rules: result.rules.map((r) => ({ id: r.id, level: r.level, title: r.title, docsUrl: r.docsUrl })),
        inputErrors: [...result.missing.map((p) => ({ file: p, message: "no such file, directory or matching glob" })), ...result.problems],
        notices: result.notices
      },
      null,
      2
    ) + "\n"
  );
}

// src/engine/report/mermaid.ts
var MAX_NODES = 50;
var MORE_SUBNETS = "more_subnets";
var MORE_FUNCTIONS = "more_functions";
var SHARED_GATEWAYS = {
  "nat-gateway": ["gw_nat", "NAT gateway"],
  "egress-only-internet-gateway": ["gw_egress_only", "egress-only internet gateway"],
  "transit-gateway": ["gw_transit", "transit gateway"],
  "vpc-peering": ["gw_peering", "VPC peering"],
  "vpn-gateway": ["gw_vpn", "VPN gateway"]
};
function formatMermaid(result) {
  const sections = [];
  const inputs = new Set(result.models.map((m) => m.file));
  for (const { file, model } of result.models) {
    if (model.vpcs.length === 0) continue;
    const own = (f) => f.file === file || !inputs.has(f.file);
    const offending = new Set(result.findings.filter((f) => own(f) && !f.suppressed && f.level !== "note").map((f) => f.logicalId));
    sections.push(
      [`### ${escapeMarkdown(file)}`, "", ...model.vpcs.map((vpc) => ["```mermaid", diagram(model, vpc, offending), "```", ""].join("\n"))].join("\n")
    );
  }
  return sections.length > 0 ? sections.join("\n") : "No VPC in the checked templates.\n";
}
function nodeId(prefix, id) {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]/g, (c) => `_${codeOf(c).toString(16)}_`)}`;
}
function quote(...lines) {
  return `"${lines.map(escapeMermaid).join("<br/>")}"`;
}
var Diagram = class {
  constructor(offending) {
    this.offending = offending;
  }
  offending;
  nodes = /* @__PURE__ */ new Map();
  edges = [];
  edgeKeys = /* @__PURE__ */ new Set();
  bad = /* @__PURE__ */ new Set();
  /** Declares a node (an ID always comes with the same shape, so declaring it again changes nothing). */
  node(id, shape, element) {
    this.nodes.set(id, `${id}${shape}`);
    if (element && this.offending.has(element.name)) this.bad.add(id);
    return id;
  }
  edge(from, arrow, to, text, red = false) {
    const key = JSON.stringify([from, arrow, to, text]);
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push({ line: `${from} ${arrow}${text ? `|${quote(text)}|` : ""} ${to}`, red });
  }
};
function elementLines(e, ...extra) {
  return [e.name, ...e.path ? [e.path] : [], ...extra];
}
function diagram(model, vpc, offending) {
  const d = new Diagram(offending);
  const vpcId = nodeId("vpc", vpc.id);
  if (offending.has(vpc.name)) d.bad.add(vpcId);
  const functions = model.functionsIn(vpc);
  const shownFunctions = functions.slice(0, MAX_NODES);
  const subnets = unique([...model.subnets.filter((s) => targetOf(s.vpc) === vpc), ...functions.flatMap((f) => linkTargets(model.subnetLinksOf(f)))]);
  const shownSubnets = subnets.slice(0, MAX_NODES);
  const subnetNode = /* @__PURE__ */ new Map();
  const tablesUsedByFunctions = /* @__PURE__ */ new Set();
  const functionSubnets = new Set(shownFunctions.flatMap((f) => linkTargets(model.subnetLinksOf(f))));
  for (const subnet of shownSubnets) {
    subnetNode.set(subnet, d.node(nodeId("sn", subnet.id), `[${quote(...elementLines(subnet, zoneName(subnet.zone)))}]`, subnet));
  }
  const moreSubnets = () => d.node(MORE_SUBNETS, `[${quote(`\u2026 ${subnets.length - shownSubnets.length} more subnets`)}]`);
  if (subnets.length > shownSubnets.length) moreSubnets();
  const tables = /* @__PURE__ */ new Set();
  for (const subnet of shownSubnets) {
    for (const table of model.routeTablesOf(subnet)) {
      tables.add(table);
      if (functionSubnets.has(subnet)) tablesUsedByFunctions.add(table);
    }
  }
  for (const table of tables) {
    const vpcOfTable = targetOf(table.vpc);
    const text = table.main ? [`main route table of ${vpcOfTable?.name ?? "the VPC"}`] : elementLines(table);
    d.node(nodeId("rt", table.id), `[/${quote(...text)}/]`, table);
  }
  for (const [subnet, from] of subnetNode) {
    for (const table of model.routeTablesOf(subnet)) d.edge(from, "-->", nodeId("rt", table.id));
  }
  for (const table of tables) {
    for (const route of model.routesOf(table)) {
      const t = route.target;
      const destination = route.destination.known ? route.destination.value : "unknown destination";
      let gateway;
      let internet = false;
      if (t.kind === "internet-gateway") {
        internet = true;
        const igw = targetOf(t.gateway);
        gateway = igw ? d.node(nodeId("igw", igw.id), `((${quote("internet gateway", ...elementLines(igw))}))`, igw) : d.node("gw_internet", `((${quote("internet gateway")}))`);
      } else {
        const shared = SHARED_GATEWAYS[t.kind];
        if (shared) gateway = d.node(shared[0], `((${quote(shared[1])}))`);
      }
      if (!gateway) continue;
      const red = internet && tablesUsedByFunctions.has(table);
      d.edge(nodeId("rt", table.id), red ? "==>" : "-->", gateway, destination, red);
    }
  }
  const groups = /* @__PURE__ */ new Set();
  for (const fn of shownFunctions) {
    const id = d.node(nodeId("fn", fn.id), `(${quote("\u03BB " + fn.name, ...fn.path ? [fn.path] : [])})`, fn);
    for (const link of model.subnetLinksOf(fn)) {
      const target = targetOf(link);
      if (!target) continue;
      d.edge(id, "-->", subnetNode.get(target) ?? moreSubnets());
    }
    for (const g of model.securityGroupsOf(fn)) {
      groups.add(g);
      d.edge(id, "-.-", nodeId("sg", g.id));
    }
  }
  if (functions.length > shownFunctions.length) d.node(MORE_FUNCTIONS, `(${quote(`\u2026 ${functions.length - shownFunctions.length} more functions`)})`);
  const lambdaGroups = [...groups];
  const endpoints = model.endpointsIn(vpc);
  for (const endpoint of endpoints) {
    for (const link of linkedItems(endpoint.securityGroups)) {
      const g = targetOf(link);
      if (g) groups.add(g);
    }
  }
  for (const g of groups) d.node(nodeId("sg", g.id), `{{${quote(...elementLines(g, "security group"))}}}`, g);
  for (const endpoint of endpoints) {
    const id = d.node(nodeId("ep", endpoint.id), `[(${quote(...elementLines(endpoint, serviceOf(endpoint)))})]`, endpoint);
    for (const link of linkedItems(endpoint.securityGroups)) {
      const g = targetOf(link);
      if (!g) continue;
      for (const from of lambdaGroups) if (admits443(g, from)) d.edge(nodeId("sg", from.id), "-->", nodeId("sg", g.id), "tcp 443");
      d.edge(nodeId("sg", g.id), "-->", id);
    }
  }
  const lines = ["flowchart LR", `  subgraph ${vpcId}[${quote("VPC " + vpc.name, ...vpc.path ? [vpc.path] : [])}]`, "    direction LR"];
  for (const n of d.nodes.values()) lines.push(`    ${n}`);
  lines.push("  end");
  for (const e of d.edges) lines.push(`  ${e.line}`);
  lines.push("  classDef bad stroke:#d00,stroke-width:3px,fill:#fee");
  const bad = [...d.bad].sort();
  if (bad.length > 0) lines.push(`  class ${bad.join(",")} bad`);
  d.edges.forEach((e, i) => {
    if (e.red) lines.push(`  linkStyle ${i} stroke:#d00,stroke-width:3px`);
  });
  return lines.join("\n");
}
function unique(items) {
  return [...new Set(items)];
}
function serviceOf(e) {
  const service = e.service.kind === "aws" ? e.service.name : e.service.kind === "other" ? e.service.shown : "service not known before deployment";
  const type = endpointTypeOf(e);
  return type ? `${service} (${type})` : service;
}
function admits443(group, from) {
  return group.rules.some((r) => {
    if (r.direction !== "ingress" || r.peer.kind !== "security-group" || targetOf(r.peer.group) !== from || !r.protocol.known) return false;
    if (r.protocol.value === "-1") return true;
    if (r.protocol.value !== "tcp") return false;
    const { fromPort, toPort } = r;
    return fromPort.known === true && toPort.known === true && fromPort.value <= 443 && 443 <= toPort.value;
  });
}

// src/engine/report/sarif.ts
import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var SOURCE_ROOT_ID = "%SRCROOT%";
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
function formatSarif(result, version, options = {}) {
  const rules = result.rules;
  const root = resolve(options.sourceRoot ?? workTreeAround(process.cwd()));
  const location = locator(root);
  const notification = notifier(location);
  const sarifResult = resultOf(location, splicesByFinding(result.findings));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "endpoint-guard",
            version,
            semanticVersion: version,
            informationUri: "https://github.com/endpoint-guard/endpoint-guard",
            rules: rules.map(descriptor)
          }
        },
        invocations: [
          {
            executionSuccessful: result.problems.length === 0 && result.missing.length === 0,
            toolExecutionNotifications: [
              ...result.missing.map((p) => ({
                level: "error",
                message: { text: escapeSarifText(`${p}: no such file, directory or matching glob`) }
              })),
              ...result.problems.map((p) => notification(p, "error")),
              ...result.notices.map((p) => notification(p, "note"))
            ]
          }
        ],
        results: withFingerprints(result.findings).map(([f, print]) => ({
          ...sarifResult(f, ruleIndex.get(f.ruleId), print),
          ...options.withBaseline ? { baselineState: "new" } : {}
        })),
        columnKind: "unicodeCodePoints",
        originalUriBaseIds: { [SOURCE_ROOT_ID]: { uri: `${pathToFileURL(root).href.replace(/\/$/, "")}/` } }
      }
    ]
  };
  return escapeJsonText(JSON.stringify(log, null, 2)) + "\n";
}
function descriptor(rule) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.title },
    helpUri: rule.docsUrl,
    help: { text: rule.help, markdown: rule.help },
    defaultConfiguration: { level: rule.level }
  };
}
function uriOf(path) {
  return encodeURI(path.split("\\").join("/")).replace(/#/g, "%23").replace(/\?/g, "%3F");
}
function artifactOf(root, file) {
  if (isStackUri(file)) return { uri: file };
  const path = relative(root, resolve(file));
  if (path === "" || path === ".." || path.startsWith(`../`) || path.startsWith("..\\") || isAbsolute(path)) return { uri: pathToFileURL(resolve(file)).href };
  return { uri: uriOf(path), uriBaseId: SOURCE_ROOT_ID };
}
function locator(root) {
  return (file, line, column) => ({ artifactLocation: artifactOf(root, file), ...line ? { region: { startLine: line, startColumn: column ?? 1 } } : {} });
}
function notifier(location) {
  return (p, level) => ({
    level,
    message: { text: escapeSarifText(`${p.file}: ${p.message}`) },
    locations: [{ physicalLocation: location(p.file, p.line, p.column) }]
  });
}
function withFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const identity = `${f.ruleId}\0${f.file}\0${f.logicalId}\0${f.message}`;
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    const print = createHash("sha256").update(occurrence === 0 ? identity : `${identity}\0${occurrence}`).digest("hex").slice(0, 32);
    return [f, print];
  });
}
var resultOf = (location, fixes) => {
  const locators = /* @__PURE__ */ new Map();
  const locate = (text) => getOrMake(locators, text, () => lineLocator(text));
  return (f, index, fingerprint) => ({
    ruleId: f.ruleId,
    ...index !== void 0 ? { ruleIndex: index } : {},
    level: f.level,
    message: { text: escapeSarifText(f.message) },
    locations: [
      {
        physicalLocation: location(f.file, f.line, f.column),
        ...f.logicalId ? { logicalLocations: [{ name: f.logicalId, kind: "resource", ...f.fullyQualifiedName ? { fullyQualifiedName: f.fullyQualifiedName } : {} }] } : {}
      }
    ],
    ...f.suppressed ? { suppressions: [{ kind: "inSource", justification: f.suppressed.justification }] } : {},
    ...f.related.length > 0 ? {
      relatedLocations: f.related.map((r, id) => ({
        id,
        message: { text: escapeSarifText(r.message) },
        physicalLocation: location(r.file, r.loc.line, r.loc.column),
        ...r.logicalId ? { logicalLocations: [{ name: r.logicalId, kind: "resource" }] } : {}
      }))
    } : {},
    partialFingerprints: { "endpointGuard/v1": fingerprint },
    ...fixesOf(f, location, fixes.get(f), locate)
  });
};
function fixesOf(f, location, fix, locate) {
  if (!fix || !f.fix) return {};
  const at = locate(fix.text);
  const replacements = fix.splices.map((s) => {
    const [start, end] = [at(s.start), at(s.end)];
    return { deletedRegion: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }, insertedContent: { text: s.text } };
  });
  return {
    fixes: [
      {
        description: { text: escapeSarifText(f.fix.description) },
        artifactChanges: [{ artifactLocation: location(f.file, 1, 1).artifactLocation, replacements }]
      }
    ]
  };
}

// src/engine/report/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function formatStylish(result, { color = false, baselined = 0, hidden = 0, width } = {}) {
  const c = import_picocolors.default.createColors(color);
  const paint = { error: c.red, warning: c.yellow, note: c.blue };
  const byFile = /* @__PURE__ */ new Map();
  for (const f of result.findings.filter((x) => !x.suppressed)) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const out = [];
  for (const [file, findings] of byFile) {
    out.push(c.underline(escapeLineStart(file)));
    const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of findings) {
      const pos = `${f.line}:${f.column}`.padEnd(posWidth);
      const indent = 2 + posWidth + 2 + 7 + 2;
      const lines = wrap(`${escapeTerminal(f.message)}  ${escapeTerminal(f.ruleId)}`, Math.max(40, (width ?? Infinity) - indent));
      const rule = lines.pop() ?? "";
      const last = `${rule.slice(0, rule.lastIndexOf(" ") + 1)}${c.dim(rule.slice(rule.lastIndexOf(" ") + 1))}`;
      out.push(`  ${c.dim(pos)}  ${paint[f.level](f.level.padEnd(7))}  ${[...lines, last].join(`
${" ".repeat(indent)}`)}`);
    }
    out.push("");
  }
  for (const line of problemLines(result)) out.push(`${c.red("input error")}  ${escapeTerminal(line)}`);
  for (const n of result.notices) out.push(`${c.blue("note")}  ${escapeTerminal(`${n.file}${n.line ? `:${n.line}:${n.column ?? 1}` : ""}: ${n.message}`)}`);
  const counts = countByLevel(result.findings);
  const total = counts.error + counts.warning;
  const inputErrors = result.problems.length + result.missing.length;
  const files = `${result.checked.length} template${result.checked.length === 1 ? "" : "s"} checked`;
  const notes = (counts.note > 0 ? `, ${counts.note} note${counts.note === 1 ? "" : "s"}` : "") + (counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : "") + (baselined > 0 ? `, ${baselined} in the baseline` : "") + (hidden > 0 ? `, ${hidden} hidden by --quiet or --no-notes` : "");
  const broken = inputErrors > 0 ? `, ${inputErrors} input error${inputErrors === 1 ? "" : "s"}` : "";
  if (total === 0 && inputErrors === 0) out.push(c.green(`\u2714 no problems (${files}${notes})`));
  else {
    const summary2 = `\u2716 ${total} problem${total === 1 ? "" : "s"} (${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}${notes}${broken}) in ${files}`;
    out.push((counts.error > 0 || inputErrors > 0 ? c.red : c.yellow)(c.bold(summary2)));
  }
  return out.join("\n") + "\n";
}
function wrap(text, width) {
  if (text.length <= width) return [text];
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  return [...lines, line];
}

// src/engine/load/includes.ts
import { basename, resolve as resolvePath } from "node:path";
async function servicesIncluding(paths, changed, options = {}) {
  const wanted = new Set(changed.map((f) => resolvePath(f)));
  const services = (await discover(paths)).candidates.filter((c) => SERVERLESS_NAMES.test(basename(c.file)));
  const including = [];
  for (const { file } of services) if (await includesAny(file, wanted, options)) including.push(file);
  return including;
}
async function includesAny(file, wanted, options) {
  if (wanted.has(resolvePath(file))) return false;
  const read = readTemplate(file, true);
  if (read.status !== "template") return read.status === "error";
  try {
    return (await toCloudFormation(read.document, options)).includes.some((i) => wanted.has(i));
  } catch (e) {
    if (e instanceof InputError) return true;
    throw e;
  }
}

// src/engine/version.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageVersion() {
  if (cached !== void 0) return cached;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, "utf8"));
        if (pkg.name === "endpoint-guard" && pkg.version) return cached = pkg.version;
      } catch {
      }
    }
    if (dirname(dir) === dir) return cached = "0.0.0";
  }
}

// src/action/main.ts
var LEVELS = ["note", "warning", "error"];
function readEvent() {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync2(path, "utf8"));
  } catch {
    return {};
  }
}
function untrusted(event) {
  const pr = event.pull_request;
  if (process.env.GITHUB_EVENT_NAME === "pull_request_target") return true;
  return pr !== void 0 && pr.head?.repo?.full_name !== pr.base?.repo?.full_name;
}
function changedFiles(event, workspace) {
  const base = event.pull_request?.base?.sha;
  const head = event.pull_request?.head?.sha;
  if (!base || !head) return void 0;
  const diff = spawnSync("git", ["diff", "-z", "--name-only", "--diff-filter=ACMR", `${base}...${head}`], {
    cwd: workspace,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024
  });
  if (diff.status !== 0) throw new Error(`git diff ${base}...${head} failed: ${escapeTerminal(diff.stderr.trim())}`);
  return diff.stdout.split("\0").filter((f) => f !== "");
}
function baseCommitConfig(event, workspace) {
  const base = event.pull_request?.base?.sha;
  const git = (...args) => spawnSync("git", args, { cwd: workspace, encoding: "utf8" });
  const hasBase = base !== void 0 && git("cat-file", "-e", `${base}^{commit}`).status === 0;
  if (!hasBase)
    warning(
      `endpoint-guard: the base commit ${base ?? "(none in the event)"} is not in the clone (fetch-depth: 0 brings it); checking without any configuration file`
    );
  const shown = /* @__PURE__ */ new Map();
  const fromBase = (rel) => {
    if (!shown.has(rel)) {
      const r = hasBase ? git("show", `${base}:./${rel}`) : void 0;
      shown.set(rel, r?.status === 0 ? r.stdout : void 0);
    }
    return shown.get(rel);
  };
  const inWorkspace = (file) => {
    const rel = relative2(workspace, resolve2(file)).split("\\").join("/");
    return rel === ".." || rel.startsWith("../") || isAbsolute2(rel) ? void 0 : rel;
  };
  return {
    exists: (file) => {
      const rel = inWorkspace(file);
      return rel === void 0 ? FILE_SYSTEM.exists(file) : fromBase(rel) !== void 0;
    },
    read: (file) => {
      const rel = inWorkspace(file);
      return rel === void 0 ? FILE_SYSTEM.read(file) : fromBase(rel);
    }
  };
}
function within(file, paths) {
  return paths.some((p) => p === "." || file === p || file.startsWith(`${p.replace(/\/$/, "")}/`));
}
function annotate(f) {
  const stack = isStackUri(f.file);
  const props = stack ? { title: escapeTerminal(f.ruleId) } : { file: escapeTerminal(f.file), startLine: f.line, startColumn: f.column, title: escapeTerminal(f.ruleId) };
  const message = escapeTerminal(`${stack ? `${f.file}:${f.line}: ` : ""}${f.message} (${f.logicalId})`);
  if (f.level === "error") error(message, props);
  else if (f.level === "warning") warning(message, props);
  else notice(message, props);
}
async function summarize(result, mermaid) {
  const counted = result.findings.filter((f) => !f.suppressed && f.level !== "note");
  const rows = /* @__PURE__ */ new Map();
  for (const f of counted) {
    const key = `${f.ruleId}\0${f.file}`;
    const row = rows.get(key) ?? { rule: f.ruleId, file: f.file, errors: 0, warnings: 0 };
    if (f.level === "error") row.errors++;
    else row.warnings++;
    rows.set(key, row);
  }
  summary.addHeading("endpoint-guard", 2);
  const counts = countByLevel(result.findings);
  summary.addRaw(`${counts.error} errors, ${counts.warning} warnings in ${result.checked.length} templates`, true);
  if (rows.size > 0) {
    summary.addTable([
      [
        { data: "Rule", header: true },
        { data: "File", header: true },
        { data: "Errors", header: true },
        { data: "Warnings", header: true }
      ],
      ...[...rows.values()].map((r) => [escapeMarkdown(r.rule), escapeMarkdown(r.file), String(r.errors), String(r.warnings)])
    ]);
  }
  for (const line of problemLines(result)) summary.addRaw(`Input error: ${escapeMarkdown(line)}`, true);
  if (result.models.length > 0) {
    summary.addHeading("Network", 3);
    summary.addRaw(mermaid, true);
  }
  await summary.write();
}
function writeUninterpreted(report) {
  const token = `endpoint-guard-${randomUUID()}`;
  info(`::stop-commands::${token}`);
  info(report);
  info(`::${token}::`);
}
async function deployedStacks(regionInput) {
  const stacks = getMultilineInput("stacks").flatMap((p) => p.split(/\s+/)).filter((p) => p !== "");
  const allStacks = getInput("all-stacks") === "true";
  if (stacks.length === 0 && !allStacks) return void 0;
  const { fetchStacks } = await import("./chunks/fetch-stacks-Z2UAKJUT.js");
  const roleArn = getInput("role-arn");
  return fetchStacks({ stacks, allStacks, regions: regionInput.split(/\s+/).filter((r) => r !== ""), ...roleArn ? { roleArn } : {} });
}
async function run() {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  process.chdir(workspace);
  const paths = getMultilineInput("paths").flatMap((p) => p.split(/\s+/)).filter((p) => p !== "");
  const failOn = getInput("fail-on") || "error";
  if (![...LEVELS, "never"].includes(failOn)) throw new Error(`fail-on must be one of error, warning, note, never (got ${failOn})`);
  const event = readEvent();
  const untrustedHead = untrusted(event);
  let targets = paths.length > 0 ? paths : ["."];
  const onlyChanged = getInput("only-changed") === "true" && event.pull_request !== void 0;
  const stageInput = getInput("stage");
  const regionInput = getInput("region");
  const serverlessRegion = regionInput.split(/\s+/)[0] ?? "";
  if (onlyChanged) {
    const changed = changedFiles(event, workspace) ?? [];
    const under = changed.filter((f) => within(f, targets));
    const services = await servicesIncluding(targets, under, {
      ...stageInput ? { stage: stageInput } : {},
      ...serverlessRegion ? { region: serverlessRegion } : {}
    });
    info(
      `only-changed: ${under.length} of ${changed.length} changed files are under ${escapeTerminal(paths.join(", ") || ".")}${services.length > 0 ? `, and ${services.length} service(s) include some of them` : ""}`
    );
    targets = [...under, ...services];
  }
  const config = getInput("config");
  const live = await deployedStacks(regionInput);
  if (live && paths.length === 0 && !onlyChanged) targets = [];
  const result = targets.length === 0 && !live ? { findings: [], problems: [], notices: [], checked: [], skipped: [], missing: [], rules: [], settings: {}, models: [] } : await check(targets, {
    ...live ? { live } : {},
    keepModels: true,
    pathsAreFound: onlyChanged,
    // A pull request that changes no template has nothing to check; a `paths` that holds none is a mistake.
    allowNoTemplates: onlyChanged || live !== void 0,
    ...config ? { config } : {},
    ...stageInput ? { stage: stageInput } : {},
    ...serverlessRegion ? { region: serverlessRegion } : {},
    ...untrustedHead ? {
      refuseCustomRules: "custom rules are not run for pull requests from forks or under pull_request_target",
      configSource: baseCommitConfig(event, workspace)
    } : {}
  });
  const format = getInput("format") || "stylish";
  const mermaid = formatMermaid(result);
  const log = {
    stylish: () => formatStylish(result),
    json: () => formatJson(result, packageVersion()),
    sarif: () => formatSarif(result, packageVersion()),
    mermaid: () => mermaid,
    github: () => ""
  };
  const render = Object.hasOwn(log, format) ? log[format] : void 0;
  if (!render) throw new Error(`format must be one of ${Object.keys(log).join(", ")} (got ${format})`);
  writeUninterpreted(render());
  for (const f of result.findings.filter((x) => !x.suppressed)) annotate(f);
  for (const line of problemLines(result)) error(escapeTerminal(line), { title: "endpoint-guard input error" });
  const sarifFile = getInput("sarif-file");
  if (sarifFile) writeFileSync(sarifFile, formatSarif(result, packageVersion()));
  const counts = countByLevel(result.findings);
  setOutput("findings", counts.error + counts.warning + counts.note);
  setOutput("errors", counts.error);
  setOutput("sarif-file", sarifFile);
  await summarize(result, mermaid);
  if (getInput("suggest-fixes") === "true" && event.pull_request) {
    const { suggestFixes } = await import("./chunks/suggest-fixes-ERVQ2X2Q.js");
    await suggestFixes(result, event, !untrustedHead);
  }
  const failing = failOn === "never" ? [] : atOrAbove(result.findings, failOn);
  if (result.problems.length > 0 || result.missing.length > 0)
    setFailed(`endpoint-guard: ${result.problems.length + result.missing.length} input error(s)`);
  else if (failing.length > 0) setFailed(`endpoint-guard: ${failing.length} finding(s) at or above ${failOn}`);
}
run().catch((e) => {
  setFailed(`endpoint-guard: ${escapeTerminal(e.message)}`);
});
export {
  run
};
