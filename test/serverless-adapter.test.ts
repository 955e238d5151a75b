/**
 * The Serverless Framework adapter follows the framework's own compilation: regressions for what a review of real
 * usage found (stage precedence, list forms, per-key vpc inheritance, merged overrides, conditions, includes).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { cli } from './helpers/cli.js';

/** A small network: PublicSubnetB routes 0.0.0.0/0 to an internet gateway; PrivateSubnetA has no such route. */
const NETWORK = `Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  PrivateSubnetA: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a}}
  PublicSubnetB: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: eu-west-1b}}
  Igw: {Type: AWS::EC2::InternetGateway}
  PublicTable: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
  PublicRoute: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref PublicTable, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}}
  PublicAssoc: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref PublicSubnetB, RouteTableId: !Ref PublicTable}}
  LambdaSecurityGroup: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: fn, VpcId: !Ref Vpc, SecurityGroupEgress: [{IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}]}}
`;

function service(yml: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'eg-sls-adapter-'));
  for (const [name, text] of Object.entries({ 'net.yml': NETWORK, ...files })) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  writeFileSync(join(dir, 'serverless.yml'), yml);
  return dir;
}

const errors = async (paths: string[], options = {}) =>
  (await check(paths, options)).findings.filter((f) => f.level === 'error').map((f) => `${f.ruleId} ${f.logicalId}`);
const SG = '[!GetAtt LambdaSecurityGroup.GroupId]';

test('--stage wins over provider.stage, as in the framework (and selects v4 params)', async () => {
  const dir = service(`service: s
provider: {name: aws, stage: dev, region: eu-west-1}
params:
  prod: {subnet: PublicSubnetB}
  dev: {subnet: PrivateSubnetA}
functions:
  hello: {handler: h.h, vpc: {securityGroupIds: ${SG}, subnetIds: [{Ref: "\${param:subnet}"}]}}
resources: ["\${file(net.yml)}"]
`);
  expect(await errors([join(dir, 'serverless.yml')])).toStrictEqual([]);
  expect(await errors([join(dir, 'serverless.yml')], { stage: 'prod' })).toStrictEqual(['lambda-subnet-no-igw hello']);
});

test('v4 stages.<stage>.params', async () => {
  const dir = service(`service: s
provider: {name: aws, region: eu-west-1}
stages:
  default: {params: {subnet: PublicSubnetB}}
functions:
  hello: {handler: h.h, vpc: {securityGroupIds: ${SG}, subnetIds: [{Ref: "\${param:subnet}"}]}}
resources: ["\${file(net.yml)}"]
`);
  expect(await errors([join(dir, 'serverless.yml')])).toStrictEqual(['lambda-subnet-no-igw hello']);
});

test('functions given as a list of maps and includes', async () => {
  const dir = service(
    `service: s
provider: {name: aws, region: eu-west-1}
functions:
  - \${file(fns.yml)}
  - world: {handler: w.h, vpc: {securityGroupIds: ${SG}, subnetIds: [!Ref PublicSubnetB]}}
resources: ["\${file(net.yml)}"]
`,
    { 'fns.yml': `hello: {handler: h.h, vpc: {securityGroupIds: ${SG.replace('!GetAtt', '!GetAtt')}, subnetIds: [!Ref PublicSubnetB]}}\n` },
  );
  expect((await errors([join(dir, 'serverless.yml')])).sort()).toStrictEqual(['lambda-subnet-no-igw hello', 'lambda-subnet-no-igw world']);
});

describe('vpc is inherited key by key, as the framework compiles it', () => {
  const dir = service(`service: s
provider:
  name: aws
  region: eu-west-1
  vpc: {securityGroupIds: ${SG}, subnetIds: [!Ref PublicSubnetB]}
functions:
  nullVpc: {handler: h.h, vpc: ~}
  emptyVpc: {handler: h.h, vpc: {}}
  groupsOnly: {handler: h.h, vpc: {securityGroupIds: ${SG}}}
  ownSubnets: {handler: h.h, vpc: {subnetIds: [!Ref PrivateSubnetA]}}
resources: ["\${file(net.yml)}"]
`);
  test('missing keys come from provider.vpc; `vpc: ~` takes the function out of the VPC', async () => {
    expect((await errors([join(dir, 'serverless.yml')])).sort()).toStrictEqual(['lambda-subnet-no-igw emptyVpc', 'lambda-subnet-no-igw groupsOnly']);
  });
  test('without security groups anywhere there is no VpcConfig at all', async () => {
    const noGroups = service(`service: s
provider: {name: aws, region: eu-west-1}
functions:
  hello: {handler: h.h, vpc: {subnetIds: [!Ref PublicSubnetB]}}
resources: ["\${file(net.yml)}"]
`);
    expect(await errors([join(noGroups, 'serverless.yml')])).toStrictEqual([]);
  });
});

test('resources overriding generated resources are deep-merged into them (Resources and extensions)', async () => {
  const dir = service(`service: s
provider: {name: aws, region: eu-west-1}
functions:
  hello: {handler: h.h}
resources:
  - \${file(net.yml)}
  - Resources:
      IamRoleLambdaExecution: {Properties: {PermissionsBoundary: arn:aws:iam::123456789012:policy/boundary}}
    extensions:
      HelloLambdaFunction: {Properties: {VpcConfig: {SecurityGroupIds: ${SG}, SubnetIds: [!Ref PublicSubnetB]}}}
`);
  expect(await errors([join(dir, 'serverless.yml')])).toStrictEqual(['lambda-subnet-no-igw hello']);
});

test("a function's condition is its resource's Condition", async () => {
  const dir = service(`service: s
provider: {name: aws, region: eu-west-1}
functions:
  hello: {handler: h.h, condition: IsProd, vpc: {securityGroupIds: ${SG}, subnetIds: [!Ref PublicSubnetB]}}
resources:
  - \${file(net.yml)}
  - Conditions: {IsProd: !Equals [a, b]}
`);
  expect(await errors([join(dir, 'serverless.yml')])).toStrictEqual([]);
});

test('many variables in one string, and several variables separated by commas, all resolve', async () => {
  const arns = Array.from({ length: 8 }, (_, i) => `"arn:aws:sqs:\${self:provider.region}:\${self:custom.account}:\${self:service}-\${sls:stage}-q${i}"`).join(
    ', ',
  );
  const dir = service(`service: s
provider: {name: aws, region: eu-west-1}
custom: {account: '123456789012', reader: 'arn:aws:iam::123456789012:role/reader'}
resources:
  Resources:
    Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
    Rt: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
    Ep:
      Type: AWS::EC2::VPCEndpoint
      Properties:
        VpcId: !Ref Vpc
        ServiceName: com.amazonaws.eu-west-1.s3
        RouteTableIds: [!Ref Rt]
        PolicyDocument: '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "\${self:custom.reader}"}, "Action": "sqs:SendMessage", "Resource": [${arns}]}]}'
    Ep2:
      Type: AWS::EC2::VPCEndpoint
      Properties:
        VpcId: !Ref Vpc
        ServiceName: com.amazonaws.eu-west-1.s3
        RouteTableIds: [!Ref Rt]
        PolicyDocument: {Statement: [{Effect: Allow, Principal: {AWS: !Split [",", "\${self:custom.reader},\${env:EG_UNSET, 'arn:aws:iam::123456789012:role/writer'}"]}, Action: s3:GetObject, Resource: "arn:aws:s3:::b/*"}]}
`);
  const result = await check([join(dir, 'serverless.yml')]);
  expect(result.findings.filter((f) => f.ruleId === 'endpoint-policy-scoped')).toStrictEqual([]); // no error, and no "cannot verify" note either
  expect(await errors([join(dir, 'serverless.yml')])).toStrictEqual([]);
  // The same template with the reader role's ARN broken into an account root is flagged: the test is not vacuous.
  // (A note: no Lambda function of this template is in the endpoints' VPC, so their consumers are not known here.)
  writeFileSync(join(dir, 'serverless.yml'), readFileSync(join(dir, 'serverless.yml'), 'utf8').replace("role/reader'", "root'"));
  const broken = (await check([join(dir, 'serverless.yml')])).findings.filter((f) => f.ruleId === 'endpoint-policy-scoped');
  expect(broken.map((f) => [f.logicalId, f.level, f.message.includes('arn:aws:iam::123456789012:root is the account root')])).toStrictEqual([
    ['Ep', 'note', true],
    ['Ep2', 'note', true],
  ]);
});

test('a directory scan checks an included fragment through its serverless.yml and on its own (contract: a service cannot take a template out of the check); alike findings once', async () => {
  const dir = service(`service: s
provider: {name: aws, region: eu-west-1}
functions:
  hello: {handler: h.h, vpc: {securityGroupIds: ${SG}, subnetIds: [!Ref PublicSubnetB]}}
resources: ["\${file(net.yml)}"]
`);
  const result = await check([dir]);
  expect(result.checked).toStrictEqual([join(dir, 'net.yml'), join(dir, 'serverless.yml')]);
  expect(result.findings.filter((f) => f.level === 'error').map((f) => f.logicalId)).toStrictEqual(['hello']);
  const keys = result.findings.map((f) => JSON.stringify([f.ruleId, f.file, f.line, f.column, f.logicalId, f.message]));
  expect(new Set(keys).size).toBe(keys.length);
});

test('an include outside the service folder (inside its Git work tree) is reported at its real path', async () => {
  const root = mkdtempSync(join(tmpdir(), 'eg-sls-outside-'));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'svc'));
  mkdirSync(join(root, 'svc-shared'));
  writeFileSync(
    join(root, 'svc-shared', 'endpoint.yml'),
    'Resources:\n  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}\n  Ep: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcId: !Ref Vpc, ServiceName: com.amazonaws.eu-west-1.s3}}\n',
  );
  writeFileSync(join(root, 'svc', 'serverless.yml'), 'service: s\nprovider: {name: aws}\nresources: ["${file(../svc-shared/endpoint.yml)}"]\n');
  const [finding] = (await check([join(root, 'svc', 'serverless.yml')])).findings.filter((f) => f.level === 'error');
  expect(finding?.file).toBe(join(root, 'svc-shared', 'endpoint.yml'));
});

test('serverless.json is read, and its .serverless/ output not checked again', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eg-sls-json-'));
  mkdirSync(join(dir, '.serverless'));
  writeFileSync(
    join(dir, 'serverless.json'),
    JSON.stringify({
      service: 's',
      provider: { name: 'aws' },
      resources: { Resources: { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } } } },
    }),
  );
  writeFileSync(
    join(dir, '.serverless', 'cloudformation-template-update-stack.json'),
    '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}',
  );
  expect((await check([dir])).checked).toStrictEqual([join(dir, 'serverless.json')]);
});

test('a cdk.out whose manifest names a missing template is an input error (exit 2), never silence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eg-cdk-broken-'));
  mkdirSync(join(dir, 'cdk.out'));
  writeFileSync(
    join(dir, 'cdk.out', 'manifest.json'),
    JSON.stringify({
      version: '36.0.0',
      artifacts: { AppStack: { type: 'aws:cloudformation:stack', properties: { templateFile: 'AppStack.template.json' } } },
    }),
  );
  const r = cli(['check', join(dir, 'cdk.out')]);
  expect(r.code).toBe(2);
  expect(r.stdout + r.stderr).toMatch(/AppStack\.template\.json: listed in .*manifest\.json but missing/);
});

test('a function vpc from a file that cannot be read is UNKNOWN: a "cannot verify" note at the variable, never "not in a VPC"', async () => {
  const file = service(`service: app
provider:
  name: aws
functions:
  worker:
    handler: handler.main
    vpc: \${file(./network.yml):vpc}
`);
  const findings = (await check([file])).findings.filter((f) => f.ruleId === 'lambda-subnet-no-igw');
  expect(findings.map((f) => [f.level, f.logicalId, f.line, f.message])).toStrictEqual([
    ['note', 'worker', 7, 'cannot verify that worker has no route to an internet gateway: its VpcConfig: ${file(./network.yml)} cannot be read here'],
  ]);
});

describe('serverless-iam-roles-per-function', () => {
  const yml = (plugins: string, inherit: string) => `service: s
provider:
  name: aws
  region: eu-west-1
  iam: {role: {statements: [{Effect: Allow, Action: sqs:SendMessage, Resource: '*'}]}}
plugins: [${plugins}]
functions:
  own:
    handler: h.h
    vpc: {securityGroupIds: ${SG}, subnetIds: [!Ref PrivateSubnetA]}
    iamRoleStatements: [{Effect: Allow, Action: dynamodb:GetItem, Resource: '*'}]
${inherit}
  shared: {handler: h.h, vpc: {securityGroupIds: ${SG}, subnetIds: [!Ref PrivateSubnetA]}}
resources: ["\${file(net.yml)}"]
`;
  const services = async (plugins: string, inherit = '') =>
    (await check([join(service(yml(plugins, inherit)), 'serverless.yml')], {})).findings
      .filter((f) => f.ruleId === 'lambda-service-endpoints')
      .map((f) => `${f.logicalId}: ${f.message.slice(f.message.indexOf('add '))}`);

  const DYNAMODB = 'add a Gateway or Interface endpoint com.amazonaws.eu-west-1.dynamodb: dynamodb:GetItem is granted to';
  const SQS = 'add an Interface endpoint com.amazonaws.eu-west-1.sqs: sqs:SendMessage is granted to';

  test('with the plugin, a function with its own statements gets a role of its own; the others share one', async () => {
    expect(await services('serverless-iam-roles-per-function')).toStrictEqual([
      `own: ${DYNAMODB} OwnIamRoleLambdaExecution`,
      `shared: ${SQS} IamRoleLambdaExecution`,
    ]);
  });

  test("with iamRoleStatementsInherit, the function's role holds the shared statements too", async () => {
    expect(await services('serverless-iam-roles-per-function', '    iamRoleStatementsInherit: true')).toStrictEqual([
      `own: ${SQS} OwnIamRoleLambdaExecution; ${DYNAMODB} OwnIamRoleLambdaExecution`,
      `shared: ${SQS} IamRoleLambdaExecution`,
    ]);
  });

  test('without the plugin, function statements are not the framework’s: every function has the shared role', async () => {
    expect(await services('some-other-plugin')).toStrictEqual([`own: ${SQS} IamRoleLambdaExecution`, `shared: ${SQS} IamRoleLambdaExecution`]);
  });
});
