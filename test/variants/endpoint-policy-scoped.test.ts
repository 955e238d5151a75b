/** endpoint-policy-scoped on the safe pattern changed in one place at a time (see variants.ts). */
import { props, ref, noDefault, testCases, type Case, type Template } from './variants.js';

const role = { 'Fn::GetAtt': ['LambdaRole', 'Arn'] };
const queue = { 'Fn::GetAtt': ['Queue', 'Arn'] };
const scoped = { Effect: 'Allow', Principal: { AWS: role }, Action: 'sqs:SendMessage', Resource: queue };
const statements = (t: Template, ...list: unknown[]) => {
  props(t, 'SqsEndpoint').PolicyDocument = { Version: '2012-10-17', Statement: list };
};
const anyoneWith = (operator: string, arns: unknown) => ({ ...scoped, Principal: '*', Condition: { [operator]: { 'aws:PrincipalArn': arns } } });
/** The error about a Principal "*" that no aws:PrincipalArn condition scopes to roles. */
const ANYONE =
  'error SqsEndpoint: SqsEndpoint, statement 1: Principal "*" without a Condition on aws:PrincipalArn naming role ARNs allows every principal, of any account; name the execution role';
const cases: Case[] = [
  [
    'no PolicyDocument',
    (t) => delete props(t, 'SqsEndpoint').PolicyDocument,
    [
      'error SqsEndpoint: SqsEndpoint has no PolicyDocument: the default endpoint policy allows every principal every action on every resource of com.amazonaws.${AWS::Region}.sqs',
      '  fix: add the least-privilege PolicyDocument to SqsEndpoint [{"kind":"set","resource":"SqsEndpoint","property":"PolicyDocument","value":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":{"Fn::GetAtt":["LambdaRole","Arn"]}},"Action":"sqs:SendMessage","Resource":{"Fn::GetAtt":["Queue","Arn"]}}]},"ifAbsent":true}]',
    ],
  ],
  [
    'an S3 gateway endpoint without a policy',
    (t) => {
      t.Resources.S3Endpoint = {
        Type: 'AWS::EC2::VPCEndpoint',
        Properties: { ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' }, VpcId: ref('Vpc'), RouteTableIds: [ref('RouteTable')] },
      };
    },
    [
      'error S3Endpoint: S3Endpoint has no PolicyDocument: the default endpoint policy allows every principal every action on every resource of com.amazonaws.${AWS::Region}.s3',
    ],
  ],
  [
    'a ServiceName not known before deployment, with a wide policy: maybe an endpoint service, a note at the name',
    (t) => {
      props(t, 'SqsEndpoint').ServiceName = noDefault(t, 'Service');
      statements(t, { ...scoped, Action: '*', Resource: '*' });
    },
    ['note SqsEndpoint: cannot verify the policy of SqsEndpoint: its ServiceName: parameter Service has no default'],
  ],
  [
    "an AWS service's name with an unknown service part, without a policy: still an AWS service's default policy",
    (t) => {
      props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': ['com.amazonaws.${AWS::Region}.${Service}', { Service: noDefault(t, 'Service') }] };
      delete props(t, 'SqsEndpoint').PolicyDocument;
    },
    [
      'error SqsEndpoint: SqsEndpoint has no PolicyDocument: the default endpoint policy allows every principal every action on every resource of com.amazonaws.${AWS::Region}.<unknown>',
    ],
  ],
  [
    'a service without endpoint policies, with a policy',
    (t) => {
      props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.codepipeline' };
    },
    [
      'note SqsEndpoint: SqsEndpoint: codepipeline does not enforce endpoint policies, so AWS allows full access through the endpoint whatever this policy says',
    ],
  ],
  [
    'a service without endpoint policies, without one',
    (t) => {
      props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.codepipeline' };
      delete props(t, 'SqsEndpoint').PolicyDocument;
    },
    [],
  ],
  [
    'a policy from a parameter',
    (t) => (props(t, 'SqsEndpoint').PolicyDocument = noDefault(t, 'Policy')),
    ['note SqsEndpoint: cannot verify the policy of SqsEndpoint: parameter Policy has no default'],
  ],
  [
    'a statement list from a parameter',
    (t) => (props(t, 'SqsEndpoint').PolicyDocument = { Statement: noDefault(t, 'Statements') }),
    ['note SqsEndpoint: cannot verify a statement of the policy of SqsEndpoint: parameter Statements has no default'],
  ],
  [
    'NotPrincipal',
    (t) => {
      statements(t, { Effect: 'Allow', NotPrincipal: { AWS: role }, Action: 'sqs:SendMessage', Resource: queue });
    },
    [
      'error SqsEndpoint: SqsEndpoint, statement 1: an Allow statement with NotPrincipal allows every principal but those listed; name the execution role in Principal',
    ],
  ],
  [
    'no Principal',
    (t) => {
      statements(t, { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: queue });
    },
    ['error SqsEndpoint: SqsEndpoint, statement 1: an Allow statement without Principal applies to every principal; name the execution role'],
  ],
  [
    'Principal * without a condition',
    (t) => {
      statements(t, { ...scoped, Principal: '*' });
    },
    [ANYONE],
  ],
  [
    'Principal AWS * without a condition',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: '*' } });
    },
    [ANYONE],
  ],
  [
    'Principal *, aws:PrincipalArn equal to the role',
    (t) => {
      statements(t, anyoneWith('StringEquals', [role]));
    },
    [],
  ],
  [
    'Principal *, aws:PrincipalArn like an account',
    (t) => {
      statements(t, anyoneWith('ArnLike', 'arn:aws:iam::111122223333:*'));
    },
    [ANYONE],
  ],
  [
    'Principal *, aws:PrincipalArn from a parameter',
    (t) => {
      statements(t, anyoneWith('ArnEquals', noDefault(t, 'Arn')));
    },
    ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: the aws:PrincipalArn condition names values not known before deployment'],
  ],
  [
    'Principal *, a condition on another key',
    (t) => {
      statements(t, { ...scoped, Principal: '*', Condition: { StringEquals: { 'aws:SourceVpc': ref('Vpc') } } });
    },
    [ANYONE],
  ],
  [
    'Principal *, a condition that is not a restriction',
    (t) => {
      statements(t, { ...scoped, Principal: '*', Condition: { Null: { 'aws:PrincipalArn': 'false' } } });
    },
    [ANYONE],
  ],
  [
    'Principal *, a condition from a parameter',
    (t) => {
      statements(t, { ...scoped, Principal: '*', Condition: noDefault(t, 'Condition') });
    },
    ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: the aws:PrincipalArn condition names values not known before deployment'],
  ],
  [
    'an account root principal',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: 'arn:aws:iam::111122223333:root' } });
    },
    [
      "error SqsEndpoint: SqsEndpoint, statement 1: Principal arn:aws:iam::111122223333:root is the account root (every principal of the account); allow only the function's execution role",
    ],
  ],
  [
    'an account principal allowed by option',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: 'arn:aws:iam::111122223333:root' } });
    },
    [],
    'rules:\n  endpoint-policy-scoped:\n    allowedPrincipals: [arn:aws:iam::111122223333:*]\n',
  ],
  [
    'a service principal',
    (t) => {
      statements(t, { ...scoped, Principal: { Service: 'lambda.amazonaws.com' } });
    },
    ["error SqsEndpoint: SqsEndpoint, statement 1: Principal Service lambda.amazonaws.com is not an IAM role; allow only the function's execution role"],
  ],
  [
    'a principal from a parameter',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: noDefault(t, 'Principal') } });
    },
    ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: parameter Principal has no default'],
  ],
  [
    'Action *',
    (t) => {
      statements(t, { ...scoped, Action: ['sqs:SendMessage', '*'] });
    },
    ['error SqsEndpoint: SqsEndpoint, statement 1: Action * allows every action; list the actions the function calls'],
  ],
  [
    'Action sqs:*',
    (t) => {
      statements(t, { ...scoped, Action: 'sqs:*' });
    },
    ['error SqsEndpoint: SqsEndpoint, statement 1: Action sqs:* allows every action; list the actions the function calls'],
  ],
  [
    'NotAction',
    (t) => {
      statements(t, { Effect: 'Allow', Principal: { AWS: role }, NotAction: 'sqs:DeleteQueue', Resource: queue });
    },
    [
      'error SqsEndpoint: SqsEndpoint, statement 1: an Allow statement with NotAction allows every action but those listed; list the actions the function calls',
    ],
  ],
  [
    'Action from a parameter',
    (t) => {
      statements(t, { ...scoped, Action: noDefault(t, 'Action') });
    },
    ['note SqsEndpoint: cannot verify the Action of SqsEndpoint, statement 1: parameter Action has no default'],
  ],
  [
    'Resource *',
    (t) => {
      statements(t, { ...scoped, Resource: '*' });
    },
    ['error SqsEndpoint: SqsEndpoint, statement 1: Resource * allows every resource; name the specific ARNs'],
  ],
  [
    'no Resource',
    (t) => {
      statements(t, { Effect: 'Allow', Principal: { AWS: role }, Action: 'sqs:SendMessage' });
    },
    ['error SqsEndpoint: SqsEndpoint, statement 1: an Allow statement without Resource applies to every resource; list the resource ARNs'],
  ],
  [
    'NotResource',
    (t) => {
      statements(t, { Effect: 'Allow', Principal: { AWS: role }, Action: 'sqs:SendMessage', NotResource: queue });
    },
    ['error SqsEndpoint: SqsEndpoint, statement 1: an Allow statement with NotResource allows every resource but those listed; list the resource ARNs'],
  ],
  [
    'a Deny statement is not judged',
    (t) => {
      statements(t, scoped, { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' });
    },
    [],
  ],
  [
    'a Gateway Load Balancer endpoint is not judged',
    (t) => {
      t.Resources.Inspection = {
        Type: 'AWS::EC2::VPCEndpoint',
        Properties: {
          VpcEndpointType: 'GatewayLoadBalancer',
          ServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0',
          VpcId: ref('Vpc'),
          SubnetIds: [ref('SubnetA')],
        },
      };
    },
    [],
  ],
  [
    'two principals, one of them not a role',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: [role, 'arn:aws:iam::111122223333:user/alice'] } });
    },
    ["error SqsEndpoint: SqsEndpoint, statement 1: Principal arn:aws:iam::111122223333:user/alice is an IAM user; allow only the function's execution role"],
  ],
  [
    'a principal and an unknown one',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: [role, noDefault(t, 'Other')] } });
    },
    ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: parameter Other has no default'],
  ],
  [
    'aws:PrincipalArn naming a role and an unknown value',
    (t) => {
      statements(t, anyoneWith('ArnEquals', [role, noDefault(t, 'Arn')]));
    },
    ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: the aws:PrincipalArn condition names values not known before deployment'],
  ],
  [
    'a statement that is not a map',
    (t) => {
      statements(t, scoped, 's3:GetObject');
    },
    ['note SqsEndpoint: cannot verify a statement of the policy of SqsEndpoint: s3:GetObject is not a statement (a map)'],
  ],
  [
    'a Principal from a parameter',
    (t) => {
      statements(t, { ...scoped, Principal: noDefault(t, 'Principal') });
    },
    ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: parameter Principal has no default'],
  ],
  [
    'Principal * among roles',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: [role, '*'] } });
    },
    [ANYONE],
  ],
  [
    'two principals that are not roles',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: 'arn:aws:iam::111122223333:root', Service: 'lambda.amazonaws.com' } });
    },
    [
      "error SqsEndpoint: SqsEndpoint, statement 1: Principal arn:aws:iam::111122223333:root is the account root (every principal of the account); Service lambda.amazonaws.com is not an IAM role; allow only the function's execution role",
    ],
  ],
  [
    'two principals from parameters',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: [noDefault(t, 'First'), noDefault(t, 'Second')] } });
    },
    ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: parameter First has no default; parameter Second has no default'],
  ],
  [
    'a principal the option does not allow',
    (t) => {
      statements(t, { ...scoped, Principal: { Service: 'lambda.amazonaws.com' } });
    },
    ["error SqsEndpoint: SqsEndpoint, statement 1: Principal Service lambda.amazonaws.com is not an IAM role; allow only the function's execution role"],
    'rules:\n  endpoint-policy-scoped:\n    allowedPrincipals: [arn:aws:iam::111122223333:*]\n',
  ],
  [
    'an allowed principal pattern matches dots as dots',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: 'arn:aws:iam::111122223333:user/aXb' } });
    },
    ["error SqsEndpoint: SqsEndpoint, statement 1: Principal arn:aws:iam::111122223333:user/aXb is an IAM user; allow only the function's execution role"],
    'rules:\n  endpoint-policy-scoped:\n    allowedPrincipals: [arn:aws:iam::111122223333:user/a.b]\n',
  ],
  [
    'two wildcard actions',
    (t) => {
      statements(t, { ...scoped, Action: ['sqs:*', '*'] });
    },
    ['error SqsEndpoint: SqsEndpoint, statement 1: Action sqs:*, * allows every action; list the actions the function calls'],
  ],
  [
    'two wildcard resources',
    (t) => {
      statements(t, { ...scoped, Resource: ['*', 'arn:aws:sqs:us-east-1:111122223333:*'] });
    },
    ['error SqsEndpoint: SqsEndpoint, statement 1: Resource *, arn:aws:sqs:us-east-1:111122223333:* allows every resource; name the specific ARNs'],
  ],
  [
    'a known resource and one from a parameter',
    (t) => {
      statements(t, { ...scoped, Resource: [queue, noDefault(t, 'Arn')] });
    },
    ['note SqsEndpoint: cannot verify the Resource of SqsEndpoint, statement 1: parameter Arn has no default'],
  ],
  [
    'Principal *, a Condition that is not a map',
    (t) => {
      statements(t, { ...scoped, Principal: '*', Condition: 'aws:PrincipalArn' });
    },
    [ANYONE],
  ],
  [
    'Principal *, aws:PrincipalArn under a negating operator',
    (t) => {
      statements(t, anyoneWith('ArnNotEquals', role));
    },
    [ANYONE],
  ],
  [
    'Principal *, aws:PrincipalArn after another key, in any case',
    (t) => {
      statements(t, { ...scoped, Principal: '*', Condition: { StringEquals: { 'aws:SourceVpc': ref('Vpc'), 'AWS:PrincipalARN': role } } });
    },
    [],
  ],
  [
    'Principal *, aws:PrincipalArn naming nothing',
    (t) => {
      statements(t, anyoneWith('ArnEquals', []));
    },
    [ANYONE],
  ],
  [
    'Principal *, aws:PrincipalArn naming an account and an unknown value',
    (t) => {
      statements(t, anyoneWith('ArnEquals', ['arn:aws:iam::111122223333:root', noDefault(t, 'Arn')]));
    },
    [ANYONE],
  ],
  [
    'an allowed principal pattern with a dot',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: 'arn:aws:iam::111122223333:user/a.b' } });
    },
    [],
    'rules:\n  endpoint-policy-scoped:\n    allowedPrincipals: [arn:aws:iam::111122223333:user/a.b]\n',
  ],
  [
    'an allowed principal pattern matched by the shape of a Sub',
    (t) => {
      statements(t, { ...scoped, Principal: { AWS: { 'Fn::Sub': 'arn:aws:iam::${AWS::AccountId}:root' } } });
    },
    [],
    'rules:\n  endpoint-policy-scoped:\n    allowedPrincipals: [arn:aws:iam::000000000000:root]\n',
  ],
];
testCases('endpoint-policy-scoped', cases);
