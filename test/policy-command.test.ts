/**
 * `endpoint-guard policy`: the least-privilege endpoint policy, written in the template's own style, is what a careful
 * engineer would write by hand; pasted under the endpoint it satisfies endpoint-policy-scoped and stays valid
 * CloudFormation.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { checkJson, cli, STACK_TRACE } from './helpers/cli.js';
import { ROOT, TEMPLATES } from './helpers/paths.js';

const SHARED_SQS = join(TEMPLATES, 'policy', 'shared-sqs.yaml');

/** The lines of a YAML block that starts at `start` (a key line) and ends before the next line indented as much or less. */
function blockAt(text: string, start: number): string[] {
  const lines = text.split('\n');
  const indent = /^ */.exec(lines[start]!)![0].length;
  const end = lines.findIndex((l, i) => i > start && l.trim() !== '' && /^ */.exec(l)![0].length <= indent);
  return lines
    .slice(start, end < 0 ? undefined : end)
    .filter((l) => l.trim() !== '')
    .map((l) => l.slice(indent));
}

describe('the seed QLDB template', () => {
  test('CloudFormation: exactly the policy the compliant example uses, for its one endpoint', () => {
    const file = join(ROOT, 'examples', 'qldb-private-subnet.yaml');
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const endpoint = lines.indexOf('  QldbSessionEndpoint:');
    const policyLine = lines.findIndex((l, i) => i > endpoint && l.trim() === 'PolicyDocument:');
    const r = cli(['policy', file]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe([`# QldbSessionEndpoint (qldb.session), line ${endpoint + 1}`, ...blockAt(text, policyLine), ''].join('\n'));
  });

  test('Serverless: the generated role, the action, and the ledger of the stage', () => {
    const r = cli(['policy', join(TEMPLATES, 'inputs', 'serverless', 'qldb-compliant', 'serverless.yml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      [
        '    - Effect: Allow',
        '      Principal:',
        '        AWS: !GetAtt IamRoleLambdaExecution.Arn',
        '      Action: qldb:SendCommand',
        '      Resource: !Sub arn:aws:qldb:eu-west-1:${AWS::AccountId}:ledger/qldb-private-dev',
      ].join('\n'),
    );
  });
});

describe('two functions with roles of their own behind one SQS endpoint', () => {
  test('one statement per role, each with its own actions and resources; a grant on "*" is said, not copied', () => {
    const r = cli(['policy', SHARED_SQS]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toBe(`# SqsEndpoint (sqs), line 127
# sqs:ListQueues is granted to ConsumerRole on every resource: left out as broader than an endpoint policy should allow (--allow-broad keeps it)
PolicyDocument:
  Version: '2012-10-17'
  Statement:
    - Effect: Allow
      Principal:
        AWS: !GetAtt ProducerRole.Arn
      Action: sqs:SendMessage
      Resource: !GetAtt Orders.Arn
    - Effect: Allow
      Principal:
        AWS: !GetAtt ConsumerRole.Arn
      Action:
        - sqs:ReceiveMessage
        - sqs:DeleteMessage
      Resource:
        - !GetAtt Orders.Arn
        - !Sub arn:\${AWS::Partition}:sqs:\${AWS::Region}:\${AWS::AccountId}:\${Invoices.QueueName}
`);
  });

  test('--allow-broad keeps the broad grant, and then the statement is on every resource', () => {
    const r = cli(['policy', SHARED_SQS, '--allow-broad']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('left out');
    expect(r.stdout).toContain(
      ['      Action:', '        - sqs:ReceiveMessage', '        - sqs:DeleteMessage', '        - sqs:ListQueues', '      Resource: "*"'].join('\n'),
    );
  });

  test('a JSON template gets JSON with long forms; what is left out is said on stderr', () => {
    const r = cli(['policy', join(TEMPLATES, 'policy', 'shared-sqs.json')]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { SqsEndpoint: { PolicyDocument: { Statement: { Principal: unknown; Action: unknown; Resource: unknown }[] } } };
    expect(printed.SqsEndpoint.PolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { AWS: { 'Fn::GetAtt': ['ProducerRole', 'Arn'] } },
        Action: 'sqs:SendMessage',
        Resource: { 'Fn::GetAtt': ['Orders', 'Arn'] },
      },
      {
        Effect: 'Allow',
        Principal: { AWS: { 'Fn::GetAtt': ['ConsumerRole', 'Arn'] } },
        Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'],
        Resource: [{ 'Fn::GetAtt': ['Orders', 'Arn'] }, { 'Fn::Sub': 'arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${Invoices.QueueName}' }],
      },
    ]);
    expect(r.stderr).toMatch(/shared-sqs\.json: SqsEndpoint: sqs:ListQueues is granted to ConsumerRole on every resource: left out/);
  });

  test('pasted under the endpoint, the policy satisfies endpoint-policy-scoped and cfn-lint', () => {
    const policy = cli(['policy', SHARED_SQS]).stdout;
    const indented = policy
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => `      ${l}`)
      .join('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'eg-policy-')), 'with-policy.yaml');
    writeFileSync(file, `${readFileSync(SHARED_SQS, 'utf8').trimEnd()}\n${indented}\n`);
    const before = checkJson([SHARED_SQS]);
    expect(before.report.findings.map((f) => [f.ruleId, f.logicalId])).toEqual([['endpoint-policy-scoped', 'SqsEndpoint']]);
    const after = checkJson([file]);
    expect([after.code, after.report.findings]).toEqual([0, []]);
    const lint = spawnSync('cfn-lint', ['--non-zero-exit-code', 'error', file], { encoding: 'utf8' });
    expect([lint.status, lint.stdout]).toEqual([0, '']);
  });
});

describe('errors', () => {
  test('--endpoint that names no endpoint: exit 2, one line', () => {
    const r = cli(['policy', SHARED_SQS, '--endpoint', 'Nope']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^endpoint-guard: .*shared-sqs\.yaml: no VPC endpoint Nope of an AWS service \(Interface or Gateway\) in this template\n$/);
  });

  test('--endpoint picks one endpoint of several', () => {
    const r = cli(['policy', join(ROOT, 'examples', 'qldb-four-violations.yaml'), '--endpoint', 'QldbSessionEndpoint']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# QldbSessionEndpoint \(qldb\.session\), line \d+\n/);
  });

  test('a broken template: its input error, exit 2, no stack trace', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'eg-policy-')), 'broken.yaml');
    writeFileSync(file, 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A: [\n');
    const r = cli(['policy', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+: invalid YAML/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });
});

test('logical IDs are data: control characters in them never reach the terminal', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'eg-policy-')), 'hostile.yaml');
  const text = readFileSync(SHARED_SQS, 'utf8')
    .replace('!GetAtt ProducerRole.Arn', '!GetAtt ["Producer\\e[31mRole", Arn]')
    .replace('  ProducerRole:', '  "Producer\\e[31mRole":')
    .replace('  SqsEndpoint:', '  "::error::Sqs\\e]8;;x\\aEndpoint":');
  writeFileSync(file, text);
  const r = cli(['policy', file]);
  expect(r.code).toBe(0);
  // eslint-disable-next-line no-control-regex -- the point is that none is printed
  expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  expect(r.stdout).not.toMatch(/^::/m);
  expect(r.stdout).toMatch(/^# ::error::Sqs\\x1b\]8;;x\\x07Endpoint \(sqs\), line \d+$/m); // a comment: no workflow command
  expect(r.stdout).toMatch(/^ +AWS: !GetAtt "Producer\\e\[31mRole\.Arn"$/m); // YAML's own escape, still data
});

test('a Terraform input: said plainly, exit 2, no CloudFormation printed for it', () => {
  const r = cli(['policy', join(TEMPLATES, 'inputs', 'terraform', 'source-features', 'main.tf')]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/main\.tf: a Terraform input: policy writes CloudFormation, not HCL/);
});
