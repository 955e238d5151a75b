/**
 * `check --fix`: each fixable rule's finding is gone after the fix, the file changes only on the fixed lines (comments,
 * quoting and short forms kept), and the result is still valid CloudFormation. `--fix-dry-run` changes nothing; what
 * cannot be fixed is said and left alone; fixing twice is fixing once.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { structuredPatch } from 'diff';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { check } from '../src/engine/check.js';
import { planFixes } from '../src/engine/fix/fix-files.js';
import { yamlTemplate } from '../scripts/bench-inputs.js';
import { checkJson, cli } from './helpers/cli.js';
import { withMutantCoverage } from './helpers/mutant-coverage.js';
import { BIN, ROOT, TEMPLATES } from './helpers/paths.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'eg-fix-'));

function copyOf(fixture: string): string {
  const file = join(scratch(), basename(fixture));
  copyFileSync(join(TEMPLATES, fixture), file);
  return file;
}

/** shared-sqs without the consumer's grant on "*": every grant can be written, so the policy is a safe fix. */
function sharedSqsWithoutBroadGrant(format: 'yaml' | 'json'): string {
  const text = readFileSync(join(TEMPLATES, 'policy', `shared-sqs.${format}`), 'utf8');
  const file = join(scratch(), `shared-sqs.${format}`);
  if (format === 'yaml') writeFileSync(file, text.replace(/\n {14}- Effect: Allow\n {16}Action: sqs:ListQueues\n {16}Resource: '\*'/, ''));
  else {
    const template = JSON.parse(text) as { Resources: { ConsumerRole: { Properties: { Policies: { PolicyDocument: { Statement: unknown[] } }[] } } } };
    template.Resources.ConsumerRole.Properties.Policies[0]!.PolicyDocument.Statement.pop();
    writeFileSync(file, `${JSON.stringify(template, null, 2)}\n`);
  }
  expect(readFileSync(file, 'utf8')).not.toContain('ListQueues');
  return file;
}

/** Every block of changed lines replaces at most one line, by the same key with a new value (or that line and a comma). */
function expectOnlyFixedLines(before: string, after: string): void {
  const { hunks } = structuredPatch('f', 'f', before, after, '', '', { context: 0 });
  expect(hunks.length).toBeGreaterThan(0);
  for (const h of hunks) {
    const removed = h.lines.filter((l) => l.startsWith('-')).map((l) => l.slice(1));
    const added = h.lines.filter((l) => l.startsWith('+')).map((l) => l.slice(1));
    expect(removed.length).toBeLessThanOrEqual(1);
    if (removed[0] !== undefined) {
      const key = /^\s*"?[\w-]+"?\s*:/.exec(removed[0])?.[0] ?? removed[0];
      expect([added[0] === `${removed[0]},` || added[0]!.startsWith(key), removed[0], added[0]]).toEqual([true, removed[0], added[0]]);
    }
  }
}

function expectCfnLintClean(file: string): void {
  const lint = spawnSync('cfn-lint', ['--non-zero-exit-code', 'error', file], { encoding: 'utf8' });
  expect([lint.status, lint.stdout]).toEqual([0, '']);
}

const CASES: [rule: string, make: () => string][] = [
  ['vpc-dns-support', () => copyOf('rules/vpc-dns-support/bad-dns-support-false.yaml')],
  ['vpc-dns-support', () => copyOf('rules/vpc-dns-support/bad-both.json')],
  ['endpoint-private-dns', () => copyOf('rules/endpoint-private-dns/bad-private-dns-missing.yaml')],
  ['endpoint-private-dns', () => copyOf('rules/endpoint-private-dns/bad-private-dns-false-string.json')],
  ['gateway-endpoint-routes', () => copyOf('rules/gateway-endpoint-routes/bad-one-of-two-tables.yaml')],
  ['gateway-endpoint-routes', () => copyOf('rules/gateway-endpoint-routes/bad-route-tables-missing.json')],
  ['endpoint-sg-ingress', () => copyOf('rules/endpoint-sg-ingress/bad-cidr-ingress.yaml')],
  ['endpoint-sg-ingress', () => copyOf('rules/endpoint-sg-ingress/bad-port-range.json')],
  ['endpoint-policy-scoped', () => sharedSqsWithoutBroadGrant('yaml')],
  ['endpoint-policy-scoped', () => sharedSqsWithoutBroadGrant('json')],
];

describe.each(CASES)('%s', (rule, make) => {
  test('--fix removes its findings, changes only their lines, and the template stays valid', () => {
    const file = make();
    const before = readFileSync(file, 'utf8');
    const found = checkJson([file]).report.findings.filter((f) => f.ruleId === rule);
    expect(found.length).toBeGreaterThan(0);
    const r = cli(['check', file, '--fix', '--format', 'json']);
    expect(r.stderr).toMatch(/^endpoint-guard: fixed \d+ finding\(s\) in 1 file\(s\)$/m);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.filter((f) => f.ruleId === rule)).toEqual([]);
    const after = readFileSync(file, 'utf8');
    if (rule !== 'endpoint-policy-scoped' && rule !== 'endpoint-sg-ingress') expectOnlyFixedLines(before, after);
    for (const comment of before.split('\n').filter((l) => /^\s*#/.test(l))) expect(after).toContain(comment);
    expectCfnLintClean(file);
  });
});

test('the seed without its endpoint policy: --fix writes back exactly the policy the example has', () => {
  const seed = readFileSync(join(ROOT, 'examples', 'qldb-private-subnet.yaml'), 'utf8');
  const start = seed.lastIndexOf('      PolicyDocument:\n'); // the endpoint's, not the role's
  const end = seed.indexOf('\nOutputs:');
  const withoutPolicy = seed.slice(0, start) + seed.slice(seed.lastIndexOf('\n', end - 1) + 1);
  const file = join(scratch(), 'qldb.yaml');
  writeFileSync(file, withoutPolicy);
  expect(checkJson([file]).report.findings.map((f) => f.ruleId)).toEqual(['endpoint-policy-scoped']);
  const r = cli(['check', file, '--fix']);
  expect(r.code).toBe(0);
  expect(readFileSync(file, 'utf8')).toBe(seed);
});

test('--fix-dry-run prints the unified diff and changes nothing', () => {
  const file = copyOf('rules/vpc-dns-support/bad-dns-support-false.yaml');
  const before = readFileSync(file, 'utf8');
  const r = cli(['check', file, '--fix-dry-run']);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(`--- ${file}\n+++ ${file}\n`);
  expect(r.stdout).toMatch(/^-\s+EnableDnsSupport: false\n\+\s+EnableDnsSupport: true$/m);
  expect(r.stderr).toMatch(/--fix would fix 1 finding\(s\) in 1 file\(s\)/);
  expect(readFileSync(file, 'utf8')).toBe(before);
});

describe('what is not fixed is said and left alone', () => {
  test('a value written as an expression', () => {
    const file = copyOf('rules/vpc-dns-support/bad-if-default.yaml');
    const before = readFileSync(file, 'utf8');
    const r = cli(['check', file, '--fix']);
    expect(r.stderr).toMatch(/not fixed: .*bad-if-default\.yaml:\d+:\d+ vpc-dns-support \(Vpc\): EnableDnsHostnames is written as an expression/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test('a Serverless variable', () => {
    const dir = scratch();
    const file = join(dir, 'serverless.yml');
    const text = readFileSync(join(TEMPLATES, 'inputs', 'serverless', 'qldb-compliant', 'serverless.yml'), 'utf8');
    expect(text).toContain('EnableDnsHostnames: true');
    writeFileSync(file, text.replace('EnableDnsHostnames: true', 'EnableDnsHostnames: ${self:custom.hostnames, false}'));
    const before = readFileSync(file, 'utf8');
    const r = cli(['check', file, '--fix']);
    expect(r.stderr).toMatch(/not fixed: .*serverless\.yml:\d+:\d+ vpc-dns-support \(QLDBVPC\): EnableDnsHostnames is a variable/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test.each([
    [
      'YAML',
      'rules/vpc-dns-support/bad-dns-support-false.yaml',
      (t: string) => t.replace('      EnableDnsSupport: false\n', '      EnableDnsSupport: true\n      EnableDnsSupport: false\n'),
    ],
    [
      'JSON',
      'rules/vpc-dns-support/bad-both.json',
      (t: string) => t.replace('"EnableDnsSupport": false', '"EnableDnsSupport": true, "EnableDnsSupport": false'),
    ],
  ])('a property written twice (%s): CloudFormation reads the last, so neither is touched', (_kind, fixture, twice) => {
    const file = copyOf(fixture);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, twice(original));
    const written = twice(original)
      .split('\n')
      .filter((l) => l.includes('EnableDnsSupport'));
    const r = cli(['check', file, '--fix']);
    expect(r.stderr).toMatch(/not fixed: .* vpc-dns-support \(Vpc\): .*EnableDnsSupport.* written twice/);
    const kept = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.includes('EnableDnsSupport'));
    expect(kept.map((l) => l.replace(/,$/, ''))).toEqual(written.map((l) => l.replace(/,$/, ''))); // a property added after it brings a comma
  });

  test('a policy that would leave out a broad grant is not inserted', () => {
    const file = copyOf('policy/shared-sqs.yaml');
    const before = readFileSync(file, 'utf8');
    cli(['check', file, '--fix']);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });
});

test('SARIF results carry the fix: the characters it replaces, and the text that replaces them', () => {
  const file = copyOf('rules/vpc-dns-support/bad-dns-support-false.yaml');
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes('EnableDnsSupport: false')) + 1;
  const column = lines[line - 1]!.indexOf('false') + 1;
  const log = JSON.parse(cli(['check', file, '--format', 'sarif']).stdout) as { runs: { results: { ruleId: string; fixes?: unknown }[] }[] };
  const result = log.runs[0]!.results.find((r) => r.ruleId === 'vpc-dns-support')!;
  expect(result.fixes).toEqual([
    {
      description: { text: 'set EnableDnsSupport true on Vpc' },
      artifactChanges: [
        {
          artifactLocation: expect.objectContaining({ uri: expect.stringMatching(/bad-dns-support-false\.yaml$/) }),
          replacements: [
            { deletedRegion: { startLine: line, startColumn: column, endLine: line, endColumn: column + 'false'.length }, insertedContent: { text: 'true' } },
          ],
        },
      ],
    },
  ]);
});

/** A private network with every fixable setting drawn at random, in YAML or JSON. */
const network = fc.record({
  format: fc.constantFrom('yaml', 'json'),
  dnsSupport: fc.constantFrom(true, false, undefined),
  dnsHostnames: fc.constantFrom(true, false, undefined),
  privateDns: fc.constantFrom(true, false, undefined),
  policy: fc.boolean(),
  gatewayTables: fc.subarray(['RouteTableA', 'RouteTableB'], { minLength: 1 }),
  endpointIngress: fc.constantFrom('from-functions', 'from-vpc', 'all-ports'),
});

type Network = typeof network extends fc.Arbitrary<infer T> ? T : never;

function templateOf(n: Network): Record<string, unknown> {
  const optional = (key: string, value: unknown) => (value === undefined ? {} : { [key]: value });
  const ref = (id: string) => ({ Ref: id });
  const subnet = (id: string, zone: number, table: string) => ({
    [id]: {
      Type: 'AWS::EC2::Subnet',
      Properties: { VpcId: ref('Vpc'), CidrBlock: `10.0.${zone}.0/24`, AvailabilityZone: { 'Fn::Select': [zone, { 'Fn::GetAZs': '' }] } },
    },
    [table]: { Type: 'AWS::EC2::RouteTable', Properties: { VpcId: ref('Vpc') } },
    [`${table}Association`]: { Type: 'AWS::EC2::SubnetRouteTableAssociation', Properties: { SubnetId: ref(id), RouteTableId: ref(table) } },
  });
  const statement = {
    Effect: 'Allow',
    Principal: { AWS: { 'Fn::GetAtt': ['Role', 'Arn'] } },
    Action: 'sqs:SendMessage',
    Resource: { 'Fn::GetAtt': ['Queue', 'Arn'] },
  };
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      Vpc: {
        Type: 'AWS::EC2::VPC',
        Properties: { CidrBlock: '10.0.0.0/16', ...optional('EnableDnsSupport', n.dnsSupport), ...optional('EnableDnsHostnames', n.dnsHostnames) },
      },
      ...subnet('SubnetA', 0, 'RouteTableA'),
      ...subnet('SubnetB', 1, 'RouteTableB'),
      FunctionSg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'function', VpcId: ref('Vpc') } },
      EndpointSg: {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: 'endpoint',
          VpcId: ref('Vpc'),
          SecurityGroupIngress: [
            n.endpointIngress === 'from-vpc'
              ? { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/16' }
              : {
                  IpProtocol: 'tcp',
                  FromPort: n.endpointIngress === 'all-ports' ? 0 : 443,
                  ToPort: n.endpointIngress === 'all-ports' ? 65535 : 443,
                  SourceSecurityGroupId: { 'Fn::GetAtt': ['FunctionSg', 'GroupId'] },
                },
          ],
        },
      },
      Queue: { Type: 'AWS::SQS::Queue' },
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          Policies: [
            {
              PolicyName: 'send',
              PolicyDocument: {
                Version: '2012-10-17',
                Statement: [
                  { Effect: 'Allow', Action: ['sqs:SendMessage'], Resource: { 'Fn::GetAtt': ['Queue', 'Arn'] } },
                  { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' },
                ],
              },
            },
          ],
        },
      },
      Function: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Runtime: 'python3.12',
          Handler: 'index.handler',
          Code: { ZipFile: 'def handler(e, c): return None' },
          Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
          VpcConfig: { SubnetIds: [ref('SubnetA'), ref('SubnetB')], SecurityGroupIds: [ref('FunctionSg')] },
        },
      },
      SqsEndpoint: {
        Type: 'AWS::EC2::VPCEndpoint',
        Properties: {
          VpcId: ref('Vpc'),
          VpcEndpointType: 'Interface',
          ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.sqs' },
          SubnetIds: [ref('SubnetA'), ref('SubnetB')],
          SecurityGroupIds: [ref('EndpointSg')],
          ...optional('PrivateDnsEnabled', n.privateDns),
          ...(n.policy ? { PolicyDocument: { Version: '2012-10-17', Statement: [statement] } } : {}),
        },
      },
      S3Endpoint: {
        Type: 'AWS::EC2::VPCEndpoint',
        Properties: { VpcId: ref('Vpc'), ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' }, RouteTableIds: n.gatewayTables.map(ref) },
      },
    },
  };
}

test('property: fixing twice is fixing once, and a fix never adds a finding', async () => {
  const dir = scratch();
  await fc.assert(
    fc.asyncProperty(network, async (n) => {
      const file = join(dir, `t.${n.format}`);
      const template = templateOf(n);
      writeFileSync(file, n.format === 'json' ? `${JSON.stringify(template, null, 2)}\n` : stringify(template));
      const keys = (findings: readonly { ruleId: string; logicalId: string }[]) => new Set(findings.map((f) => `${f.ruleId} ${f.logicalId}`));
      const first = await check([file]);
      for (const f of planFixes(first.findings).files) writeFileSync(f.file, f.after);
      const second = await check([file]);
      const before = keys(first.findings);
      for (const key of keys(second.findings)) expect([key, before.has(key)]).toEqual([key, true]);
      expect(second.findings.filter((f) => f.fix)).toEqual([]);
      expect(planFixes(second.findings).files).toEqual([]);
    }),
    { numRuns: 60 },
  );
});

// A hang (a pass over the file per finding) ends at the spawn's timeout; speed itself is measured by npm run bench.
test('a thousand fixable findings in one file: fixed, and reported in SARIF', () => {
  const file = join(scratch(), 'many.yaml');
  writeFileSync(file, yamlTemplate(12_000).replaceAll('PrivateDnsEnabled: true', 'PrivateDnsEnabled: false'));
  const run = (args: string[]) =>
    withMutantCoverage(process.env, (env) =>
      spawnSync(process.execPath, [BIN, 'check', file, ...args], { encoding: 'utf8', env, timeout: 60000, maxBuffer: 256 * 1024 * 1024 }),
    );
  const sarif = run(['--format', 'sarif']);
  const results = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; fixes?: unknown[] }[] }[] }).runs[0]!.results;
  expect(results.filter((r) => r.ruleId === 'endpoint-private-dns' && r.fixes?.length === 1)).toHaveLength(1000);
  const fixed = run(['--fix', '--format', 'json']);
  expect(fixed.stderr).toMatch(/fixed 1000 finding\(s\) in 1 file\(s\)/);
  expect((JSON.parse(fixed.stdout) as { findings: { ruleId: string }[] }).findings.filter((f) => f.ruleId === 'endpoint-private-dns')).toEqual([]);
});

test('endpoint-sg-ingress: the inline ingress becomes the one rule it should be, comments of the group kept', () => {
  const file = copyOf('rules/endpoint-sg-ingress/bad-cidr-ingress.yaml');
  cli(['check', file, '--fix']);
  const text = readFileSync(file, 'utf8');
  const group = text.slice(text.indexOf('SecurityGroupIngress:'), text.indexOf('SecurityGroupIngress:') + 200);
  expect(group).toMatch(
    /^SecurityGroupIngress:\n( +)- IpProtocol: tcp\n\1 {2}FromPort: 443\n\1 {2}ToPort: 443\n\1 {2}SourceSecurityGroupId: !GetAtt \w+\.GroupId\n/,
  );
});
