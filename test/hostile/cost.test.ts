/**
 * Attack class: small or odd inputs that cost without bound. Each case is generated at test time and run in a child
 * process with a heap limit: it must end with exit 0, 1 or 2, within the time and memory bounds (run.ts), with one
 * clear error for the offending file, and the findings of a good template checked beside it.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { ROOT } from '../helpers/paths.js';
import { expectContained, measuredCli } from './run.js';

const FOUR = join(ROOT, 'examples', 'qldb-four-violations.yaml');
const HEADER = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n";
let dir: string;

interface Report {
  findings: { ruleId: string; file: string; message: string }[];
  inputErrors: { file: string; line?: number; message: string }[];
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eg-cost-'));
});

/** Runs the file beside the four-violations example: the example's findings must all be there. */
function checkBeside(name: string, text: string, code: 1 | 2 = 2) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = measuredCli(['check', '--format', 'json', file, FOUR]);
  expectContained(r, code);
  const report = JSON.parse(r.stdout) as Report;
  expect(report.findings.filter((f) => f.file === FOUR && f.ruleId !== 'lambda-sg-egress')).toHaveLength(4);
  return { report, file, run: r };
}

describe('expansion budgets', () => {
  test('nested Fn::ForEach in a 6 KB template: an input error at the loop, no abort', () => {
    const items = Array.from({ length: 60 }, (_, i) => `i${i}`).join(', ');
    const loop = (depth: number, indent: string): string =>
      depth === 0
        ? `${indent}Q\${L0}\${L1}\${L2}\${L3}\${L4}:\n${indent}  Type: AWS::SQS::Queue\n`
        : `${indent}Fn::ForEach::L${5 - depth}:\n${indent}  - L${5 - depth}\n${indent}  - [${items}]\n${indent}  - \n${loop(depth - 1, `${indent}    `)}`;
    const text = `AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::LanguageExtensions\nResources:\n${loop(5, '  ')}`;
    expect(text.length).toBeLessThan(6 * 1024);
    const { report, file } = checkBeside('foreach-bomb.yaml', text);
    expect(report.inputErrors).toEqual([
      { file, line: expect.any(Number), column: expect.any(Number), message: expect.stringMatching(/^Fn::ForEach::L\d expands to more than 1,000,000 nodes/) },
    ]);
  });

  test('Serverless variables that double at each level: an input error at the variable', () => {
    const levels = Array.from({ length: 40 }, (_, i) => `  v${i + 1}: ["\${self:custom.v${i}}", "\${self:custom.v${i}}"]`).join('\n');
    const project = join(dir, 'sls-bomb');
    mkdirSync(project);
    writeFileSync(
      join(project, 'serverless.yml'),
      `service: s\nprovider: {name: aws, vpc: {securityGroupIds: [sg-1], subnetIds: "\${self:custom.v40}"}}\ncustom:\n  v0: [a]\n${levels}\nfunctions: {f: {handler: h.h}}\n`,
    );
    const r = measuredCli(['check', '--format', 'json', join(project, 'serverless.yml'), FOUR]);
    expectContained(r, 2);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.inputErrors).toEqual([
      expect.objectContaining({ file: join(project, 'serverless.yml'), message: expect.stringMatching(/expands to more than 1,000,000 nodes/) }),
    ]);
  });

  test('a YAML alias bomb is still named as one', () => {
    const levels = Array.from(
      { length: 12 },
      (_, i) => `  l${i + 1}: &l${i + 1} [*l${i}, *l${i}, *l${i}, *l${i}, *l${i}, *l${i}, *l${i}, *l${i}, *l${i}]`,
    ).join('\n');
    const { report } = checkBeside('alias-bomb.yaml', `${HEADER}Metadata:\n  l0: &l0 [lol]\n${levels}\n`);
    expect(report.inputErrors[0]!.message).toMatch(/aliases expand to more than/);
  });

  test('a hundred thousand aliases of one anchor (700 KB) are read, each alias looked up once', () => {
    // The yaml library's own lookup walks the whole document per alias: hours for this file (checkBeside's time bound).
    const { report } = checkBeside('many-aliases.yaml', `${HEADER}Metadata:\n  a: &a x\n  l:\n${'    - *a\n'.repeat(100_000)}`, 1);
    expect(report.inputErrors).toStrictEqual([]);
  });
});

describe('size: memory stays bounded under the 20 MiB cap', () => {
  test('a large alias-free YAML (3 million nodes, 18 MB) is refused as too large, not misnamed an alias bomb', () => {
    const { report } = checkBeside('huge-block.yaml', `${HEADER}Metadata:\n  x:\n${'  - a\n'.repeat(3_000_000)}`);
    expect(report.inputErrors[0]!.message).toMatch(/^too large to read: about 3,000,0\d\d YAML nodes/);
  });

  test('a large flow-style YAML (9 million nodes) is refused the same way', () => {
    const { report } = checkBeside('huge-flow.yaml', `${HEADER}Metadata:\n  x: [${'a,'.repeat(9_000_000)}a]\n`);
    expect(report.inputErrors[0]!.message).toMatch(/^too large to read: about 9,000,0\d\d YAML nodes/);
  });

  test('a large JSON template (9 million values) is refused too', () => {
    const { report } = checkBeside(
      'huge.json',
      `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}, "Metadata": [${'1,'.repeat(9_000_000)}1]}`,
    );
    expect(report.inputErrors[0]!.message).toMatch(/^too large to read: about 9,000,0\d\d JSON nodes/);
  });

  test('just under the node limit, a YAML file is read within the bounds', () => {
    const file = join(dir, 'big-ok.yaml');
    writeFileSync(file, `${HEADER}Metadata:\n  x:\n${'  - a\n'.repeat(450_000)}`);
    expectContained(measuredCli(['check', '--format', 'json', file]), 0);
  });
});

describe('every reading pass is linear', () => {
  test('300,000 explicit !!str tags', () => {
    const file = join(dir, 'tags.yaml');
    writeFileSync(file, `${HEADER}Metadata:\n  x:\n${'  - !!str a\n'.repeat(300_000)}`);
    expectContained(measuredCli(['check', '--format', 'json', file]), 0);
  });

  test.each([
    ['a 2 MB line of blanks', `${' '.repeat(2_000_000)}x`],
    ['a 2 MB sequence entry of blanks', `- ${' '.repeat(2_000_000)}x`],
    ['a 2 MB line of key-colons', 'k: '.repeat(700_000)],
    ['a 2 MB block-scalar-like line', `k: ${': '.repeat(1_000_000)}|x`],
  ])('the relaxed-indentation pass on %s', (_name, line) => {
    // A quoted scalar continued at its key's indentation makes the strict read fail, so the relaxed pass runs over
    // every line, the long one included (a continuation of the plain scalar `a`, or broken YAML: either way bounded).
    const text = `${HEADER}    Properties:\n      QueueName: "a\n      b"\nMetadata:\n  long: a\n  ${line}\n`;
    const file = join(dir, `relax-${line.length}-${line.slice(0, 3).trim() || 'blank'}.yaml`);
    writeFileSync(file, text);
    const r = measuredCli(['check', '--format', 'json', file, FOUR]);
    expectContained(r);
    expect((JSON.parse(r.stdout) as Report).findings.filter((f) => f.file === FOUR && f.ruleId !== 'lambda-sg-egress')).toHaveLength(4);
  });
});

describe('rules stay linear in the number of elements', () => {
  // A 3 KB template whose Fn::ForEach makes 4,000 functions, each in a subnet of its own zone with its own route
  // table, and 4,000 Interface and 4,000 Gateway endpoints in the same VPC: every rule that relates endpoints to the
  // functions of their VPC (zones, route tables, services, private DNS) must not pay functions × endpoints, nor
  // write messages that list every zone or table for every endpoint.
  test('4,000 functions × 8,000 endpoints in one VPC', () => {
    const items = Array.from({ length: 4000 }, (_, i) => `i${i}`).join(', ');
    const text = [
      "AWSTemplateFormatVersion: '2010-09-09'",
      'Transform: AWS::LanguageExtensions',
      'Resources:',
      '  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}',
      '  Role: {Type: AWS::IAM::Role, Properties: {Policies: [{PolicyName: p, PolicyDocument: {Statement: [{Effect: Allow, Action: "sqs:SendMessage", Resource: "*"}]}}]}}',
      '  Fn::ForEach::F:',
      '    - F',
      `    - [${items}]`,
      '    - Sub${F}: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: !Sub "az-${F}"}}',
      '      Rt${F}: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}',
      '      Assoc${F}: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref "Sub${F}", RouteTableId: !Ref "Rt${F}"}}',
      '      Fn${F}: {Type: AWS::Lambda::Function, Properties: {Role: !GetAtt Role.Arn, VpcConfig: {SubnetIds: [!Ref "Sub${F}"], SecurityGroupIds: [sg-1]}}}',
      '      Ep${F}: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-east-1.sqs, VpcEndpointType: Interface, SubnetIds: [!Ref "Sub${F}"], SecurityGroupIds: [sg-2]}}',
      '      Gw${F}: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-east-1.s3, RouteTableIds: [!Ref "Rt${F}"]}}',
      '',
    ].join('\n');
    expect(text.length).toBeLessThan(40 * 1024);
    const file = join(dir, 'wide.yaml');
    writeFileSync(file, text);
    const r = measuredCli(['check', '--format', 'json', file]);
    expectContained(r, 1);
    const report = JSON.parse(r.stdout) as Report;
    const coverage = report.findings.filter((f) => f.ruleId === 'endpoint-az-coverage');
    expect(coverage).toHaveLength(4000);
    expect(coverage[0]!.message).toMatch(
      /has no subnet in az-i\d+ \(subnet Subi\d+\), az-i\d+ \(subnet Subi\d+\), az-i\d+ \(subnet Subi\d+\) and 3996 more zones, where/,
    );
    expect(report.findings.find((f) => f.ruleId === 'gateway-endpoint-routes')!.message).toMatch(/ and 3994 more of the Lambda functions/);
    expect(r.stdout.length).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('the file system: no walk out of the tree, no special file opened', () => {
  test('a symbolic link to / inside a scanned tree and under a glob is not followed', () => {
    const tree = join(dir, 'linked');
    mkdirSync(tree);
    symlinkSync('/', join(tree, 'root'));
    writeFileSync(join(tree, 't.yaml'), HEADER);
    const scan = measuredCli(['check', '--format', 'json', '--debug', tree]);
    expectContained(scan, 0);
    expect(scan.stderr).toContain(`skipped ${join(tree, 'root')}: a symbolic link: not followed in scans`);
    const glob = measuredCli(['check', '--format', 'json', '--debug', `${tree}/**/*.yaml`]);
    expectContained(glob, 0);
    expect((JSON.parse(glob.stdout) as { summary: { templates: number } }).summary.templates).toBe(1);
  });
});

describe('Terraform plans', () => {
  /** A plan whose module outputs each name the next module's output many times over: exponential if followed naively. */
  function fanOutPlan(depth: number, fan: number): string {
    const names = Array.from({ length: fan }, (_, i) => `o${i}`);
    const moduleAt = (level: number): Record<string, unknown> => ({
      outputs: Object.fromEntries(
        names.map((n) => [n, { expression: { references: level < depth ? names.map((m) => `module.m.${m}`) : ['aws_subnet.s.id'] } }]),
      ),
      ...(level < depth ? { module_calls: { m: { source: './m', module: moduleAt(level + 1) } } } : { resources: [] }),
    });
    const fnExpressions = {
      vpc_config: [{ subnet_ids: { references: names.map((n) => `module.m.${n}`) } }],
      role: { constant_value: 'arn:aws:iam::123456789012:role/r' },
    };
    return JSON.stringify({
      format_version: '1.2',
      terraform_version: '1.11.0',
      planned_values: {
        root_module: {
          resources: [{ address: 'aws_lambda_function.f', mode: 'managed', type: 'aws_lambda_function', name: 'f', values: { vpc_config: [{}] } }],
        },
      },
      resource_changes: [{ address: 'aws_lambda_function.f', change: { after_unknown: { vpc_config: [{ subnet_ids: true }] } } }],
      configuration: {
        root_module: {
          resources: [{ address: 'aws_lambda_function.f', mode: 'managed', type: 'aws_lambda_function', name: 'f', expressions: fnExpressions }],
          module_calls: { m: { source: './m', module: moduleAt(1) } },
        },
      },
    });
  }

  test('module outputs that fan out 40 ways, 30 modules deep: a bounded walk, the subnets unknown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-tf-fan-'));
    writeFileSync(join(dir, 'plan.json'), fanOutPlan(30, 40));
    const r = measuredCli(['check', '--format', 'json', 'plan.json'], { cwd: dir });
    expectContained(r, 0);
    const report = JSON.parse(r.stdout) as { summary: { templates: number }; findings: { ruleId: string; level: string; message: string }[] };
    expect(report.summary.templates).toBe(1);
    expect(report.findings.every((f) => f.level === 'note')).toBe(true);
  });

  test('a security group with 5,000 ingress blocks in the plan and in the .tf beside it: linear, not n²', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-tf-blocks-'));
    const n = 5000;
    const ingress = Array.from({ length: n }, (_, i) => ({
      from_port: 1000 + i,
      to_port: 1000 + i,
      protocol: 'tcp',
      cidr_blocks: [`10.${i % 250}.0.0/24`],
      ipv6_cidr_blocks: [],
      prefix_list_ids: [],
      security_groups: [],
      self: false,
    }));
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'aws_security_group.wide',
              mode: 'managed',
              type: 'aws_security_group',
              name: 'wide',
              values: { ingress, vpc_id: 'vpc-0123456789abcdef0' },
            },
          ],
        },
      },
      resource_changes: [{ address: 'aws_security_group.wide', change: { after_unknown: { id: true } } }],
      configuration: {
        root_module: {
          resources: [
            {
              address: 'aws_security_group.wide',
              mode: 'managed',
              type: 'aws_security_group',
              name: 'wide',
              expressions: { ingress: {}, vpc_id: { constant_value: 'vpc-0123456789abcdef0' } },
            },
          ],
        },
      },
    };
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    const blocks = ingress
      .map(
        (b) =>
          `  ingress {\n    from_port   = ${b.from_port}\n    to_port     = ${b.to_port}\n    protocol    = "tcp"\n    cidr_blocks = ["${b.cidr_blocks[0]}"]\n  }\n`,
      )
      .join('');
    writeFileSync(join(dir, 'main.tf'), `resource "aws_security_group" "wide" {\n  vpc_id = "vpc-0123456789abcdef0"\n${blocks}}\n`);
    const r = measuredCli(['check', '--format', 'json', 'plan.json'], { cwd: dir });
    expectContained(r, 0);
    expect((JSON.parse(r.stdout) as { summary: { templates: number } }).summary.templates).toBe(1);
  });
});
