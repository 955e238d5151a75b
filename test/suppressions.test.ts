/**
 * Suppressions (issue 6): `Metadata: endpoint-guard: suppress` on a resource (CloudFormation YAML and JSON, SAM) and
 * `# endpoint-guard-ignore <slug>[, <slug>] -- reason` comments (serverless.yml, and any YAML template). A suppressed
 * finding does not count for the exit code but stays in json and SARIF; a suppression without a reason is an error of
 * its own; unused suppressions are notes on request. The fixtures are in test/templates/suppressions/.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import type { Log } from 'sarif';
import { check } from '../src/engine/check.js';
import { checkJson, cli, type JsonFinding } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

const DIR = 'test/templates/suppressions';
const CFN_METADATA = `${DIR}/cfn-metadata.yaml`;
const CFN_NO_REASON = `${DIR}/cfn-metadata-no-reason.yaml`;
const CFN_OTHER_RULE = `${DIR}/cfn-unsuppressed.yaml`;
const CFN_COMMENTS = `${DIR}/cfn-comments.yaml`;
const CFN_JSON = `${DIR}/cfn-metadata.json`;
const SAM = `${DIR}/sam-metadata.yaml`;
const SLS = `${DIR}/serverless/serverless.yml`;

const json = checkJson;

/** rule, level, line, logical ID, and how the finding is suppressed ('-' when it is not). */
const rows = (findings: readonly JsonFinding[]) => findings.map((f) => [f.ruleId, f.level, f.line, f.logicalId, f.suppressed?.via ?? '-']);

function sarif(args: readonly string[]): Log {
  return JSON.parse(cli(['check', '--format', 'sarif', ...args]).stdout) as Log;
}

function tempCopy(fixture: string, edit: (text: string) => string = (t) => t, name = 'template.yaml'): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'eg-suppress-'));
  const file = join(dir, name);
  writeFileSync(file, edit(readFileSync(join(ROOT, fixture), 'utf8')));
  return { dir, file };
}

describe('CloudFormation YAML: Metadata suppress', () => {
  test('a suppression with a reason applies: reported as suppressed in json, not counted, exit 0', () => {
    const { code, report } = json([CFN_METADATA]);
    expect(code).toBe(0);
    expect(rows(report.findings)).toEqual([['endpoint-policy-scoped', 'error', 18, 'S3Endpoint', 'metadata']]);
    expect(report.findings[0]!.suppressed).toEqual({ justification: 'Bucket policies restrict access to the VPC (SEC-1234)', via: 'metadata' });
    expect(report.summary).toMatchObject({ error: 0, warning: 0, note: 0, suppressed: 1 });
  });

  test('stylish prints only the count of suppressed findings, not the findings', () => {
    const r = cli(['check', CFN_METADATA]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/S3Endpoint|endpoint-policy-scoped/);
    expect(r.stdout.trim()).toBe('✔ no problems (1 template checked, 1 suppressed)');
  });

  test('SARIF: the suppressed finding is a result with an inSource suppression and its justification', () => {
    const results = sarif([CFN_METADATA]).runs[0]!.results ?? [];
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.ruleId).toBe('endpoint-policy-scoped');
    expect(result!.level).toBe('error');
    expect(result!.locations?.[0]?.physicalLocation?.region?.startLine).toBe(18);
    expect(result!.locations?.[0]?.logicalLocations?.[0]?.name).toBe('S3Endpoint');
    expect(result!.suppressions).toEqual([{ kind: 'inSource', justification: 'Bucket policies restrict access to the VPC (SEC-1234)' }]);
  });

  test('a suppression of another rule does not cover the finding', () => {
    const { code, report } = json([CFN_OTHER_RULE]);
    expect(code).toBe(1);
    expect(rows(report.findings)).toEqual([['endpoint-policy-scoped', 'error', 10, 'S3Endpoint', '-']]);
    const results = sarif([CFN_OTHER_RULE]).runs[0]!.results ?? [];
    expect(results.map((r) => [r.ruleId, r.suppressions])).toEqual([['endpoint-policy-scoped', undefined]]);
  });
});

describe('CloudFormation YAML: # endpoint-guard-ignore comments', () => {
  test('a trailing comment covers its own line; a comment alone covers the next line with content', () => {
    const { code, report } = json([CFN_COMMENTS]);
    expect(code).toBe(1);
    expect(rows(report.findings)).toEqual([
      ['endpoint-policy-scoped', 'error', 41, 'SqsEndpoint', 'comment'], // Principal '*'  # endpoint-guard-ignore …
      ['endpoint-policy-scoped', 'error', 42, 'SqsEndpoint', '-'], // Action '*': no comment covers it
      ['endpoint-policy-scoped', 'error', 46, 'SqsEndpoint', 'comment'], // Resource '*', after the comment, a blank line and another comment
      ['lambda-multi-az', 'warning', 76, 'ConsumerFunction', '-'], // the endpoint's consumer, in one subnet
    ]);
    expect(report.findings[0]!.suppressed).toEqual({ justification: 'any role of the org, see the SCP (SEC-7)', via: 'comment' });
    expect(report.findings[2]!.suppressed).toEqual({ justification: 'queues are per tenant (SEC-8)', via: 'comment' });
    expect(report.summary).toMatchObject({ error: 1, suppressed: 2 });
  });

  test('stylish shows the one unsuppressed finding and counts the others', () => {
    const r = cli(['check', CFN_COMMENTS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\s+42:13\s+error\s+SqsEndpoint, statement 1: Action \* allows every action.*endpoint-policy-scoped$/m);
    expect(r.stdout).not.toMatch(/^\s+(41|46):/m);
    expect(r.stdout).toMatch(/✖ 2 problems \(1 error, 1 warning, 2 suppressed\) in 1 template checked/);
  });
});

describe('CloudFormation JSON: Metadata suppress', () => {
  test('the S3 endpoint is suppressed, the DynamoDB endpoint is not', () => {
    const { code, report } = json([CFN_JSON]);
    expect(code).toBe(1);
    expect(rows(report.findings)).toEqual([
      ['endpoint-policy-scoped', 'error', 9, 'S3Endpoint', 'metadata'],
      ['endpoint-policy-scoped', 'error', 24, 'DynamoDbEndpoint', '-'],
    ]);
    expect(report.findings[0]!.suppressed?.justification).toBe('Bucket policies restrict access to the VPC (SEC-1234)');
    expect(report.summary).toMatchObject({ error: 1, suppressed: 1 });
  });
});

describe('SAM: Metadata on an AWS::Serverless::Function', () => {
  test("PublicFunction's lambda-subnet-no-igw finding is suppressed, OtherFunction's is not", () => {
    const { code, report } = json([SAM]);
    expect(code).toBe(1);
    expect(rows(report.findings)).toEqual([
      ['lambda-subnet-no-igw', 'error', 74, 'PublicFunction', 'metadata'],
      ['lambda-subnet-no-igw', 'error', 86, 'OtherFunction', '-'],
    ]);
    expect(report.findings[0]!.suppressed?.justification).toMatch(/^Calls a partner API over the internet/);
  });
});

describe('serverless.yml: # endpoint-guard-ignore comments', () => {
  // Every function inherits provider.vpc (one public subnet): lambda-subnet-no-igw and lambda-multi-az at its key line.
  test('above a function key (two slugs), trailing on a key line (one slug), without a reason, and none', () => {
    const { code, report } = json([SLS]);
    expect(code).toBe(1);
    expect(rows(report.findings)).toEqual([
      // `# endpoint-guard-ignore lambda-subnet-no-igw, lambda-multi-az -- …` alone above `webhook:` covers both rules
      ['lambda-multi-az', 'warning', 19, 'webhook', 'comment'],
      ['lambda-subnet-no-igw', 'error', 19, 'webhook', 'comment'],
      // `partnerSync: # endpoint-guard-ignore lambda-subnet-no-igw -- …` covers that rule only
      ['lambda-multi-az', 'warning', 21, 'partnerSync', '-'],
      ['lambda-subnet-no-igw', 'error', 21, 'partnerSync', 'comment'],
      // `# endpoint-guard-ignore lambda-subnet-no-igw` without a reason: applied, and an error at the comment
      ['suppression-reason', 'error', 23, expect.any(String), '-'],
      ['lambda-multi-az', 'warning', 24, 'noReason', '-'],
      ['lambda-subnet-no-igw', 'error', 24, 'noReason', 'comment'],
      ['lambda-multi-az', 'warning', 26, 'plain', '-'],
      ['lambda-subnet-no-igw', 'error', 26, 'plain', '-'],
    ]);
    const webhook = report.findings.filter((f) => f.logicalId === 'webhook');
    expect(webhook.map((f) => f.suppressed)).toEqual([
      { justification: 'a public webhook receiver (NET-9)', via: 'comment' },
      { justification: 'a public webhook receiver (NET-9)', via: 'comment' },
    ]);
    expect(report.findings.find((f) => f.logicalId === 'partnerSync' && f.suppressed)?.suppressed?.justification).toBe('calls the partner API (NET-10)');
    expect(report.findings.find((f) => f.ruleId === 'suppression-reason')).toMatchObject({
      column: 3,
      file: SLS,
      message: expect.stringMatching(/the suppression of lambda-subnet-no-igw on noReason has no reason/),
    });
    expect(report.summary).toMatchObject({ error: 2, warning: 3, suppressed: 4 });
  });

  test('SARIF: comment suppressions are inSource suppressions too', () => {
    const results = sarif([SLS]).runs[0]!.results ?? [];
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => [r.ruleId, r.locations?.[0]?.logicalLocations?.[0]?.name, r.suppressions?.[0]?.kind])).toEqual([
      ['lambda-multi-az', 'webhook', 'inSource'],
      ['lambda-subnet-no-igw', 'webhook', 'inSource'],
      ['lambda-subnet-no-igw', 'partnerSync', 'inSource'],
      ['lambda-subnet-no-igw', 'noReason', 'inSource'],
    ]);
  });

  // The SARIF contract: every result's logicalLocations[0].name is the logical ID of the resource it is about. The
  // comment without a reason stands above `noReason:` and suppresses that function's finding; its own finding has no
  // logical location at all (logicalId '').
  test('the suppression-reason finding of a comment names the function the comment covers', () => {
    const { report } = json([SLS]);
    expect(report.findings.find((f) => f.ruleId === 'suppression-reason')?.logicalId).toBe('noReason');
    const results = sarif([SLS]).runs[0]!.results ?? [];
    expect(results.find((r) => r.ruleId === 'suppression-reason')?.locations?.[0]?.logicalLocations?.[0]?.name).toBe('noReason');
  });
});

describe('comments in a YAML file that a serverless.yml includes (resources: ${file(endpoints.yml)})', () => {
  const INCLUDED = `${DIR}/serverless-include/endpoints.yml`;

  test('checked on its own, the comment above S3Endpoint covers its finding', () => {
    const { code, report } = json([INCLUDED]);
    expect(rows(report.findings)).toEqual([['endpoint-policy-scoped', 'error', 7, 'S3Endpoint', 'comment']]);
    expect(code).toBe(0);
  });

  // The finding is reported at endpoints.yml:7, the line the comment covers, but only the comments of the
  // serverless.yml itself are read: the comment is ignored (and not even reported as unused), and a directory scan,
  // which checks endpoints.yml only through the service, fails on a finding its author suppressed.
  test('checked through the service (as a directory scan does), the comment still covers the finding', () => {
    const { code, report } = json(['--report-unused-suppressions', `${DIR}/serverless-include`]);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line, f.logicalId, f.suppressed?.via ?? '-'])).toEqual([
      ['endpoint-policy-scoped', INCLUDED, 7, 'S3Endpoint', 'comment'],
    ]);
    expect(code).toBe(0);
  });
});

describe('suppressions without a reason', () => {
  test('Metadata without reason (or with an empty one): the finding is suppressed, the suppression is an error at its line', () => {
    const { code, report } = json([CFN_NO_REASON]);
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.level, f.line, f.column, f.logicalId, f.suppressed ?? '-'])).toEqual([
      ['endpoint-policy-scoped', 'error', 10, 3, 'S3Endpoint', { justification: '', via: 'metadata' }],
      ['suppression-reason', 'error', 15, 13, 'S3Endpoint', '-'],
      ['endpoint-policy-scoped', 'error', 20, 3, 'DynamoDbEndpoint', { justification: '', via: 'metadata' }],
      ['suppression-reason', 'error', 25, 13, 'DynamoDbEndpoint', '-'],
    ]);
    expect(report.findings[1]!.message).toMatch(/suppression of endpoint-policy-scoped on S3Endpoint has no reason/);
    expect(report.summary).toMatchObject({ error: 2, suppressed: 2 });
  });

  test('stylish lists the suppression-reason errors, not the suppressed findings', () => {
    const r = cli(['check', CFN_NO_REASON]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => /^\s+\d+:\d+/.test(l))).toEqual([
      expect.stringMatching(/^\s+15:13\s+error\s+.*has no reason.*\s{2}suppression-reason$/),
      expect.stringMatching(/^\s+25:13\s+error\s+.*has no reason.*\s{2}suppression-reason$/),
    ]);
    expect(r.stdout).toMatch(/✖ 2 problems \(2 errors, 0 warnings, 2 suppressed\)/);
  });

  test('adding the reason makes the run pass', () => {
    const { file } = tempCopy(CFN_NO_REASON, (t) =>
      t
        .replace('- rule: endpoint-policy-scoped\n    Properties', '- rule: endpoint-policy-scoped\n            reason: SEC-1\n    Properties')
        .replace("reason: ''", 'reason: SEC-2'),
    );
    const { code, report } = json([file]);
    expect(report.findings.map((f) => [f.ruleId, f.logicalId, f.suppressed?.justification])).toEqual([
      ['endpoint-policy-scoped', 'S3Endpoint', 'SEC-1'],
      ['endpoint-policy-scoped', 'DynamoDbEndpoint', 'SEC-2'],
    ]);
    expect(code).toBe(0);
  });
});

describe('unused suppressions', () => {
  test('not reported by default', () => {
    const { code, report } = json([CFN_METADATA, CFN_COMMENTS]);
    expect(code).toBe(1);
    expect(report.findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
  });

  test('--report-unused-suppressions: a note at each suppression that covers nothing (Metadata and comment)', () => {
    const { code, report } = json(['--report-unused-suppressions', CFN_METADATA, CFN_COMMENTS]);
    const unused = report.findings.filter((f) => f.ruleId === 'unused-suppression');
    expect(unused.map((f) => [f.file, f.level, f.line, f.column])).toEqual([
      [CFN_COMMENTS, 'note', 31, 7], // `# endpoint-guard-ignore endpoint-private-dns` above PrivateDnsEnabled
      [CFN_METADATA, 'note', 12, 13], // vpc-dns-support on the Vpc: the rule does not fire there
      [CFN_METADATA, 'note', 14, 13], // vpc-dns-suport: no such rule
    ]);
    expect(unused.map((f) => f.message)).toEqual([
      expect.stringMatching(/unused suppression of endpoint-private-dns: it covers no finding/),
      expect.stringMatching(/unused suppression of vpc-dns-support on Vpc: it covers no finding/),
      expect.stringMatching(/unused suppression of vpc-dns-suport on Vpc: no active rule has that id/),
    ]);
    expect(unused.slice(1).map((f) => f.logicalId)).toEqual(['Vpc', 'Vpc']);
    // Notes: they do not change the exit code (the 1 is the Action finding of cfn-comments.yaml).
    expect(code).toBe(1);
    expect(json(['--report-unused-suppressions', CFN_METADATA]).code).toBe(0);
  });

  test('a used suppression is never reported as unused', () => {
    const { report } = json(['--report-unused-suppressions', SLS, SAM, CFN_JSON, CFN_OTHER_RULE]);
    expect(report.findings.filter((f) => f.ruleId === 'unused-suppression').map((f) => [f.file, f.line, f.logicalId])).toEqual([
      [CFN_OTHER_RULE, 15, 'S3Endpoint'],
    ]);
  });

  test('reportUnusedSuppressions: true in the configuration file does the same', () => {
    const { dir, file } = tempCopy(CFN_METADATA);
    expect(json([file]).report.findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
    writeFileSync(join(dir, '.endpoint-guard.yml'), 'reportUnusedSuppressions: true\n');
    const { code, report } = json([file]);
    expect(code).toBe(0);
    expect(report.findings.filter((f) => f.ruleId === 'unused-suppression').map((f) => [f.level, f.line, f.logicalId])).toEqual([
      ['note', 12, 'Vpc'],
      ['note', 14, 'Vpc'],
    ]);
  });

  test('the engine API: check(paths, { reportUnusedSuppressions })', async () => {
    const plain = await check([join(ROOT, CFN_METADATA)]);
    expect(plain.findings.map((f) => [f.ruleId, f.line, f.suppressed?.via])).toEqual([['endpoint-policy-scoped', 18, 'metadata']]);
    const result = await check([join(ROOT, CFN_METADATA)], { reportUnusedSuppressions: true });
    expect(result.findings.map((f) => [f.ruleId, f.line, f.logicalId])).toEqual([
      ['unused-suppression', 12, 'Vpc'],
      ['unused-suppression', 14, 'Vpc'],
      ['endpoint-policy-scoped', 18, 'S3Endpoint'],
    ]);
  });
});

describe('suppressed findings and the run settings', () => {
  // test/templates/config/warnings.yaml: lambda-sg-egress (line 17, LambdaSecurityGroup) and lambda-multi-az (line 46).
  const WARNINGS = 'test/templates/config/warnings.yaml';

  test('suppressed warnings do not count for --max-warnings or --level-threshold', () => {
    expect(cli(['check', '--max-warnings', '1', WARNINGS]).code).toBe(1);
    expect(cli(['check', '--level-threshold', 'warning', WARNINGS]).code).toBe(1);
    const { file } = tempCopy(WARNINGS, (t) =>
      t
        .replace(
          '  LambdaSecurityGroup:\n',
          '  # endpoint-guard-ignore lambda-sg-egress -- egress is filtered by the network firewall (NET-3)\n  LambdaSecurityGroup:\n',
        )
        .replace(
          '          - !Ref SubnetA\n        SecurityGroupIds',
          '          - !Ref SubnetA # endpoint-guard-ignore lambda-multi-az -- a batch job; one zone is enough\n        SecurityGroupIds',
        ),
    );
    const { code, report } = json(['--max-warnings', '0', file]);
    expect(rows(report.findings)).toEqual([
      ['lambda-sg-egress', 'warning', 18, 'LambdaSecurityGroup', 'comment'],
      ['lambda-multi-az', 'warning', 47, 'Function', 'comment'],
    ]);
    expect(code).toBe(0);
    expect(cli(['check', '--level-threshold', 'warning', file]).code).toBe(0);
    expect(cli(['check', file]).stdout.trim()).toBe('✔ no problems (1 template checked, 2 suppressed)');
  });
});
