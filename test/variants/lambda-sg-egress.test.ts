/** lambda-sg-egress on the safe pattern changed in one place at a time (see variants.ts). */
import { expect, test } from '@jest/globals';
import {
  add,
  findingLines,
  unknownCondition,
  groupId,
  ingress,
  noDefault,
  props,
  ref,
  testCases,
  vpcConfig,
  type Case,
  type Json,
  type Template,
} from './variants.js';

/** The function group's egress: these rules only. */
const egress = (t: Template, ...rules: Json[]) => {
  delete t.Resources.LambdaToEndpoint;
  props(t, 'LambdaSecurityGroup').SecurityGroupEgress = rules;
};
const anywhere = (protocol: unknown, ports: Json = {}, range: unknown = '0.0.0.0/0') => ({ IpProtocol: protocol, ...ports, CidrIp: range });
const fromLambda = (rule: Json) => ({ ...rule, SourceSecurityGroupId: groupId('LambdaSecurityGroup') });

const cases: Case[] = [
  [
    'no egress rule: the default allows all',
    (t) => {
      egress(t);
      delete props(t, 'LambdaSecurityGroup').SecurityGroupEgress;
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) has no SecurityGroupEgress, so it keeps the default rule allowing all traffic to 0.0.0.0/0; allow only what the functions use: tcp 443 to EndpointSecurityGroup',
    ],
  ],
  [
    'all traffic to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere('-1'));
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows all traffic to 0.0.0.0/0; allow only what the functions use: tcp 443 to EndpointSecurityGroup',
    ],
  ],
  [
    'all traffic to ::/0',
    (t) => {
      egress(t, { IpProtocol: '-1', CidrIpv6: '::/0' });
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows all traffic to ::/0; allow only what the functions use: tcp 443 to EndpointSecurityGroup',
    ],
  ],
  [
    'all tcp ports to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere('tcp', { FromPort: 0, ToPort: 65535 }));
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows tcp 0-65535 to 0.0.0.0/0; allow only what the functions use: tcp 443 to EndpointSecurityGroup',
    ],
  ],
  [
    'all udp ports, written -1, to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere('udp', { FromPort: -1, ToPort: -1 }));
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows udp on all ports to 0.0.0.0/0; allow only what the functions use: tcp 443 to EndpointSecurityGroup',
    ],
  ],
  [
    'tcp 1-65535 to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere(6, { FromPort: 1, ToPort: 65535 }));
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows tcp 1-65535 to 0.0.0.0/0; allow only what the functions use: tcp 443 to EndpointSecurityGroup',
    ],
  ],
  [
    'tcp 443 to 0.0.0.0/0 is closed enough',
    (t) => {
      egress(t, anywhere('tcp', { FromPort: 443, ToPort: 443 }));
    },
    [],
  ],
  [
    'tcp 2-65535 to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere('tcp', { FromPort: 2, ToPort: 65535 }));
    },
    [],
  ],
  [
    'tcp 0-65534 to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere('tcp', { FromPort: 0, ToPort: 65534 }));
    },
    [],
  ],
  [
    'icmp to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere('icmp', { FromPort: -1, ToPort: -1 }));
    },
    [],
  ],
  [
    'all traffic to the VPC range',
    (t) => {
      egress(t, anywhere('-1', {}, '10.0.0.0/16'));
    },
    [],
  ],
  [
    'a protocol from a parameter, to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere(noDefault(t, 'Protocol'), { FromPort: 0, ToPort: 65535 }));
    },
    ['note LambdaSecurityGroup: cannot verify an egress rule of LambdaSecurityGroup: its protocol, ports or destination are not known before deployment'],
  ],
  [
    'a protocol from a parameter, to the VPC range',
    (t) => {
      egress(t, anywhere(noDefault(t, 'Protocol'), {}, '10.0.0.0/16'));
    },
    [],
  ],
  [
    'a range from a parameter, all traffic',
    (t) => {
      egress(t, anywhere('-1', {}, noDefault(t, 'Range')));
    },
    ['note LambdaSecurityGroup: cannot verify an egress rule of LambdaSecurityGroup: its protocol, ports or destination are not known before deployment'],
  ],
  [
    'tcp with a port from a parameter, to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere('tcp', { FromPort: noDefault(t, 'Port'), ToPort: 65535 }));
    },
    ['note LambdaSecurityGroup: cannot verify an egress rule of LambdaSecurityGroup: its protocol, ports or destination are not known before deployment'],
  ],
  [
    'tcp 443 with a port from a parameter, to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere('tcp', { FromPort: 443, ToPort: noDefault(t, 'Port') }));
    },
    [],
  ],
  [
    'all traffic to a prefix list',
    (t) => {
      egress(t, { IpProtocol: '-1', DestinationPrefixListId: 'pl-63a5400a' });
    },
    [],
  ],
  [
    'all traffic to a group from a parameter',
    (t) => {
      egress(t, { IpProtocol: '-1', DestinationSecurityGroupId: noDefault(t, 'Group') });
    },
    [],
  ],
  [
    'the egress rules from a parameter',
    (t) => (props(t, 'LambdaSecurityGroup').SecurityGroupEgress = noDefault(t, 'Rules')),
    ['note LambdaSecurityGroup: cannot verify the egress of LambdaSecurityGroup: parameter Rules has no default'],
  ],
  [
    'an egress rule of a group from a parameter: maybe this one',
    (t) => {
      egress(t);
      delete props(t, 'LambdaSecurityGroup').SecurityGroupEgress;
      add(t, 'SomeEgress', 'AWS::EC2::SecurityGroupEgress', {
        GroupId: noDefault(t, 'Group'),
        IpProtocol: 'tcp',
        FromPort: 443,
        ToPort: 443,
        CidrIp: '10.0.0.0/16',
      });
    },
    [
      'note LambdaSecurityGroup: cannot verify the egress of LambdaSecurityGroup: egress rule SomeEgress (its group: parameter Group has no default) may belong to it',
    ],
  ],
  [
    'all traffic with ports 443 to 0.0.0.0/0: the ports are ignored',
    (t) => {
      egress(t, anywhere('-1', { FromPort: 443, ToPort: 443 }));
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows all traffic to 0.0.0.0/0; allow only what the functions use: tcp 443 to EndpointSecurityGroup',
    ],
  ],
  [
    'all traffic with a port from a parameter to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere('-1', { FromPort: noDefault(t, 'Port'), ToPort: 443 }));
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows all traffic to 0.0.0.0/0; allow only what the functions use: tcp 443 to EndpointSecurityGroup',
    ],
  ],
  [
    'a protocol from a parameter, port 443, to 0.0.0.0/0: maybe all traffic',
    (t) => {
      egress(t, anywhere(noDefault(t, 'Protocol'), { FromPort: 443, ToPort: 443 }));
    },
    ['note LambdaSecurityGroup: cannot verify an egress rule of LambdaSecurityGroup: its protocol, ports or destination are not known before deployment'],
  ],
  [
    'tcp without ports to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere('tcp'));
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows tcp on all ports to 0.0.0.0/0; allow only what the functions use: tcp 443 to EndpointSecurityGroup',
    ],
  ],
  [
    'tcp 0 to a port from a parameter, to 0.0.0.0/0',
    (t) => {
      egress(t, anywhere('tcp', { FromPort: 0, ToPort: noDefault(t, 'Port') }));
    },
    ['note LambdaSecurityGroup: cannot verify an egress rule of LambdaSecurityGroup: its protocol, ports or destination are not known before deployment'],
  ],
  [
    'a destination that may not exist (a condition not known)',
    (t) => {
      unknownCondition(t, 'Open');
      egress(t, anywhere('-1', {}, { 'Fn::If': ['Open', '0.0.0.0/0', ref('AWS::NoValue')] }));
    },
    ['note LambdaSecurityGroup: cannot verify an egress rule of LambdaSecurityGroup: its protocol, ports or destination are not known before deployment'],
  ],
  [
    'the VPC default security group',
    (t) => (vpcConfig(t).SecurityGroupIds = [{ 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] }]),
    [
      "warning Function: Function uses the default security group of Vpc, whose egress allows all traffic to 0.0.0.0/0; give it a group of its own that allows only tcp 443 to the endpoints' security groups or prefix lists",
    ],
  ],
  [
    'a group of its own with no egress rule, for the open one',
    (t) => {
      egress(t, anywhere('-1'));
      add(t, 'OtherGroup', 'AWS::EC2::SecurityGroup', { GroupDescription: 'other', VpcId: ref('Vpc') });
      vpcConfig(t).SecurityGroupIds = [ref('OtherGroup')];
    },
    [
      "warning OtherGroup: OtherGroup (security group of Function) has no SecurityGroupEgress, so it keeps the default rule allowing all traffic to 0.0.0.0/0; allow only tcp 443 to the endpoints' security groups or prefix lists, and the ports of the databases or caches the functions use",
    ],
  ],
  [
    'advice: nothing admits the group',
    (t) => {
      egress(t, anywhere('-1'));
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/16' });
    },
    [
      "warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows all traffic to 0.0.0.0/0; allow only tcp 443 to the endpoints' security groups or prefix lists, and the ports of the databases or caches the functions use",
    ],
  ],
  [
    'advice: an S3 gateway endpoint and a database port',
    (t) => {
      egress(t, anywhere('-1'), { IpProtocol: 'tcp', FromPort: 5432, ToPort: 5432, DestinationSecurityGroupId: groupId('DbGroup') });
      add(t, 'DbGroup', 'AWS::EC2::SecurityGroup', { GroupDescription: 'db', VpcId: ref('Vpc') });
      add(t, 'S3Endpoint', 'AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'Gateway',
        ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' },
        VpcId: ref('Vpc'),
        RouteTableIds: [ref('RouteTable')],
      });
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows all traffic to 0.0.0.0/0; allow only what the functions use: tcp 443 to EndpointSecurityGroup, tcp 5432 to DbGroup, tcp 443 to the prefix list of com.amazonaws.${AWS::Region}.s3',
    ],
  ],
  [
    "advice: an endpoint service's group, reached on the ports it admits, in each form",
    (t) => {
      props(t, 'SqsEndpoint').ServiceName = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
      egress(t, anywhere('-1'));
      ingress(
        t,
        fromLambda({ IpProtocol: '-1' }),
        fromLambda({ IpProtocol: 'tcp', FromPort: 1024, ToPort: 2048 }),
        fromLambda({ IpProtocol: noDefault(t, 'Protocol'), FromPort: 443, ToPort: 443 }),
        fromLambda({ IpProtocol: 'udp', FromPort: noDefault(t, 'Port'), ToPort: 53 }),
        fromLambda({ IpProtocol: 'tcp', FromPort: 443, ToPort: noDefault(t, 'OtherPort') }),
      );
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows all traffic to 0.0.0.0/0; allow only what the functions use: all traffic to EndpointSecurityGroup, tcp 1024-2048 to EndpointSecurityGroup, traffic to EndpointSecurityGroup, udp to EndpointSecurityGroup, tcp to EndpointSecurityGroup',
    ],
  ],
  [
    "advice: an AWS service's endpoint group on the service's ports, not on what its ingress wrongly admits",
    (t) => {
      egress(t, anywhere('-1'));
      ingress(t, fromLambda({ IpProtocol: 'tcp', FromPort: 80, ToPort: 80 }), fromLambda({ IpProtocol: 'udp', FromPort: 443, ToPort: 443 }));
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows all traffic to 0.0.0.0/0; allow only what the functions use: tcp 443 to EndpointSecurityGroup',
    ],
  ],
  [
    'advice: an SMTP endpoint group on all the SMTP ports',
    (t) => {
      props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.email-smtp' };
      egress(t, anywhere('-1'));
      ingress(t, fromLambda({ IpProtocol: 'tcp', FromPort: 587, ToPort: 587 }));
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows all traffic to 0.0.0.0/0; allow only what the functions use: tcp 25, 465, 587, 2465 or 2587 to EndpointSecurityGroup',
    ],
  ],
  [
    'advice: the group own narrower egress to a group, not its open one',
    (t) => {
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/16' });
      egress(
        t,
        anywhere('-1'),
        { IpProtocol: 'tcp', FromPort: 6379, ToPort: 6379, DestinationSecurityGroupId: groupId('EndpointSecurityGroup') },
        { IpProtocol: '-1', DestinationSecurityGroupId: noDefault(t, 'Other') },
        { IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080, CidrIp: '10.0.0.0/16' },
      );
    },
    [
      'warning LambdaSecurityGroup: LambdaSecurityGroup (security group of Function) allows all traffic to 0.0.0.0/0; allow only what the functions use: tcp 6379 to EndpointSecurityGroup',
    ],
  ],
];
testCases('lambda-sg-egress', cases);

test('the VPC default group is reported at its entry in SecurityGroupIds, after the function group', async () => {
  const found = await findingLines('lambda-sg-egress', (t) => {
    vpcConfig(t).SecurityGroupIds = [ref('LambdaSecurityGroup'), { 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] }];
  });
  expect(found).toEqual([['Function', '{ "Fn::GetAtt": [ "Vpc",']]);
});
