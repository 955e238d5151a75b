/** lambda-subnet-no-igw on the safe pattern changed in one place at a time (see variants.ts). */
import { add, internetRoute, noDefault, ownTableForB, props, ref, testCases, vpcConfig, type Case } from './variants.js';

const cases: Case[] = [
  [
    'a default route to an internet gateway',
    (t) => {
      internetRoute(t);
    },
    [
      'error Function: Function runs in a public subnet: subnets SubnetA, SubnetB use route table RouteTable, whose route RouteTableToIgw sends 0.0.0.0/0 to internet gateway Igw; use private subnets (a NAT gateway or VPC endpoints for outbound traffic)',
    ],
  ],
  [
    'a route to an internet gateway for a destination from a parameter',
    (t) => {
      internetRoute(t, 'RouteTable', noDefault(t, 'Destination'));
    },
    [
      'error Function: Function runs in a public subnet: subnets SubnetA, SubnetB use route table RouteTable, whose route RouteTableToIgw sends a destination to internet gateway Igw; use private subnets (a NAT gateway or VPC endpoints for outbound traffic)',
    ],
  ],
  [
    'one subnet of two in a public route table',
    (t) => {
      ownTableForB(t);
      internetRoute(t, 'RouteTableB');
    },
    [
      'error Function: Function runs in a public subnet: subnet SubnetB uses route table RouteTableB, whose route RouteTableBToIgw sends 0.0.0.0/0 to internet gateway Igw; use private subnets (a NAT gateway or VPC endpoints for outbound traffic)',
    ],
  ],
  [
    'both subnets in public route tables of their own',
    (t) => {
      ownTableForB(t);
      internetRoute(t, 'RouteTableB');
      add(t, 'RouteTableToIgw', 'AWS::EC2::Route', { RouteTableId: ref('RouteTable'), DestinationCidrBlock: '0.0.0.0/0', GatewayId: ref('Igw') });
    },
    [
      'error Function: Function runs in a public subnet: subnet SubnetA uses route table RouteTable, whose route RouteTableToIgw sends 0.0.0.0/0 to internet gateway Igw; subnet SubnetB uses route table RouteTableB, whose route RouteTableBToIgw sends 0.0.0.0/0 to internet gateway Igw; use private subnets (a NAT gateway or VPC endpoints for outbound traffic)',
    ],
  ],
  [
    'a route to an internet gateway that is not in the template',
    (t) => {
      add(t, 'ToIgw', 'AWS::EC2::Route', { RouteTableId: ref('RouteTable'), DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0123456789abcdef0' });
    },
    [
      'error Function: Function runs in a public subnet: subnets SubnetA, SubnetB use route table RouteTable, whose route ToIgw sends 0.0.0.0/0 to internet gateway igw-0123456789abcdef0; use private subnets (a NAT gateway or VPC endpoints for outbound traffic)',
    ],
  ],
  [
    'a route to a gateway from a parameter',
    (t) => {
      add(t, 'ToGateway', 'AWS::EC2::Route', { RouteTableId: ref('RouteTable'), DestinationCidrBlock: '0.0.0.0/0', GatewayId: noDefault(t, 'Gateway') });
    },
    ['note Function: cannot verify that Function has no route to an internet gateway: route ToGateway: parameter Gateway has no default'],
  ],
  [
    'a route to a NAT gateway',
    (t) => {
      add(t, 'ToNat', 'AWS::EC2::Route', { RouteTableId: ref('RouteTable'), DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-0123456789abcdef0' });
    },
    [],
  ],
  [
    'VpcConfig from a parameter',
    (t) => (props(t, 'Function').VpcConfig = noDefault(t, 'Config')),
    ['note Function: cannot verify that Function has no route to an internet gateway: its VpcConfig: parameter Config has no default'],
  ],
  [
    'SubnetIds from a parameter',
    (t) => (vpcConfig(t).SubnetIds = noDefault(t, 'Subnets')),
    ['note Function: cannot verify that Function has no route to an internet gateway: its subnets: parameter Subnets has no default'],
  ],
  [
    'a subnet that is not in the template',
    (t) => (vpcConfig(t).SubnetIds = [ref('SubnetA'), 'subnet-0123456789abcdef0']),
    ['note Function: cannot verify that Function has no route to an internet gateway: subnet subnet-0123456789abcdef0 is not in this template'],
  ],
  [
    'a subnet from a parameter',
    (t) => (vpcConfig(t).SubnetIds = [ref('SubnetA'), noDefault(t, 'Subnet')]),
    ['note Function: cannot verify that Function has no route to an internet gateway: a subnet: parameter Subnet has no default'],
  ],
  ['a subnet without a route table association', (t) => delete t.Resources.SubnetBRoutes, []],
  [
    'a public subnet and an unknown one: the finding, without the note',
    (t) => {
      internetRoute(t);
      vpcConfig(t).SubnetIds = [ref('SubnetA'), noDefault(t, 'Subnet')];
    },
    [
      'error Function: Function runs in a public subnet: subnet SubnetA uses route table RouteTable, whose route RouteTableToIgw sends 0.0.0.0/0 to internet gateway Igw; use private subnets (a NAT gateway or VPC endpoints for outbound traffic)',
    ],
  ],
  ['no VpcConfig', (t) => delete props(t, 'Function').VpcConfig, []],
];
testCases('lambda-subnet-no-igw', cases);
