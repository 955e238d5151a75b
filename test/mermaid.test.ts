/**
 * `--format mermaid` and `endpoint-guard graph`: one Mermaid flowchart per VPC (subnets with zones, route tables and
 * gateways, functions, security groups, endpoints), the subjects of error and warning findings in class `bad`, and a
 * route to an internet gateway from a function's subnet as a thick red link.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { formatMermaid, nodeId, quote } from '../src/engine/report/mermaid.js';
import { checkJson, cli, STACK_TRACE } from './helpers/cli.js';

const VIOLATING = 'examples/qldb-four-violations.yaml';
const COMPLIANT = 'examples/qldb-private-subnet.yaml';
const CDK = 'test/templates/inputs/cdk/cdk.out';

interface Parsed {
  nodes: Map<string, string>;
  subgraphs: string[];
  edges: { from: string; arrow: string; text?: string; to: string }[];
  bad: string[];
  redLinks: number[];
}

/** The ```mermaid blocks of a report. */
function blocks(markdown: string): string[] {
  return [...markdown.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!);
}

/**
 * A structural parse of the flowcharts this tool writes: every line is a known statement, subgraph/end balance, every
 * edge, class and linkStyle refers to something declared.
 */
function parse(block: string): Parsed {
  const lines = block.split('\n');
  expect(lines[0]).toBe('flowchart LR');
  const p: Parsed = { nodes: new Map(), subgraphs: [], edges: [], bad: [], redLinks: [] };
  let depth = 0;
  const ID = '[A-Za-z][A-Za-z0-9_]*';
  const LABEL = '"[^"]*"';
  for (const line of lines.slice(1)) {
    const t = line.trim();
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^subgraph (${ID})\\[(${LABEL})\\]$`).exec(t))) {
      depth++;
      p.subgraphs.push(m[1]!);
    } else if (t === 'end') {
      depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    } else if (t === 'direction LR') {
      expect(depth).toBeGreaterThan(0);
    } else if (
      (m = new RegExp(`^(${ID})(\\[/${LABEL}/\\]|\\(\\(${LABEL}\\)\\)|\\[\\(${LABEL}\\)\\]|\\{\\{${LABEL}\\}\\}|\\[${LABEL}\\]|\\(${LABEL}\\))$`).exec(t))
    ) {
      expect(p.nodes.has(m[1]!)).toBe(false);
      p.nodes.set(m[1]!, m[2]!);
    } else if ((m = new RegExp(`^(${ID}) (-->|==>|-\\.-)(?:\\|"([^"]*)"\\|)? (${ID})$`).exec(t))) {
      p.edges.push({ from: m[1]!, arrow: m[2]!, ...(m[3] !== undefined ? { text: m[3] } : {}), to: m[4]! });
    } else if (/^classDef bad \S+$/.test(t)) {
      // the class
    } else if ((m = new RegExp(`^class (${ID}(?:,${ID})*) bad$`).exec(t))) {
      p.bad.push(...m[1]!.split(','));
    } else if ((m = /^linkStyle (\d+) stroke:#d00,stroke-width:3px$/.exec(t))) {
      p.redLinks.push(Number(m[1]));
    } else {
      throw new Error(`not a statement of the diagram: ${JSON.stringify(line)}`);
    }
  }
  expect(depth).toBe(0);
  for (const e of p.edges) {
    expect(p.nodes.has(e.from)).toBe(true);
    expect(p.nodes.has(e.to)).toBe(true);
  }
  for (const id of p.bad) expect(p.nodes.has(id) || p.subgraphs.includes(id)).toBe(true);
  for (const i of p.redLinks) expect(i).toBeLessThan(p.edges.length);
  return p;
}

function graph(path: string): { stdout: string; parsed: Parsed[] } {
  const r = cli(['graph', path]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).not.toMatch(STACK_TRACE);
  return { stdout: r.stdout, parsed: blocks(r.stdout).map(parse) };
}

/** Logical IDs of the error and warning findings of a file, as `check --format json` reports them. */
function subjects(path: string): string[] {
  const { report } = checkJson([path]);
  return [...new Set(report.findings.filter((f) => f.level !== 'note' && !f.suppressed).map((f) => f.logicalId))].sort();
}

const idsOf = (p: Parsed) => [...p.nodes.keys(), ...p.subgraphs];
const redEdges = (p: Parsed) => p.redLinks.map((i) => p.edges[i]!);

describe.each([
  ['graph', (path: string) => cli(['graph', path])],
  ['check --format mermaid', (path: string) => cli(['check', '--format', 'mermaid', path])],
])('%s', (_, run) => {
  test('one heading per template, one mermaid block per VPC', () => {
    const r = run(VIOLATING);
    expect(r.stdout.startsWith(`### ${VIOLATING}\n\n\`\`\`mermaid\nflowchart LR\n`)).toBe(true);
    expect(blocks(r.stdout)).toHaveLength(1);
  });
});

test('check --format mermaid keeps the exit code of check; graph exits 0 with findings', () => {
  expect(cli(['check', '--format', 'mermaid', VIOLATING]).code).toBe(1);
  expect(cli(['check', '--format', 'mermaid', COMPLIANT]).code).toBe(0);
  expect(cli(['graph', VIOLATING]).code).toBe(0);
});

describe('the violating example', () => {
  let stdout = '';
  let p: Parsed;
  beforeAll(() => {
    const g = graph(VIOLATING);
    stdout = g.stdout;
    p = g.parsed[0]!;
  });

  test('shows the subnets with their zones, the route tables, the function, the groups and the endpoint', () => {
    expect(p.subgraphs).toStrictEqual(['vpc_Vpc']);
    expect(p.nodes.get('sn_PrivateSubnetA')).toContain('zone 0 of the region');
    expect(p.nodes.get('sn_PrivateSubnetB')).toContain('zone 1 of the region');
    expect(p.nodes.get('rt_PrivateRouteTable')).toContain('PrivateRouteTable');
    expect(p.nodes.get('rt_PublicRouteTable')).toContain('PublicRouteTable');
    expect(p.nodes.get('igw_InternetGateway')).toContain('internet gateway');
    expect(p.nodes.get('fn_Function')).toContain('Function');
    expect(p.nodes.has('sg_LambdaSecurityGroup')).toBe(true);
    expect(p.nodes.has('sg_EndpointSecurityGroup')).toBe(true);
    expect(p.nodes.get('ep_QldbSessionEndpoint')).toContain('qldb.session');
    expect(p.edges).toStrictEqual(
      expect.arrayContaining([
        { from: 'sn_PrivateSubnetA', arrow: '-->', to: 'rt_PrivateRouteTable' },
        { from: 'sn_PrivateSubnetB', arrow: '-->', to: 'rt_PublicRouteTable' },
        { from: 'fn_Function', arrow: '-->', to: 'sn_PrivateSubnetA' },
        { from: 'fn_Function', arrow: '-->', to: 'sn_PrivateSubnetB' },
        { from: 'sg_EndpointSecurityGroup', arrow: '-->', to: 'ep_QldbSessionEndpoint' },
      ]),
    );
  });

  test("the internet gateway route of the function's subnet is the thick red link", () => {
    expect(redEdges(p)).toStrictEqual([{ from: 'rt_PublicRouteTable', arrow: '==>', text: '0.0.0.0/0', to: 'igw_InternetGateway' }]);
  });

  test('no tcp 443 edge: the endpoint group admits a CIDR range, not the function group', () => {
    expect(p.edges.filter((e) => e.text === 'tcp 443')).toStrictEqual([]);
  });

  test('class bad marks exactly the subjects of the findings', () => {
    expect(p.bad.sort()).toStrictEqual(['ep_QldbSessionEndpoint', 'fn_Function', 'sg_EndpointSecurityGroup', 'vpc_Vpc']);
    const ids = idsOf(p);
    const expected = subjects(VIOLATING).flatMap((s) => ids.filter((id) => id.endsWith(`_${s}`)));
    expect(p.bad.sort()).toStrictEqual(expected.sort());
  });

  test('is deterministic', () => {
    expect(cli(['graph', VIOLATING]).stdout).toBe(stdout);
  });
});

describe('the compliant example', () => {
  let stdout = '';
  let p: Parsed;
  beforeAll(() => {
    const g = graph(COMPLIANT);
    stdout = g.stdout;
    p = g.parsed[0]!;
  });

  test('shows the subnets, the one route table, the function, the endpoint', () => {
    expect(p.nodes.get('sn_PrivateSubnetA')).toContain('zone 0 of the region');
    expect(p.nodes.get('sn_PrivateSubnetB')).toContain('zone 1 of the region');
    expect([...p.nodes.keys()].filter((id) => id.startsWith('rt_'))).toStrictEqual(['rt_PrivateRouteTable']);
    expect(p.nodes.has('fn_Function')).toBe(true);
    expect(p.nodes.get('ep_QldbSessionEndpoint')).toContain('qldb.session');
    expect([...p.nodes.keys()].some((id) => id.startsWith('igw_'))).toBe(false);
  });

  test('tcp 443 from the Lambda group to the endpoint group; nothing red or bad', () => {
    expect(p.edges.filter((e) => e.text === 'tcp 443')).toStrictEqual([
      { from: 'sg_LambdaSecurityGroup', arrow: '-->', text: 'tcp 443', to: 'sg_EndpointSecurityGroup' },
    ]);
    expect(p.redLinks).toStrictEqual([]);
    expect(p.bad).toStrictEqual([]);
    expect(subjects(COMPLIANT)).toStrictEqual([]);
  });

  test('is deterministic', () => {
    expect(cli(['graph', COMPLIANT]).stdout).toBe(stdout);
  });
});

test('graph on a malformed input exits 2, naming the file', () => {
  const r = cli(['graph', 'test/templates/inputs/bad/malformed.yaml']);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('malformed.yaml');
  expect(r.stderr).not.toMatch(STACK_TRACE);
});

test('a CDK cloud assembly renders, with construct paths, the public function bad and its internet routes red', () => {
  const { stdout, parsed } = graph(CDK);
  expect(parsed.length).toBeGreaterThan(0);
  expect(stdout).toContain('DefaultsStack/PublicFn/Resource');
  const defaults = parsed.find((p) => [...p.nodes.values()].some((l) => l.includes('DefaultsStack/PublicFn/Resource')))!;
  const publicFn = [...defaults.nodes.keys()].find((id) => id.startsWith('fn_PublicFn'))!;
  expect(defaults.bad).toContain(publicFn);
  expect(redEdges(defaults).length).toBeGreaterThan(0);
  for (const e of redEdges(defaults)) expect(e.to.startsWith('igw_')).toBe(true);
});

test('node ids are safe identifiers and labels escape quotes', () => {
  expect(nodeId('fn', 'my-func.v2')).toBe('fn_my_2d_func_2e_v2');
  expect(nodeId('fn', 'my-func.v2')).not.toBe(nodeId('fn', 'my_func.v2'));
  expect(quote('say "hi" <b>', 'two')).toBe('"say #quot;hi#quot; #60;b#62;<br/>two"');
});

test('at most 50 functions and 50 subnets per VPC, then one "… N more" node each', async () => {
  const resources: Record<string, unknown> = {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
    // A subnet named like the "… more" node is a subnet of its own.
    more: { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.200.0/24', AvailabilityZone: 'eu-west-1b' } },
  };
  for (let i = 0; i < 55; i++) {
    resources[`Subnet${i}`] = { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: `10.0.${i}.0/24`, AvailabilityZone: 'eu-west-1a' } };
  }
  for (let i = 0; i < 60; i++) {
    resources[`Fn${i}`] = {
      Type: 'AWS::Lambda::Function',
      Properties: {
        Runtime: 'python3.12',
        Handler: 'i.h',
        Role: 'arn:aws:iam::123456789012:role/r',
        Code: { ZipFile: 'x' },
        VpcConfig: { SubnetIds: [{ Ref: `Subnet${(i + 5) % 55}` }], SecurityGroupIds: ['sg-0123456789abcdef0'] },
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'eg-mermaid-'));
  const file = join(dir, 'big.json');
  writeFileSync(file, JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }));
  const markdown = formatMermaid(await check([file], { keepModels: true }));
  const p = parse(blocks(markdown)[0]!);
  const ids = [...p.nodes.keys()];
  expect(ids.filter((id) => /^fn_Fn\d+$/.test(id))).toHaveLength(50);
  expect(ids.filter((id) => /^sn_Subnet\d+$/.test(id))).toHaveLength(49);
  expect(p.nodes.get('sn_more')).toBe('["more<br/>eu-west-1b"]');
  expect(p.nodes.get('more_functions')).toBe('("… 10 more functions")');
  expect(p.nodes.get('more_subnets')).toBe('["… 6 more subnets"]');
  // Fn44 to Fn49, shown, run in subnets past the fiftieth: their link goes to the "more" node.
  expect(p.edges.filter((e) => e.to === 'more_subnets').map((e) => e.from)).toStrictEqual(['fn_Fn44', 'fn_Fn45', 'fn_Fn46', 'fn_Fn47', 'fn_Fn48', 'fn_Fn49']);
});

test('where routes leave the VPC: one node per kind of gateway, none of them red', async () => {
  const subnet = (cidr: string) => ({ Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: cidr, AvailabilityZone: 'eu-west-1a' } });
  const route = (destination: Record<string, string>, target: Record<string, string>) => ({
    Type: 'AWS::EC2::Route',
    Properties: { RouteTableId: { Ref: 'Table' }, ...destination, ...target },
  });
  const resources = {
    Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
    Private: subnet('10.0.1.0/24'),
    Table: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } },
    Assoc: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: 'Private' }, RouteTableId: { Ref: 'Table' } } },
    Nat: route({ DestinationCidrBlock: '0.0.0.0/0' }, { NatGatewayId: 'nat-0123456789abcdef0' }),
    V6: route({ DestinationIpv6CidrBlock: '::/0' }, { EgressOnlyInternetGatewayId: 'eigw-0123456789abcdef0' }),
    Peer: route({ DestinationCidrBlock: '10.9.0.0/16' }, { VpcPeeringConnectionId: 'pcx-0123456789abcdef0' }),
    Vpn: route({ DestinationCidrBlock: '192.168.0.0/16' }, { GatewayId: 'vgw-0123456789abcdef0' }),
    Tgw: route({ DestinationCidrBlock: '172.16.0.0/12' }, { TransitGatewayId: 'tgw-0123456789abcdef0' }),
    Eni: route({ DestinationCidrBlock: '10.8.0.0/16' }, { NetworkInterfaceId: 'eni-0123456789abcdef0' }),
    Fn: {
      Type: 'AWS::Lambda::Function',
      Properties: { Role: 'arn:aws:iam::123456789012:role/r', VpcConfig: { SubnetIds: [{ Ref: 'Private' }], SecurityGroupIds: ['sg-0123456789abcdef0'] } },
    },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'eg-mermaid-')), 'routes.json');
  writeFileSync(file, JSON.stringify({ Resources: resources }));
  const p = parse(blocks(formatMermaid(await check([file], { keepModels: true })))[0]!);
  expect(p.edges.filter((e) => e.from === 'rt_Table').map((e) => e.to)).toStrictEqual(['gw_nat', 'gw_egress_only', 'gw_peering', 'gw_vpn', 'gw_transit']);
  expect(blocks(formatMermaid(await check([file], { keepModels: true })))[0]).toContain('rt_Table -->|"::/0"| gw_egress_only');
  expect([p.nodes.get('gw_egress_only'), p.nodes.get('gw_peering'), p.nodes.get('gw_vpn')]).toStrictEqual([
    '(("egress-only internet gateway"))',
    '(("VPC peering"))',
    '(("VPN gateway"))',
  ]);
  expect(p.redLinks).toStrictEqual([]);
});
