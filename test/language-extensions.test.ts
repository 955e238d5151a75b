/** The AWS::LanguageExtensions transform's Fn::ForEach, expanded as CloudFormation does before anything is checked. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { expandForEach } from '../src/engine/load/adapters/language-extensions.js';
import { ExpansionBudget } from '../src/engine/load/budget.js';
import { parseYaml } from '../src/engine/load/parse-yaml.js';
import { toPlain, type MapNode } from '../src/engine/load/source-node.js';

const expand = (yaml: string) => {
  const { root, notes } = expandForEach(parseYaml('t.yaml', yaml).root as MapNode, new ExpansionBudget('t.yaml'));
  return { resources: toPlain(root) as { Resources: Record<string, unknown> }, notes: notes.map((n) => [n.message, n.loc.line]), root };
};

test('a loop over a literal list: keys and values substituted, Ref of the identifier replaced by the item', () => {
  const { resources, notes } = expand(`Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Queues:
    - Name
    - [orders, invoices]
    - Queue\${Name}:
        Type: AWS::SQS::Queue
        Properties:
          QueueName: !Ref Name
          Tags: [{Key: app, Value: !Sub 'q-\${Name}'}]
`);
  expect(notes).toStrictEqual([]);
  expect(resources.Resources).toStrictEqual({
    Queueorders: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'orders', Tags: [{ Key: 'app', Value: { 'Fn::Sub': 'q-orders' } }] } },
    Queueinvoices: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'invoices', Tags: [{ Key: 'app', Value: { 'Fn::Sub': 'q-invoices' } }] } },
  });
});

test('a CommaDelimitedList parameter default, &{} for non-alphanumeric items, and nested loops', () => {
  const { resources } = expand(`Parameters:
  Zones: {Type: CommaDelimitedList, Default: "a, b"}
Resources:
  Fn::ForEach::Outer:
    - Zone
    - !Ref Zones
    - Fn::ForEach::Inner:
        - Cidr
        - [10.0.1.0/24]
        - Subnet\${Zone}&{Cidr}:
            Type: AWS::EC2::Subnet
            Properties: {CidrBlock: !Ref Cidr, AvailabilityZone: !Sub '\${AWS::Region}\${Zone}'}
`);
  expect(Object.keys(resources.Resources)).toStrictEqual(['Subneta1001024', 'Subnetb1001024']);
  expect(resources.Resources.Subnetb1001024).toStrictEqual({
    Type: 'AWS::EC2::Subnet',
    Properties: { CidrBlock: '10.0.1.0/24', AvailabilityZone: { 'Fn::Sub': '${AWS::Region}b' } },
  });
});

test('the copies keep the loop body positions; a collection not known before deployment is left out with a note', () => {
  const { root, notes, resources } = expand(`Parameters:
  Names: {Type: CommaDelimitedList}
Resources:
  Fn::ForEach::Known:
    - N
    - [x]
    - Topic\${N}:
        Type: AWS::SNS::Topic
  Fn::ForEach::Unknown:
    - N
    - !Ref Names
    - Queue\${N}:
        Type: AWS::SQS::Queue
`);
  expect(Object.keys(resources.Resources)).toStrictEqual(['Topicx']);
  const topic = (root.entries.find((e) => e.key === 'Resources')!.value as MapNode).entries[0]!;
  expect(topic.keyLoc.line).toBe(7);
  expect(notes).toStrictEqual([['Fn::ForEach::Unknown loops over a collection not known before deployment: its resources are not checked', 9]]);
});

test('a loop over a collection from Mappings is expanded; what an unknown loop refers to is checked with notes only', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eg-foreach-'));
  const file = join(dir, 't.yaml');
  writeFileSync(
    file,
    `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::LanguageExtensions
Parameters:
  Ports: {Type: CommaDelimitedList}
Mappings:
  Services: {all: {Names: [sqs]}}
Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16, EnableDnsSupport: true, EnableDnsHostnames: true}}
  Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}}
  LambdaSG: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: fn, VpcId: !Ref Vpc}}
  EndpointSG: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: ep, VpcId: !Ref Vpc}}
  Fn::ForEach::Rules:
    - Port
    - !Ref Ports
    - In\${Port}: {Type: AWS::EC2::SecurityGroupIngress, Properties: {GroupId: !Ref EndpointSG, IpProtocol: tcp, FromPort: !Ref Port, ToPort: !Ref Port, SourceSecurityGroupId: !Ref LambdaSG}}
  Function:
    Type: AWS::Lambda::Function
    Properties: {Runtime: python3.12, Handler: index.handler, Role: 'arn:aws:iam::123456789012:role/fn', Code: {ZipFile: x}, VpcConfig: {SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref LambdaSG]}}
  Fn::ForEach::Endpoints:
    - Svc
    - !FindInMap [Services, all, Names]
    - \${Svc}Endpoint: {Type: AWS::EC2::VPCEndpoint, Properties: {VpcEndpointType: Interface, ServiceName: !Sub 'com.amazonaws.\${AWS::Region}.\${Svc}', VpcId: !Ref Vpc, SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref EndpointSG]}}
`,
  );
  const result = await check([file]);
  // The endpoint from Mappings exists (no policy: an error about it); EndpointSG's and LambdaSG's rules may come from the unknown loop.
  expect(result.findings.filter((f) => f.level !== 'note').map((f) => [f.ruleId, f.logicalId])).toStrictEqual([
    ['endpoint-policy-scoped', 'sqsEndpoint'],
    ['endpoint-private-dns', 'sqsEndpoint'],
  ]);
  expect(result.findings.filter((f) => f.logicalId === 'EndpointSG').map((f) => [f.ruleId, f.level, f.line])).toStrictEqual([
    ['endpoint-sg-ingress', 'note', 11],
  ]);
  expect(result.findings.find((f) => f.logicalId === 'EndpointSG')!.message).toMatch(
    /^cannot verify \(Fn::ForEach::Rules may add to it\): EndpointSG .* allows no ingress/,
  );
});

test.each([
  ['two items instead of three', '[Name, [a]]'],
  ['an identifier that is not text', '[[x], [a], {"Q${x}": {Type: AWS::SQS::Queue}}]'],
  ['a body that is not a map', '[Name, [a], [b]]'],
  ['a mapping instead of a list', '{Name: [a]}'],
])('a loop written wrong (%s) is left out with a note, not expanded', (_name, loop) => {
  const { resources, notes } = expand(`Resources:\n  Keep: {Type: AWS::SQS::Queue}\n  Fn::ForEach::Bad: ${loop}\n`);
  expect(resources.Resources).toStrictEqual({ Keep: { Type: 'AWS::SQS::Queue' } });
  expect(notes).toStrictEqual([['Fn::ForEach::Bad is not a loop this tool can expand: its resources are not checked', 3]]);
});

test('loops nested more than five deep are not expanded', () => {
  const nest = (depth: number): string =>
    depth === 0 ? '{"Q${A}": {Type: AWS::SQS::Queue}}' : `{Fn::ForEach::L${depth}: [I${depth}, [x], ${nest(depth - 1)}]}`;
  expect(expand(`Resources:\n  Fn::ForEach::Top: [A, [a], ${nest(5)}]\n`).notes).toStrictEqual([]);
  expect(expand(`Resources:\n  Fn::ForEach::Top: [A, [a], ${nest(6)}]\n`).notes).toStrictEqual([
    ['Fn::ForEach::L1 is not a loop this tool can expand: its resources are not checked', 2],
  ]);
});

test('a collection from Mappings, a list with an item not known, and loops in Conditions and Outputs', () => {
  const { resources, notes } = expand(`Mappings:
  Lists: {Queues: {Names: [a, b]}, Bad: {Names: !Ref X}}
Conditions:
  Fn::ForEach::Is:
    - N
    - [x]
    - Is\${N}: !Equals [!Ref N, x]
Resources:
  Fn::ForEach::FromMap:
    - N
    - !FindInMap [Lists, Queues, Names]
    - Q\${N}: {Type: AWS::SQS::Queue}
  Fn::ForEach::MissingMap:
    - N
    - !FindInMap [Lists, Nope, Names]
    - M\${N}: {Type: AWS::SQS::Queue}
  Fn::ForEach::UnknownItem:
    - N
    - [a, !Ref Other]
    - U\${N}: {Type: AWS::SQS::Queue, Properties: {RedrivePolicy: {deadLetterTargetArn: !GetAtt Dlq.Arn}, Tags: [!Ref Shared]}}
Outputs:
  Fn::ForEach::Out:
    - N
    - [a]
    - Out\${N}: {Value: !Ref N}
`);
  expect(Object.keys(resources.Resources)).toStrictEqual(['Qa', 'Qb']);
  expect((resources as unknown as { Conditions: unknown }).Conditions).toStrictEqual({ Isx: { 'Fn::Equals': ['x', 'x'] } });
  expect((resources as unknown as { Outputs: unknown }).Outputs).toStrictEqual({ Outa: { Value: 'a' } });
  expect(notes).toStrictEqual([
    ['Fn::ForEach::MissingMap loops over a collection not known before deployment: its resources are not checked', 13],
    ['Fn::ForEach::UnknownItem loops over a collection not known before deployment: its resources are not checked', 17],
  ]);
});

test('what a loop left out refers to is uncertain: a rule it may add changes that resource', () => {
  const { root } = parseYamlAndExpand(`Parameters:
  Ports: {Type: CommaDelimitedList}
Resources:
  Group: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: g}}
  Fn::ForEach::Rules:
    - Port
    - !Ref Ports
    - Rule\${Port}:
        Type: AWS::EC2::SecurityGroupIngress
        Properties: {GroupId: !GetAtt Group.GroupId, SourceSecurityGroupId: !GetAtt [Other, GroupId], Description: !Ref Tag}
`);
  expect(root).toStrictEqual(
    new Map([
      ['Group', 'Fn::ForEach::Rules may add to it'],
      ['Other', 'Fn::ForEach::Rules may add to it'],
      ['Tag', 'Fn::ForEach::Rules may add to it'],
      ['Ports', 'Fn::ForEach::Rules may add to it'],
    ]),
  );
});

function parseYamlAndExpand(yaml: string) {
  return { root: expandForEach(parseYaml('t.yaml', yaml).root as MapNode, new ExpansionBudget('t.yaml')).uncertain };
}
