/** lambda-multi-az on the safe pattern changed in one place at a time (see variants.ts). */
import { indexed, noDefault, props, ref, subnet, testCases, vpcConfig, type Case, type Template } from './variants.js';

const functionSubnets = (t: Template, ...ids: unknown[]) => (vpcConfig(t).SubnetIds = ids.map((id) => (typeof id === 'string' ? ref(id) : id)));

const cases: Case[] = [
  [
    'one subnet',
    (t) => functionSubnets(t, 'SubnetA'),
    [
      'warning Function: Function runs only in zone 0 of the region (!Select [0, !GetAZs]) (subnet SubnetA): an outage of that zone stops it; add a subnet in a second Availability Zone',
    ],
  ],
  [
    'two subnets in the same zone',
    (t) => {
      subnet(t, 'SubnetC', indexed(0), '10.0.3.0/24');
      functionSubnets(t, 'SubnetA', 'SubnetC');
    },
    [
      'warning Function: Function runs only in zone 0 of the region (!Select [0, !GetAZs]) (subnets SubnetA, SubnetC): an outage of that zone stops it; add a subnet in a second Availability Zone',
    ],
  ],
  [
    'two subnets in the same zone by name',
    (t) => {
      subnet(t, 'NamedA', 'us-east-1a', '10.0.3.0/24');
      subnet(t, 'NamedA2', 'us-east-1a', '10.0.4.0/24');
      functionSubnets(t, 'NamedA', 'NamedA2');
    },
    [
      'warning Function: Function runs only in us-east-1a (subnets NamedA, NamedA2): an outage of that zone stops it; add a subnet in a second Availability Zone',
    ],
  ],
  [
    'two zones by name',
    (t) => {
      subnet(t, 'NamedA', 'us-east-1a', '10.0.3.0/24');
      subnet(t, 'NamedB', 'us-east-1b', '10.0.4.0/24');
      functionSubnets(t, 'NamedA', 'NamedB');
    },
    [],
  ],
  [
    'two zones by ID',
    (t) => {
      subnet(t, 'ZoneA', 'use1-az1', '10.0.3.0/24', 'AvailabilityZoneId');
      subnet(t, 'ZoneB', 'use1-az2', '10.0.4.0/24', 'AvailabilityZoneId');
      functionSubnets(t, 'ZoneA', 'ZoneB');
    },
    [],
  ],
  [
    'one zone by name, one by index',
    (t) => {
      subnet(t, 'NamedA', 'us-east-1a', '10.0.3.0/24');
      functionSubnets(t, 'SubnetA', 'NamedA');
    },
    ['note Function: cannot verify that Function spans two Availability Zones: its zones are written in ways that cannot be compared before deployment'],
  ],
  [
    'one zone by name, one by !Sub name',
    (t) => {
      subnet(t, 'NamedA', 'us-east-1a', '10.0.3.0/24');
      subnet(t, 'NamedB', { 'Fn::Sub': '${AWS::Region}b' }, '10.0.4.0/24');
      functionSubnets(t, 'NamedA', 'NamedB');
    },
    ['note Function: cannot verify that Function spans two Availability Zones: its zones are written in ways that cannot be compared before deployment'],
  ],
  [
    'zones by index in two regions',
    (t) => {
      subnet(t, 'WestA', indexed(0, 'eu-west-1'), '10.0.3.0/24');
      functionSubnets(t, 'SubnetA', 'WestA');
    },
    ['note Function: cannot verify that Function spans two Availability Zones: its zones are written in ways that cannot be compared before deployment'],
  ],
  [
    'a zone from a parameter',
    (t) => (props(t, 'SubnetB').AvailabilityZone = noDefault(t, 'Zone')),
    ['note Function: cannot verify that Function spans two Availability Zones: the zones of its subnets are not all known before deployment'],
  ],
  [
    'subnets from a parameter',
    (t) => (vpcConfig(t).SubnetIds = noDefault(t, 'Subnets')),
    ['note Function: cannot verify that Function spans two Availability Zones: the zones of its subnets are not all known before deployment'],
  ],
  [
    'a subnet of another stack',
    (t) => functionSubnets(t, 'SubnetA', 'subnet-0123456789abcdef0'),
    ['note Function: cannot verify that Function spans two Availability Zones: the zones of its subnets are not all known before deployment'],
  ],
  [
    'two subnets of another stack',
    (t) => functionSubnets(t, 'subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'),
    ['note Function: cannot verify that Function spans two Availability Zones: the zones of its subnets are not all known before deployment'],
  ],
  // Empty lists take the function out of the VPC: Lambda chooses its zones.
  ['no subnets', (t) => functionSubnets(t), []],
  ['security groups without SubnetIds', (t) => delete vpcConfig(t).SubnetIds, []],
  ['VpcConfig from a parameter', (t) => (props(t, 'Function').VpcConfig = noDefault(t, 'VpcConfig')), []],
  ['not in a VPC', (t) => delete props(t, 'Function').VpcConfig, []],
  [
    'four subnets in one zone',
    (t) => {
      for (const id of ['SubnetC', 'SubnetD', 'SubnetE']) subnet(t, id, indexed(0), `10.0.${String(3 + ['SubnetC', 'SubnetD', 'SubnetE'].indexOf(id))}.0/24`);
      functionSubnets(t, 'SubnetA', 'SubnetC', 'SubnetD', 'SubnetE');
    },
    [
      'warning Function: Function runs only in zone 0 of the region (!Select [0, !GetAZs]) (subnets SubnetA, SubnetC, SubnetD and 1 more): an outage of that zone stops it; add a subnet in a second Availability Zone',
    ],
  ],
];
testCases('lambda-multi-az', cases);
