/**
 * `.tf` files read directly, without a plan: all `.tf` files of a folder are one module, parsed by HashiCorp's HCL
 * parser (@cdktf/hcl2json) on a thread of its own, and evaluated as far as the source tells (variables with defaults
 * and terraform.tfvars, locals, count and for_each, jsonencode(), file() inside the module, aws_iam_policy_document,
 * local modules). The fixtures are the ones the plans are generated from, so each source check is compared with the
 * plan terraform wrote for it.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import type { Log } from 'sarif';
import { checkJson, cli, STACK_TRACE, type JsonFinding } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';
import { ipv4Subnet } from '../src/engine/model/cidr.js';

const DIR = 'test/templates/inputs/terraform';
const rows = (findings: readonly JsonFinding[]) =>
  findings.map((f) => [f.ruleId, f.level, f.file, f.line, f.logicalId, ...(f.suppressed ? ['suppressed'] : [])]);

/** A copy of a fixture without its plan, so that its folder is read from source. */
function sourceOnly(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `eg-tfsrc-${name}-`));
  cpSync(join(ROOT, DIR, name), dir, { recursive: true });
  rmSync(join(dir, 'plan.json'));
  return dir;
}

/** A module folder written for one test. */
function module(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'eg-tfsrc-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const VPC = `resource "aws_vpc" "main" {
  cidr_block           = "10.0.0.0/16"
  enable_dns_hostnames = true
}
`;

const GOOD_TEXT = `resource "aws_vpc" "v" {\n  cidr_block         = "10.0.0.0/16"\n  enable_dns_support = false\n}\nresource "aws_vpc_endpoint" "e" {\n  vpc_id              = aws_vpc.v.id\n  service_name        = "com.amazonaws.eu-west-1.sqs"\n  vpc_endpoint_type   = "Interface"\n  private_dns_enabled = true\n}\n`;

describe('each fixture read from its .tf files gives the findings of the plan terraform wrote for it', () => {
  test.each(['lambda-sqs', 'lambda-sqs-no-endpoint', 'lambda-rds', 'violations'])('%s', (name) => {
    const source = checkJson([`${DIR}/${name}/main.tf`]);
    const plan = checkJson([`${DIR}/${name}/plan.json`]);
    expect(source.report.inputErrors).toEqual([]);
    expect(source.report.summary.templates).toBe(1);
    expect(rows(source.report.findings)).toEqual(rows(plan.report.findings));
    expect(source.code).toBe(plan.code);
  });

  test('violations: the second subnet comes from the local module, as module.zone_b', () => {
    const { report } = checkJson([`${DIR}/violations/main.tf`]);
    expect(report.findings.find((f) => f.ruleId === 'endpoint-az-coverage')!.message).toMatch(/subnet module\.zone_b\.aws_subnet\.b/);
  });
});

describe('source-features: count, for_each, tfvars, locals, jsonencode, file() and a policy document data source', () => {
  const SECRETS = 'aws_vpc_endpoint.service["secretsmanager"]';
  const EXPECTED = [
    ['endpoint-policy-scoped', 'error', `${DIR}/source-features/main.tf`, 78, SECRETS],
    ['endpoint-policy-scoped', 'error', `${DIR}/source-features/main.tf`, 78, SECRETS],
    ['endpoint-policy-scoped', 'error', `${DIR}/source-features/main.tf`, 78, SECRETS],
  ];

  test('from source: only the Secrets Manager endpoint policy read from iam/secrets-endpoint.json, nothing left unknown', () => {
    const { code, report } = checkJson([`${DIR}/source-features/main.tf`]);
    expect(report.inputErrors).toEqual([]);
    expect(rows(report.findings)).toEqual(EXPECTED);
    expect(report.findings.map((f) => f.message.replace(/^.*statement 1: /, ''))).toEqual([
      'Principal "*" without a Condition on aws:PrincipalArn naming role ARNs allows every principal, of any account; name the execution role',
      'Action secretsmanager:* allows every action; list the actions the function calls',
      'Resource * allows every resource; name the specific ARNs',
    ]);
    expect(code).toBe(1);
  });

  test('the plan of the same module: the same errors; what is known only after apply there stays a note', () => {
    const { report } = checkJson([`${DIR}/source-features/plan.json`]);
    expect(rows(report.findings.filter((f) => f.level !== 'note'))).toEqual(EXPECTED);
    expect(report.findings.filter((f) => f.level === 'note').map((f) => [f.ruleId, f.logicalId])).toEqual([
      ['endpoint-policy-scoped', 'aws_vpc_endpoint.service["sqs"]'],
      ['lambda-service-endpoints', 'aws_lambda_function.orders'],
    ]);
  });

  test('the function reaches the services its jsonencode() policy names: without the for_each endpoints, SQS and Secrets Manager are missing', () => {
    const dir = sourceOnly('source-features');
    const main = readFileSync(join(dir, 'main.tf'), 'utf8');
    writeFileSync(join(dir, 'main.tf'), main.replace('services = toset(["sqs", "secretsmanager"])', 'services = toset([])'));
    const { report } = checkJson([join(dir, 'main.tf')]);
    const missing = report.findings.filter((f) => f.ruleId === 'lambda-service-endpoints');
    expect(missing.map((f) => [f.level, f.line, f.logicalId])).toEqual([['error', 125, 'aws_lambda_function.orders']]);
    expect(missing[0]!.message).toMatch(/sqs/);
    expect(missing[0]!.message).toMatch(/secretsmanager/);
  });

  test('terraform.tfvars decides the subnets: one availability zone there makes the function single-AZ', () => {
    const dir = sourceOnly('source-features');
    writeFileSync(join(dir, 'terraform.tfvars'), 'azs           = ["eu-west-1a"]\nprivate_cidrs = ["10.20.1.0/24"]\n');
    const { report } = checkJson([join(dir, 'main.tf')]);
    expect(report.findings.filter((f) => f.ruleId === 'lambda-multi-az').map((f) => [f.line, f.logicalId])).toEqual([[132, 'aws_lambda_function.orders']]); // vpc_config's subnet_ids
  });

  test('a wildcard principal written in the aws_iam_policy_document is found at the endpoint that uses it', () => {
    const dir = sourceOnly('source-features');
    const main = readFileSync(join(dir, 'main.tf'), 'utf8');
    writeFileSync(
      join(dir, 'main.tf'),
      main.replace('type        = "AWS"\n      identifiers = [aws_iam_role.fn.arn]', 'type        = "*"\n      identifiers = ["*"]'),
    );
    const { report } = checkJson([join(dir, 'main.tf')]);
    const sqs = report.findings.filter((f) => f.logicalId === 'aws_vpc_endpoint.service["sqs"]');
    expect(sqs.map((f) => [f.ruleId, f.level, f.line])).toEqual([['endpoint-policy-scoped', 'error', 78]]);
    expect(sqs[0]!.message).toMatch(/Principal "\*"/);
  });

  test('a scoped policy file gives no finding: file() is really read', () => {
    const dir = sourceOnly('source-features');
    writeFileSync(
      join(dir, 'iam', 'secrets-endpoint.json'),
      JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::123456789012:role/orders-fn' },
            Action: 'secretsmanager:GetSecretValue',
            Resource: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:orders-db-AbCdEf',
          },
        ],
      }),
    );
    const { code, report } = checkJson([join(dir, 'main.tf')]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });
});

test("for expressions and dynamic blocks are expanded: the endpoint group's dynamic ingress, its subnets from a for, a policy built by a for", () => {
  const dir = module({
    'main.tf': `variable "ports" {
  default = { https = 443 }
}
${VPC}resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.\${count.index}.0/24"
  availability_zone = ["eu-west-1a", "eu-west-1b"][count.index]
}
resource "aws_security_group" "endpoint" {
  vpc_id = aws_vpc.main.id
  dynamic "ingress" {
    for_each = var.ports
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
resource "aws_vpc_endpoint" "sqs" {
  vpc_id              = aws_vpc.main.id
  service_name        = "com.amazonaws.eu-west-1.sqs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = [for s in aws_subnet.private : s.id if s.availability_zone != ""]
  security_group_ids  = [aws_security_group.endpoint.id]
  policy              = jsonencode({ Statement = [for a in ["sqs:SendMessage"] : { Effect = "Allow", Principal = "*", Action = a, Resource = "*" }] })
}
`,
  });
  const { report } = checkJson([join(dir, 'main.tf')]);
  expect(report.findings.map((f) => [f.ruleId, f.level, f.line])).toEqual([
    ['endpoint-sg-ingress', 'error', 16],
    ['endpoint-policy-scoped', 'note', 33],
    ['endpoint-policy-scoped', 'error', 33],
  ]);
  expect(report.findings[0]!.message).toMatch(/allows tcp 443 from 0\.0\.0\.0\/0/);
  expect(report.findings[2]!.message).toMatch(/Resource \* allows every resource/);
});

test('cidrsubnet() as Terraform documents it (IPv4)', () => {
  expect(ipv4Subnet('172.16.0.0/12', 4, 2)).toBe('172.18.0.0/16');
  expect(ipv4Subnet('10.1.2.0/24', 4, 15)).toBe('10.1.2.240/28');
  expect(ipv4Subnet('10.1.2.0/16', 8, 3)).toBe('10.1.3.0/24');
  expect(ipv4Subnet('10.0.0.0/24', 9, 0)).toBeUndefined();
  expect(ipv4Subnet('10.0.0.0/24', 4, 16)).toBeUndefined();
  expect(ipv4Subnet('fd00::/56', 8, 1)).toBeUndefined();
});

test('count from max() and length(), subnets from cidrsubnet(); a count that is not known leaves its resources unchecked, with one note', () => {
  const dir = module({
    'main.tf': `locals {
  azs = ["eu-west-1a", "eu-west-1b"]
  n   = max(length(local.azs), 1)
}
data "aws_availability_zones" "all" {}
${VPC}resource "aws_subnet" "private" {
  count             = local.n
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  availability_zone = local.azs[count.index]
}
resource "aws_subnet" "per_zone" {
  count             = length(data.aws_availability_zones.all.names)
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, 100 + count.index)
  availability_zone = data.aws_availability_zones.all.names[count.index]
}
resource "aws_route_table" "per_zone" {
  count  = length(aws_subnet.per_zone)
  vpc_id = aws_vpc.main.id
}
`,
  });
  const r = cli(['check', join(dir, 'main.tf')]);
  expect(r.stdout).toMatch(
    /main\.tf:16:1: 2 resources \(aws_subnet\.per_zone, aws_route_table\.per_zone\) are not checked: how many instances exist is not known here \(data\.aws_availability_zones\.all is read only when Terraform runs\)/,
  );
  const graph = cli(['graph', join(dir, 'main.tf')]).stdout;
  expect(graph).toMatch(/aws_subnet\.private\[0\]<br\/>eu-west-1a/);
  expect(graph).toMatch(/aws_subnet\.private\[1\]<br\/>eu-west-1b/);
  expect(graph).not.toMatch(/per_zone/);
});

describe('what the source cannot tell is UNKNOWN, said as a note, never guessed', () => {
  const ENDPOINT = (policy: string) => `${VPC}
resource "aws_vpc_endpoint" "sqs" {
  vpc_id            = aws_vpc.main.id
  service_name      = "com.amazonaws.eu-west-1.sqs"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = []
  policy            = ${policy}
}
`;
  const policyLine = (dir: string) =>
    readFileSync(join(dir, 'main.tf'), 'utf8')
      .split('\n')
      .findIndex((l) => l.startsWith('  policy ')) + 1;
  const policyNote = (dir: string) => {
    const { report } = checkJson([join(dir, 'main.tf')]);
    expect(report.inputErrors).toEqual([]);
    const notes = report.findings.filter((f) => f.ruleId === 'endpoint-policy-scoped');
    expect(notes.map((f) => [f.level, f.line])).toEqual([['note', policyLine(dir)]]);
    return notes[0]!.message;
  };

  test('a variable without a default or a tfvars value', () => {
    expect(policyNote(module({ 'main.tf': `variable "policy" {}\n${ENDPOINT('var.policy')}` }))).toMatch(
      /var\.policy has no default and no value in terraform\.tfvars/,
    );
  });

  test('a data source other than aws_iam_policy_document', () => {
    expect(policyNote(module({ 'main.tf': `data "aws_iam_policy" "x" {\n  name = "x"\n}\n${ENDPOINT('data.aws_iam_policy.x.policy')}` }))).toMatch(
      /data\.aws_iam_policy\.x is read only when Terraform runs/,
    );
  });

  test('a function this tool does not evaluate', () => {
    expect(policyNote(module({ 'main.tf': ENDPOINT('templatefile("${path.module}/p.json.tpl", {})') }))).toMatch(/templatefile\(…\) is not evaluated here/);
  });

  test('the output of a module from the registry; the module block itself gets a note saying it is not checked', () => {
    const dir = module({
      'main.tf': `module "policies" {\n  source  = "example/policies/aws"\n  version = "1.0.0"\n}\n${ENDPOINT('module.policies.sqs_endpoint')}`,
    });
    const { report } = checkJson([join(dir, 'main.tf')]);
    expect(report.findings.filter((f) => f.ruleId === 'endpoint-policy-scoped').map((f) => [f.level, f.line])).toEqual([['note', policyLine(dir)]]);
    const r = cli(['check', join(dir, 'main.tf')]);
    expect(r.stdout).toMatch(
      /note +\S*main\.tf:1:1: module\.policies is not checked: its source "example\/policies\/aws" is not a local folder; modules from a registry or Git are not read/,
    );
    expect(r.code).toBe(0);
  });
});

describe('hostile .tf files: bounded, confined, one clear error, the other inputs still checked', () => {
  const GOOD = () => module({ 'main.tf': GOOD_TEXT });
  const withGood = (bad: string) => {
    const good = GOOD();
    const r = checkJson([join(bad, 'main.tf'), join(good, 'main.tf')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).not.toMatch(/goroutine|runtime\.|wasm/);
    expect(r.report.findings.filter((f) => f.file === join(good, 'main.tf') && f.ruleId === 'vpc-dns-support').map((f) => f.line)).toEqual([1, 3]);
    return r.report.inputErrors;
  };

  test("invalid HCL: the parser's own message at its line", () => {
    const bad = module({ 'main.tf': 'resource "aws_vpc" "x" {\n  cidr_block = \n}\n' });
    expect(withGood(bad)).toEqual([
      {
        file: join(bad, 'main.tf'),
        line: 2,
        column: 16,
        message: 'not valid HCL: Invalid expression: Expected the start of an expression, but found an invalid expression token.',
      },
    ]);
  });

  test("nesting that would overflow the parser's stack is refused before it is parsed", () => {
    const bad = module({ 'main.tf': `locals {\n  x = ${'['.repeat(100_000)}${']'.repeat(100_000)}\n}\n` });
    expect(withGood(bad)).toEqual([{ file: join(bad, 'main.tf'), line: 2, column: 1, message: 'nested more than 256 levels deep: not read' }]);
  });

  test('a long run of unary operators (the parser recurses once per operator) is refused too', () => {
    const bad = module({ 'main.tf': `locals {\n  x = ${'-'.repeat(200_000)}1\n}\n` });
    expect(withGood(bad)).toEqual([{ file: join(bad, 'main.tf'), line: 2, column: 1, message: 'more than 1000 unary operators in a row: not read' }]);
  });

  test('file() outside the module folder is never read, and says why', () => {
    const dir = module({
      'main.tf': `${VPC}resource "aws_vpc_endpoint" "e" {\n  vpc_id       = aws_vpc.main.id\n  service_name = "com.amazonaws.eu-west-1.s3"\n  policy       = file("/etc/passwd")\n}\nresource "aws_iam_role_policy" "p" {\n  role   = "r"\n  policy = file("\${path.module}/../secret.json")\n}\n`,
    });
    writeFileSync(join(dir, '..', 'secret.json'), '{"Statement": []}');
    const r = cli(['check', join(dir, 'main.tf')]);
    expect(r.stdout).toMatch(/file\("\/etc\/passwd"\) is not read: it is outside /);
    expect(r.stdout).not.toMatch(/root:/);
  });

  test('a .tf file that is a symbolic link out of the folder is not part of the module', () => {
    const outside = module({ 'main.tf': GOOD_TEXT });
    const dir = module({ 'main.tf': VPC });
    symlinkSync(join(outside, 'main.tf'), join(dir, 'linked.tf'));
    const { report } = checkJson([join(dir, 'main.tf')]);
    expect(report.findings).toEqual([]);
  });

  test('locals doubled forty times, a cycle and a count of 100000 cost milliseconds, not memory', () => {
    const doubling = Array.from({ length: 40 }, (_, i) => `  c${i + 1} = [local.c${i}, local.c${i}]`).join('\n');
    const dir = module({
      'main.tf': `locals {\n  a  = local.b\n  b  = [local.a]\n  c0 = ["x"]\n${doubling}\n}\nresource "aws_vpc" "v" {\n  cidr_block = local.a\n  tags       = { x = jsonencode(local.c40) }\n}\nresource "aws_subnet" "s" {\n  count  = 100000\n  vpc_id = aws_vpc.v.id\n}\n`,
    });
    // Exponential work or memory would run into the CLI's 30-second spawn timeout and leave no report to parse.
    const { code, report } = checkJson([join(dir, 'main.tf')]);
    expect(report.inputErrors).toEqual([]);
    expect(code).toBe(0);
  });
});

test('strings and values that grow through locals are bounded: a 2 GB string is never built, deep values are one input error', () => {
  const big = 'x'.repeat(1024 * 1024);
  const wide = module({
    'main.tf': `locals {\n  big = "${big}"\n}\nresource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n  tags       = { x = "${'${local.big}'.repeat(2000)}" }\n}\n`,
  });
  const deep = Array.from({ length: 60 }, (_, i) => `  l${i + 1} = ${'['.repeat(250)}local.l${i}${']'.repeat(250)}`).join('\n');
  const nested = module({
    'main.tf': `locals {\n  l0 = 1\n${deep}\n}\nresource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n  tags       = { x = local.l60 }\n}\n`,
  });
  // A string built whole would run into the CLI's 30-second spawn timeout (or its memory) and leave no report.
  const { report } = checkJson([join(wide, 'main.tf'), join(nested, 'main.tf')]);
  expect(report.inputErrors.map((e) => [e.file, e.message])).toEqual([[join(nested, 'main.tf'), 'values nested too deeply to read']]);
  expect(report.summary.templates).toBe(1);
});

describe('folders, plans and modules: each resource checked once', () => {
  test('a folder scan: a folder with a plan is checked through the plan; a local module through its caller', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-tfsrc-scan-'));
    cpSync(join(ROOT, DIR), dir, { recursive: true });
    const r = cli(['check', '--format', 'json', '--debug', dir]);
    const report = JSON.parse(r.stdout) as { summary: { templates: number } };
    // One per folder: lambda-rds, lambda-sqs, lambda-sqs-no-endpoint, sg-no-egress, source-features, violations.
    expect(report.summary.templates).toBe(6);
    expect(r.stderr).toMatch(/skipped .*violations\/main\.tf: the Terraform plan in its folder is checked instead/);
    expect(r.stderr).toMatch(/skipped .*violations\/zone-b\/main\.tf: checked as module\.zone_b of .*violations\/plan\.json/);
  });

  test('without plans, a local module folder is checked as module.zone_b of its caller, not on its own', () => {
    const dir = sourceOnly('violations');
    const r = cli(['check', '--format', 'json', '--debug', dir]);
    expect((JSON.parse(r.stdout) as { summary: { templates: number } }).summary.templates).toBe(1);
    expect(r.stderr).toMatch(/skipped .*zone-b\/main\.tf: checked as module\.zone_b of .*main\.tf/);
  });

  test('a changed terraform.tfvars checks the module of its folder (pre-commit passes only the changed files)', () => {
    const dir = sourceOnly('source-features');
    const { report } = checkJson(['--skip-non-templates', join(dir, 'terraform.tfvars')]);
    expect(report.findings.map((f) => [f.ruleId, f.file])).toEqual(Array(3).fill(['endpoint-policy-scoped', join(dir, 'main.tf')]));
  });
});

test('SARIF for .tf input: the Terraform address as logical location, the .tf file and line as artifact', () => {
  const log = JSON.parse(cli(['check', '--format', 'sarif', `${DIR}/source-features/main.tf`]).stdout) as Log;
  const result = log.runs[0]!.results![0]!;
  expect(result.locations![0]!.logicalLocations![0]!.name).toBe('aws_vpc_endpoint.service["secretsmanager"]');
  expect(result.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: `${DIR}/source-features/main.tf`, uriBaseId: '%SRCROOT%' });
  expect(result.locations![0]!.physicalLocation!.region!.startLine).toBe(78);
});

test('the graph of a .tf module: the VPC, both subnets of the count, the function', () => {
  const r = cli(['graph', `${DIR}/source-features/main.tf`]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/subgraph [\w]+\["VPC aws_vpc\.main"\]/);
  expect(r.stdout).toMatch(/aws_subnet\.private\[0\]/);
  expect(r.stdout).toMatch(/aws_subnet\.private\[1\]/);
  expect(r.stdout).toMatch(/λ aws_lambda_function\.orders/);
});
