/**
 * Hostile and odd input: absurd nesting, cycles, huge unrelated files, odd paths. Each gets one clear line for its
 * file (or is read as CloudFormation reads it) and never costs the findings of the other inputs.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import type { Log } from 'sarif';
import { check } from '../src/engine/check.js';
import { parseYaml } from '../src/engine/load/parse-yaml.js';
import { child, type MapNode } from '../src/engine/load/source-node.js';
import { Resolver } from '../src/engine/resolve/resolver.js';
import { cli, STACK_TRACE } from './helpers/cli.js';
import { ROOT, TEMPLATES } from './helpers/paths.js';

const FOUR = join(ROOT, 'examples', 'qldb-four-violations.yaml');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eg-hostile-'));
  const depth = 5000;
  writeFileSync(
    join(dir, 'deep.json'),
    `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"A": {"Type": "AWS::SQS::Queue", "Metadata": ${'['.repeat(depth)}${']'.repeat(depth)}}}}`,
  );
  const conditions = Array.from({ length: 3000 }, (_, i) => `  C${i}: !Not [!Condition C${i + 1}]`).join('\n');
  writeFileSync(
    join(dir, 'condition-chain.yaml'),
    `AWSTemplateFormatVersion: '2010-09-09'\nConditions:\n${conditions}\n  C3000: !Equals [a, a]\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n      EnableDnsSupport: !If [C0, true, false]\n`,
  );
  writeFileSync(
    join(dir, 'mapping-cycle.yaml'),
    "AWSTemplateFormatVersion: '2010-09-09'\nMappings:\n  M:\n    A:\n      B: !FindInMap [M, A, B]\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n      EnableDnsSupport: !FindInMap [M, A, B]\n",
  );
  mkdirSync(join(dir, 'scan'));
  writeFileSync(join(dir, 'scan', 'nested-data.json'), `${'['.repeat(100000)}${']'.repeat(100000)}`);
  writeFileSync(join(dir, 'scan', 'big-data.json'), `{"rows": [${'"x",'.repeat(6_000_000)}"x"]}`);
  writeFileSync(
    join(dir, 'scan', 'template.yaml'),
    "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n",
  );
  mkdirSync(join(dir, 'we#ird dir?'));
  writeFileSync(
    join(dir, 'we#ird dir?', 't.yaml'),
    "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Ep:\n    Type: AWS::EC2::VPCEndpoint\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n      ServiceName: com.amazonaws.us-east-1.s3\n",
  );
});

describe('nesting and cycles', () => {
  test('JSON nested 5000 deep: one input error for that file, the other input still reported', () => {
    const r = cli(['check', '--format', 'json', join(dir, 'deep.json'), FOUR]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const report = JSON.parse(r.stdout) as { findings: unknown[]; inputErrors: { file: string; message: string }[] };
    expect(report.findings).toHaveLength(4);
    expect(report.inputErrors).toEqual([expect.objectContaining({ file: join(dir, 'deep.json'), message: expect.stringMatching(/nested/) })]);
  });

  test('a chain of 3000 conditions is UNKNOWN past the depth bound, not a stack overflow', async () => {
    const result = await check([join(dir, 'condition-chain.yaml')]);
    expect(result.problems).toEqual([]);
    expect(result.checked).toHaveLength(1);
    // `!If [C0, on, off]` where C0 is `!Not` of C1, … of C<n>, and C<n> is true.
    const ifOverChain = (n: number) => {
      const conditions = Array.from({ length: n }, (_, i) => `  C${i}: !Not [!Condition C${i + 1}]`).join('\n');
      const root = parseYaml('chain.yaml', `Conditions:\n${conditions}\n  C${n}: !Equals [a, a]\nOutputs:\n  X:\n    Value: !If [C0, on, off]\n`)
        .root as MapNode;
      return new Resolver(root).resolve(child(child(child(root, 'Outputs'), 'X'), 'Value'));
    };
    expect(ifOverChain(10)).toMatchObject({ kind: 'string', value: 'on' });
    expect(ifOverChain(11)).toMatchObject({ kind: 'string', value: 'off' });
    expect(ifOverChain(150)).toMatchObject({ kind: 'string', value: 'on' });
    expect(ifOverChain(3000)).toMatchObject({ kind: 'unknown', reason: 'condition C0 cannot be evaluated' });
  });

  test('a SAM policy template named like an Object property (constructor) is an unknown template, not a crash', async () => {
    const file = join(dir, 'sam-constructor.yaml');
    writeFileSync(
      file,
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Handler: index.handler\n      InlineCode: x\n      Policies:\n        - constructor: {}\n        - toString: {}\n',
    );
    const result = await check([file]);
    expect(result.problems).toEqual([]);
    expect(result.checked).toHaveLength(1);
  });

  test('a Fn::FindInMap that refers to itself is UNKNOWN', async () => {
    const result = await check([join(dir, 'mapping-cycle.yaml')]);
    expect(result.problems).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});

test('a directory scan skips huge or absurdly nested files that are not templates', () => {
  const r = cli(['check', '--format', 'json', '--debug', join(dir, 'scan')]);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/skipped .*big-data\.json: file is larger than 20 MiB/);
  expect(r.stderr).toMatch(/skipped .*nested-data\.json/);
  expect((JSON.parse(r.stdout) as { summary: { templates: number } }).summary.templates).toBe(1);
});

describe('read as CloudFormation reads it', () => {
  test('CRLF line endings: lenient quoted continuation still read, lines still right', async () => {
    const result = await check([join(TEMPLATES, 'inputs', 'lenient', 'quoted-continuation-crlf.yaml')]);
    expect(result.problems).toEqual([]);
    expect(result.notices.map((n) => n.message)).toEqual([expect.stringMatching(/^not strict YAML/)]);
    expect(result.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([
      ['vpc-dns-support', 9, 7],
      ['endpoint-policy-scoped', 10, 3],
      ['endpoint-sg-ingress', 19, 11], // a note: the group is not in the template
    ]);
  });

  test('YAML merge keys are merged: Ep2 has the shared policy, so no finding', async () => {
    const result = await check([join(TEMPLATES, 'inputs', 'lenient', 'merge-keys.yaml')]);
    expect(result.problems).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});

describe('CLI edges', () => {
  test('no command at all is a usage error (2), after showing the help', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: endpoint-guard/);
  });

  test('SARIF: paths with # and ? are escaped URI references; distinct findings have distinct fingerprints', () => {
    const r = cli(['check', '--format', 'sarif', join(dir, 'we#ird dir?', 't.yaml'), FOUR]);
    const results = (JSON.parse(r.stdout) as Log).runs[0]!.results!;
    const uris = results.map((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri!);
    expect(uris.filter((uri) => uri.endsWith('we%23ird%20dir%3F/t.yaml')).length).toBeGreaterThan(0);
    expect(uris.some((uri) => /[#?]|\s/.test(uri))).toBe(false);
    const prints = results.map((x) => x.partialFingerprints!['endpointGuard/v1']);
    expect(new Set(prints).size).toBe(prints.length);
  });
});
