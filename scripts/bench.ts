/**
 * `npm run bench`: figures, not assertions. Times the checker on the shared corpus and on synthetic templates of
 * growing size (VPC, subnets, route tables, groups, functions, endpoints), so that a quadratic rule shows up.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../src/engine/check.js';
import { HclParser } from '../src/engine/load/adapters/terraform/source/hcl-parser.js';

function synthetic(n: number): Record<string, unknown> {
  const res: Record<string, unknown> = { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16', EnableDnsSupport: true, EnableDnsHostnames: true } } };
  for (let i = 0; i < n; i++) {
    res[`Subnet${i}`] = { Type: 'AWS::EC2::Subnet', Properties: { VpcId: { Ref: 'Vpc' }, CidrBlock: '10.0.0.0/24', AvailabilityZone: { 'Fn::Select': [i % 3, { 'Fn::GetAZs': '' }] } } };
    res[`Rt${i}`] = { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: { Ref: 'Vpc' } } };
    res[`Assoc${i}`] = { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: { Ref: `Subnet${i}` }, RouteTableId: { Ref: `Rt${i}` } } };
    res[`Sg${i}`] = { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', VpcId: { Ref: 'Vpc' }, SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: { 'Fn::GetAtt': [`Sg${(i + 1) % n}`, 'GroupId'] } }] } };
    res[`Fn${i}`] = { Type: 'AWS::Lambda::Function', Properties: { Role: 'arn:aws:iam::123456789012:role/x', VpcConfig: { SubnetIds: [{ Ref: `Subnet${i}` }], SecurityGroupIds: [{ Ref: `Sg${i}` }] } } };
    res[`Ep${i}`] = { Type: 'AWS::EC2::VPCEndpoint', Properties: { VpcId: { Ref: 'Vpc' }, VpcEndpointType: 'Interface', ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.sqs' }, SecurityGroupIds: [{ Ref: `Sg${i}` }], SubnetIds: [{ Ref: `Subnet${i}` }], PrivateDnsEnabled: true } };
  }
  return { AWSTemplateFormatVersion: '2010-09-09', Resources: res };
}

/**
 * The same network as a Terraform plan of a new stack (`terraform show -json`): every ID known only after apply, so
 * every link goes through the configuration's references, as in a real first plan.
 */
function syntheticPlan(n: number): Record<string, unknown> {
  const planned: unknown[] = [];
  const changes: unknown[] = [];
  const config: unknown[] = [];
  const add = (type: string, name: string, values: Record<string, unknown>, unknown: Record<string, unknown>, expressions: Record<string, unknown>) => {
    const address = `${type}.${name}`;
    planned.push({ address, mode: 'managed', type, name, values });
    changes.push({ address, change: { after_unknown: { id: true, ...unknown } } });
    config.push({ address, mode: 'managed', type, name, expressions });
  };
  const ref = (...names: string[]) => ({ references: names.flatMap((x) => [`${x}.id`, x]) });
  add('aws_vpc', 'main', { cidr_block: '10.0.0.0/16', enable_dns_support: true, enable_dns_hostnames: true }, {}, {});
  for (let i = 0; i < n; i++) {
    add('aws_subnet', `s${i}`, { cidr_block: '10.0.0.0/24', availability_zone: `eu-west-1${'abc'[i % 3]}` }, { vpc_id: true }, { vpc_id: ref('aws_vpc.main') });
    add('aws_route_table', `rt${i}`, {}, { vpc_id: true, route: true }, { vpc_id: ref('aws_vpc.main') });
    add('aws_route_table_association', `a${i}`, {}, { subnet_id: true, route_table_id: true }, { subnet_id: ref(`aws_subnet.s${i}`), route_table_id: ref(`aws_route_table.rt${i}`) });
    const ingress = [{ from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: [], ipv6_cidr_blocks: [], prefix_list_ids: [], self: false }];
    add('aws_security_group', `sg${i}`, { ingress }, { vpc_id: true, egress: true, ingress: [{ security_groups: true }] }, { vpc_id: ref('aws_vpc.main'), ingress: ref(`aws_security_group.sg${(i + 1) % n}`) });
    add('aws_lambda_function', `fn${i}`, { role: 'arn:aws:iam::123456789012:role/x', vpc_config: [{}] }, { vpc_config: [{ subnet_ids: true, security_group_ids: true }] }, { vpc_config: [{ subnet_ids: ref(`aws_subnet.s${i}`), security_group_ids: ref(`aws_security_group.sg${i}`) }] });
    add('aws_vpc_endpoint', `ep${i}`, { service_name: 'com.amazonaws.eu-west-1.sqs', vpc_endpoint_type: 'Interface', private_dns_enabled: true }, { vpc_id: true, subnet_ids: true, security_group_ids: true }, { vpc_id: ref('aws_vpc.main'), subnet_ids: ref(`aws_subnet.s${i}`), security_group_ids: ref(`aws_security_group.sg${i}`) });
  }
  return { format_version: '1.2', terraform_version: '1.11.0', planned_values: { root_module: { resources: planned } }, resource_changes: changes, configuration: { root_module: { resources: config } } };
}

/** The same network as `.tf` source: one block per resource, references between them. */
function syntheticTf(n: number): string {
  const out = ['resource "aws_vpc" "main" {\n  cidr_block           = "10.0.0.0/16"\n  enable_dns_hostnames = true\n}\n'];
  for (let i = 0; i < n; i++) {
    out.push(`resource "aws_subnet" "s${i}" {
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.0.0/24"
  availability_zone = "eu-west-1${'abc'[i % 3]}"
}
resource "aws_route_table" "rt${i}" {
  vpc_id = aws_vpc.main.id
}
resource "aws_route_table_association" "a${i}" {
  subnet_id      = aws_subnet.s${i}.id
  route_table_id = aws_route_table.rt${i}.id
}
resource "aws_security_group" "sg${i}" {
  vpc_id = aws_vpc.main.id
  ingress {
    from_port       = 443
    to_port         = 443
    protocol        = "tcp"
    security_groups = [aws_security_group.sg${(i + 1) % n}.id]
  }
}
resource "aws_lambda_function" "fn${i}" {
  role = "arn:aws:iam::123456789012:role/x"
  vpc_config {
    subnet_ids         = [aws_subnet.s${i}.id]
    security_group_ids = [aws_security_group.sg${i}.id]
  }
}
resource "aws_vpc_endpoint" "ep${i}" {
  vpc_id              = aws_vpc.main.id
  service_name        = "com.amazonaws.eu-west-1.sqs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = [aws_subnet.s${i}.id]
  security_group_ids  = [aws_security_group.sg${i}.id]
}
`);
  }
  return out.join('');
}

/** The floor of a .tf check: HashiCorp's parser alone on the same text (its thread already started). */
async function hclFloor(text: string): Promise<number> {
  const parser = new HclParser();
  await parser.parse('warm.tf', 'locals {}\n');
  const start = process.hrtime.bigint();
  await parser.parse('main.tf', text);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  await parser.close();
  return ms;
}

async function time(label: string, paths: string[], resources?: number): Promise<number> {
  const start = process.hrtime.bigint();
  const result = await check(paths);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const perResource = resources ? `  ${((ms * 1000) / resources).toFixed(0).padStart(5)} µs/resource` : '';
  console.log(`${label.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms  ${String(result.checked.length).padStart(3)} templates  ${String(result.findings.length).padStart(6)} findings${perResource}`);
  return ms;
}

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');
if (existsSync(corpus)) await time('shared corpus', [corpus]);
const dir = mkdtempSync(join(tmpdir(), 'eg-bench-'));
for (const n of [250, 500, 1000, 2000]) {
  const file = join(dir, `synthetic-${n}.json`);
  writeFileSync(file, JSON.stringify(synthetic(n)));
  const template = await time(`synthetic, ${n * 6 + 1} resources`, [file], n * 6 + 1);
  const plan = join(dir, `plan-${n}.json`);
  writeFileSync(plan, JSON.stringify(syntheticPlan(n)));
  const terraform = await time(`  as a Terraform plan`, [plan], n * 6 + 1);
  console.log(`${'  plan ÷ template'.padEnd(40)} ${(terraform / template).toFixed(2).padStart(7)} ×`);
  if (n > 1000) continue; // HashiCorp's parser (WebAssembly) takes seconds per MB: the floor, measured below
  const tf = join(dir, `tf-${n}`);
  mkdirSync(tf);
  const text = syntheticTf(n);
  writeFileSync(join(tf, 'main.tf'), text);
  const source = await time(`  as .tf source`, [tf], n * 6 + 1);
  const floor = await hclFloor(text);
  console.log(`${'  .tf ÷ HCL parse alone'.padEnd(40)} ${(source / floor).toFixed(2).padStart(7)} ×  (parse ${floor.toFixed(0)} ms)`);
}
