import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  codeOf,
  escapeMarkdown,
  escapeMermaid
} from "./chunk-UIOOPDK7.mjs";
import {
  endpointTypeOf,
  linkTargets,
  linkedItems,
  targetOf,
  zoneName
} from "./chunk-KEUAAFSI.mjs";
import "./chunk-QEXY4FWD.mjs";
import "./chunk-RWOBXVY3.mjs";
import "./chunk-5DAOS2YO.mjs";

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
export {
  MAX_NODES,
  formatMermaid,
  nodeId,
  quote
};
