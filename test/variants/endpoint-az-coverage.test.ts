/** endpoint-az-coverage on the safe pattern changed in one place at a time (see variants.ts). */
import { indexed, noDefault, props, ref, subnet, testCases, vpcConfig, type Case, type Template } from './variants.js';

const endpointSubnets = (t: Template, subnets: unknown) => {
  props(t, 'SqsEndpoint').SubnetIds = subnets;
};
/** The function in `count` subnets, Subnet0… in zones 0… (by index). */
const functionIn = (t: Template, count: number) => {
  for (let i = 0; i < count; i++) subnet(t, `Subnet${String(i)}`, indexed(i), `10.0.${String(10 + i)}.0/24`);
  vpcConfig(t).SubnetIds = Array.from({ length: count }, (_, i) => ref(`Subnet${String(i)}`));
};

const cases: Case[] = [
  [
    'the endpoint in one zone of two',
    (t) => {
      endpointSubnets(t, [ref('SubnetA')]);
    },
    [
      'warning SqsEndpoint: SqsEndpoint has no subnet in zone 1 of the region (!Select [1, !GetAZs]) (subnet SubnetB), where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds',
    ],
  ],
  [
    'the endpoint without SubnetIds',
    (t) => delete props(t, 'SqsEndpoint').SubnetIds,
    [
      'warning SqsEndpoint: SqsEndpoint has no subnet in zone 0 of the region (!Select [0, !GetAZs]) (subnet SubnetA), zone 1 of the region (!Select [1, !GetAZs]) (subnet SubnetB), where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds',
    ],
  ],
  [
    'SubnetIds from a parameter',
    (t) => {
      endpointSubnets(t, noDefault(t, 'Subnets'));
    },
    ['note SqsEndpoint: cannot verify the zones of SqsEndpoint: its subnets are not all known before deployment'],
  ],
  [
    'a subnet that is not in the template',
    (t) => {
      endpointSubnets(t, [ref('SubnetA'), 'subnet-0123456789abcdef0']);
    },
    ['note SqsEndpoint: cannot verify the zones of SqsEndpoint: its subnets are not all known before deployment'],
  ],
  [
    'two subnets of the endpoint in the same zone',
    (t) => {
      subnet(t, 'SubnetC', indexed(0), '10.0.3.0/24');
      endpointSubnets(t, [ref('SubnetA'), ref('SubnetC')]);
    },
    [
      'warning SqsEndpoint: SqsEndpoint has no subnet in zone 1 of the region (!Select [1, !GetAZs]) (subnet SubnetB), where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds',
    ],
  ],
  [
    'an extra zone of the endpoint',
    (t) => {
      subnet(t, 'SubnetC', indexed(2), '10.0.3.0/24');
      endpointSubnets(t, [ref('SubnetA'), ref('SubnetB'), ref('SubnetC')]);
    },
    [],
  ],
  [
    'five zones of the function, the endpoint in one',
    (t) => {
      functionIn(t, 5);
      endpointSubnets(t, [ref('Subnet2')]);
    },
    [
      'warning SqsEndpoint: SqsEndpoint has no subnet in zone 0 of the region (!Select [0, !GetAZs]) (subnet Subnet0), zone 1 of the region (!Select [1, !GetAZs]) (subnet Subnet1), zone 3 of the region (!Select [3, !GetAZs]) (subnet Subnet3) and 1 more zone, where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds',
    ],
  ],
  [
    'zones by name for the function, by index for the endpoint',
    (t) => {
      subnet(t, 'NamedA', 'us-east-1a', '10.0.3.0/24');
      subnet(t, 'NamedB', 'us-east-1b', '10.0.4.0/24');
      vpcConfig(t).SubnetIds = [ref('NamedA'), ref('NamedB')];
    },
    ['note SqsEndpoint: cannot verify the zones of SqsEndpoint: zones are written in ways that cannot be compared before deployment'],
  ],
  [
    'zones by name for both, one missing',
    (t) => {
      subnet(t, 'NamedA', 'us-east-1a', '10.0.3.0/24');
      subnet(t, 'NamedB', 'us-east-1b', '10.0.4.0/24');
      vpcConfig(t).SubnetIds = [ref('NamedA'), ref('NamedB')];
      endpointSubnets(t, [ref('NamedA')]);
    },
    [
      'warning SqsEndpoint: SqsEndpoint has no subnet in us-east-1b (subnet NamedB), where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds',
    ],
  ],
  [
    'zones by !Sub name, one missing',
    (t) => {
      subnet(t, 'NamedA', { 'Fn::Sub': '${AWS::Region}a' }, '10.0.3.0/24');
      subnet(t, 'NamedB', { 'Fn::Sub': '${AWS::Region}b' }, '10.0.4.0/24');
      vpcConfig(t).SubnetIds = [ref('NamedA'), ref('NamedB')];
      endpointSubnets(t, [ref('NamedB')]);
    },
    [
      'warning SqsEndpoint: SqsEndpoint has no subnet in ${AWS::Region}a (subnet NamedA), where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds',
    ],
  ],
  [
    'zones by ID, one missing',
    (t) => {
      subnet(t, 'ZoneA', 'use1-az1', '10.0.3.0/24', 'AvailabilityZoneId');
      subnet(t, 'ZoneB', 'use1-az2', '10.0.4.0/24', 'AvailabilityZoneId');
      vpcConfig(t).SubnetIds = [ref('ZoneA'), ref('ZoneB')];
      endpointSubnets(t, [ref('ZoneA')]);
    },
    [
      'warning SqsEndpoint: SqsEndpoint has no subnet in use1-az2 (subnet ZoneB), where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds',
    ],
  ],
  [
    'the endpoint in zones written two ways',
    (t) => {
      subnet(t, 'NamedA', 'us-east-1a', '10.0.3.0/24');
      endpointSubnets(t, [ref('SubnetA'), ref('NamedA')]);
    },
    ['note SqsEndpoint: cannot verify the zones of SqsEndpoint: zones are written in ways that cannot be compared before deployment'],
  ],
  [
    'a function subnet in a zone from a parameter',
    (t) => {
      props(t, 'SubnetB').AvailabilityZone = noDefault(t, 'Zone');
      endpointSubnets(t, [ref('SubnetA')]);
    },
    [
      'note SqsEndpoint: cannot verify that SqsEndpoint covers the zones of the Lambda functions of its VPC: the zone of subnet SubnetB is not known before deployment (parameter Zone has no default)',
    ],
  ],
  ['a function subnet in a zone from a parameter, which the endpoint has', (t) => (props(t, 'SubnetB').AvailabilityZone = noDefault(t, 'Zone')), []],
  [
    'five function subnets in zones from a parameter',
    (t) => {
      functionIn(t, 5);
      for (let i = 0; i < 5; i++) props(t, `Subnet${String(i)}`).AvailabilityZone = noDefault(t, 'Zone');
      endpointSubnets(t, [ref('Subnet0')]);
    },
    [
      'note SqsEndpoint: cannot verify that SqsEndpoint covers the zones of the Lambda functions of its VPC: the zones of subnets Subnet1, Subnet2, Subnet3 and 1 more are not known before deployment (parameter Zone has no default)',
    ],
  ],
  [
    'five zones of the function, the endpoint in a sixth',
    (t) => {
      functionIn(t, 5);
      subnet(t, 'Subnet5', indexed(5), '10.0.20.0/24');
      endpointSubnets(t, [ref('Subnet5')]);
    },
    [
      'warning SqsEndpoint: SqsEndpoint has no subnet in zone 0 of the region (!Select [0, !GetAZs]) (subnet Subnet0), zone 1 of the region (!Select [1, !GetAZs]) (subnet Subnet1), zone 2 of the region (!Select [2, !GetAZs]) (subnet Subnet2) and 2 more zones, where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds',
    ],
  ],
  [
    'the endpoint in a known zone and a zone from a parameter',
    (t) => {
      subnet(t, 'SubnetC', noDefault(t, 'Zone'), '10.0.3.0/24');
      endpointSubnets(t, [ref('SubnetA'), ref('SubnetC')]);
    },
    ['note SqsEndpoint: cannot verify the zones of SqsEndpoint: the zone of its subnet SubnetC is not known before deployment (parameter Zone has no default)'],
  ],
  [
    'the endpoint in two zones from a parameter',
    (t) => {
      subnet(t, 'SubnetC', noDefault(t, 'Zone'), '10.0.3.0/24');
      subnet(t, 'SubnetD', noDefault(t, 'Zone'), '10.0.4.0/24');
      endpointSubnets(t, [ref('SubnetC'), ref('SubnetD')]);
    },
    [
      'note SqsEndpoint: cannot verify the zones of SqsEndpoint: the zones of its subnets SubnetC, SubnetD are not known before deployment (parameter Zone has no default)',
    ],
  ],
  [
    'the endpoint in a zone from a parameter, which the functions have too',
    (t) => {
      props(t, 'SubnetB').AvailabilityZone = noDefault(t, 'Zone');
      endpointSubnets(t, [ref('SubnetB')]);
    },
    ['note SqsEndpoint: cannot verify the zones of SqsEndpoint: the zone of its subnet SubnetB is not known before deployment (parameter Zone has no default)'],
  ],
  [
    'the endpoint without SubnetIds, the functions in zones from a parameter',
    (t) => {
      delete props(t, 'SqsEndpoint').SubnetIds;
      for (const id of ['SubnetA', 'SubnetB']) props(t, id).AvailabilityZone = noDefault(t, 'Zone');
    },
    [
      'warning SqsEndpoint: SqsEndpoint has no subnet in the zone of subnet SubnetA, the zone of subnet SubnetB, where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds',
    ],
  ],
  [
    'the endpoint without SubnetIds, four zones written two ways',
    (t) => {
      delete props(t, 'SqsEndpoint').SubnetIds;
      subnet(t, 'NamedA', 'us-east-1a', '10.0.3.0/24');
      subnet(t, 'NamedB', 'us-east-1b', '10.0.4.0/24');
      vpcConfig(t).SubnetIds = [ref('SubnetA'), ref('SubnetB'), ref('NamedA'), ref('NamedB')];
    },
    [
      'warning SqsEndpoint: SqsEndpoint has no subnet in zone 0 of the region (!Select [0, !GetAZs]) (subnet SubnetA), zone 1 of the region (!Select [1, !GetAZs]) (subnet SubnetB), us-east-1a (subnet NamedA) and 1 more zone, where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds',
    ],
  ],
  [
    'four function subnets in zones from a parameter, the endpoint in another subnet',
    (t) => {
      functionIn(t, 4);
      for (let i = 0; i < 4; i++) props(t, `Subnet${String(i)}`).AvailabilityZone = noDefault(t, 'Zone');
    },
    [
      'note SqsEndpoint: cannot verify that SqsEndpoint covers the zones of the Lambda functions of its VPC: the zones of subnets Subnet0, Subnet1, Subnet2 and 1 more are not known before deployment (parameter Zone has no default)',
    ],
  ],
  [
    'six function subnets in zones from a parameter',
    (t) => {
      functionIn(t, 6);
      for (let i = 0; i < 6; i++) props(t, `Subnet${String(i)}`).AvailabilityZone = noDefault(t, 'Zone');
    },
    [
      'note SqsEndpoint: cannot verify that SqsEndpoint covers the zones of the Lambda functions of its VPC: the zones of subnets Subnet0, Subnet1, Subnet2 and 3 more are not known before deployment (parameter Zone has no default)',
    ],
  ],
  ['a Gateway endpoint has no subnets', (t) => (props(t, 'SqsEndpoint').VpcEndpointType = 'Gateway'), []],
];
testCases('endpoint-az-coverage', cases);
