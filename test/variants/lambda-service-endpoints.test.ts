/** lambda-service-endpoints on the safe pattern changed in one place at a time (see variants.ts). */
import { add, noDefault, ownTableForB, props, ref, testCases, vpcConfig, type Case, type Json, type Template } from './variants.js';

/** The role's inline policy allows these actions on every resource. */
const grants = (t: Template, ...actions: unknown[]) => {
  props(t, 'LambdaRole').Policies = [
    { PolicyName: 'calls', PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] } },
  ];
};
const noSqsEndpoint = (t: Template) => {
  delete t.Resources.SqsEndpoint;
};
const route = (t: Template, target: Json, destination: unknown = '0.0.0.0/0', table = 'RouteTable') => {
  add(t, `${table}Out`, 'AWS::EC2::Route', { RouteTableId: ref(table), DestinationCidrBlock: destination, ...target });
};
const endpoint = (t: Template, id: string, service: string, type = 'Interface') => {
  add(t, id, 'AWS::EC2::VPCEndpoint', {
    VpcEndpointType: type,
    ServiceName: { 'Fn::Sub': `com.amazonaws.\${AWS::Region}.${service}` },
    VpcId: ref('Vpc'),
    ...(type === 'Gateway' ? { RouteTableIds: [ref('RouteTable')] } : { SubnetIds: [ref('SubnetA'), ref('SubnetB')], PrivateDnsEnabled: true }),
  });
};

const cases: Case[] = [
  [
    'no SQS endpoint',
    noSqsEndpoint,
    [
      'error Function: Function has no default route (0.0.0.0/0) to a NAT or transit gateway from subnets SubnetA, SubnetB, so it reaches AWS services only through VPC endpoints: add an Interface endpoint com.amazonaws.${AWS::Region}.sqs: sqs:SendMessage is granted to LambdaRole',
    ],
  ],
  [
    'no SQS endpoint, a NAT gateway route',
    (t) => {
      noSqsEndpoint(t);
      route(t, { NatGatewayId: 'nat-0123456789abcdef0' });
    },
    [],
  ],
  [
    'no SQS endpoint, a transit gateway route',
    (t) => {
      noSqsEndpoint(t);
      route(t, { TransitGatewayId: 'tgw-0123456789abcdef0' });
    },
    [],
  ],
  [
    'no SQS endpoint, a NAT route for another destination',
    (t) => {
      noSqsEndpoint(t);
      route(t, { NatGatewayId: 'nat-0123456789abcdef0' }, '192.168.0.0/16');
    },
    [
      'error Function: Function has no default route (0.0.0.0/0) to a NAT or transit gateway from subnets SubnetA, SubnetB, so it reaches AWS services only through VPC endpoints: add an Interface endpoint com.amazonaws.${AWS::Region}.sqs: sqs:SendMessage is granted to LambdaRole',
    ],
  ],
  [
    'no SQS endpoint, a default route to a peering connection',
    (t) => {
      noSqsEndpoint(t);
      route(t, { VpcPeeringConnectionId: 'pcx-0123456789abcdef0' });
    },
    [
      'error Function: Function has no default route (0.0.0.0/0) to a NAT or transit gateway from subnets SubnetA, SubnetB, so it reaches AWS services only through VPC endpoints: add an Interface endpoint com.amazonaws.${AWS::Region}.sqs: sqs:SendMessage is granted to LambdaRole',
    ],
  ],
  [
    'no SQS endpoint, a default route to a Gateway Load Balancer endpoint',
    (t) => {
      noSqsEndpoint(t);
      route(t, { VpcEndpointId: 'vpce-0123456789abcdef0' });
    },
    ['note Function: cannot verify that Function reaches the AWS services it calls: the default routes of its subnets are not all known before deployment'],
  ],
  [
    'no SQS endpoint, a NAT route for a destination from a parameter',
    (t) => {
      noSqsEndpoint(t);
      route(t, { NatGatewayId: 'nat-0123456789abcdef0' }, noDefault(t, 'Destination'));
    },
    ['note Function: cannot verify that Function reaches the AWS services it calls: the default routes of its subnets are not all known before deployment'],
  ],
  [
    'no SQS endpoint, a NAT route from one subnet of two',
    (t) => {
      noSqsEndpoint(t);
      ownTableForB(t);
      route(t, { NatGatewayId: 'nat-0123456789abcdef0' }, '0.0.0.0/0', 'RouteTableB');
    },
    [
      'error Function: Function has no default route (0.0.0.0/0) to a NAT or transit gateway from subnet SubnetA, so it reaches AWS services only through VPC endpoints: add an Interface endpoint com.amazonaws.${AWS::Region}.sqs: sqs:SendMessage is granted to LambdaRole',
    ],
  ],
  ['no SQS endpoint, egress assumed', noSqsEndpoint, [], 'rules:\n  lambda-service-endpoints:\n    assumeEgress: true\n'],
  ['no SQS endpoint, SQS ignored', noSqsEndpoint, [], 'rules:\n  lambda-service-endpoints:\n    ignoreServices: [SQS]\n'],
  [
    'no SQS endpoint, a subnet without a route table association',
    (t) => {
      noSqsEndpoint(t);
      delete t.Resources.SubnetBRoutes;
    },
    [
      'error Function: Function has no default route (0.0.0.0/0) to a NAT or transit gateway from subnets SubnetA, SubnetB, so it reaches AWS services only through VPC endpoints: add an Interface endpoint com.amazonaws.${AWS::Region}.sqs: sqs:SendMessage is granted to LambdaRole',
    ],
  ],
  [
    'a role from a parameter',
    (t) => (props(t, 'Function').Role = noDefault(t, 'Role')),
    ['note Function: cannot verify that Function reaches the AWS services it calls: its role: parameter Role has no default'],
  ],
  [
    'a role that is not in the template',
    (t) => (props(t, 'Function').Role = 'arn:aws:iam::111122223333:role/worker'),
    ['note Function: cannot verify that Function reaches the AWS services it calls: its role arn:aws:iam::111122223333:role/worker is not in this template'],
  ],
  [
    'the subnets from a parameter',
    (t) => (vpcConfig(t).SubnetIds = noDefault(t, 'Subnets')),
    ['note Function: cannot verify that Function reaches the AWS services it calls: its subnets: parameter Subnets has no default'],
  ],
  [
    'subnets that are not in the template',
    (t) => (vpcConfig(t).SubnetIds = ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1']),
    ['note Function: cannot verify that Function reaches the AWS services it calls: its subnets are not in this template'],
  ],
  ['one subnet not in the template', (t) => (vpcConfig(t).SubnetIds = [ref('SubnetA'), 'subnet-0123456789abcdef1']), []],
  ['no VpcConfig', (t) => delete props(t, 'Function').VpcConfig, []],
  [
    'S3 without an endpoint',
    (t) => {
      grants(t, 'sqs:SendMessage', 's3:GetObject');
    },
    [
      'error Function: Function has no default route (0.0.0.0/0) to a NAT or transit gateway from subnets SubnetA, SubnetB, so it reaches AWS services only through VPC endpoints: add a Gateway or Interface endpoint com.amazonaws.${AWS::Region}.s3: s3:GetObject is granted to LambdaRole',
    ],
  ],
  [
    'S3 through a Gateway endpoint',
    (t) => {
      grants(t, 'sqs:SendMessage', 's3:GetObject');
      endpoint(t, 'S3Endpoint', 's3', 'Gateway');
    },
    [],
  ],
  [
    'SQS through a Gateway endpoint is no endpoint',
    (t) => {
      noSqsEndpoint(t);
      endpoint(t, 'SqsGateway', 'sqs', 'Gateway');
    },
    [
      'error Function: Function has no default route (0.0.0.0/0) to a NAT or transit gateway from subnets SubnetA, SubnetB, so it reaches AWS services only through VPC endpoints: add an Interface endpoint com.amazonaws.${AWS::Region}.sqs: sqs:SendMessage is granted to LambdaRole',
    ],
  ],
  [
    'two actions of one service, and Route 53',
    (t) => {
      grants(t, 'sqs:SendMessage', 'sqs:DeleteMessage', 'route53:ChangeResourceRecordSets', 'kms:Decrypt');
    },
    [
      'error Function: Function has no default route (0.0.0.0/0) to a NAT or transit gateway from subnets SubnetA, SubnetB, so it reaches AWS services only through VPC endpoints: Route 53 has no VPC endpoint, so only a NAT route reaches it: route53:ChangeResourceRecordSets is granted to LambdaRole; add an Interface endpoint com.amazonaws.${AWS::Region}.kms: kms:Decrypt is granted to LambdaRole',
    ],
  ],
  [
    'IAM, a global endpoint',
    (t) => {
      grants(t, 'iam:GetRole');
    },
    [
      'error Function: Function has no default route (0.0.0.0/0) to a NAT or transit gateway from subnets SubnetA, SubnetB, so it reaches AWS services only through VPC endpoints: add an Interface endpoint com.amazonaws.iam: iam:GetRole is granted to LambdaRole',
    ],
  ],
  [
    'IAM through its global endpoint',
    (t) => {
      grants(t, 'iam:GetRole');
      add(t, 'IamEndpoint', 'AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'Interface',
        ServiceName: 'com.amazonaws.iam',
        VpcId: ref('Vpc'),
        SubnetIds: [ref('SubnetA')],
        PrivateDnsEnabled: true,
      });
    },
    [],
  ],
  [
    'OpenSearch Serverless, an endpoint of its own type',
    (t) => {
      grants(t, 'aoss:APIAccessAll');
    },
    [
      'error Function: Function has no default route (0.0.0.0/0) to a NAT or transit gateway from subnets SubnetA, SubnetB, so it reaches AWS services only through VPC endpoints: add an AWS::OpenSearchServerless::VpcEndpoint for aoss: aoss:APIAccessAll is granted to LambdaRole',
    ],
  ],
  [
    'OpenSearch Serverless through its own endpoint',
    (t) => {
      grants(t, 'aoss:APIAccessAll');
      add(t, 'AossEndpoint', 'AWS::OpenSearchServerless::VpcEndpoint', { Name: 'search', VpcId: ref('Vpc'), SubnetIds: [ref('SubnetA')] });
    },
    [],
  ],
  [
    'basic execution logs do not count',
    (t) => {
      grants(t, 'logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents');
    },
    [],
  ],
  [
    'an endpoint of a service from a parameter: maybe',
    (t) => {
      grants(t, 'sqs:SendMessage', 'kms:Decrypt');
      add(t, 'SomeEndpoint', 'AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'Interface',
        ServiceName: noDefault(t, 'Service'),
        VpcId: ref('Vpc'),
        SubnetIds: [ref('SubnetA')],
      });
    },
    [
      'note Function: cannot verify that Function reaches the AWS services it calls: maybe add an Interface endpoint com.amazonaws.${AWS::Region}.kms: kms:Decrypt is granted to LambdaRole (the service of SomeEndpoint is not known)',
    ],
  ],
  [
    'a private hosted zone of an AWS name: maybe',
    (t) => {
      grants(t, 'sqs:SendMessage', 'kms:Decrypt');
      add(t, 'KmsZone', 'AWS::Route53::HostedZone', { Name: 'kms.us-east-1.amazonaws.com', VPCs: [{ VPCId: ref('Vpc'), VPCRegion: ref('AWS::Region') }] });
    },
    [
      'note Function: cannot verify that Function reaches the AWS services it calls: maybe add an Interface endpoint com.amazonaws.${AWS::Region}.kms: kms:Decrypt is granted to LambdaRole (private hosted zone KmsZone may send it to an endpoint shared from another VPC)',
    ],
  ],
  [
    'the VPC not in the template: maybe',
    (t) => {
      noSqsEndpoint(t);
      for (const id of ['SubnetA', 'SubnetB', 'RouteTable', 'LambdaSecurityGroup', 'EndpointSecurityGroup']) props(t, id).VpcId = 'vpc-0123456789abcdef0';
      delete t.Resources.Vpc;
    },
    [
      'note Function: cannot verify that Function reaches the AWS services it calls: maybe add an Interface endpoint com.amazonaws.${AWS::Region}.sqs: sqs:SendMessage is granted to LambdaRole (its VPC is not in this template)',
    ],
  ],
  [
    'a policy from a parameter',
    (t) => (props(t, 'LambdaRole').Policies = [{ PolicyName: 'calls', PolicyDocument: noDefault(t, 'Policy') }]),
    [
      'note Function: cannot verify that Function reaches the AWS services it calls: LambdaRole has a policy that cannot be read (parameter Policy has no default)',
    ],
  ],
  [
    'receiving from the queue of its event source is the Lambda service',
    (t) => {
      noSqsEndpoint(t);
      grants(t, 'sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes');
      props(t, 'LambdaRole').Policies = [
        {
          PolicyName: 'poll',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: { 'Fn::GetAtt': ['Queue', 'Arn'] } },
            ],
          },
        },
      ];
      add(t, 'Trigger', 'AWS::Lambda::EventSourceMapping', { FunctionName: ref('Function'), EventSourceArn: { 'Fn::GetAtt': ['Queue', 'Arn'] } });
    },
    [],
  ],
  [
    'no SQS endpoint, one subnet out by NAT, the other by a route whose next hop is not known',
    (t) => {
      noSqsEndpoint(t);
      ownTableForB(t);
      route(t, { NatGatewayId: 'nat-0123456789abcdef0' }, '0.0.0.0/0', 'RouteTableB');
      route(t, { VpcEndpointId: 'vpce-0123456789abcdef0' });
    },
    ['note Function: cannot verify that Function reaches the AWS services it calls: the default routes of its subnets are not all known before deployment'],
  ],
  [
    'no SQS endpoint, a peering route for a destination from a parameter',
    (t) => {
      noSqsEndpoint(t);
      route(t, { VpcPeeringConnectionId: 'pcx-0123456789abcdef0' }, noDefault(t, 'Destination'));
    },
    [
      'error Function: Function has no default route (0.0.0.0/0) to a NAT or transit gateway from subnets SubnetA, SubnetB, so it reaches AWS services only through VPC endpoints: add an Interface endpoint com.amazonaws.${AWS::Region}.sqs: sqs:SendMessage is granted to LambdaRole',
    ],
  ],
  [
    'AppConfig through one of its two endpoints',
    (t) => {
      grants(t, 'sqs:SendMessage', 'appconfig:GetLatestConfiguration');
      endpoint(t, 'AppConfigDataEndpoint', 'appconfigdata');
    },
    [],
  ],
];
testCases('lambda-service-endpoints', cases);
