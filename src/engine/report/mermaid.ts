import type { CheckResult } from '../check.js';
import type { Finding } from '../run/finding.js';
import { linkedItems, linkTargets, targetOf } from '../model/links.js';
import { endpointTypeOf, type NetworkModel } from '../model/network-model.js';
import type { Element, RouteTable, RouteTarget, SecurityGroup, SecurityGroupRule, Subnet, Vpc, VpcEndpoint } from '../model/types.js';
import { zoneName } from '../model/zones.js';
import { codeOf, escapeMarkdown, escapeMermaid } from './escape.js';

/** At most this many functions, and this many subnets, per VPC; the rest is one "… N more" node each. */
export const MAX_NODES = 50;

/** The "… N more" nodes: no kind prefix of nodeId is `more`, so no resource (not even one named `more`) gets these IDs. */
const MORE_SUBNETS = 'more_subnets';
const MORE_FUNCTIONS = 'more_functions';

/** Route targets drawn as one node each, whichever resource they are: where traffic leaves the subnets' VPC. */
const SHARED_GATEWAYS: Partial<Record<RouteTarget['kind'], readonly [string, string]>> = {
  'nat-gateway': ['gw_nat', 'NAT gateway'],
  'egress-only-internet-gateway': ['gw_egress_only', 'egress-only internet gateway'],
  'transit-gateway': ['gw_transit', 'transit gateway'],
  'vpc-peering': ['gw_peering', 'VPC peering'],
  'vpn-gateway': ['gw_vpn', 'VPN gateway'],
};

/**
 * A Mermaid flowchart of each VPC of each checked template (Markdown: a `### file` heading, one ```mermaid block per
 * VPC), for a job summary: subnets with their zones, their route tables and the gateways those route to, Lambda
 * functions, their security groups and the endpoints' groups (an edge "tcp 443" where the endpoint's group admits the
 * function's), and the endpoints. The subjects of error and warning findings get class `bad`; a route to an internet
 * gateway from the table of a function's subnet is a thick red link. Needs `check(…, { keepModels: true })`.
 */
export function formatMermaid(result: CheckResult): string {
  const sections: string[] = [];
  const inputs = new Set(result.models.map((m) => m.file));
  for (const { file, model } of result.models) {
    if (model.vpcs.length === 0) continue;
    // A finding at a line of a file the input reads (a .tf beside a plan, a Serverless include) is the input's.
    const own = (f: Finding) => f.file === file || !inputs.has(f.file);
    const offending = new Set(result.findings.filter((f) => own(f) && !f.suppressed && f.level !== 'note').map((f) => f.logicalId));
    sections.push(
      [`### ${escapeMarkdown(file)}`, '', ...model.vpcs.map((vpc) => ['```mermaid', diagram(model, vpc, offending), '```', ''].join('\n'))].join('\n'),
    );
  }
  return sections.length > 0 ? sections.join('\n') : 'No VPC in the checked templates.\n';
}

/** A safe Mermaid identifier: a kind prefix, then the ID with every character but letters and digits escaped. */
export function nodeId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]/g, (c) => `_${codeOf(c).toString(16)}_`)}`;
}

/** A double-quoted label; line breaks between `lines`. */
export function quote(...lines: string[]): string {
  return `"${lines.map(escapeMermaid).join('<br/>')}"`;
}

interface Edge {
  readonly line: string;
  readonly red: boolean;
}

class Diagram {
  readonly nodes = new Map<string, string>();
  readonly edges: Edge[] = [];
  private readonly edgeKeys = new Set<string>();
  readonly bad = new Set<string>();

  constructor(private readonly offending: ReadonlySet<string>) {}

  /** Declares a node (an ID always comes with the same shape, so declaring it again changes nothing). */
  node(id: string, shape: string, element?: Element): string {
    this.nodes.set(id, `${id}${shape}`);
    if (element && this.offending.has(element.name)) this.bad.add(id);
    return id;
  }

  edge(from: string, arrow: string, to: string, text?: string, red = false): void {
    const key = JSON.stringify([from, arrow, to, text]);
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.edges.push({ line: `${from} ${arrow}${text ? `|${quote(text)}|` : ''} ${to}`, red });
  }
}

function elementLines(e: Element, ...extra: string[]): string[] {
  return [e.name, ...(e.path ? [e.path] : []), ...extra];
}

function diagram(model: NetworkModel, vpc: Vpc, offending: ReadonlySet<string>): string {
  const d = new Diagram(offending);
  const vpcId = nodeId('vpc', vpc.id);
  if (offending.has(vpc.name)) d.bad.add(vpcId);

  // Subnets of the VPC, and subnets its functions run in (each once, template order).
  const functions = model.functionsIn(vpc);
  const shownFunctions = functions.slice(0, MAX_NODES);
  const subnets = unique([...model.subnets.filter((s) => targetOf(s.vpc) === vpc), ...functions.flatMap((f) => linkTargets(model.subnetLinksOf(f)))]);
  const shownSubnets = subnets.slice(0, MAX_NODES);
  const subnetNode = new Map<Subnet, string>();
  const tablesUsedByFunctions = new Set<RouteTable>();
  const functionSubnets = new Set(shownFunctions.flatMap((f) => linkTargets(model.subnetLinksOf(f))));

  for (const subnet of shownSubnets) {
    subnetNode.set(subnet, d.node(nodeId('sn', subnet.id), `[${quote(...elementLines(subnet, zoneName(subnet.zone)))}]`, subnet));
  }
  const moreSubnets = () => d.node(MORE_SUBNETS, `[${quote(`… ${subnets.length - shownSubnets.length} more subnets`)}]`);
  if (subnets.length > shownSubnets.length) moreSubnets();

  // Route tables of the subnets shown, and where their routes go.
  const tables = new Set<RouteTable>();
  for (const subnet of shownSubnets) {
    for (const table of model.routeTablesOf(subnet)) {
      tables.add(table);
      if (functionSubnets.has(subnet)) tablesUsedByFunctions.add(table);
    }
  }
  for (const table of tables) {
    const vpcOfTable = targetOf(table.vpc);
    const text = table.main ? [`main route table of ${vpcOfTable?.name ?? 'the VPC'}`] : elementLines(table);
    d.node(nodeId('rt', table.id), `[/${quote(...text)}/]`, table);
  }
  for (const [subnet, from] of subnetNode) {
    for (const table of model.routeTablesOf(subnet)) d.edge(from, '-->', nodeId('rt', table.id));
  }
  for (const table of tables) {
    for (const route of model.routesOf(table)) {
      const t = route.target;
      const destination = route.destination.known ? route.destination.value : 'unknown destination';
      let gateway: string | undefined;
      let internet = false;
      if (t.kind === 'internet-gateway') {
        internet = true;
        const igw = targetOf(t.gateway);
        gateway = igw
          ? d.node(nodeId('igw', igw.id), `((${quote('internet gateway', ...elementLines(igw))}))`, igw)
          : d.node('gw_internet', `((${quote('internet gateway')}))`);
      } else {
        const shared = SHARED_GATEWAYS[t.kind];
        if (shared) gateway = d.node(shared[0], `((${quote(shared[1])}))`);
      }
      if (!gateway) continue;
      const red = internet && tablesUsedByFunctions.has(table);
      d.edge(nodeId('rt', table.id), red ? '==>' : '-->', gateway, destination, red);
    }
  }

  // Functions, their subnets and groups.
  const groups = new Set<SecurityGroup>();
  for (const fn of shownFunctions) {
    const id = d.node(nodeId('fn', fn.id), `(${quote('λ ' + fn.name, ...(fn.path ? [fn.path] : []))})`, fn);
    for (const link of model.subnetLinksOf(fn)) {
      const target = targetOf(link);
      if (!target) continue;
      d.edge(id, '-->', subnetNode.get(target) ?? moreSubnets());
    }
    for (const g of model.securityGroupsOf(fn)) {
      groups.add(g);
      d.edge(id, '-.-', nodeId('sg', g.id));
    }
  }
  if (functions.length > shownFunctions.length) d.node(MORE_FUNCTIONS, `(${quote(`… ${functions.length - shownFunctions.length} more functions`)})`);
  const lambdaGroups = [...groups];

  // Endpoints and their groups; tcp 443 from a function's group to an endpoint's group its ingress admits.
  const endpoints = model.endpointsIn(vpc);
  for (const endpoint of endpoints) {
    for (const link of linkedItems(endpoint.securityGroups)) {
      const g = targetOf(link);
      if (g) groups.add(g);
    }
  }
  for (const g of groups) d.node(nodeId('sg', g.id), `{{${quote(...elementLines(g, 'security group'))}}}`, g);
  for (const endpoint of endpoints) {
    const id = d.node(nodeId('ep', endpoint.id), `[(${quote(...elementLines(endpoint, serviceOf(endpoint)))})]`, endpoint);
    for (const link of linkedItems(endpoint.securityGroups)) {
      const g = targetOf(link);
      if (!g) continue;
      for (const from of lambdaGroups) if (admits443(g, from)) d.edge(nodeId('sg', from.id), '-->', nodeId('sg', g.id), 'tcp 443');
      d.edge(nodeId('sg', g.id), '-->', id);
    }
  }

  const lines = ['flowchart LR', `  subgraph ${vpcId}[${quote('VPC ' + vpc.name, ...(vpc.path ? [vpc.path] : []))}]`, '    direction LR'];
  for (const n of d.nodes.values()) lines.push(`    ${n}`);
  lines.push('  end');
  for (const e of d.edges) lines.push(`  ${e.line}`);
  lines.push('  classDef bad stroke:#d00,stroke-width:3px,fill:#fee');
  const bad = [...d.bad].sort();
  if (bad.length > 0) lines.push(`  class ${bad.join(',')} bad`);
  d.edges.forEach((e, i) => {
    if (e.red) lines.push(`  linkStyle ${i} stroke:#d00,stroke-width:3px`);
  });
  return lines.join('\n');
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function serviceOf(e: VpcEndpoint): string {
  const service = e.service.kind === 'aws' ? e.service.name : e.service.kind === 'other' ? e.service.shown : 'service not known before deployment';
  const type = endpointTypeOf(e);
  return type ? `${service} (${type})` : service;
}

/** Whether the group's ingress admits tcp 443 from the `from` group (tcp with 443 in its port range, or all traffic). */
function admits443(group: SecurityGroup, from: SecurityGroup): boolean {
  return group.rules.some((r: SecurityGroupRule) => {
    if (r.direction !== 'ingress' || r.peer.kind !== 'security-group' || targetOf(r.peer.group) !== from || !r.protocol.known) return false;
    if (r.protocol.value === '-1') return true;
    if (r.protocol.value !== 'tcp') return false;
    const { fromPort, toPort } = r;
    return fromPort.known === true && toPort.known === true && fromPort.value <= 443 && 443 <= toPort.value;
  });
}
