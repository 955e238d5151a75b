/** endpoint-sg-ingress on the safe pattern changed in one place at a time (see variants.ts). */
import { props, ref, groupId, noDefault, ingress, testCases, type Case, type Json, type Template } from './variants.js';

const cidr = (range: string) => ({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: range });
const fromLambda = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: groupId('LambdaSecurityGroup') };
const noFunction = (t: Template) => {
  delete t.Resources.Function;
};
const cases: Case[] = [
  [
    'a CIDR source, fixed to the function group',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      '  fix: allow only tcp 443 from LambdaSecurityGroup into EndpointSecurityGroup [{"kind":"replace","resource":"EndpointSecurityGroup","property":"SecurityGroupIngress","value":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"SourceSecurityGroupId":{"Fn::GetAtt":["LambdaSecurityGroup","GroupId"]}}]}]',
    ],
  ],
  [
    'no SecurityGroupIds',
    (t) => delete props(t, 'SqsEndpoint').SecurityGroupIds,
    [
      "error SqsEndpoint: SqsEndpoint has no SecurityGroupIds, so it gets the VPC's default security group; give it a group that allows only tcp 443 from the Lambda function's group",
    ],
  ],
  [
    'SecurityGroupIds empty',
    (t) => (props(t, 'SqsEndpoint').SecurityGroupIds = []),
    [
      "error SqsEndpoint: SqsEndpoint has no SecurityGroupIds, so it gets the VPC's default security group; give it a group that allows only tcp 443 from the Lambda function's group",
    ],
  ],
  [
    'SecurityGroupIds unknown',
    (t) => (props(t, 'SqsEndpoint').SecurityGroupIds = noDefault(t, 'Groups')),
    ['note SqsEndpoint: cannot verify the security groups of SqsEndpoint: parameter Groups has no default'],
  ],
  [
    'one group unknown',
    (t) => (props(t, 'SqsEndpoint').SecurityGroupIds = [ref('EndpointSecurityGroup'), noDefault(t, 'Extra')]),
    ['note SqsEndpoint: cannot verify a security group of SqsEndpoint: parameter Extra has no default'],
  ],
  [
    'the same group listed twice: one finding, with the fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      props(t, 'SqsEndpoint').SecurityGroupIds = [ref('EndpointSecurityGroup'), groupId('EndpointSecurityGroup')];
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      '  fix: allow only tcp 443 from LambdaSecurityGroup into EndpointSecurityGroup [{"kind":"replace","resource":"EndpointSecurityGroup","property":"SecurityGroupIngress","value":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"SourceSecurityGroupId":{"Fn::GetAtt":["LambdaSecurityGroup","GroupId"]}}]}]',
    ],
  ],
  [
    'a partner service: its own port, no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      props(t, 'SqsEndpoint').ServiceName = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only the endpoint service's port from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'a service on other ports: no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.email-smtp' };
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: port 443 is not a port of email-smtp; the CIDR range 10.0.0.0/16 is a source; only tcp 25, 465, 587, 2465 or 2587 from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'an unknown service: tcp 443 assumed, no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      props(t, 'SqsEndpoint').ServiceName = noDefault(t, 'Service');
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'no function in the template: a range inside the VPC is a consumer',
    (t) => {
      noFunction(t);
      ingress(t, cidr('10.0.0.0/16'));
    },
    [],
  ],
  [
    'no function: a range wider than the VPC',
    (t) => {
      noFunction(t);
      props(t, 'Vpc').CidrBlock = '10.0.0.0/20';
      ingress(t, cidr('10.0.0.0/16'));
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is wider than the VPC's range 10.0.0.0/20; only tcp 443 from the consumers' security groups or ranges of the VPC is allowed",
    ],
  ],
  [
    'no function: a range wider than any VPC',
    (t) => {
      noFunction(t);
      ingress(t, cidr('10.0.0.0/8'));
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/8: the CIDR range 10.0.0.0/8 is wider than any VPC's range; only tcp 443 from the consumers' security groups or ranges of the VPC is allowed",
    ],
  ],
  [
    'no function: a range of the VPC with an unknown VPC range',
    (t) => {
      noFunction(t);
      props(t, 'Vpc').CidrBlock = noDefault(t, 'VpcRange');
      ingress(t, cidr('10.0.0.0/16'));
    },
    [],
  ],
  [
    'no function: an unknown range',
    (t) => {
      noFunction(t);
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: noDefault(t, 'Range') });
    },
    ['note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: the source range: parameter Range has no default'],
  ],
  [
    'no function: a prefix list',
    (t) => {
      noFunction(t);
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourcePrefixListId: 'pl-0123456789abcdef0' });
    },
    [],
  ],
  [
    'the group shared with a second endpoint: no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      const second = structuredClone(t.Resources.SqsEndpoint);
      if (second) t.Resources.SnsEndpoint = { ...second, Properties: { ...second.Properties, ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.sns' } } };
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'the group also a function group: no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'), fromLambda);
      props(t, 'Function').VpcConfig = {
        SecurityGroupIds: [ref('LambdaSecurityGroup'), ref('EndpointSecurityGroup')],
        SubnetIds: [ref('SubnetA'), ref('SubnetB')],
      };
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup or EndpointSecurityGroup is allowed",
    ],
  ],
  [
    'a standalone ingress beside the inline one: no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      t.Resources.MoreIngress = { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: groupId('EndpointSecurityGroup'), ...fromLambda } };
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'an inline rule with an unknown port: a note, no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'), {
        IpProtocol: 'tcp',
        FromPort: noDefault(t, 'Port'),
        ToPort: 443,
        SourceSecurityGroupId: groupId('LambdaSecurityGroup'),
      });
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      'note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: FromPort: parameter Port has no default',
    ],
  ],
  [
    'an unknown inline list: a note',
    (t) => {
      props(t, 'EndpointSecurityGroup').SecurityGroupIngress = { 'Fn::If': ['Maybe', [fromLambda], []] };
      t.Parameters = { Flag: { Type: 'String' } };
      (t as unknown as Json).Conditions = { Maybe: { 'Fn::Equals': [ref('Flag'), 'on'] } };
    },
    ['note EndpointSecurityGroup: cannot verify the ingress of EndpointSecurityGroup: condition Maybe cannot be evaluated'],
  ],
  [
    'no ingress: the functions cannot reach it',
    (t) => delete props(t, 'EndpointSecurityGroup').SecurityGroupIngress,
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows no ingress, so Function cannot reach the endpoint; allow tcp 443 from the Lambda function's group LambdaSecurityGroup",
    ],
  ],
  [
    'no ingress, no function: nothing to say',
    (t) => {
      noFunction(t);
      delete props(t, 'EndpointSecurityGroup').SecurityGroupIngress;
    },
    [],
  ],
  [
    'no inline ingress and a standalone rule of an unknown group: a note',
    (t) => {
      delete props(t, 'EndpointSecurityGroup').SecurityGroupIngress;
      t.Resources.SomeIngress = { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: noDefault(t, 'Group'), ...fromLambda } };
    },
    [
      'note EndpointSecurityGroup: cannot verify the ingress of EndpointSecurityGroup: ingress rule SomeIngress (its group: parameter Group has no default) may belong to it',
    ],
  ],
  [
    'two function groups: no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      t.Resources.OtherGroup = { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'other', VpcId: ref('Vpc') } };
      props(t, 'Function').VpcConfig = { SecurityGroupIds: [ref('LambdaSecurityGroup'), ref('OtherGroup')], SubnetIds: [ref('SubnetA'), ref('SubnetB')] };
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup or OtherGroup is allowed",
    ],
  ],
  [
    'a function with unknown groups: the source may be theirs',
    (t) => {
      t.Resources.OtherGroup = { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'other', VpcId: ref('Vpc') } };
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: groupId('OtherGroup') });
      const other = structuredClone(t.Resources.Function);
      if (other)
        t.Resources.OtherFunction = {
          ...other,
          Properties: { ...other.Properties, VpcConfig: { SecurityGroupIds: noDefault(t, 'Groups'), SubnetIds: [ref('SubnetA'), ref('SubnetB')] } },
        };
    },
    [
      'note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: the source group OtherGroup may belong to OtherFunction, whose security groups are not known before deployment',
    ],
  ],
  [
    'a source group no function uses',
    (t) => {
      t.Resources.OtherGroup = { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'other', VpcId: ref('Vpc') } };
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: groupId('OtherGroup') });
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from OtherGroup: no Lambda function uses the source group OtherGroup; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      '  fix: allow only tcp 443 from LambdaSecurityGroup into EndpointSecurityGroup [{"kind":"replace","resource":"EndpointSecurityGroup","property":"SecurityGroupIngress","value":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"SourceSecurityGroupId":{"Fn::GetAtt":["LambdaSecurityGroup","GroupId"]}}]}]',
    ],
  ],
  [
    'an external source group a function names: fine',
    (t) => {
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: 'sg-0123456789abcdef0' });
      props(t, 'Function').VpcConfig = { SecurityGroupIds: ['sg-0123456789abcdef0'], SubnetIds: [ref('SubnetA'), ref('SubnetB')] };
    },
    [],
  ],
  [
    'an external source group: a note',
    (t) => {
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: 'sg-0123456789abcdef0' });
    },
    ['note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: source group sg-0123456789abcdef0 is not in this template'],
  ],
  [
    'an unknown source group: a note',
    (t) => {
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: noDefault(t, 'Source') });
    },
    ['note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: source group: parameter Source has no default'],
  ],
  [
    'an unknown CIDR source: an error whatever its value, no fix',
    (t) => {
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: noDefault(t, 'Range') });
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from a CIDR range not known before deployment (parameter Range has no default): a CIDR range is a source, whatever its value; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'the VPC default group',
    (t) => (props(t, 'SqsEndpoint').SecurityGroupIds = [{ 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] }]),
    [
      "error SqsEndpoint: SqsEndpoint uses the default security group of Vpc, which admits all traffic from every member of that group; give it a group that allows only tcp 443 from the Lambda function's group LambdaSecurityGroup",
    ],
  ],
  [
    'a source allowed by the allowedSources option',
    (t) => {
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourcePrefixListId: 'pl-0123456789abcdef0' });
    },
    [],
    'rules:\n  endpoint-sg-ingress:\n    allowedSources: [pl-0123456789abcdef0]\n',
  ],
  [
    'an unknown service on more ports than 443',
    (t) => {
      ingress(t, { ...fromLambda, ToPort: 8443 });
      props(t, 'SqsEndpoint').ServiceName = noDefault(t, 'Service');
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443-8443 from LambdaSecurityGroup: ports 443-8443 are a range, not 443; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'a service on one other port: no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.cassandra' };
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: port 443 is not 9142; the CIDR range 10.0.0.0/16 is a source; only tcp 9142 from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'a service on 443 and another port: no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.iot.data' };
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 or 8883 from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'functions with groups of other stacks only',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      props(t, 'Function').VpcConfig = { SecurityGroupIds: ['sg-0123456789abcdef0'], SubnetIds: [ref('SubnetA'), ref('SubnetB')] };
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from a Lambda function's group is allowed",
    ],
  ],
  [
    'the endpoint group is the only function group: no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      props(t, 'Function').VpcConfig = { SecurityGroupIds: [ref('EndpointSecurityGroup')], SubnetIds: [ref('SubnetA'), ref('SubnetB')] };
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group EndpointSecurityGroup is allowed",
    ],
  ],
  [
    'the function uses the VPC default group: no fix',
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      props(t, 'Function').VpcConfig = { SecurityGroupIds: [{ 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] }], SubnetIds: [ref('SubnetA'), ref('SubnetB')] };
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from a Lambda function's group is allowed",
    ],
  ],
  [
    'an inline rule under a condition beside a bad one: no fix',
    (t) => {
      t.Parameters = { Flag: { Type: 'String' } };
      (t as unknown as Json).Conditions = { Maybe: { 'Fn::Equals': [ref('Flag'), 'on'] } };
      ingress(t, cidr('10.0.0.0/16'), { 'Fn::If': ['Maybe', fromLambda, ref('AWS::NoValue')] });
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      'note EndpointSecurityGroup: cannot verify the ingress of EndpointSecurityGroup: condition Maybe cannot be evaluated',
    ],
  ],
  [
    "an endpoint whose VpcId is a parameter: its VPC is its subnets' one, fixed",
    (t) => {
      ingress(t, cidr('10.0.0.0/16'));
      props(t, 'SqsEndpoint').VpcId = noDefault(t, 'VpcId');
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      '  fix: allow only tcp 443 from LambdaSecurityGroup into EndpointSecurityGroup [{"kind":"replace","resource":"EndpointSecurityGroup","property":"SecurityGroupIngress","value":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"SourceSecurityGroupId":{"Fn::GetAtt":["LambdaSecurityGroup","GroupId"]}}]}]',
    ],
  ],
  [
    'an unknown protocol: no fix',
    (t) => {
      ingress(t, { ...cidr('10.0.0.0/16'), IpProtocol: noDefault(t, 'Protocol') });
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows some protocol 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'an unknown ToPort: no fix',
    (t) => {
      ingress(t, { ...cidr('10.0.0.0/16'), ToPort: noDefault(t, 'Port') });
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp on ports not known before deployment from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'an unknown IPv6 range: no fix',
    (t) => {
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIpv6: noDefault(t, 'Range') });
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from a CIDR range not known before deployment (parameter Range has no default): a CIDR range is a source, whatever its value; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
    ],
  ],
  [
    'a rule without a source',
    (t) => {
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443 });
    },
    [],
  ],
  [
    'two unknowns in one rule',
    (t) => {
      ingress(t, { IpProtocol: 'tcp', FromPort: noDefault(t, 'Port'), ToPort: 443, SourceSecurityGroupId: 'sg-0123456789abcdef0' });
    },
    [
      'note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: FromPort: parameter Port has no default; source group sg-0123456789abcdef0 is not in this template',
    ],
  ],
  [
    'no function: an IPv6 range wider than any VPC',
    (t) => {
      noFunction(t);
      ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIpv6: '::/0' });
    },
    [
      "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from ::/0: the CIDR range ::/0 is wider than any VPC's range; only tcp 443 from the consumers' security groups or ranges of the VPC is allowed",
    ],
  ],
  [
    'no function: a range that is not a CIDR',
    (t) => {
      noFunction(t);
      ingress(t, cidr('10.0.0.300/16'));
    },
    [],
  ],
  [
    'no function: a VPC range that is not a CIDR',
    (t) => {
      noFunction(t);
      props(t, 'Vpc').CidrBlock = '10.0.0.300/16';
      ingress(t, cidr('10.0.0.0/16'));
    },
    [],
  ],
];
testCases('endpoint-sg-ingress', cases);
