/**
 * Baselines (issue 6): `--write-baseline FILE.sarif` writes the run's unsuppressed findings as SARIF; `--baseline
 * FILE.sarif` reports only the findings that are not in it, matched by rule, file and logical ID (not by line), so
 * that editing above a resource does not bring its finding back. Every case runs in its own temporary directory
 * (the working directory of the CLI), with the template named by a relative path as a CI job would.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import type { Log } from 'sarif';
import { checkJson, cli, type JsonFinding } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

const POLICY_OPEN = readFileSync(join(ROOT, 'test/templates/config/policy-open.yaml'), 'utf8'); // S3Endpoint at line 9
const COMMENTS = readFileSync(join(ROOT, 'test/templates/suppressions/cfn-comments.yaml'), 'utf8');

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'eg-baseline-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const json = checkJson;

const rows = (findings: readonly JsonFinding[]) => findings.map((f) => [f.ruleId, f.file, f.line, f.logicalId]);

const readLog = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Log;
const resultRows = (log: Log) =>
  (log.runs[0]!.results ?? []).map((r) => [
    r.ruleId,
    r.locations?.[0]?.physicalLocation?.artifactLocation?.uri,
    r.locations?.[0]?.physicalLocation?.region?.startLine,
    r.locations?.[0]?.logicalLocations?.[0]?.name,
  ]);

/** Lines above every resource: a Parameters section and a compliant resource before S3Endpoint. */
const editAbove = (text: string) =>
  text.replace('Resources:\n', 'Parameters:\n  Stage:\n    Type: String\n    Default: dev\nResources:\n  Queue:\n    Type: AWS::SQS::Queue\n');

const DYNAMODB_ENDPOINT = `  DynamoDbEndpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcEndpointType: Gateway
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.dynamodb
      VpcId: !Ref Vpc
`;

describe('the round trip', () => {
  test('write; edit above the resource: nothing new; add a violation: only it is reported', () => {
    const dir = workspace({ 'template.yaml': POLICY_OPEN });

    // 1. Write the baseline: the run still reports its findings, and passes (recording them is the point).
    const first = json(['--write-baseline', 'baseline.sarif', 'template.yaml'], dir);
    expect(first.code).toBe(0);
    expect(rows(first.report.findings)).toEqual([['endpoint-policy-scoped', 'template.yaml', 9, 'S3Endpoint']]);
    const log = readLog(join(dir, 'baseline.sarif'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.tool.driver.name).toBe('endpoint-guard');
    expect(resultRows(log)).toEqual([['endpoint-policy-scoped', 'template.yaml', 9, 'S3Endpoint']]);

    // 2. Edit above the resource: its finding moves to line 15, and stays in the baseline.
    writeFileSync(join(dir, 'template.yaml'), editAbove(POLICY_OPEN));
    expect(rows(json(['template.yaml'], dir).report.findings)).toEqual([['endpoint-policy-scoped', 'template.yaml', 15, 'S3Endpoint']]);
    const second = json(['--baseline', 'baseline.sarif', 'template.yaml'], dir);
    expect(second.report.findings).toEqual([]);
    expect(second.report.summary).toMatchObject({ error: 0, baselined: 1 });
    expect(second.code).toBe(0);
    const stylish = cli(['check', '--baseline', 'baseline.sarif', 'template.yaml'], dir);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout.trim()).toBe('✔ no problems (1 template checked, 1 in the baseline)');

    // 3. A new violation: only it is reported, and it fails the run.
    writeFileSync(join(dir, 'template.yaml'), editAbove(POLICY_OPEN) + DYNAMODB_ENDPOINT);
    const third = json(['--baseline', 'baseline.sarif', 'template.yaml'], dir);
    expect(rows(third.report.findings)).toEqual([['endpoint-policy-scoped', 'template.yaml', 21, 'DynamoDbEndpoint']]);
    expect(third.report.summary).toMatchObject({ error: 1, baselined: 1 });
    expect(third.code).toBe(1);
    const stylish3 = cli(['check', '--baseline', 'baseline.sarif', 'template.yaml'], dir);
    expect(stylish3.code).toBe(1);
    expect(stylish3.stdout).toMatch(/^\s+21:3\s+error\s+DynamoDbEndpoint has no PolicyDocument.*endpoint-policy-scoped$/m);
    expect(stylish3.stdout).not.toMatch(/S3Endpoint/);
    expect(stylish3.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 1 in the baseline\) in 1 template checked/);

    // SARIF with a baseline: only the new result, marked new.
    const sarif = JSON.parse(cli(['check', '--format', 'sarif', '--baseline', 'baseline.sarif', 'template.yaml'], dir).stdout) as Log;
    expect(resultRows(sarif)).toEqual([['endpoint-policy-scoped', 'template.yaml', 21, 'DynamoDbEndpoint']]);
    expect(sarif.runs[0]!.results?.[0]?.baselineState).toBe('new');
  });

  test('findings are matched one for one: a third finding on the same endpoint is new', () => {
    // SqsEndpoint's statement: Principal '*' and Resource '*' are findings; Action is narrowed.
    const twoFindings = COMMENTS.replace(/ {2}# endpoint-guard-ignore.*$/gm, '')
      .replace(/^\s*# endpoint-guard-ignore.*\n/gm, '')
      .replace("Action: '*'", 'Action: sqs:SendMessage');
    const dir = workspace({ 'template.yaml': twoFindings });
    const first = json(['--write-baseline', 'baseline.sarif', 'template.yaml'], dir);
    const policyFindings = (findings: typeof first.report.findings) => findings.filter((f) => f.ruleId === 'endpoint-policy-scoped');
    expect(policyFindings(first.report.findings).map((f) => [f.ruleId, f.logicalId, f.message.replace(/^SqsEndpoint, statement 1: (\w+).*/, '$1')])).toEqual([
      ['endpoint-policy-scoped', 'SqsEndpoint', 'Principal'],
      ['endpoint-policy-scoped', 'SqsEndpoint', 'Resource'],
    ]);
    writeFileSync(join(dir, 'template.yaml'), twoFindings.replace('Action: sqs:SendMessage', "Action: '*'"));
    const { code, report } = json(['--baseline', 'baseline.sarif', 'template.yaml'], dir);
    expect(policyFindings(report.findings).map((f) => [f.ruleId, f.logicalId, f.message])).toEqual([
      ['endpoint-policy-scoped', 'SqsEndpoint', 'SqsEndpoint, statement 1: Action * allows every action; list the actions the function calls'],
    ]);
    expect(report.summary.baselined).toBe(3); // with the consumer's lambda-multi-az warning
    expect(code).toBe(1);
  });

  test('a fixed finding simply disappears; the same file written as ./template.yaml still matches', () => {
    const dir = workspace({ 'template.yaml': POLICY_OPEN + DYNAMODB_ENDPOINT });
    expect(json(['--write-baseline', 'baseline.sarif', 'template.yaml'], dir).report.findings).toHaveLength(2);
    writeFileSync(join(dir, 'template.yaml'), POLICY_OPEN);
    const { code, report } = json(['--baseline', 'baseline.sarif', './template.yaml'], dir);
    expect(report.findings).toEqual([]);
    expect(report.summary.baselined).toBe(1);
    expect(code).toBe(0);
  });

  test('a finding of the same rule and resource in another file is new', () => {
    const dir = workspace({ 'a.yaml': POLICY_OPEN, 'b.yaml': POLICY_OPEN });
    json(['--write-baseline', 'baseline.sarif', 'a.yaml'], dir);
    const { code, report } = json(['--baseline', 'baseline.sarif', 'a.yaml', 'b.yaml'], dir);
    expect(rows(report.findings)).toEqual([['endpoint-policy-scoped', 'b.yaml', 9, 'S3Endpoint']]);
    expect(report.summary.baselined).toBe(1);
    expect(code).toBe(1);
  });
});

describe('what goes into a baseline', () => {
  test('suppressed findings are not written (the suppression already covers them)', () => {
    const dir = workspace({ 'template.yaml': COMMENTS });
    const { code, report } = json(['--write-baseline', 'baseline.sarif', 'template.yaml'], dir);
    expect(code).toBe(0);
    expect(report.summary).toMatchObject({ error: 1, suppressed: 2 });
    expect(resultRows(readLog(join(dir, 'baseline.sarif')))).toEqual([
      ['endpoint-policy-scoped', 'template.yaml', 42, 'SqsEndpoint'],
      ['lambda-multi-az', 'template.yaml', 76, 'ConsumerFunction'],
    ]);
    expect(json(['--baseline', 'baseline.sarif', 'template.yaml'], dir).code).toBe(0);
  });
});

describe('a baseline that cannot be used: exit 2 naming it, and no finding hidden', () => {
  test.each([
    ['missing.sarif', undefined, 'missing.sarif: cannot read the baseline: no such file'],
    ['not-json.sarif', 'this is not SARIF', 'not-json.sarif:1:1: cannot read the baseline: invalid JSON: invalid symbol'],
    ['no-runs.sarif', '{"version": "2.1.0"}', "no-runs.sarif:1:1: the baseline is not a SARIF log: must have required property 'runs'"],
    ['null-run.sarif', '{"version": "2.1.0",\n "runs": [null]}', 'null-run.sarif:2:11: the baseline is not a SARIF log: runs[0]: must be object'],
    [
      'null-result.sarif',
      '{"runs": [{"results": [\n  {"ruleId": 7}]}]}',
      'null-result.sarif:2:4: the baseline is not a SARIF log: runs[0].results[0].ruleId: must be string',
    ],
  ])('%s', (name, content, message) => {
    const dir = workspace({ 'template.yaml': POLICY_OPEN, ...(content !== undefined ? { [name]: content } : {}) });
    const { code, report, stderr } = json(['--baseline', name, 'template.yaml'], dir);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([`endpoint-guard: ${message}`]);
    expect(rows(report.findings)).toEqual([['endpoint-policy-scoped', 'template.yaml', 9, 'S3Endpoint']]);
  });
});

test('a baseline written with relative paths matches a run given absolute paths (and the reverse)', () => {
  const dir = workspace({ 't.yaml': POLICY_OPEN });
  expect(json(['--write-baseline', 'b.sarif', 't.yaml'], dir).code).toBe(0);
  const absolute = json(['--baseline', 'b.sarif', join(dir, 't.yaml')], dir);
  expect(absolute.code).toBe(0);
  expect(absolute.report.findings).toEqual([]);
  expect(json(['--write-baseline', 'abs.sarif', join(dir, 't.yaml')], dir).code).toBe(0);
  expect(json(['--baseline', 'abs.sarif', 't.yaml'], dir).code).toBe(0);
});

test('--write-baseline passes with findings (recording them is the point), fails on an input error, and makes its folder', () => {
  const dir = workspace({ 't.yaml': POLICY_OPEN, 'broken.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n' });
  const written = cli(['check', '--write-baseline', 'baselines/new/b.sarif', 't.yaml'], dir);
  expect(written.code).toBe(0);
  expect(written.stderr).toMatch(/^endpoint-guard: wrote 1 finding\(s\) to the baseline baselines\/new\/b\.sarif$/m);
  expect(resultRows(readLog(join(dir, 'baselines', 'new', 'b.sarif')))).toEqual([['endpoint-policy-scoped', 't.yaml', 9, 'S3Endpoint']]);
  expect(cli(['check', '--write-baseline', 'b2.sarif', 't.yaml', 'broken.yaml'], dir).code).toBe(2);
});
