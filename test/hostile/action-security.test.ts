/**
 * The bundled Action under the events strangers' pull requests run it with: `pull_request` from a fork and
 * `pull_request_target`. The runner's environment (a planted canary) and files outside the workspace never reach the
 * log, the summary, the outputs or the SARIF file; only-changed follows a changed fragment to the services that
 * include it, and reads file names that git would quote (non-ASCII) as they are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { canary, expectContained, measuredAction, pullRequestEvent, pullRequestRepo } from './run.js';

const ENV = canary();

const SERVICE = (subnets: string) =>
  [
    'service: s',
    'provider:',
    '  name: aws',
    '  vpc:',
    '    securityGroupIds: [sg-1]',
    `    subnetIds: ${subnets}`,
    'functions:',
    '  f: {handler: h.h}',
    'resources:',
    '  - ${file(resources/net.yml)}',
    '',
  ].join('\n');
const NET_GOOD = 'Resources:\n  Rt: {Type: AWS::EC2::RouteTable, Properties: {VpcId: vpc-1}}\n';
const NET_IGW = `${NET_GOOD}  Igw: {Type: AWS::EC2::InternetGateway}\n  R: {Type: AWS::EC2::Route, Properties: {RouteTableId: !Ref Rt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}}\n  A: {Type: AWS::EC2::SubnetRouteTableAssociation, Properties: {SubnetId: !Ref S, RouteTableId: !Ref Rt}}\n  S: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.0.0/24}}\n`;

const EVENTS = [
  ['pull_request', 'fork/app'],
  ['pull_request_target', 'fork/app'],
  ['pull_request', 'org/app'],
] as const;

describe.each(EVENTS)('%s from %s', (eventName, headRepo) => {
  test('${env:…} and ${file(/proc/self/environ)} print nothing of the runner', () => {
    const { repo, base, head } = pullRequestRepo(
      { 'resources/net.yml': NET_GOOD },
      { 'env/serverless.yml': SERVICE('!Split [",", "${env:EG_CANARY}"]'), 'proc/serverless.yml': SERVICE('["${file(/proc/self/environ)}"]') },
    );
    const r = measuredAction(repo, { 'sarif-file': 'out.sarif', format: 'json' }, pullRequestEvent(base, head, headRepo), eventName, { EG_CANARY: ENV });
    expectContained(r, 1);
    const everything = [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), readFileSync(join(repo, 'out.sarif'), 'utf8')].join('\n');
    expect(everything).not.toContain(ENV);
    expect(r.stdout).toMatch(
      /^::error title=endpoint-guard input error::proc\/serverless\.yml:6:17: \$\{file\(\/proc\/self\/environ\)\} is not read: it is outside the project root/m,
    );
    expect(r.stdout).toContain('the environment is not read');
  });

  test('only-changed: a changed fragment re-checks the service that includes it', () => {
    const { repo, base, head } = pullRequestRepo(
      {
        'svc/serverless.yml': SERVICE('[!Ref S]').replace('resources/net.yml', '../resources/net.yml'),
        'resources/net.yml': NET_GOOD.replace('Rt:', 'S: {Type: AWS::EC2::Subnet, Properties: {VpcId: vpc-1, CidrBlock: 10.0.0.0/24}}\n  Rt:'),
        'other/t.yaml': 'x: 1\n',
      },
      { 'resources/net.yml': NET_IGW },
    );
    const r = measuredAction(repo, { 'only-changed': 'true' }, pullRequestEvent(base, head, headRepo), eventName);
    expectContained(r, 1);
    expect(r.stdout).toMatch(/only-changed: 1 of 1 changed files are under \., and 1 service\(s\) include some of them/);
    expect(r.stdout).toMatch(/^::error title=lambda-subnet-no-igw,file=svc\/serverless\.yml,line=\d+,col=\d+::f /m);
  });

  test('only-changed: a non-ASCII file name (quoted by git diff without -z) is found and checked', () => {
    const bad =
      "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Ep:\n    Type: AWS::EC2::VPCEndpoint\n    Properties: {VpcId: vpc-1, ServiceName: com.amazonaws.us-east-1.s3}\n";
    const { repo, base, head } = pullRequestRepo({ 'README.md': 'x\n' }, { 'stäcks/tëmplate "1".yaml': bad });
    const r = measuredAction(repo, { 'only-changed': 'true' }, pullRequestEvent(base, head, headRepo), eventName);
    expectContained(r, 1);
    expect(r.stdout).not.toMatch(/no such file/);
    expect(r.stdout).toMatch(/^::error title=endpoint-policy-scoped,file=stäcks\/tëmplate "1"\.yaml,line=3,col=3::/m);
  });
});
