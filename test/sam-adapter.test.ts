/**
 * What the SAM transform does that the network model needs (src/engine/load/adapters/sam/to-cloudformation.ts),
 * asked directly: Globals merged into each function, the execution role SAM generates from Policies, and the
 * event-source mappings of polled events, each as the plain template the model then reads.
 */
import { describe, expect, test } from '@jest/globals';
import { toCloudFormation } from '../src/engine/load/adapters/index.js';
import { samToCloudFormation } from '../src/engine/load/adapters/sam/to-cloudformation.js';
import { parseYaml } from '../src/engine/load/parse-yaml.js';
import { child, toPlain, type MapNode } from '../src/engine/load/source-node.js';

function transform(yaml: string) {
  const { root, notes } = samToCloudFormation(parseYaml('t.yaml', yaml).root as MapNode);
  return { root, resources: toPlain(child(root, 'Resources') ?? root) as Record<string, unknown>, notes };
}

const BASIC = { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' };
const VPC_ACCESS = { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole' };
const roleOf = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });

describe('Globals.Function', () => {
  const yaml = `Globals:
  Function:
    Runtime: python3.12
    Timeout: 3
    Layers: [l1]
    Environment: {Variables: {A: g, B: g}}
    VpcConfig: {SecurityGroupIds: [sg-g], SubnetIds: [subnet-g]}
    Tags: !If [C, {a: 1}, {b: 2}]
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      Timeout: 10
      Layers: [l2]
      Environment: {Variables: {B: f}}
      VpcConfig: {SubnetIds: [subnet-f]}
      Tags: {c: 3}
  Bare:
    Type: AWS::Serverless::Function
  Queue:
    Type: AWS::SQS::Queue
    Properties: {QueueName: q}
`;

  test('scalars overridden, maps merged, lists appended to; the rest untouched', () => {
    const { resources, notes } = transform(yaml);
    expect(notes).toStrictEqual([]);
    expect((resources.Fn as { Properties: unknown }).Properties).toStrictEqual({
      Runtime: 'python3.12',
      Layers: ['l1', 'l2'],
      Environment: { Variables: { A: 'g', B: 'f' } },
      VpcConfig: { SecurityGroupIds: ['sg-g'], SubnetIds: ['subnet-g', 'subnet-f'] },
      Role: 'arn:aws:iam::123456789012:role/r',
      Timeout: 10,
      Tags: { c: 3 },
    });
    expect(resources.Queue).toStrictEqual({ Type: 'AWS::SQS::Queue', Properties: { QueueName: 'q' } });
  });

  test('a function without Properties gets all of Globals, and a role', () => {
    const { resources } = transform(yaml);
    expect(resources.Bare).toStrictEqual({
      Type: 'AWS::Serverless::Function',
      Properties: {
        Runtime: 'python3.12',
        Timeout: 3,
        Layers: ['l1'],
        Environment: { Variables: { A: 'g', B: 'g' } },
        VpcConfig: { SecurityGroupIds: ['sg-g'], SubnetIds: ['subnet-g'] },
        Tags: { 'Fn::If': ['C', { a: 1 }, { b: 2 }] },
        Role: roleOf('BareRole'),
      },
    });
    expect(resources.BareRole).toStrictEqual({ Type: 'AWS::IAM::Role', Properties: { ManagedPolicyArns: [BASIC, VPC_ACCESS] } });
  });

  test('a property of another shape in the function wins as written', () => {
    const { resources } = transform(`Globals:
  Function:
    Layers: {Ref: SharedLayers}
    Tags: {team: a}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      Layers: [own]
      Tags: none
`);
    expect(resources.Fn).toStrictEqual({
      Type: 'AWS::Serverless::Function',
      Properties: { Role: 'arn:aws:iam::123456789012:role/r', Layers: ['own'], Tags: 'none' },
    });
  });

  test('what a function inherits is written at the function, for its findings', () => {
    const { root } = transform(yaml);
    const fn = child(child(root, 'Resources'), 'Fn');
    const props = child(fn, 'Properties');
    expect([
      child(props, 'Runtime')?.loc.line,
      child(props, 'Timeout')?.loc.line,
      child(child(props, 'VpcConfig'), 'SecurityGroupIds')?.loc.line,
    ]).toStrictEqual([10, 14, 10]);
  });
});

describe('the role SAM generates from Policies', () => {
  test('managed policies by name and ARN, inline statements, policy templates, and a choice between them', () => {
    const { resources, notes } = transform(`Resources:
  FnRole: {Type: AWS::SNS::Topic}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - AmazonS3ReadOnlyAccess
        - AWSLambdaSQSQueueExecutionRole
        - arn:aws:iam::123456789012:policy/own
        - !Ref ManagedPolicyParam
        - Statement: [{Effect: Allow, Action: kms:Decrypt, Resource: '*'}]
        - SQSSendMessagePolicy: {QueueName: orders}
          NoSuchTemplate: {}
        - !If [IsProd, {SQSSendMessagePolicy: {QueueName: prod}}, !Ref AWS::NoValue]
        - !If [IsProd, !Ref AWS::NoValue, AmazonDynamoDBReadOnlyAccess]
`);
    expect(notes).toStrictEqual([{ message: 'unknown SAM policy template NoSuchTemplate: what it grants is not known here', loc: { line: 13, column: 11 } }]);
    const sendTo = (queue: string) => ({
      Effect: 'Allow',
      Action: ['sqs:SendMessage*'],
      Resource: [{ 'Fn::Sub': ['arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:${QueueName}', { QueueName: queue }] }],
    });
    expect(resources.FnRoleX).toStrictEqual({
      Type: 'AWS::IAM::Role',
      Properties: {
        ManagedPolicyArns: [
          BASIC,
          { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AmazonS3ReadOnlyAccess' },
          { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole' },
          'arn:aws:iam::123456789012:policy/own',
          { Ref: 'ManagedPolicyParam' },
          { 'Fn::If': ['IsProd', { Ref: 'AWS::NoValue' }, { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AmazonDynamoDBReadOnlyAccess' }] },
        ],
        Policies: [
          {
            PolicyName: 'SamGenerated',
            PolicyDocument: {
              Statement: [
                { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' },
                sendTo('orders'),
                { 'Fn::If': ['IsProd', sendTo('prod'), { Ref: 'AWS::NoValue' }] },
              ],
            },
          },
        ],
      },
    });
    expect((resources.Fn as { Properties: { Role: unknown } }).Properties.Role).toStrictEqual(roleOf('FnRoleX'));
  });

  test('a template with a condition and a star resource', () => {
    const { resources } = transform(`Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Policies: [{AWSSecretsManagerRotationPolicy: {FunctionName: rotate}}]
`);
    const statements = (resources.FnRole as { Properties: { Policies: { PolicyDocument: { Statement: unknown[] } }[] } }).Properties.Policies[0]?.PolicyDocument
      .Statement;
    expect(statements?.[1]).toStrictEqual({ Effect: 'Allow', Action: ['secretsmanager:GetRandomPassword'], Resource: ['*'] });
    expect((statements?.[0] as { Condition: unknown }).Condition).toStrictEqual({
      StringEquals: {
        'secretsmanager:resource/AllowRotationLambdaArn': {
          'Fn::Sub': ['arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${FunctionName}', { FunctionName: 'rotate' }],
        },
      },
    });
  });

  test('a function with its own Role gets no generated one; Properties that are not a map are left alone', () => {
    const { resources } = transform(`Resources:
  Own: {Type: AWS::Serverless::Function, Properties: {Role: !GetAtt R.Arn}}
  Odd: {Type: AWS::Serverless::Function, Properties: not-a-map}
`);
    expect(Object.keys(resources)).toStrictEqual(['Own', 'Odd']);
    expect(resources.Odd).toStrictEqual({ Type: 'AWS::Serverless::Function', Properties: 'not-a-map' });
  });
});

test('polled events become event-source mappings, unless the name is taken', () => {
  const { resources } = transform(`Resources:
  FnStream: {Type: AWS::SNS::Topic}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Role: r
      Events:
        Queue: {Type: SQS, Properties: {Queue: !GetAtt Q.Arn}}
        Stream: {Type: Kinesis, Properties: {Stream: arn:aws:kinesis:eu-west-1:123456789012:stream/s}}
        Table: {Type: DynamoDB, Properties: {Stream: !GetAtt T.StreamArn}}
        Kafka: {Type: MSK, Properties: {Stream: arn:msk}}
        Api: {Type: Api, Properties: {Path: /}}
        NoSource: {Type: SQS, Properties: {}}
`);
  const mapping = (source: unknown) => ({ Type: 'AWS::Lambda::EventSourceMapping', Properties: { FunctionName: { Ref: 'Fn' }, EventSourceArn: source } });
  expect(Object.keys(resources)).toStrictEqual(['FnStream', 'FnQueue', 'FnTable', 'FnKafka', 'Fn']);
  expect([resources.FnQueue, resources.FnTable, resources.FnKafka]).toStrictEqual([
    mapping({ 'Fn::GetAtt': 'Q.Arn' }),
    mapping({ 'Fn::GetAtt': 'T.StreamArn' }),
    mapping('arn:msk'),
  ]);
});

test('a template without a Resources map is returned as it is', () => {
  const root = parseYaml('t.yaml', 'Resources: [a]\n').root as MapNode;
  expect(samToCloudFormation(root)).toStrictEqual({ root, notes: [] });
});

test('through toCloudFormation: the ForEach notes and the SAM notes together, no includes, no pseudo parameters', async () => {
  const text = `Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]
Parameters:
  Names: {Type: CommaDelimitedList}
Resources:
  Fn::ForEach::Queues:
    - Name
    - !Ref Names
    - Q\${Name}: {Type: AWS::SQS::Queue}
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Policies: [{NoSuchTemplate: {}}]
`;
  const view = await toCloudFormation({ file: 't.yaml', kind: 'sam', root: parseYaml('t.yaml', text).root as MapNode, notes: [], commentSuppressions: [] });
  expect([view.notes.map((n) => n.message), view.includes, view.pseudo, view.commentSuppressions]).toStrictEqual([
    [expect.stringMatching(/^Fn::ForEach::Queues/), 'unknown SAM policy template NoSuchTemplate: what it grants is not known here'],
    [],
    {},
    [],
  ]);
});
