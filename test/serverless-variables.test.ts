/** Serverless Framework variables, each kind resolved (or UNKNOWN) as the framework would, seen through the model. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { toCloudFormation } from '../src/engine/load/adapters/index.js';
import { readTemplate } from '../src/engine/load/read-template.js';
import { child } from '../src/engine/load/source-node.js';
import { Resolver } from '../src/engine/resolve/resolver.js';
import { display } from '../src/engine/resolve/value.js';
import { cli, type JsonReport } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

/** Writes a serverless.yml whose `resources` hold `Out: {Type: AWS::SSM::Parameter, Properties: {Value: <expr>}}`. */
async function resolveIn(
  expr: string,
  options: { stage?: string; region?: string; env?: Record<string, string> | undefined } = {},
  extra = '',
): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'eg-sls-'));
  mkdirSync(join(dir, 'config'));
  writeFileSync(join(dir, 'config', 'net.yml'), 'vpc:\n  cidr: 10.9.0.0/16\n');
  const file = join(dir, 'serverless.yml');
  writeFileSync(
    file,
    `service: orders
provider:
  name: aws
  stage: \${opt:stage, 'dev'}
  region: \${opt:region, 'eu-west-1'}
custom:
  ports: {dev: 443, prod: 8443}
  nested: {deep: {value: found}}
${extra}
resources:
  Resources:
    Out:
      Type: AWS::SSM::Parameter
      Properties:
        Type: String
        Value: ${expr}
`,
  );
  const read = readTemplate(file);
  if (read.status !== 'template') throw new Error(read.status);
  const view = await toCloudFormation(read.document, { ...options, env: 'env' in options ? options.env : {} });
  const value = new Resolver(view.root, { pseudo: view.pseudo }).resolve(child(child(child(child(view.root, 'Resources'), 'Out'), 'Properties'), 'Value'));
  return value ? display(value) : 'NoValue';
}

describe('sources', () => {
  test.each([
    ['${self:service}', 'orders'],
    ['${self:custom.nested.deep.value}', 'found'],
    ['${self:provider.stage}', 'dev'],
    ["${opt:stage, 'dev'}-x", 'dev-x'],
    ['${sls:stage}', 'dev'],
    ['${aws:region}', 'eu-west-1'],
    ["${env:EG_UNSET_FOR_TEST, 'fallback'}", 'fallback'],
    ['${self:custom.ports.${sls:stage}}', '443'],
    ['${opt:stage, self:provider.stage}', 'dev'],
    ['${file(./config/net.yml):vpc.cidr}', '10.9.0.0/16'],
  ])('%s → %s', async (expr, expected) => {
    expect(await resolveIn(`"${expr}"`)).toBe(expected);
  });

  test('${param:x} reads the v4 params block: the stage first, then default', async () => {
    const params = 'params:\n  default: {cidr: 10.1.0.0/16, name: base}\n  prod: {cidr: 10.2.0.0/16}';
    expect(await resolveIn('"${param:cidr}/${param:name}"', {}, params)).toBe('10.1.0.0/16/base');
    expect(await resolveIn('"${param:cidr}/${param:name}"', { stage: 'prod' }, params)).toBe('10.2.0.0/16/base');
  });

  test("provider.variableSyntax's common ${{…}} form (frameworks v1/v2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-sls-braces-'));
    const file = join(dir, 'serverless.yml');
    writeFileSync(
      file,
      `service: braces\nprovider:\n  name: aws\n  variableSyntax: "\\\\\${{([ ~:a-zA-Z0-9._\\\\'\\",\\\\-\\\\/\\\\(\\\\)]+?)}}"\nresources:\n  Resources:\n    Out: {Type: AWS::SSM::Parameter, Properties: {Type: String, Value: "\${{self:service}}-\${AWS::Region}"}}\n`,
    );
    const read = readTemplate(file);
    if (read.status !== 'template') throw new Error(read.status);
    const view = await toCloudFormation(read.document, { env: {} });
    expect(child(child(child(child(view.root, 'Resources'), 'Out'), 'Properties'), 'Value')).toMatchObject({ kind: 'scalar', value: 'braces-${AWS::Region}' });
  });

  test('${env:X} reads the environment', async () => {
    expect(await resolveIn('"${env:EG_VAR, \'no\'}"', { env: { EG_VAR: 'yes' } })).toBe('yes');
  });

  test('--stage and --region set opt:stage and opt:region, and everything that follows from them', async () => {
    expect(await resolveIn('"${self:custom.ports.${sls:stage}}"', { stage: 'prod' })).toBe('8443');
    expect((await resolveIn('"${aws:region}/${AWS::Region}"', { region: 'ap-south-1' })).replace(/\s/g, '')).toBe('ap-south-1/${AWS::Region}');
    expect(await resolveIn('!Sub "${AWS::Region}"', { region: 'ap-south-1' })).toBe('ap-south-1');
  });

  test('${aws:accountId} and #{AWS::AccountId} are the AccountId pseudo parameter; #{Resource} is a reference', async () => {
    expect(await resolveIn('"arn:aws:iam::${aws:accountId}:role/x"')).toBe('arn:aws:iam::${AWS::AccountId}:role/x');
    expect(await resolveIn('"arn:aws:iam::#{AWS::AccountId}:role/x"')).toBe('arn:aws:iam::${AWS::AccountId}:role/x');
    expect(await resolveIn('"#{Out.Value}/x"')).toBe('${Out.Value}/x');
  });

  test.each(['${ssm:/vpc/id}', '${cf:network.VpcId}', '${file(./missing.yml):x}', '${param:cidr}'])('%s is UNKNOWN, with its reason', async (expr) => {
    expect(await resolveIn(`"${expr}"`)).toMatch(/^<unknown: .+>$/);
  });

  test("an address built from a variable without a value is UNKNOWN for that variable's reason", async () => {
    expect(await resolveIn('"${self:custom.byStage.${opt:nothing}}"', {}, 'byStage: {dev: x}')).toBe('<unknown: ${opt:nothing} has no value here>');
    expect(await resolveIn('"${self:custom.byStage.${opt:nothing}, \'fallback\'}"', {}, 'byStage: {dev: x}')).toBe('fallback');
    expect(await resolveIn('"${self:custom.byStage.${aws:accountId}}"', {}, 'byStage: {dev: x}')).toBe(
      '<unknown: ${self:custom.byStage.${AWS::AccountId}} has no value here>',
    );
  });

  test('a variable that refers to itself is UNKNOWN, not a hang', async () => {
    expect(await resolveIn('"${self:selfref}"', {}, 'selfref: ${self:selfref}')).toMatch(/^<unknown: .*refers to itself/);
  });
});

test('CLI: --stage decides a finding (port 443 in dev, 8443 in prod)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eg-sls-cli-'));
  writeFileSync(
    join(dir, 'serverless.yml'),
    `service: s
provider: {name: aws, stage: "\${opt:stage, 'dev'}", region: eu-west-1}
custom:
  port: {dev: 443, prod: 8443}
functions:
  fn:
    handler: h.h
    vpc: {securityGroupIds: [!Ref FnSg], subnetIds: [subnet-0123456789abcdef0]}
resources:
  Resources:
    FnSg: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: fn, VpcId: vpc-0123456789abcdef0}}
    EpSg:
      Type: AWS::EC2::SecurityGroup
      Properties:
        GroupDescription: ep
        VpcId: vpc-0123456789abcdef0
        SecurityGroupIngress:
          - {IpProtocol: tcp, FromPort: "\${self:custom.port.\${sls:stage}}", ToPort: "\${self:custom.port.\${sls:stage}}", SourceSecurityGroupId: !Ref FnSg}
    Ep:
      Type: AWS::EC2::VPCEndpoint
      Properties: {VpcEndpointType: Interface, VpcId: vpc-0123456789abcdef0, ServiceName: com.amazonaws.eu-west-1.sqs, SecurityGroupIds: [!Ref EpSg], SubnetIds: [subnet-0123456789abcdef0], PolicyDocument: {Statement: [{Effect: Allow, Principal: {AWS: "arn:aws:iam::#{AWS::AccountId}:role/s-dev-eu-west-1-lambdaRole"}, Action: sqs:SendMessage, Resource: "arn:aws:sqs:eu-west-1:#{AWS::AccountId}:q"}]}}
`,
  );
  const file = join(dir, 'serverless.yml');
  expect(cli(['check', file]).code).toBe(0);
  const prod = cli(['check', '--format', 'json', '--stage', 'prod', file]);
  expect(prod.code).toBe(1);
  expect(
    (JSON.parse(prod.stdout) as { findings: { ruleId: string; line: number; level: string }[] }).findings
      .filter((f) => f.level === 'error')
      .map((f) => [f.ruleId, f.line]),
  ).toStrictEqual([['endpoint-sg-ingress', 18]]);
});

test('CLI: an include that cannot be parsed is an input error at its own line, and the other inputs are still checked', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eg-sls-include-'));
  mkdirSync(join(dir, 'svc'));
  writeFileSync(join(dir, 'svc', 'serverless.yml'), 'service: s\nprovider:\n  name: aws\nresources:\n  - ${file(frag.yml)}\n');
  writeFileSync(join(dir, 'svc', 'frag.yml'), 'Resources:\n  X: [\n');
  const r = cli(['check', '--format', 'json', 'svc/serverless.yml', join(ROOT, 'test/templates/rules/vpc-dns-support/bad-dns-support-false.yaml')], dir);
  const report = JSON.parse(r.stdout) as JsonReport;
  expect(r.code).toBe(2);
  expect(report.inputErrors).toStrictEqual([
    {
      file: join('svc', 'frag.yml'),
      line: 3,
      column: 1,
      message: expect.stringMatching(/^invalid YAML: .* \(included by \$\{file\(frag\.yml\)\} at svc\/serverless\.yml:5\)$/) as unknown as string,
    },
  ]);
  expect(report.findings.filter((f) => f.ruleId === 'vpc-dns-support').map((f) => f.line)).toStrictEqual([10]);
});

describe('more sources and forms', () => {
  test.each([
    ['"${aws:partition}"', '<unknown: ${aws:partition}>'],
    ['!Sub "a-${self:service}-${AWS::AccountId}"', 'a-orders-${AWS::AccountId}'],
    ['!Sub "a-${ssm:/x}-${aws:accountId}"', 'a-<unknown>-${AWS::AccountId}'],
    ['!Sub ["${A}-${self:service}", {A: "${self:service}"}]', 'orders-orders'],
    ['"${file(./config/net.yml):vpc}"', '{cidr}'],
  ])('%s → %s', async (expr, expected) => {
    expect(await resolveIn(expr)).toBe(expected);
  });

  test('${env:X} without --env is not read, and says how to read it', async () => {
    expect(await resolveIn('"${env:HOME}"', { env: undefined })).toBe(
      '<unknown: ${env:HOME}: the environment is not read (endpoint-guard check --env reads it)>',
    );
  });

  test.each([
    ['"${file(../../etc/passwd)}"', /^\$\{file\(\.\.\/\.\.\/etc\/passwd\)\} is not read: it is outside the project root \/.+ \(--root sets it\)$/],
    ['"${file(./config)}"', /^\$\{file\(\.\/config\)\} is not read: a directory, not a file$/],
  ])('%s is an input error at the variable', async (expr, message) => {
    await expect(resolveIn(expr)).rejects.toThrow(message);
  });
});
