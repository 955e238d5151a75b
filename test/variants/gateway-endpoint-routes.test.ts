/** gateway-endpoint-routes on the safe pattern changed in one place at a time (see variants.ts). */
import { add, noDefault, ownTableForB, props, ref, testCases, vpcConfig, type Case, type Template } from './variants.js';

/** A Gateway endpoint of `service` on these route tables. */
const gateway = (t: Template, tables: unknown, service: unknown = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' }, id = 'S3Endpoint') => {
  add(t, id, 'AWS::EC2::VPCEndpoint', {
    VpcEndpointType: 'Gateway',
    ServiceName: service,
    VpcId: ref('Vpc'),
    ...(tables === undefined ? {} : { RouteTableIds: tables }),
  });
};
/** `count` more subnets of the function, each with a route table of its own: Subnet0/Table0, Subnet1/Table1, … */
const moreSubnets = (t: Template, count: number) => {
  const subnets = [];
  for (let i = 0; i < count; i++) {
    add(t, `Subnet${String(i)}`, 'AWS::EC2::Subnet', {
      VpcId: ref('Vpc'),
      CidrBlock: `10.0.${String(10 + i)}.0/24`,
      AvailabilityZone: { 'Fn::Select': [i % 2, { 'Fn::GetAZs': '' }] },
    });
    add(t, `Table${String(i)}`, 'AWS::EC2::RouteTable', { VpcId: ref('Vpc') });
    add(t, `Subnet${String(i)}Routes`, 'AWS::EC2::SubnetRouteTableAssociation', {
      SubnetId: ref(`Subnet${String(i)}`),
      RouteTableId: ref(`Table${String(i)}`),
    });
    subnets.push(ref(`Subnet${String(i)}`));
  }
  vpcConfig(t).SubnetIds = subnets;
};

const cases: Case[] = [
  [
    'on the route table of the function subnets',
    (t) => {
      gateway(t, [ref('RouteTable')]);
    },
    [],
  ],
  [
    'no RouteTableIds',
    (t) => {
      gateway(t, undefined);
    },
    [
      'warning S3Endpoint: S3Endpoint is not in route table RouteTable (subnets SubnetA, SubnetB) of the Lambda functions of its VPC: their calls to s3 do not take the endpoint; add the table to RouteTableIds',
      '  fix: add RouteTable to RouteTableIds of S3Endpoint [{"kind":"append","resource":"S3Endpoint","property":"RouteTableIds","items":[{"Ref":"RouteTable"}]}]',
    ],
  ],
  [
    'RouteTableIds empty',
    (t) => {
      gateway(t, []);
    },
    [
      'warning S3Endpoint: S3Endpoint is not in route table RouteTable (subnets SubnetA, SubnetB) of the Lambda functions of its VPC: their calls to s3 do not take the endpoint; add the table to RouteTableIds',
      '  fix: add RouteTable to RouteTableIds of S3Endpoint [{"kind":"append","resource":"S3Endpoint","property":"RouteTableIds","items":[{"Ref":"RouteTable"}]}]',
    ],
  ],
  [
    'one of the two tables missing',
    (t) => {
      ownTableForB(t);
      gateway(t, [ref('RouteTable')]);
    },
    [
      'warning S3Endpoint: S3Endpoint is not in route table RouteTableB (subnet SubnetB) of the Lambda functions of its VPC: their calls to s3 do not take the endpoint; add the table to RouteTableIds',
      '  fix: add RouteTableB to RouteTableIds of S3Endpoint [{"kind":"append","resource":"S3Endpoint","property":"RouteTableIds","items":[{"Ref":"RouteTableB"}]}]',
    ],
  ],
  [
    'both tables missing',
    (t) => {
      ownTableForB(t);
      gateway(t, [], { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.dynamodb' }, 'DynamoDbEndpoint');
    },
    [
      'warning DynamoDbEndpoint: DynamoDbEndpoint is not in route table RouteTable (subnet SubnetA), route table RouteTableB (subnet SubnetB) of the Lambda functions of its VPC: their calls to dynamodb do not take the endpoint; add the tables to RouteTableIds',
      '  fix: add RouteTable, RouteTableB to RouteTableIds of DynamoDbEndpoint [{"kind":"append","resource":"DynamoDbEndpoint","property":"RouteTableIds","items":[{"Ref":"RouteTable"},{"Ref":"RouteTableB"}]}]',
    ],
  ],
  [
    'a subnet in the main route table',
    (t) => {
      delete t.Resources.SubnetBRoutes;
      gateway(t, [ref('RouteTable')]);
    },
    [
      "warning S3Endpoint: S3Endpoint is not in the main route table of Vpc (subnet SubnetB) of the Lambda functions of its VPC: their calls to s3 do not take the endpoint; give those subnets a route table of their own (AWS::EC2::SubnetRouteTableAssociation; a VPC's main route table cannot be named in a template) and add it to RouteTableIds",
    ],
  ],
  [
    'RouteTableIds from a parameter',
    (t) => {
      gateway(t, noDefault(t, 'Tables'));
    },
    ['note S3Endpoint: cannot verify the route tables of S3Endpoint: they are not all known before deployment'],
  ],
  [
    'a table that is not in the template',
    (t) => {
      gateway(t, [ref('RouteTable'), 'rtb-0123456789abcdef0']);
    },
    ['note S3Endpoint: cannot verify the route tables of S3Endpoint: they are not all known before deployment'],
  ],
  [
    'a table from a parameter',
    (t) => {
      gateway(t, [ref('RouteTable'), noDefault(t, 'Table')]);
    },
    ['note S3Endpoint: cannot verify the route tables of S3Endpoint: they are not all known before deployment'],
  ],
  [
    'the function subnets from a parameter',
    (t) => {
      gateway(t, [ref('RouteTable')]);
      vpcConfig(t).SubnetIds = noDefault(t, 'Subnets');
    },
    [
      'note S3Endpoint: cannot verify that S3Endpoint is in the route tables of the Lambda functions of its VPC: the subnets of Function: parameter Subnets has no default',
    ],
  ],
  [
    'a function subnet that is not in the template',
    (t) => {
      gateway(t, [ref('RouteTable')]);
      vpcConfig(t).SubnetIds = [ref('SubnetA'), 'subnet-0123456789abcdef0'];
    },
    [
      'note S3Endpoint: cannot verify that S3Endpoint is in the route tables of the Lambda functions of its VPC: a subnet of Function: subnet-0123456789abcdef0 is not in this template',
    ],
  ],
  [
    'a service from a parameter',
    (t) => {
      gateway(t, [], noDefault(t, 'Service'));
    },
    [
      'warning S3Endpoint: S3Endpoint is not in route table RouteTable (subnets SubnetA, SubnetB) of the Lambda functions of its VPC: their calls to the service do not take the endpoint; add the table to RouteTableIds',
      '  fix: add RouteTable to RouteTableIds of S3Endpoint [{"kind":"append","resource":"S3Endpoint","property":"RouteTableIds","items":[{"Ref":"RouteTable"}]}]',
    ],
  ],
  ['an Interface endpoint is not routed', (t) => delete props(t, 'SqsEndpoint').SubnetIds, []],
  [
    'in a VPC without functions',
    (t) => {
      add(t, 'OtherVpc', 'AWS::EC2::VPC', { CidrBlock: '10.1.0.0/16', EnableDnsSupport: true, EnableDnsHostnames: true });
      gateway(t, []);
      props(t, 'S3Endpoint').VpcId = ref('OtherVpc');
    },
    [],
  ],
  [
    'six tables missing: five named',
    (t) => {
      moreSubnets(t, 7);
      gateway(t, [ref('Table6')]);
    },
    [
      'warning S3Endpoint: S3Endpoint is not in route table Table0 (subnet Subnet0), route table Table1 (subnet Subnet1), route table Table2 (subnet Subnet2), route table Table3 (subnet Subnet3), route table Table4 (subnet Subnet4) and 1 more of the Lambda functions of its VPC: their calls to s3 do not take the endpoint; add the tables to RouteTableIds',
      '  fix: add Table0, Table1, Table2, Table3, Table4, Table5 to RouteTableIds of S3Endpoint [{"kind":"append","resource":"S3Endpoint","property":"RouteTableIds","items":[{"Ref":"Table0"},{"Ref":"Table1"},{"Ref":"Table2"},{"Ref":"Table3"},{"Ref":"Table4"},{"Ref":"Table5"}]}]',
    ],
  ],
  [
    'more tables missing than one fix adds',
    (t) => {
      moreSubnets(t, 21);
      gateway(t, []);
    },
    [
      'warning S3Endpoint: S3Endpoint is not in route table Table0 (subnet Subnet0), route table Table1 (subnet Subnet1), route table Table2 (subnet Subnet2), route table Table3 (subnet Subnet3), route table Table4 (subnet Subnet4) and 16 more of the Lambda functions of its VPC: their calls to s3 do not take the endpoint; add the tables to RouteTableIds',
    ],
  ],
  [
    'two function subnets not known, for two reasons',
    (t) => {
      gateway(t, [ref('RouteTable')]);
      vpcConfig(t).SubnetIds = [ref('SubnetA'), 'subnet-0123456789abcdef0', noDefault(t, 'Subnet')];
    },
    [
      'note S3Endpoint: cannot verify that S3Endpoint is in the route tables of the Lambda functions of its VPC: a subnet of Function: subnet-0123456789abcdef0 is not in this template; a subnet of Function: parameter Subnet has no default',
    ],
  ],
  [
    'as many tables missing as one fix adds',
    (t) => {
      moreSubnets(t, 20);
      gateway(t, []);
    },
    [
      'warning S3Endpoint: S3Endpoint is not in route table Table0 (subnet Subnet0), route table Table1 (subnet Subnet1), route table Table2 (subnet Subnet2), route table Table3 (subnet Subnet3), route table Table4 (subnet Subnet4) and 15 more of the Lambda functions of its VPC: their calls to s3 do not take the endpoint; add the tables to RouteTableIds',
      '  fix: add Table0, Table1, Table2, Table3, Table4, Table5, Table6, Table7, Table8, Table9, Table10, Table11, Table12, Table13, Table14, Table15, Table16, Table17, Table18, Table19 to RouteTableIds of S3Endpoint [{"kind":"append","resource":"S3Endpoint","property":"RouteTableIds","items":[{"Ref":"Table0"},{"Ref":"Table1"},{"Ref":"Table2"},{"Ref":"Table3"},{"Ref":"Table4"},{"Ref":"Table5"},{"Ref":"Table6"},{"Ref":"Table7"},{"Ref":"Table8"},{"Ref":"Table9"},{"Ref":"Table10"},{"Ref":"Table11"},{"Ref":"Table12"},{"Ref":"Table13"},{"Ref":"Table14"},{"Ref":"Table15"},{"Ref":"Table16"},{"Ref":"Table17"},{"Ref":"Table18"},{"Ref":"Table19"}]}]',
    ],
  ],
];
testCases('gateway-endpoint-routes', cases);
