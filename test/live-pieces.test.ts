/**
 * The pieces of `check --stack` that need no AWS (src/engine/load/live/): a deployed stack as an input, its name as a
 * URI, and an SDK error as one line a user can act on. The SDK's own behaviour is tested against moto_server in
 * live-stacks.test.ts.
 */
import { describe, expect, test } from '@jest/globals';
import { describeAwsError } from '../src/engine/load/live/aws-errors.js';
import { deployedDocument } from '../src/engine/load/live/deployed.js';
import { isStackUri, STACK_SCHEME, stackUri } from '../src/engine/load/live/stack-uri.js';
import { child, toPlain } from '../src/engine/load/source-node.js';

const BODY = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Cidr: {Type: String, Default: 10.0.0.0/16}
  Secret: {Type: String, NoEcho: true, Default: shown}
  Unused: {Type: String}
  Odd: 5
Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: !Ref Cidr}}
`;

const stack = (body: string, parameters: Record<string, string>, stackId = 'arn:aws:cloudformation:eu-west-1:123456789012:stack/net/1') => ({
  uri: stackUri('eu-west-1', 'net'),
  region: 'eu-west-1',
  name: 'net',
  stackId,
  body,
  parameters: new Map(Object.entries(parameters)),
  exports: new Map([['shared-VpcId', 'vpc-0123456789abcdef0']]),
});

describe('deployedDocument', () => {
  test('each parameter’s Default is the deployed value, at the Default’s line; NoEcho values are not known', () => {
    const { read, context } = deployedDocument(stack(BODY, { Cidr: '10.9.0.0/16', Secret: '****', Unused: 'u', Odd: 'x', Absent: 'y' }));
    if (read.status !== 'template') throw new Error(read.status);
    const parameters = child(read.document.root, 'Parameters');
    expect(toPlain(parameters!)).toStrictEqual({
      Cidr: { Type: 'String', Default: '10.9.0.0/16' },
      Secret: { Type: 'String', NoEcho: true, Default: null },
      Unused: { Type: 'String', Default: 'u' },
      Odd: 5,
    });
    const defaultAt = (name: string) => child(child(parameters, name), 'Default')?.loc;
    // At the Default written in the template, else at the parameter.
    expect([defaultAt('Cidr'), defaultAt('Unused')]).toStrictEqual([
      { line: 3, column: 33 },
      { line: 5, column: 11 },
    ]);
    expect(context).toStrictEqual({
      constructPaths: new Map(),
      region: 'eu-west-1',
      account: '123456789012',
      stackName: 'net',
      imports: new Map([['shared-VpcId', 'vpc-0123456789abcdef0']]),
    });
  });

  test('no deployed parameters, or none in the template: the body as it is; a stack ID without an account, no account', () => {
    const plain = deployedDocument(stack(BODY, {}, 'not-an-arn'));
    expect(plain.read.status === 'template' && toPlain(child(plain.read.document.root, 'Parameters')!)).toStrictEqual({
      Cidr: { Type: 'String', Default: '10.0.0.0/16' },
      Secret: { Type: 'String', NoEcho: true, Default: 'shown' },
      Unused: { Type: 'String' },
      Odd: 5,
    });
    expect('account' in plain.context).toBe(false);
    const bare = deployedDocument(stack('Resources:\n  Q: {Type: AWS::SQS::Queue}\n', { Cidr: 'x' }));
    expect(bare.read.status === 'template' && toPlain(bare.read.document.root)).toStrictEqual({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } });
  });

  test('a parameter the stack was not deployed with keeps its Default; an ID that only contains an ARN has no account', () => {
    const { read, context } = deployedDocument(stack(BODY, { Cidr: '10.9.0.0/16' }, 'xarn:aws:cloudformation:eu-west-1:123456789012:stack/net/1'));
    expect(read.status === 'template' && toPlain(child(read.document.root, 'Parameters')!)).toStrictEqual({
      Cidr: { Type: 'String', Default: '10.9.0.0/16' },
      Secret: { Type: 'String', NoEcho: true, Default: 'shown' },
      Unused: { Type: 'String' },
      Odd: 5,
    });
    expect('account' in context).toBe(false);
  });

  test('a body that is not a template is said so', () => {
    const { read } = deployedDocument(stack('[1, 2]', {}));
    expect(read).toStrictEqual({ status: 'not-a-template', reason: 'the top level is not a mapping' });
  });
});

test('stack URIs: region and name encoded; recognised by their scheme', () => {
  expect(stackUri('eu-west-1', 'my stack/x')).toBe('cloudformation://eu-west-1/my%20stack%2Fx');
  expect([isStackUri('cloudformation://eu-west-1/net'), isStackUri('cloudformation:/x'), isStackUri('template.yaml'), STACK_SCHEME]).toStrictEqual([
    true,
    false,
    false,
    'cloudformation:',
  ]);
});

describe('describeAwsError', () => {
  const error = (fields: { message: string } & Record<string, unknown>) => Object.assign(new Error(fields.message), fields);
  test.each([
    [error({ name: 'CredentialsProviderError', message: 'x' }), /^no AWS credentials found: /],
    [error({ name: 'Error', message: 'Could not load credentials from any providers' }), /^no AWS credentials found: /],
    [error({ name: 'Error', message: 'Unable to locate credentials' }), /^no AWS credentials found: /],
    [error({ name: 'ExpiredTokenException', message: 'x' }), /^the AWS credentials have expired \(DescribeStacks on net\): /],
    [error({ name: 'Error', message: 'The security token has expired' }), /^the AWS credentials have expired /],
    [error({ name: 'RequestExpired', message: 'x' }), /^the AWS credentials have expired /],
    [
      error({ name: 'AccessDenied', message: 'User is not authorized' }),
      /^access denied: DescribeStacks on net is not allowed for these credentials \(User is not authorized\)$/,
    ],
    [error({ name: 'Other', message: 'no', $metadata: { httpStatusCode: 403 } }), /^access denied: /],
    [error({ name: 'ValidationError', message: 'Stack with id net does not exist' }), /^no such stack: net \(Stack with id net does not exist\)$/],
    [error({ name: 'ValidationError', message: 'bad input' }), /^DescribeStacks on net failed: ValidationError: bad input$/],
    [error({ name: 'Error', message: 'x', code: 'ECONNREFUSED' }), /^the CloudFormation endpoint cannot be reached \(DescribeStacks on net: ECONNREFUSED\)$/],
    [
      error({ name: 'Error', message: 'x', cause: { code: 'ENOTFOUND' } }),
      /^the CloudFormation endpoint cannot be reached \(DescribeStacks on net: ENOTFOUND\)$/,
    ],
    [
      error({ name: 'Error', message: 'getaddrinfo EAI_AGAIN host' }),
      /^the CloudFormation endpoint cannot be reached \(DescribeStacks on net: getaddrinfo EAI_AGAIN host\)$/,
    ],
    [error({ name: 'ThrottlingException', message: 'Rate exceeded' }), /^throttled by AWS after the SDK's retries \(DescribeStacks on net\)$/],
    [error({ name: 'Weird', message: 'a\n  b\tc' }), /^DescribeStacks on net failed: Weird: a b c$/],
    [error({ name: 'Weird', message: '  padded\n' }), /^DescribeStacks on net failed: Weird: padded$/],
    [
      error({ name: 'ResourceNotFoundException', message: 'Bucket does not exist' }),
      /^DescribeStacks on net failed: ResourceNotFoundException: Bucket does not exist$/,
    ],
    ['a plain string', /^DescribeStacks on net failed: a plain string$/],
  ])('%#: %s', (e, expected) => {
    expect(describeAwsError(e, 'DescribeStacks', 'net')).toMatch(expected);
  });

  test('a long message is cut to 300 characters', () => {
    expect(describeAwsError(error({ name: 'X', message: 'y'.repeat(400) }), 'A', 'b')).toBe(`A on b failed: X: ${'y'.repeat(300)}`);
  });
});
