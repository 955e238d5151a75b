/**
 * Deployed stacks (`check --stack`, `--all-stacks`) read with the real AWS SDK from moto's CloudFormation emulator
 * (moto_server on 127.0.0.1; .ci/run requires it): the processed template, the parameter values it was deployed with,
 * and the account's exports for Fn::ImportValue.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Log } from 'sarif';
import { BIN, ROOT } from './helpers/paths.js';
import { CloudFormationClient, CreateStackCommand, DeleteStackCommand } from '@aws-sdk/client-cloudformation';
import { createStack, REGION, startMoto, TEST_CREDENTIALS, type Moto } from './helpers/moto.js';
import { STACK_TRACE, type JsonReport } from './helpers/cli.js';
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js';
import { measuredAction } from './hostile/run.js';

const DIR = join(ROOT, 'test', 'templates', 'inputs', 'live');
const template = (name: string) => readFileSync(join(DIR, name), 'utf8');

/**
 * The CLI with test credentials only: no profile, no region, no ~/.aws of the machine running the tests. Run without
 * blocking, so that the fault proxy in this process can answer it.
 */
async function live(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_')));
  const child = spawn(process.execPath, [BIN, 'check', ...args], {
    cwd: ROOT,
    timeout: 60_000,
    env: {
      ...base,
      HOME: mkdtempSync(join(tmpdir(), 'eg-home-')),
      NO_COLOR: '1',
      AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
      ...env,
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, stdout, stderr };
}

let moto: Moto;
beforeAll(async () => {
  moto = await startMoto();
  await createStack(moto, 'qldb-dns-off', template('qldb-dns-parameter.yaml'), { DnsHostnames: 'false' });
  await createStack(moto, 'shared-network', template('shared-network.yaml'));
  await createStack(moto, 'imported-endpoint', template('imported-endpoint.yaml'));
  await createStack(moto, 'qldb-vpc-dev', template('serverless-qldb-four-violations.json'));
  await createStack(moto, 'sam-app', readFileSync(join(ROOT, 'test', 'templates', 'inputs', 'sam', 'qldb-four-violations.yaml'), 'utf8'));
}, 120_000);
afterAll(() => {
  moto.stop();
});

const json = async (args: readonly string[], env?: Record<string, string>) => {
  const r = await live(['--format', 'json', '--region', REGION, '--endpoint-url', moto.endpoint, ...args], env);
  return { ...r, report: JSON.parse(r.stdout) as JsonReport };
};

describe('a deployed stack is checked as deployed', () => {
  test('the deployed parameter value (DnsHostnames=false), not the template default, decides vpc-dns-support', async () => {
    const file = await live(['--format', 'json', join(DIR, 'qldb-dns-parameter.yaml')]);
    expect((JSON.parse(file.stdout) as JsonReport).findings).toEqual([]);
    const { code, report } = await json(['--stack', 'qldb-dns-off']);
    expect(report.inputErrors).toEqual([]);
    const line =
      template('qldb-dns-parameter.yaml')
        .split('\n')
        .findIndex((l) => l.includes('EnableDnsHostnames: !Ref DnsHostnames')) + 1;
    expect(report.findings.map((f) => [f.ruleId, f.level, f.file, f.line, f.logicalId])).toEqual([
      ['vpc-dns-support', 'error', `cloudformation://${REGION}/qldb-dns-off`, line, 'Vpc'],
    ]);
    expect(report.findings[0]!.message).toMatch(/sets EnableDnsHostnames false/);
    expect(code).toBe(1);
  });

  test("Fn::ImportValue of the function's group resolves through the account's exports: endpoint-sg-ingress decides", async () => {
    const file = await live(['--format', 'json', join(DIR, 'imported-endpoint.yaml')]);
    const unknown = (JSON.parse(file.stdout) as JsonReport).findings.filter((f) => f.ruleId === 'endpoint-sg-ingress');
    expect(unknown.map((f) => [f.level, f.message])).toEqual([
      ['note', 'cannot verify an ingress rule of EndpointSg: source group: Fn::ImportValue shared-lambda-sg-id'],
    ]);
    const { report } = await json(['--stack', 'imported-endpoint']);
    expect(report.inputErrors).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'endpoint-sg-ingress')).toEqual([]);
  });

  test("a source group ID that a function of the template names is that function's group (no note), as in a file", async () => {
    const r = await live(['--format', 'json', join(ROOT, 'test', 'templates', 'rules', 'endpoint-sg-ingress', 'good-external-function-group.yaml')]);
    expect((JSON.parse(r.stdout) as JsonReport).findings.filter((f) => f.ruleId === 'endpoint-sg-ingress')).toEqual([]);
  });

  test('a SAM stack (moto keeps the Transform in the processed template, as AWS would not): the findings of the SAM file, at the same lines', async () => {
    const file = await live(['--format', 'json', join(ROOT, 'test', 'templates', 'inputs', 'sam', 'qldb-four-violations.yaml')]);
    const expected = (JSON.parse(file.stdout) as JsonReport).findings.map((f) => [f.ruleId, f.level, f.line, f.logicalId]);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const { report } = await json(['--stack', 'sam-app']);
    expect(report.findings.map((f) => [f.ruleId, f.level, f.line, f.logicalId])).toEqual(expected);
  });

  test('a Serverless Framework stack (the template sls package wrote, as deployed): the four findings of its serverless.yml', async () => {
    const file = await live(['--format', 'json', join(ROOT, 'test', 'templates', 'inputs', 'serverless', 'qldb-four-violations', 'serverless.yml')]);
    const source = (JSON.parse(file.stdout) as JsonReport).findings;
    const { report } = await json(['--stack', 'qldb-vpc-dev']);
    expect(report.inputErrors).toEqual([]);
    // The framework names the function's resource CreateLicenceLambdaFunction; the source names it createLicence.
    const named = (id: string) => (id === 'createLicence' ? 'CreateLicenceLambdaFunction' : id);
    expect(report.findings.map((f) => [f.ruleId, f.level, f.logicalId])).toEqual(source.map((f) => [f.ruleId, f.level, named(f.logicalId)]));
    expect(report.findings).toHaveLength(4);
  });

  test("--role-arn: the stacks are read with the credentials of the assumed role (STS AssumeRole, the SDK's provider)", async () => {
    const proxy = await startFaultProxy(moto.endpoint, {});
    const r = await live([
      '--format',
      'json',
      '--region',
      REGION,
      '--endpoint-url',
      proxy.endpoint,
      '--stack',
      'qldb-dns-off',
      '--role-arn',
      'arn:aws:iam::123456789012:role/endpoint-guard-read',
    ]);
    await proxy.close();
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.inputErrors).toEqual([]);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['vpc-dns-support']);
    // AssumeRole signed with the test keys; every CloudFormation call with the role's temporary keys.
    const [assume, ...rest] = proxy.calls;
    expect(assume).toBe(`AssumeRole@${TEST_CREDENTIALS.accessKeyId}`);
    expect(rest.map((c) => c.split('@')[0])).toEqual(['ListExports', 'DescribeStacks', 'GetTemplate']);
    expect(rest.every((c) => !c.endsWith(`@${TEST_CREDENTIALS.accessKeyId}`) && c.split('@')[1]!.length > 0)).toBe(true);
  });

  test('SARIF names the stack by a stable URI: cloudformation://region/name, with the logical ID', async () => {
    const r = await live(['--format', 'sarif', '--region', REGION, '--endpoint-url', moto.endpoint, '--stack', 'qldb-dns-off']);
    const result = (JSON.parse(r.stdout) as Log).runs[0]!.results![0]!;
    expect(result.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: `cloudformation://${REGION}/qldb-dns-off` });
    expect(result.locations![0]!.logicalLocations![0]!.name).toBe('Vpc');
  });

  test('--all-stacks over two regions: each stack under its own region', async () => {
    const other = new CloudFormationClient({ region: 'us-east-2', endpoint: moto.endpoint, credentials: TEST_CREDENTIALS });
    await other.send(
      new CreateStackCommand({
        StackName: 'ohio-dns-off',
        TemplateBody: template('qldb-dns-parameter.yaml'),
        Parameters: [{ ParameterKey: 'DnsHostnames', ParameterValue: 'false' }],
      }),
    );
    other.destroy();
    const r = await live(['--format', 'json', '--region', REGION, '--region', 'us-east-2', '--endpoint-url', moto.endpoint, '--all-stacks']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.inputErrors).toEqual([]);
    const dns = report.findings
      .filter((f) => f.ruleId === 'vpc-dns-support')
      .map((f) => f.file)
      .sort();
    expect(dns).toEqual([
      `cloudformation://${REGION}/qldb-dns-off`,
      `cloudformation://${REGION}/qldb-vpc-dev`,
      `cloudformation://${REGION}/sam-app`,
      'cloudformation://us-east-2/ohio-dns-off',
    ]);
  });

  test('--all-stacks checks every active stack of the region', async () => {
    const { report } = await json(['--all-stacks']);
    expect(report.inputErrors).toEqual([]);
    expect(report.summary.templates).toBeGreaterThanOrEqual(3);
    expect(report.findings.map((f) => f.file)).toContain(`cloudformation://${REGION}/qldb-dns-off`);
  });
});

describe('--all-stacks over 52 stacks: one throttled (retried by the SDK), one denied (reported; the others checked)', () => {
  // Three exports each: 141 in all, past moto's page of 100, so that ListExports is paginated for real.
  const TINY = (n: string) =>
    `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.1.0.0/16\nOutputs:\n${['a', 'b', 'c'].map((x) => `  Out${x}:\n    Value: !Ref Vpc\n    Export:\n      Name: ${n}-${x}\n`).join('')}`;
  let proxy: FaultProxy;
  beforeAll(async () => {
    for (let i = 1; i <= 47; i++) await createStack(moto, `bulk-${String(i).padStart(2, '0')}`, TINY(`bulk-${i}`));
    // A deleted stack has no template in place: --all-stacks passes over it.
    await createStack(moto, 'gone', TINY('gone'));
    await moto.client.send(new DeleteStackCommand({ StackName: 'gone' }));
    proxy = await startFaultProxy(moto.endpoint, { denied: ['bulk-13'], throttledOnce: ['bulk-07'], listStacksPage: 20 });
  }, 120_000);
  afterAll(async () => {
    await proxy.close();
  });

  test('51 of the 52 stacks are checked; the denied one is one line naming the action', async () => {
    const r = await live(['--format', 'json', '--region', REGION, '--endpoint-url', proxy.endpoint, '--all-stacks']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.inputErrors).toEqual([
      {
        file: `cloudformation://${REGION}/bulk-13`,
        message: expect.stringMatching(
          /^access denied: cloudformation:GetTemplate on stack bulk-13 in eu-west-1 is not allowed for these credentials \(User: .* is not authorized to perform: cloudformation:GetTemplate/,
        ) as unknown as string,
      },
    ]);
    expect(report.summary.templates).toBe(51);
    expect(r.stdout).not.toMatch(/cloudformation:\/\/eu-west-1\/gone/);
    expect(proxy.throttled).toEqual(['bulk-07']);
    // Every call is one the README's read-only policy allows; the exports came in two pages.
    const policy = /```json\n(\{[\s\S]*?\})\n```/.exec(
      readFileSync(join(ROOT, 'README.md'), 'utf8').slice(readFileSync(join(ROOT, 'README.md'), 'utf8').indexOf('## Deployed stacks')),
    )![1]!;
    const allowed = (JSON.parse(policy) as { Statement: { Action: string[] }[] }).Statement[0]!.Action;
    expect([...new Set(proxy.calls.map((c) => `cloudformation:${c.split('@')[0]}`))].filter((a) => !allowed.includes(a))).toEqual([]);
    expect(proxy.calls.filter((c) => c.startsWith('ListExports@')).length).toBe(2);
    expect(proxy.calls.filter((c) => c.startsWith('ListStacks@')).length).toBe(3); // 52 stacks in pages of 20
    // Not a terminal: no progress bar.
    expect(r.stderr).not.toMatch(/reading stacks/);
    expect(report.findings.map((f) => f.file)).toContain(`cloudformation://${REGION}/qldb-dns-off`);
    expect(r.code).toBe(2);
  });

  test('on a terminal (and not in CI), a progress bar on stderr', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('AWS_') && k !== 'CI'));
    const command = [
      process.execPath,
      BIN,
      'check',
      '--all-stacks',
      '--region',
      REGION,
      '--endpoint-url',
      moto.endpoint,
      '--format',
      'json',
      '--output',
      join(mkdtempSync(join(tmpdir(), 'eg-tty-')), 'r.json'),
    ]
      .map((a) => `'${a}'`)
      .join(' ');
    // `script` runs the command on a pseudo-terminal, as a user's shell would.
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...env, HOME: mkdtempSync(join(tmpdir(), 'eg-home-')), AWS_ACCESS_KEY_ID: 'testing', AWS_SECRET_ACCESS_KEY: 'testing' },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    await new Promise((resolve) => child.on('close', resolve));
    expect(out).toMatch(/reading stacks \[[^\]]*\] \d+\/52/);
  });

  test('an expired token: said once, with what to do', async () => {
    const expired = await startFaultProxy(moto.endpoint, { expired: true });
    const r = await live(['--format', 'json', '--region', REGION, '--endpoint-url', expired.endpoint, '--stack', 'qldb-dns-off']);
    await expired.close();
    expect((JSON.parse(r.stdout) as JsonReport).inputErrors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^the AWS credentials have expired \(cloudformation:ListExports on the exports of eu-west-1\): log in again/),
    ]);
    expect(r.code).toBe(2);
  });
});

describe('what goes wrong is one line naming the stack or the cause, exit 2, never a stack trace', () => {
  test('an unknown stack; the stacks that exist are still checked', async () => {
    const { code, report, stderr } = await json(['--stack', 'no-such-stack', '--stack', 'qldb-dns-off']);
    expect(report.inputErrors).toEqual([
      {
        file: `cloudformation://${REGION}/no-such-stack`,
        message: `no such stack: stack no-such-stack in ${REGION} (Stack with id no-such-stack does not exist)`,
      },
    ]);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['vpc-dns-support']);
    expect(code).toBe(2);
    expect(stderr).not.toMatch(STACK_TRACE);
  });

  test('an endpoint nothing answers on', async () => {
    const closed = moto.endpoint.replace(/:(\d+)$/, (_, p: string) => `:${Number(p) === 1 ? 2 : 1}`);
    const r = await live(['--format', 'json', '--region', REGION, '--endpoint-url', closed, '--stack', 'qldb-dns-off']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.inputErrors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^the CloudFormation endpoint cannot be reached \(cloudformation:ListExports on the exports of eu-west-1: ECONNREFUSED\)$/),
    ]);
    expect(r.code).toBe(2);
  });

  test('no credentials anywhere in the provider chain', async () => {
    const r = await live(['--format', 'json', '--region', REGION, '--endpoint-url', moto.endpoint, '--stack', 'qldb-dns-off'], {
      AWS_ACCESS_KEY_ID: '',
      AWS_SECRET_ACCESS_KEY: '',
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.inputErrors.map((e) => e.message)).toEqual([expect.stringMatching(/^no AWS credentials found: /)]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  test('no region: said, not guessed', async () => {
    const r = await live(['--format', 'json', '--endpoint-url', moto.endpoint, '--stack', 'qldb-dns-off']);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.inputErrors.map((e) => e.message)).toEqual([expect.stringMatching(/^no AWS region: pass --region or set AWS_REGION/)]);
    expect(r.code).toBe(2);
  });
});

test("the Action reads the stacks input with the job's credentials (as configure-aws-credentials leaves them); annotations name the stack", () => {
  const workspace = mkdtempSync(join(tmpdir(), 'eg-action-stacks-'));
  const env = {
    AWS_ACCESS_KEY_ID: TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: TEST_CREDENTIALS.secretAccessKey,
    AWS_ENDPOINT_URL: moto.endpoint,
    HOME: workspace,
  };
  const r = measuredAction(workspace, { paths: '', stacks: 'qldb-dns-off', region: REGION }, {}, 'schedule', env);
  expect(r.stdout).toMatch(new RegExp(`^::error title=vpc-dns-support::cloudformation://${REGION}/qldb-dns-off:\\d+: .*sets EnableDnsHostnames false`, 'm'));
  expect(r.stdout).not.toMatch(/input error/);
  expect(r.outputs.errors).toBe('1');
  expect(r.code).toBe(1);
});
