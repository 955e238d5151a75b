/**
 * Practice cases (test/practice/): compact templates written from patterns seen in real public templates, each with
 * why its findings are right in practice (expected.json). Every finding of every rule and level is asserted: rule,
 * level, line, subject, and suppression; a message pattern where the wording is the point.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import type { Log } from 'sarif';
import { check } from '../src/engine/check.js';
import { cli } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

const DIR = join(ROOT, 'test', 'practice');

interface Expected {
  why: string;
  findings: { rule: string; level: string; line: number; logicalId: string; message?: string; suppressed?: boolean }[];
}
const expected = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, Expected>;

describe('practice cases: every finding, at every level, is one an AWS engineer would call right', () => {
  test.each(Object.keys(expected))('%s', async (name) => {
    const result = await check([join(DIR, name)], { reportUnusedSuppressions: true });
    expect(result.problems).toEqual([]);
    const actual = result.findings.map((f) => ({
      rule: f.ruleId,
      level: f.level,
      line: f.line,
      logicalId: f.logicalId,
      suppressed: f.suppressed !== undefined,
    }));
    const wanted = expected[name]!.findings;
    expect(actual).toEqual(wanted.map(({ rule, level, line, logicalId, suppressed }) => ({ rule, level, line, logicalId, suppressed: suppressed ?? false })));
    wanted.forEach((w, i) => {
      if (w.message) expect(result.findings[i]!.message).toMatch(new RegExp(w.message));
    });
    expect(expected[name]!.why.length).toBeGreaterThan(40);
  });
});

describe('JSON-string policies in SARIF', () => {
  const sarifOf = (file: string) => JSON.parse(cli(['check', '--format', 'sarif', file]).stdout) as Log;
  const rows = (log: Log) =>
    log.runs[0]!.results!.map((r) => [r.locations![0]!.physicalLocation!.region!.startLine, r.partialFingerprints!['endpointGuard/v1']] as const);

  test('one line per statement, and no two results share a fingerprint', () => {
    const results = rows(sarifOf(join(DIR, 'json-string-policy.yaml')));
    expect(results.map(([line]) => line)).toEqual([63, 69, 73]);
    expect(new Set(results.map(([, print]) => print)).size).toBe(3);
  });

  test('fingerprints survive an edit elsewhere in the file; lines follow it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-practice-'));
    const file = join(dir, 't.yaml');
    copyFileSync(join(DIR, 'json-string-policy.yaml'), file);
    const before = rows(sarifOf(file));
    writeFileSync(file, readFileSync(file, 'utf8').replace('Resources:\n', 'Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n'));
    const after = rows(sarifOf(file));
    expect(after.map(([, print]) => print)).toEqual(before.map(([, print]) => print));
    expect(after.map(([line]) => line)).toEqual(before.map(([line]) => (line ?? 0) + 2));
  });

  test('two identical faults on one subject still get two fingerprints', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-practice-'));
    const file = join(dir, 't.yaml');
    // The same inline rule twice: same rule, subject and message.
    const text = readFileSync(join(DIR, 'shared-network-stack.yaml'), 'utf8').replace(
      /( {8}- IpProtocol: tcp\n {10}FromPort: 443\n {10}ToPort: 443\n {10}CidrIp: 0\.0\.0\.0\/0\n)/,
      '$1$1',
    );
    writeFileSync(file, text);
    const results = rows(sarifOf(file)).filter(([line]) => line === 54 || line === 58);
    expect(results).toHaveLength(2);
    expect(results[0]![1]).not.toBe(results[1]![1]);
  });
});

describe('--quiet and --no-notes', () => {
  const file = join(DIR, 'shared-network-stack.yaml'); // 3 errors and a note
  const services = join(DIR, 'services-with-own-rules.yaml'); // an error, a warning and a note

  test('--no-notes hides notes and keeps warnings, in every format; the summary says how many were hidden', () => {
    const r = cli(['check', '--no-notes', services]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/warning\s+FunctionSecurityGroup/);
    expect(r.stdout).not.toMatch(/\bnote\b\s+RedshiftDataEndpoint/);
    expect(r.stdout).toMatch(/✖ 2 problems \(1 error, 1 warning, 1 hidden by --quiet or --no-notes\)/);
    const json = JSON.parse(cli(['check', '--no-notes', '--format', 'json', file]).stdout) as { findings: { level: string }[] };
    expect(json.findings.map((f) => f.level)).toEqual(['error', 'error', 'error']);
  });

  test('--quiet reports errors only, and warnings no longer count (as ESLint)', () => {
    const r = cli(['check', '--quiet', services]);
    expect(r.stdout).not.toMatch(/warning\s+FunctionSecurityGroup/);
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 2 hidden by --quiet or --no-notes\)/);
    const warningsOnly = cli(['check', '--quiet', '--max-warnings', '0', join(DIR, 'memorydb-egress.yaml')]);
    expect(warningsOnly.code).toBe(0);
    expect(cli(['check', '--max-warnings', '0', join(DIR, 'memorydb-egress.yaml')]).code).toBe(1);
  });
});

describe('consumers the template does not hold: edge cases', () => {
  const template = (body: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-practice-'));
    const file = join(dir, 't.yaml');
    writeFileSync(file, `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${body}`);
    return file;
  };
  const vpc = (cidr: string, extra = '') =>
    `  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: ${cidr}, EnableDnsSupport: true, EnableDnsHostnames: true}\n${extra}`;
  const endpointWithIngress = (...cidrs: string[]) => `  EndpointGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: endpoint
      VpcId: !Ref Vpc
      SecurityGroupIngress:
${cidrs.map((c) => `        - {IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: ${c}}`).join('\n')}
  Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcEndpointType: Interface
      ServiceName: com.amazonaws.us-east-1.sqs
      VpcId: !Ref Vpc
      SecurityGroupIds: [!Ref EndpointGroup]
      PolicyDocument: {Statement: [{Effect: Allow, Principal: '*', Action: sqs:SendMessage, Resource: 'arn:aws:sqs:us-east-1:123456789012:q'}]}
`;
  const ingress = async (file: string) =>
    (await check([file])).findings
      .filter((f) => f.ruleId === 'endpoint-sg-ingress')
      .map((f) => [f.level, f.line, f.message.replace(/^.*: (the CIDR range .*?); only.*$/, '$1')]);

  test("a range wider than the VPC's own block (not just wider than any VPC) is an error; a narrower one is fine", async () => {
    const file = template(vpc('10.70.0.0/24') + endpointWithIngress('10.70.0.0/20', '10.70.0.0/24', '10.70.0.128/25'));
    expect(await ingress(file)).toEqual([['error', 12, "the CIDR range 10.70.0.0/20 is wider than the VPC's range 10.70.0.0/24"]]);
  });

  test("a VPC's secondary block (AWS::EC2::VPCCidrBlock) counts as its range", async () => {
    const secondary = `  Secondary:\n    Type: AWS::EC2::VPCCidrBlock\n    Properties: {VpcId: !Ref Vpc, CidrBlock: 10.71.4.0/24}\n`;
    const file = template(vpc('10.71.0.0/24', secondary) + endpointWithIngress('10.71.4.0/23'));
    expect(await ingress(file)).toEqual([['error', 15, "the CIDR range 10.71.4.0/23 is wider than the VPC's range 10.71.4.0/24"]]);
  });

  test('IPv6 ::/0 is wider than any VPC', async () => {
    const file = template(vpc('10.72.0.0/16') + endpointWithIngress('10.72.0.0/16').replace('CidrIp: 10.72.0.0/16', 'CidrIpv6: ::/0'));
    expect(await ingress(file)).toEqual([['error', 12, "the CIDR range ::/0 is wider than any VPC's range"]]);
  });

  test('NotPrincipal or no Principal: the note says how to name the consumers, and nothing about an execution role', async () => {
    const file = template(
      vpc('10.73.0.0/16') + endpointWithIngress('10.73.0.0/16').replace("Principal: '*'", "NotPrincipal: {AWS: 'arn:aws:iam::123456789012:role/x'}"),
    );
    const notes = (await check([file])).findings.filter((f) => f.ruleId === 'endpoint-policy-scoped');
    expect(notes.map((f) => [f.level, f.message])).toEqual([
      [
        'note',
        "Endpoint, statement 1: an Allow statement with NotPrincipal allows every principal but those listed; this template holds no Lambda function in the endpoint's VPC, so its consumers are not known here: name their roles in Principal, or accept these principals with the allowedPrincipals option",
      ],
    ]);
  });
});
