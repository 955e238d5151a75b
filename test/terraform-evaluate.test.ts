/**
 * Terraform source evaluated in-process (src/engine/load/adapters/terraform/source/): variables and their defaults,
 * locals, expressions of each kind, count and for_each instances, and what stays UNKNOWN, read from .tf files as the
 * CLI reads them and asked of the CloudFormation view the model is built from.
 */
import { afterAll, expect, test } from '@jest/globals';
import { HclParser } from '../src/engine/load/adapters/terraform/source/hcl-parser.js';
import { readTerraformDocument } from '../src/engine/load/adapters/terraform/source/read-module.js';
import { terraformModuleToCloudFormation } from '../src/engine/load/adapters/terraform/source/source-view.js';
import { child, toPlain } from '../src/engine/load/source-node.js';
import { writeTree } from './helpers/files.js';

const parser = new HclParser();
afterAll(async () => {
  await parser.close();
});

type Resources = Record<string, { Type: string; Properties?: Record<string, unknown> }>;

async function converted(files: Record<string, string>): Promise<{ resources: Resources; notes: [string, number][] }> {
  const dir = writeTree({ ...files, '.git/HEAD': '' }, 'eg-tf-eval-');
  const read = await readTerraformDocument(dir, parser, dir);
  if (read.status !== 'template' || !read.document.terraform) throw new Error(JSON.stringify(read));
  const view = terraformModuleToCloudFormation(read.document.terraform);
  return { resources: toPlain(child(view.root, 'Resources') ?? view.root) as Resources, notes: view.notes.map((n) => [n.message, n.loc.line]) };
}

const properties = (r: Resources) => Object.fromEntries(Object.entries(r).map(([id, x]) => [id, x.Properties]));
const ref = (id: string) => ({ Ref: id });

test('variables, locals, for expressions, conditionals, count and for_each instances, references between resources', async () => {
  const { resources: r, notes } = await converted({
    'main.tf': `
variable "cidr" { default = "10.0.0.0/16" }
variable "zones" { default = ["eu-west-1a", "eu-west-1b"] }
variable "nodefault" {}
locals {
  subnets = { for i, z in var.zones : z => cidrsubnet(var.cidr, 8, i) }
  name    = "app-\${terraform.workspace}"
  upper   = [for z in var.zones : upper(z) if z != "eu-west-1b"]
  cond    = length(var.zones) > 1 ? "multi" : "single"
}
resource "aws_vpc" "v" {
  cidr_block           = var.cidr
  enable_dns_hostnames = true
}
resource "aws_subnet" "s" {
  for_each          = local.subnets
  vpc_id            = aws_vpc.v.id
  cidr_block        = each.value
  availability_zone = each.key
}
resource "aws_subnet" "c" {
  count             = 2
  vpc_id            = aws_vpc.v.id
  cidr_block        = cidrsubnet(var.cidr, 8, count.index + 10)
  availability_zone = var.zones[count.index]
}
resource "aws_security_group" "g" {
  name   = local.cond
  vpc_id = aws_vpc.v.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = [var.nodefault]
  }
}
resource "aws_vpc_endpoint" "e" {
  vpc_id            = aws_vpc.v.id
  service_name      = "com.amazonaws.eu-west-1.\${local.upper[0] == "EU-WEST-1A" ? "sqs" : "sns"}"
  vpc_endpoint_type = "Interface"
  subnet_ids        = [for s in aws_subnet.s : s.id]
  security_group_ids = aws_security_group.g[*].id
}
`,
  });
  expect(notes).toStrictEqual([]);
  expect(properties(r)).toStrictEqual({
    'aws_security_group.g': {
      VpcId: ref('aws_vpc.v'),
      SecurityGroupIngress: [
        {
          IpProtocol: 'tcp',
          FromPort: 443,
          ToPort: 443,
          CidrIp: { 'EndpointGuard::Unknown': 'var.nodefault has no default and no value in terraform.tfvars' },
        },
      ],
      SecurityGroupEgress: [],
    },
    'aws_subnet.c[0]': { VpcId: ref('aws_vpc.v'), CidrBlock: '10.0.10.0/24', AvailabilityZone: 'eu-west-1a' },
    'aws_subnet.c[1]': { VpcId: ref('aws_vpc.v'), CidrBlock: '10.0.11.0/24', AvailabilityZone: 'eu-west-1b' },
    'aws_subnet.s["eu-west-1a"]': { VpcId: ref('aws_vpc.v'), CidrBlock: '10.0.0.0/24', AvailabilityZone: 'eu-west-1a' },
    'aws_subnet.s["eu-west-1b"]': { VpcId: ref('aws_vpc.v'), CidrBlock: '10.0.1.0/24', AvailabilityZone: 'eu-west-1b' },
    'aws_vpc.v': { CidrBlock: '10.0.0.0/16', EnableDnsHostnames: true },
    'aws_vpc_endpoint.e': {
      VpcId: ref('aws_vpc.v'),
      ServiceName: 'com.amazonaws.eu-west-1.sqs',
      VpcEndpointType: 'Interface',
      SubnetIds: [ref('aws_subnet.s["eu-west-1a"]'), ref('aws_subnet.s["eu-west-1b"]')],
      SecurityGroupIds: [ref('aws_security_group.g')],
    },
  });
  expect(r['aws_security_group.g']?.Type).toBe('AWS::EC2::SecurityGroup');
});

test('a local module, terraform.tfvars, dynamic blocks, try and maps; a count not known is a note, a count of 0 nothing', async () => {
  const { resources: r, notes } = await converted({
    'main.tf': `
variable "settings" {
  type    = map(string)
  default = { protocol = "tcp", port = "443" }
}
variable "fromvars" { default = "ignored" }
variable "off" { default = false }
locals {
  ports  = toset(["443", "8443"])
  merged = merge(var.settings, { extra = "x" })
  maybe  = try(var.settings.missing, "fallback")
  nested = { a = { b = ["deep"] } }
}
module "net" {
  source = "./modules/net"
  cidr   = "10.1.0.0/16"
}
resource "aws_security_group" "g" {
  name   = local.maybe
  vpc_id = module.net.vpc_id
  dynamic "ingress" {
    for_each = local.ports
    content {
      from_port   = tonumber(ingress.value)
      to_port     = ingress.value
      protocol    = var.settings["protocol"]
      cidr_blocks = [module.net.cidr, var.fromvars]
      description = local.nested.a.b[0]
    }
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
resource "aws_subnet" "off" {
  count      = var.off ? 1 : 0
  vpc_id     = module.net.vpc_id
  cidr_block = "10.1.9.0/24"
}
resource "aws_subnet" "unknown_count" {
  count      = length(data.aws_availability_zones.all.names)
  vpc_id     = module.net.vpc_id
  cidr_block = "10.1.8.0/24"
}
`,
    'terraform.tfvars': 'fromvars = "192.168.0.0/16"\n',
    'modules/net/main.tf': `
variable "cidr" {}
resource "aws_vpc" "this" { cidr_block = var.cidr }
output "vpc_id" { value = aws_vpc.this.id }
output "cidr" { value = aws_vpc.this.cidr_block }
`,
  });
  const rule = (port: number, cidr: string) => ({ IpProtocol: 'tcp', FromPort: port, ToPort: String(port), CidrIp: cidr });
  expect(properties(r)).toStrictEqual({
    'aws_security_group.g': {
      VpcId: ref('module.net.aws_vpc.this'),
      SecurityGroupIngress: [rule(443, '10.1.0.0/16'), rule(443, '192.168.0.0/16'), rule(8443, '10.1.0.0/16'), rule(8443, '192.168.0.0/16')],
      SecurityGroupEgress: [{ IpProtocol: '-1', FromPort: 0, ToPort: 0, CidrIp: '0.0.0.0/0' }],
    },
    'module.net.aws_vpc.this': { CidrBlock: '10.1.0.0/16' },
  });
  expect(notes).toStrictEqual([[expect.stringMatching(/^aws_subnet\.unknown_count is not checked: /) as unknown as string, 43]]);
});

test('each kind of expression: its value, or UNKNOWN with why', async () => {
  const expressions: [string, string][] = [
    ['arith', '1 + 2 * 3 - 4 / 2 % 3'],
    ['compare', '2 > 1 && 1 >= 1 && 1 < 2 && 2 <= 2 && 1 != 2 && !(1 == 2) || false'],
    ['neg', '-5'],
    ['cond_unknown', 'var.nodefault == "x" ? "a" : "b"'],
    ['cond_text', '"yes" ? "a" : "b"'],
    ['template_if', '"%{ if var.on }on%{ else }off%{ endif }"'],
    ['template_for', '"%{ for z in var.zones }${z},%{ endfor }"'],
    ['heredoc', '<<EOT\nline ${var.name}\nEOT'],
    ['index_map', 'var.map["k"]'],
    ['index_unknown', 'var.map[var.nodefault]'],
    ['attr_of_list', 'var.zones.first'],
    ['splat_list', 'join(",", var.objs[*].name)'],
    ['splat_null', 'length(var.nothing[*])'],
    ['for_map', 'join(",", [for k, v in var.map : "${k}=${v}"])'],
    ['for_obj', 'jsonencode({ for z in var.zones : z => upper(z) })'],
    ['for_group', 'jsonencode({ for z in var.zones : "k" => z... })'],
    ['for_cond_unknown', 'jsonencode([for z in var.zones : z if var.nodefault])'],
    ['for_unknown', 'jsonencode([for z in var.nodefault : z])'],
    ['path_module', 'basename(path.module)'],
    ['path_root', 'path.root == path.module'],
    ['path_other', 'path.other'],
    ['self', 'self.id'],
    ['workspace', 'terraform.workspace'],
    ['each_outside', 'each.key'],
    ['count_outside', 'count.index'],
    ['data_ref', 'data.aws_region.current.name'],
    ['resource_attr', 'aws_vpc.v.cidr_block'],
    ['resource_id', 'aws_vpc.v.id'],
    ['resource_unset', 'aws_vpc.v.instance_tenancy'],
    ['unknown_root', 'foo.bar'],
    ['obj_key_unknown', 'jsonencode({ (var.nodefault) = 1 })'],
    ['null', 'null'],
    ['bool', 'true'],
    ['tuple', 'jsonencode([1, "a", true, null])'],
    ['module_out', 'module.net.cidr'],
    ['module_missing_out', 'module.net.nope'],
    ['module_missing', 'module.none.x'],
    ['local_missing', 'local.nope'],
    ['var_missing', 'var.nope'],
  ];
  const { resources: r } = await converted({
    'main.tf': `
variable "nodefault" {}
variable "on" { default = true }
variable "name" { default = "n" }
variable "zones" { default = ["a", "b"] }
variable "map" { default = { k = "v", l = "w" } }
variable "objs" { default = [{ name = "x" }, { name = "y" }] }
variable "nothing" { default = null }
resource "aws_vpc" "v" { cidr_block = "10.0.0.0/16" }
module "net" {
  source = "./net"
}
${expressions.map(([name, e]) => `resource "aws_db_instance" "${name}" {\n  engine = ${e}\n}`).join('\n')}
`,
    'net/main.tf': 'output "cidr" { value = "10.2.0.0/16" }\n',
  });
  const unknown = (why: string) => ({ 'EndpointGuard::Unknown': why });
  const engines = Object.fromEntries(
    Object.entries(r)
      .filter(([id]) => id.startsWith('aws_db_instance.'))
      .map(([id, x]) => [id.slice('aws_db_instance.'.length), x.Properties?.Engine]),
  );
  expect(engines).toStrictEqual({
    arith: 5,
    attr_of_list: unknown('no first in the value'),
    bool: true,
    compare: true,
    cond_text: unknown('a condition that is not known here'),
    cond_unknown: unknown('var.nodefault has no default and no value in terraform.tfvars'),
    count_outside: unknown('count.index outside a counted resource'),
    data_ref: unknown('data.aws_region.current is read only when Terraform runs'),
    each_outside: unknown('each outside a for_each'),
    for_cond_unknown: unknown('var.nodefault has no default and no value in terraform.tfvars'),
    for_group: unknown('a grouping for expression is not evaluated here'),
    for_map: 'k=v,l=w',
    for_obj: '{"a":"A","b":"B"}',
    for_unknown: unknown('var.nodefault has no default and no value in terraform.tfvars'),
    heredoc: 'line n\n',
    index_map: 'v',
    index_unknown: unknown('an index that is not known here'),
    local_missing: unknown('local.nope is not declared'),
    module_missing: unknown('module.none is not declared'),
    module_missing_out: unknown('module.net has no output nope'),
    module_out: '10.2.0.0/16',
    neg: -5,
    null: undefined,
    obj_key_unknown: unknown('an object key that is not known here'),
    path_module: unknown('basename(\u2026) is not evaluated here'),
    path_other: unknown('path.other'),
    path_root: true,
    resource_attr: '10.0.0.0/16',
    resource_id: { Ref: 'aws_vpc.v' },
    resource_unset: { 'Fn::GetAtt': ['aws_vpc.v', 'InstanceTenancy'] },
    self: unknown('self is not evaluated here'),
    splat_list: 'x,y',
    splat_null: 0,
    template_for: unknown('a templateJoin expression is not evaluated here'),
    template_if: 'on',
    tuple: '[1,"a",true,null]',
    unknown_root: unknown('foo.bar is not declared in this module'),
    var_missing: unknown('var.nope is not declared'),
    workspace: unknown('terraform is not evaluated here'),
  });
});
