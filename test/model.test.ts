/**
 * The network model's questions, asked directly: what rules rely on ("route tables of this subnet", "the VPC of this
 * endpoint") pinned on small templates, so that a wrong answer fails here and not only through a rule's message.
 */
import { describe, expect, test } from '@jest/globals';
import { parseYaml } from '../src/engine/load/parse-yaml.js';
import { child, type MapNode } from '../src/engine/load/source-node.js';
import {
  DELIVERY_ACTIONS,
  endpointNeed,
  endpointServiceFacts,
  MANAGED_POLICY_SERVICES,
  POLLER_ACTIONS,
  serviceOfAction,
} from '../src/engine/model/aws-services.js';
import { buildModel } from '../src/engine/model/build.js';
import { cidrContains, ipv4Subnet, parseCidr, type Cidr } from '../src/engine/model/cidr.js';
import { isGatewayEndpoint, isInterfaceEndpoint, type NetworkModel } from '../src/engine/model/network-model.js';
import { grantsOf, isLambdaServiceCall } from '../src/engine/model/grants.js';
import { linkedItems, linkTargets, targetOf as targetOfLink, whyUnlinked } from '../src/engine/model/links.js';
import { classifyAwsPrincipal, isWildcardAction, isWildcardResource, knownShape, pattern } from '../src/engine/model/iam.js';
import type { Element, Zone } from '../src/engine/model/types.js';
import { comparable, zoneClass, zoneKey, zoneName, type KnownZone } from '../src/engine/model/zones.js';
import { Resolver } from '../src/engine/resolve/resolver.js';
import { display, field as valueField, type Value } from '../src/engine/resolve/value.js';

interface Options {
  region?: string;
  parameters?: string;
}

const textOf = (resources: string, options: Options) => `${options.parameters ? `Parameters:\n${options.parameters}\n` : ''}Resources:\n${resources}`;

function modelOf(resources: string, options: Options = {}, constructPaths: ReadonlyMap<string, string> = new Map()): NetworkModel {
  const root = parseYaml('template.yaml', textOf(resources, options)).root as MapNode;
  const pseudo = options.region ? { 'AWS::Region': options.region } : {};
  return buildModel(root, new Resolver(root, { pseudo }), constructPaths);
}

/** The 1-based line of the template on which `fragment` first appears. */
function lineOf(resources: string, fragment: string, options: Options = {}): number {
  const lines = textOf(resources, options).split('\n');
  const index = lines.findIndex((l) => l.includes(fragment));
  if (index === -1) throw new Error(`no line with ${fragment}`);
  return index + 1;
}

function byId<T extends Element>(elements: readonly T[], id: string): T {
  const found = elements.find((e) => e.id === id);
  if (!found) throw new Error(`no ${id} in the model`);
  return found;
}

const ids = (elements: Iterable<Element>): string[] => [...elements].map((e) => e.id);

const VPC = `
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Other:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  SubnetA:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24, AvailabilityZone: eu-west-1a }
  SubnetB:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24, AvailabilityZone: eu-west-1b }
  OtherSubnet:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Other, CidrBlock: 10.1.1.0/24 }
  FnGroup:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: fn, VpcId: !Ref Vpc }
  EndpointGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: endpoint
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, SourceSecurityGroupId: !Ref FnGroup }
        - { IpProtocol: tcp, FromPort: 80, ToPort: 80, SourceSecurityGroupId: !Ref EndpointGroup }
      SecurityGroupEgress:
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, DestinationSecurityGroupId: !Ref FnGroup }
  OtherGroup:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: other, VpcId: !Ref Other }
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      VpcConfig: { SubnetIds: [!Ref SubnetA, !Ref SubnetB], SecurityGroupIds: [!Ref FnGroup, !Ref FnGroup] }
`;

describe('functions and their groups', () => {
  test('a group listed twice by a function counts it once', () => {
    const model = modelOf(VPC);
    expect(ids(model.functionsUsing(byId(model.securityGroups, 'FnGroup')))).toStrictEqual(['Fn']);
    expect(ids(model.functionGroupsIn(byId(model.vpcs, 'Vpc')))).toStrictEqual(['FnGroup']);
    // Asked twice, the answer is the one kept.
    expect(model.functionGroupsIn(byId(model.vpcs, 'Vpc'))).toBe(model.functionGroupsIn(byId(model.vpcs, 'Vpc')));
    expect(model.functionGroupsIn(byId(model.vpcs, 'Other'))).toStrictEqual([]);
  });

  test('the VPCs of a function come from its subnets (one per subnet); the VPC lists it once', () => {
    const model = modelOf(VPC);
    const fn = byId(model.functions, 'Fn');
    expect(ids(model.vpcsOfFunction(fn))).toStrictEqual(['Vpc', 'Vpc']);
    expect(ids(model.functionsIn(byId(model.vpcs, 'Vpc')))).toStrictEqual(['Fn']);
    expect(model.functionsIn(byId(model.vpcs, 'Other'))).toStrictEqual([]);
    expect(model.isFunctionGroup(byId(model.securityGroups, 'FnGroup'))).toBe(true);
    expect(model.isFunctionGroup(byId(model.securityGroups, 'EndpointGroup'))).toBe(false);
  });

  test('a function subnets tell its VPC before its groups do; two functions in a VPC are both in it', () => {
    const m = modelOf(`${VPC}
  Second:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      VpcConfig: { SubnetIds: [!Ref SubnetA], SecurityGroupIds: [!Ref OtherGroup] }
  NoGroups:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      VpcConfig: { SubnetIds: [!Ref SubnetB] }
`);
    expect(ids(m.vpcsOfFunction(byId(m.functions, 'Second')))).toStrictEqual(['Vpc']);
    expect(ids(m.functionsIn(byId(m.vpcs, 'Vpc')))).toStrictEqual(['Fn', 'Second', 'NoGroups']);
    expect(ids(m.functionsUsing(byId(m.securityGroups, 'OtherGroup')))).toStrictEqual(['Second']);
    expect(m.securityGroupsOf(byId(m.functions, 'NoGroups'))).toStrictEqual([]);
    expect(m.functionsWithUnknownGroups()).toStrictEqual([]);
  });

  test('without known subnets, the VPC of a function comes from its groups', () => {
    const m = modelOf(`${VPC}
  Imported:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      VpcConfig: { SubnetIds: [!ImportValue Subnet], SecurityGroupIds: [!Ref OtherGroup] }
`);
    expect(ids(m.vpcsOfFunction(byId(m.functions, 'Imported')))).toStrictEqual(['Other']);
    expect(ids(m.functionsIn(byId(m.vpcs, 'Other')))).toStrictEqual(['Imported']);
  });

  test('the ingress rules that admit a group, without a group admitting itself or egress rules', () => {
    const model = modelOf(VPC);
    const admitted = model.ingressFrom(byId(model.securityGroups, 'FnGroup'));
    expect(admitted.map(({ group, rule }) => [group.id, rule.direction, rule.loc.line])).toStrictEqual([
      ['EndpointGroup', 'ingress', lineOf(VPC, 'ToPort: 443, SourceSecurityGroupId: !Ref FnGroup')],
    ]);
    expect(model.ingressFrom(byId(model.securityGroups, 'EndpointGroup'))).toStrictEqual([]);
    expect(model.ingressFrom(byId(model.securityGroups, 'OtherGroup'))).toStrictEqual([]);
    const resources = `${VPC}
  DatabaseGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: database
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 5432, ToPort: 5432, CidrIp: 10.0.0.0/16 }
        - { IpProtocol: tcp, FromPort: 5432, ToPort: 5432, SourceSecurityGroupId: !Ref FnGroup }
`;
    const m = modelOf(resources);
    expect(m.ingressFrom(byId(m.securityGroups, 'FnGroup')).map(({ group, rule }) => [group.id, rule.loc.line])).toStrictEqual([
      ['EndpointGroup', lineOf(resources, 'ToPort: 443, SourceSecurityGroupId: !Ref FnGroup')],
      ['DatabaseGroup', lineOf(resources, 'ToPort: 5432, SourceSecurityGroupId: !Ref FnGroup')],
    ]);
  });

  test('a group rules in one direction: some, none, or maybe elsewhere', () => {
    const model = modelOf(VPC);
    const endpointGroup = byId(model.securityGroups, 'EndpointGroup');
    const ingress = model.groupRules(endpointGroup, 'ingress');
    expect(ingress.kind === 'some' && ingress.rules.map((r) => r.loc.line)).toStrictEqual([
      lineOf(VPC, 'SourceSecurityGroupId: !Ref FnGroup'),
      lineOf(VPC, 'SourceSecurityGroupId: !Ref EndpointGroup'),
    ]);
    const egress = model.groupRules(endpointGroup, 'egress');
    expect(egress.kind === 'some' && egress.rules.map((r) => r.loc.line)).toStrictEqual([lineOf(VPC, 'DestinationSecurityGroupId')]);
    expect(model.groupRules(byId(model.securityGroups, 'FnGroup'), 'egress')).toStrictEqual({ kind: 'none' });
    const m = modelOf(`${VPC}
  Loose:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !ImportValue SomeGroup, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 10.0.0.0/16 }
`);
    expect(m.groupRules(byId(m.securityGroups, 'FnGroup'), 'ingress')).toStrictEqual({
      kind: 'maybe-elsewhere',
      reasons: [expect.stringContaining('Fn::ImportValue SomeGroup')],
    });
    expect(m.groupRules(byId(m.securityGroups, 'FnGroup'), 'egress')).toStrictEqual({ kind: 'none' });
    const resources = `${VPC}
  Imported:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: imported rules
      VpcId: !Ref Vpc
      SecurityGroupIngress: [!ImportValue Rule]
`;
    const withUnknown = modelOf(resources);
    const imported = byId(withUnknown.securityGroups, 'Imported');
    expect(withUnknown.groupRules(imported, 'ingress')).toStrictEqual({
      kind: 'some',
      rules: [],
      unknown: [{ direction: 'ingress', reason: 'Fn::ImportValue Rule', loc: expect.objectContaining({ line: lineOf(resources, '[!ImportValue Rule]') }) }],
    });
    expect(withUnknown.groupRules(imported, 'egress')).toStrictEqual({ kind: 'none' });
  });

  test('groups of another stack named by a function, and functions whose groups are not known', () => {
    const m = modelOf(
      `${VPC}
  External:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      VpcConfig: { SubnetIds: [!Ref SubnetA], SecurityGroupIds: [sg-0123456789abcdef0, !Ref Groups] }
  WholeList:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      VpcConfig: { SubnetIds: [!Ref SubnetA], SecurityGroupIds: !Split [',', !ImportValue Groups] }
  WholeConfig:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      VpcConfig: !ImportValue Config
  Outside:
    Type: AWS::Lambda::Function
    Properties: { Role: arn:aws:iam::123456789012:role/r }
`,
      { parameters: '  Groups: { Type: String }' },
    );
    expect(m.isExternalFunctionGroup('sg-0123456789abcdef0')).toBe(true);
    expect(m.isExternalFunctionGroup('sg-0fffffffffffffff0')).toBe(false);
    expect(ids(m.functionsWithUnknownGroups())).toStrictEqual(['External', 'WholeList', 'WholeConfig']);
    expect(modelOf(VPC).functionsWithUnknownGroups()).toStrictEqual([]);
  });

  test('where what is unknown of a function network is written', () => {
    const resources = `${VPC}
  WholeConfig:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      VpcConfig: !ImportValue Config
  SubnetList:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      VpcConfig:
        SecurityGroupIds: [!Ref FnGroup]
        SubnetIds: !Split [',', !ImportValue Subnets]
`;
    const m = modelOf(resources);
    expect(m.unknownCauseOf(byId(m.functions, 'WholeConfig')).line).toBe(lineOf(resources, 'VpcConfig: !ImportValue Config'));
    expect(m.unknownCauseOf(byId(m.functions, 'SubnetList')).line).toBe(lineOf(resources, 'SubnetIds: !Split'));
    expect(m.unknownCauseOf(byId(m.functions, 'Fn'))).toStrictEqual(byId(m.functions, 'Fn').loc);
    expect(m.subnetLinksOf(byId(m.functions, 'WholeConfig'))).toStrictEqual([]);
    const outside = modelOf(`${VPC}
  Outside:
    Type: AWS::Lambda::Function
    Properties: { Role: arn:aws:iam::123456789012:role/r }
`);
    expect(outside.unknownCauseOf(byId(outside.functions, 'Outside'))).toStrictEqual(byId(outside.functions, 'Outside').loc);
  });
});

const ROUTING = `${VPC}
  Table:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  Association:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref SubnetA, RouteTableId: !Ref Table }
  Nat:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref Table, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: nat-0123456789abcdef0 }
`;

describe('route tables of a subnet', () => {
  test('its associations, else its VPC main route table', () => {
    const m = modelOf(ROUTING);
    const table = byId(m.routeTables, 'Table');
    expect(ids(m.routeTablesOf(byId(m.subnets, 'SubnetA')))).toStrictEqual(['Table']);
    expect(m.routesOf(table).map((r) => r.target.kind)).toStrictEqual(['nat-gateway']);
    const main = m.routeTablesOf(byId(m.subnets, 'SubnetB'));
    expect(main.map((t) => [t.main, t.vpc.kind === 'resource' && t.vpc.target.id])).toStrictEqual([[true, 'Vpc']]);
    expect(m.routesOf(main[0] ?? table)).toStrictEqual([]);
    expect(ids(m.associationsOf(byId(m.subnets, 'SubnetA')))).toStrictEqual(['Association']);
    expect(m.associationsOf(byId(m.subnets, 'SubnetB'))).toStrictEqual([]);
  });

  test('none known while an association may be any subnet, or the VPC is not the template', () => {
    const m = modelOf(`${ROUTING}
  Anywhere:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !ImportValue SubnetId, RouteTableId: !Ref Table }
  Foreign:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.9.0.0/24 }
`);
    expect(ids(m.routeTablesOf(byId(m.subnets, 'SubnetA')))).toStrictEqual(['Table']);
    expect(m.routeTablesOf(byId(m.subnets, 'SubnetB'))).toStrictEqual([]);
    expect(m.whyRouteTablesUnknown(byId(m.subnets, 'SubnetB'))).toBe(
      'subnet SubnetB may be the subnet of association Anywhere, whose SubnetId is not known before deployment (Fn::ImportValue SubnetId)',
    );
    const foreign = modelOf(`${ROUTING}
  Foreign:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.9.0.0/24 }
`);
    expect(foreign.routeTablesOf(byId(foreign.subnets, 'Foreign'))).toStrictEqual([]);
    expect(foreign.whyRouteTablesUnknown(byId(foreign.subnets, 'Foreign'))).toBe(
      'subnet Foreign has no route table association here, and its VPC is not in this template',
    );
  });
});

const ENDPOINTS = `${VPC}
  Sqs:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.sqs
      VpcEndpointType: Interface
      SubnetIds: [!Ref SubnetA]
      SecurityGroupIds: [!Ref EndpointGroup]
  SqsGateway:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, ServiceName: com.amazonaws.eu-west-1.sqs, VpcEndpointType: GatewayLoadBalancer }
  S3:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, ServiceName: com.amazonaws.eu-west-1.s3 }
  Partner:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, ServiceName: com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0, VpcEndpointType: Interface }
  Unknown:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, ServiceName: !Ref Service, VpcEndpointType: Interface }
  UnknownType:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, ServiceName: com.amazonaws.eu-west-1.kms, VpcEndpointType: !Ref Type }
  InOther:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Other, ServiceName: com.amazonaws.eu-west-1.sts, VpcEndpointType: Interface }
`;
const ENDPOINT_PARAMETERS = '  Service: { Type: String }\n  Type: { Type: String }';

describe('endpoints of a VPC', () => {
  test('their types by AWS service, lower case, with the type CloudFormation defaults to', () => {
    const m = modelOf(ENDPOINTS, { parameters: ENDPOINT_PARAMETERS, region: 'eu-west-1' });
    const vpc = byId(m.vpcs, 'Vpc');
    expect([...m.endpointTypesOf(vpc, 'sqs')].sort()).toStrictEqual(['gatewayloadbalancer', 'interface']);
    expect([...m.endpointTypesOf(vpc, 's3')]).toStrictEqual(['gateway']);
    expect([...m.endpointTypesOf(vpc, 'kms')]).toStrictEqual([]);
    expect([...m.endpointTypesOf(vpc, 'sts')]).toStrictEqual([]);
    expect([...m.endpointTypesOf(byId(m.vpcs, 'Other'), 'sts')]).toStrictEqual(['interface']);
    expect(ids(m.unreadableEndpointsIn(vpc))).toStrictEqual(['Unknown', 'UnknownType']);
    expect(m.unreadableEndpointsIn(byId(m.vpcs, 'Other'))).toStrictEqual([]);
  });

  test('interface and gateway, whatever the case written', () => {
    const m = modelOf(ENDPOINTS, { parameters: ENDPOINT_PARAMETERS, region: 'eu-west-1' });
    expect(m.endpoints.map((e) => [e.id, isInterfaceEndpoint(e), isGatewayEndpoint(e)])).toStrictEqual([
      ['Sqs', true, false],
      ['SqsGateway', false, false],
      ['S3', false, true],
      ['Partner', true, false],
      ['Unknown', true, false],
      ['UnknownType', false, false],
      ['InOther', true, false],
    ]);
    const lower = modelOf(`${VPC}
  Lower:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, ServiceName: com.amazonaws.eu-west-1.s3, VpcEndpointType: gateway }
`);
    expect(isGatewayEndpoint(byId(lower.endpoints, 'Lower'))).toBe(true);
  });

  test('the endpoints in a VPC and using a group; the functions near an endpoint', () => {
    const m = modelOf(ENDPOINTS, { parameters: ENDPOINT_PARAMETERS, region: 'eu-west-1' });
    expect(ids(m.endpointsIn(byId(m.vpcs, 'Other')))).toStrictEqual(['InOther']);
    expect(ids(m.endpointsUsing(byId(m.securityGroups, 'EndpointGroup')))).toStrictEqual(['Sqs']);
    expect(m.endpointsUsing(byId(m.securityGroups, 'FnGroup'))).toStrictEqual([]);
    expect(ids(m.functionsNear(byId(m.endpoints, 'Sqs')))).toStrictEqual(['Fn']);
    expect(m.functionsNear(byId(m.endpoints, 'InOther'))).toStrictEqual([]);
  });

  test('an endpoint whose VpcId is not known is in the VPC of its subnets and groups, when they agree', () => {
    const resources = `${VPC}
  FromSubnets:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !ImportValue Vpc, ServiceName: com.amazonaws.eu-west-1.sqs, VpcEndpointType: Interface, SubnetIds: [!Ref SubnetA] }
  FromGroups:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !ImportValue Vpc
      ServiceName: com.amazonaws.eu-west-1.sqs
      VpcEndpointType: Interface
      SecurityGroupIds: [!Ref OtherGroup]
  Disagree:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !ImportValue Vpc
      ServiceName: com.amazonaws.eu-west-1.sqs
      VpcEndpointType: Interface
      SubnetIds: [!Ref SubnetA]
      SecurityGroupIds: [!Ref OtherGroup]
  Nothing:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !ImportValue Vpc, ServiceName: com.amazonaws.eu-west-1.sqs, VpcEndpointType: Interface }
`;
    const unknown = modelOf(resources);
    const vpcOf = (id: string) => unknown.vpcOfEndpoint(byId(unknown.endpoints, id))?.id;
    expect(['FromSubnets', 'FromGroups', 'Disagree', 'Nothing'].map(vpcOf)).toStrictEqual(['Vpc', 'Other', undefined, undefined]);
    expect(ids(unknown.endpointsIn(byId(unknown.vpcs, 'Vpc')))).toStrictEqual(['FromSubnets']);
    expect(ids(unknown.endpointsIn(byId(unknown.vpcs, 'Other')))).toStrictEqual(['FromGroups']);
    expect(unknown.functionsNear(byId(unknown.endpoints, 'Nothing'))).toStrictEqual([]);
    const plain = modelOf(VPC);
    expect(plain.endpointsIn(byId(plain.vpcs, 'Vpc'))).toStrictEqual([]);
  });

  test('whether the template has Lambda functions that may use an endpoint', () => {
    const m = modelOf(ENDPOINTS, { parameters: ENDPOINT_PARAMETERS, region: 'eu-west-1' });
    expect(m.hasLambdaConsumers(byId(m.endpoints, 'Sqs'))).toBe(true);
    expect(m.hasLambdaConsumers(byId(m.endpoints, 'InOther'))).toBe(false);
    const noVpcFunctions = modelOf(ENDPOINTS.replace(/VpcConfig: .*\n/, ''), { parameters: ENDPOINT_PARAMETERS });
    expect(noVpcFunctions.hasLambdaConsumers(byId(noVpcFunctions.endpoints, 'Sqs'))).toBe(false);
    const nowhere = modelOf(ENDPOINTS.replace(/VpcConfig: .*\n/, '').replace('VpcId: !Ref Other, ServiceName', 'VpcId: !ImportValue Vpc, ServiceName'), {
      parameters: ENDPOINT_PARAMETERS,
    });
    expect(nowhere.hasLambdaConsumers(byId(nowhere.endpoints, 'InOther'))).toBe(false);
    const unknownVpc = modelOf(
      `${ENDPOINTS}
  Anywhere:
    Type: AWS::Lambda::Function
    Properties:
      Role: arn:aws:iam::123456789012:role/r
      VpcConfig: { SubnetIds: [!ImportValue Subnet], SecurityGroupIds: [!ImportValue Group] }
  Elsewhere:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !ImportValue Vpc, ServiceName: com.amazonaws.eu-west-1.sts, VpcEndpointType: Interface }
`,
      { parameters: ENDPOINT_PARAMETERS },
    );
    expect(unknownVpc.hasLambdaConsumers(byId(unknownVpc.endpoints, 'InOther'))).toBe(true);
    const onlyInVpc = modelOf(ENDPOINTS.replace('VpcId: !Ref Other, ServiceName', 'VpcId: !ImportValue Vpc, ServiceName'), {
      parameters: ENDPOINT_PARAMETERS,
    });
    expect(onlyInVpc.hasLambdaConsumers(byId(onlyInVpc.endpoints, 'InOther'))).toBe(true);
  });

  test('the full name of an endpoint service, with the region when the input tells it', () => {
    const m = modelOf(ENDPOINTS, { parameters: ENDPOINT_PARAMETERS, region: 'eu-west-1' });
    expect(m.endpointServiceName('sqs')).toBe('com.amazonaws.eu-west-1.sqs');
    expect(modelOf(VPC).endpointServiceName('sqs')).toBe('com.amazonaws.${AWS::Region}.sqs');
  });
});

describe('what else the model answers', () => {
  const resources = `${VPC}
  Queue:
    Type: AWS::SQS::Queue
  Stream:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 1 }
  FromQueue:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !GetAtt Queue.Arn }
  FromQueueAgain:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !GetAtt Queue.Arn }
  FromStream:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !GetAtt Stream.Arn }
  FromImport:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !ImportValue Source }
  ForOther:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: other-function, EventSourceArn: !GetAtt Queue.Arn }
  SqsZone:
    Type: AWS::Route53::HostedZone
    Properties: { Name: sqs.eu-west-1.amazonaws.com, VPCs: [{ VPCId: !Ref Vpc, VPCRegion: eu-west-1 }] }
  DottedZone:
    Type: AWS::Route53::HostedZone
    Properties: { Name: sts.eu-west-1.amazonaws.com., VPCs: [{ VPCId: !Ref Vpc, VPCRegion: eu-west-1 }] }
  OwnZone:
    Type: AWS::Route53::HostedZone
    Properties: { Name: internal.example.com, VPCs: [{ VPCId: !Ref Vpc, VPCRegion: eu-west-1 }] }
  OtherZone:
    Type: AWS::Route53::HostedZone
    Properties: { Name: kms.eu-west-1.amazonaws.com, VPCs: [{ VPCId: !Ref Other, VPCRegion: eu-west-1 }] }
  LookAlike:
    Type: AWS::Route53::HostedZone
    Properties: { Name: amazonaws.com.example.org, VPCs: [{ VPCId: !Ref Vpc, VPCRegion: eu-west-1 }] }
  BothZone:
    Type: AWS::Route53::HostedZone
    Properties: { Name: ssm.eu-west-1.amazonaws.com, VPCs: [{ VPCId: !Ref Other, VPCRegion: eu-west-1 }, { VPCId: !Ref Vpc, VPCRegion: eu-west-1 }] }
  UnknownZone:
    Type: AWS::Route53::HostedZone
    Properties: { Name: !ImportValue ZoneName, VPCs: [{ VPCId: !Ref Vpc, VPCRegion: eu-west-1 }] }
`;
  test('the services the Lambda service polls for a function, each once', () => {
    const m = modelOf(resources);
    expect([...m.polledServicesOf(byId(m.functions, 'Fn'))]).toStrictEqual(['sqs', 'kinesis']);
  });

  test('private hosted zones of a VPC named under amazonaws.com', () => {
    const m = modelOf(resources);
    expect(ids(m.awsHostedZonesOf(byId(m.vpcs, 'Vpc')))).toStrictEqual(['SqsZone', 'DottedZone', 'BothZone']);
    expect(m.awsHostedZonesOf(byId(m.vpcs, 'Vpc'))).toBe(m.awsHostedZonesOf(byId(m.vpcs, 'Vpc')));
    expect(ids(m.awsHostedZonesOf(byId(m.vpcs, 'Other')))).toStrictEqual(['OtherZone', 'BothZone']);
  });

  test('resource types, every element once, and the function role', () => {
    const m = modelOf(resources);
    expect(m.hasOtherOfType('AWS::SQS::Queue')).toBe(true);
    expect(m.hasOtherOfType('AWS::EC2::VPC')).toBe(false);
    expect(m.typeOf('Stream')).toBe('AWS::Kinesis::Stream');
    expect(m.typeOf('Nothing')).toBeUndefined();
    expect(ids(m.elements()).sort()).toStrictEqual([...resources.matchAll(/^ {2}(\w+):$/gm)].map((x) => x[1]).sort());
    expect(m.roleOf(byId(m.functions, 'Fn'))).toBeUndefined();
    const withRole = modelOf(`${VPC}
  Role:
    Type: AWS::IAM::Role
    Properties: { AssumeRolePolicyDocument: {} }
  RoleFn:
    Type: AWS::Lambda::Function
    Properties: { Role: !GetAtt Role.Arn }
`);
    expect(withRole.roleOf(byId(withRole.functions, 'RoleFn'))?.id).toBe('Role');
  });
});

const ARNS = { parameters: '  Arns: { Type: CommaDelimitedList }' };

describe('functions, what they deliver to, and their roles', () => {
  const resources = `
  Queue:
    Type: AWS::SQS::Queue
  Dlq:
    Type: AWS::SQS::Queue
  Topic:
    Type: AWS::SNS::Topic
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
      DeadLetterConfig: { TargetArn: !GetAtt Dlq.Arn }
  SamFn:
    Type: AWS::Serverless::Function
    Properties:
      Role: !GetAtt Role.Arn
      DeadLetterQueue: { Type: SNS, TargetArn: !Ref Topic }
      EventInvokeConfig:
        DestinationConfig:
          OnSuccess: { Type: SQS, Destination: !GetAtt Queue.Arn }
  Invoke:
    Type: AWS::Lambda::EventInvokeConfig
    Properties:
      FunctionName: !Ref Fn
      Qualifier: $LATEST
      DestinationConfig:
        OnSuccess: { Destination: !Ref Topic }
        OnFailure: { Destination: !GetAtt Queue.Arn }
  InvokeElsewhere:
    Type: AWS::Lambda::EventInvokeConfig
    Properties:
      FunctionName: other-function
      Qualifier: $LATEST
      DestinationConfig: { OnFailure: { Destination: !Ref Topic } }
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole, !Ref Managed, !GetAtt Queue.Arn]
      Policies:
        - PolicyName: inline
          PolicyDocument: { Statement: [{ Effect: Allow, Action: sqs:SendMessage, Resource: '*' }] }
        - !ImportValue SharedPolicy
        - PolicyName: empty
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Statement: [{ Effect: Allow, Action: sns:Publish, Resource: '*' }] }
  Attached:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: attached
      Roles: [!Ref Role]
      PolicyDocument: { Statement: [{ Effect: Allow, Action: kms:Decrypt, Resource: '*' }] }
  NoDocument:
    Type: AWS::IAM::Policy
    Properties: { PolicyName: none, Roles: [!Ref Role] }
  RoleInline:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: !Ref Role
      PolicyName: role-inline
      PolicyDocument: { Statement: [{ Effect: Allow, Action: ssm:GetParameter, Resource: '*' }] }
  RoleInlineWithout:
    Type: AWS::IAM::RolePolicy
    Properties: { RoleName: !Ref Role, PolicyName: without }
  Single:
    Type: AWS::IAM::Role
    Properties: { AssumeRolePolicyDocument: {}, ManagedPolicyArns: !Ref Arns, Policies: !ImportValue AllPolicies }
  Bare:
    Type: AWS::IAM::Role
    Properties: { AssumeRolePolicyDocument: {} }
`;

  test('dead-letter targets and destinations of asynchronous invocations, as logical IDs', () => {
    const m = modelOf(resources, ARNS);
    expect([...byId(m.functions, 'Fn').deliveryTargets].sort()).toStrictEqual(['Dlq', 'Queue', 'Topic']);
    expect([...byId(m.functions, 'SamFn').deliveryTargets].sort()).toStrictEqual(['Queue', 'Topic']);
    expect(ids(m.functions)).toStrictEqual(['Fn', 'SamFn']);
    expect(m.roleOf(byId(m.functions, 'SamFn'))?.id).toBe('Role');
  });

  test('a role with its inline policies, the policies attached to it either way, and the managed ARNs of others', () => {
    const m = modelOf(resources, ARNS);
    const role = byId(m.roles, 'Role');
    expect(role.policies.map((p) => [p.state, p.loc.line])).toStrictEqual([
      ['set', lineOf(resources, 'Action: sqs:SendMessage', ARNS)],
      ['unknown', lineOf(resources, '- !ImportValue SharedPolicy', ARNS)],
      ['set', lineOf(resources, 'Action: kms:Decrypt', ARNS)],
      ['set', lineOf(resources, 'Action: ssm:GetParameter', ARNS)],
      ['set', lineOf(resources, 'Action: sns:Publish', ARNS)],
    ]);
    expect(role.managedPolicyArns.map((v) => display(v))).toStrictEqual(['arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole', 'Queue.Arn']);
    expect([byId(m.roles, 'Bare').managedPolicyArns, byId(m.roles, 'Bare').policies]).toStrictEqual([[], []]);
    expect(byId(m.roles, 'Single').managedPolicyArns.map((v) => v.kind)).toStrictEqual(['unknown']);
    expect(byId(m.roles, 'Single').policies.map((p) => [p.state, p.state === 'unknown' && p.reason])).toStrictEqual([
      ['unknown', 'Fn::ImportValue AllPolicies'],
    ]);
  });

  test('the service an event-source mapping polls: by the type of its source, or its ARN', () => {
    const sources = `
  Fn:
    Type: AWS::Lambda::Function
    Properties: { Role: arn:aws:iam::123456789012:role/r }
  Queue: { Type: AWS::SQS::Queue }
  Stream: { Type: AWS::Kinesis::Stream, Properties: { ShardCount: 1 } }
  Table: { Type: AWS::DynamoDB::Table, Properties: { KeySchema: [] } }
  Global: { Type: AWS::DynamoDB::GlobalTable, Properties: { KeySchema: [] } }
  Cluster: { Type: AWS::MSK::Cluster, Properties: { ClusterName: c } }
  Serverless: { Type: AWS::MSK::ServerlessCluster, Properties: { ClusterName: s } }
  Topic: { Type: AWS::SNS::Topic }
${['Queue', 'Stream', 'Table', 'Global', 'Cluster', 'Serverless', 'Topic']
  .map((id) => `  From${id}:\n    Type: AWS::Lambda::EventSourceMapping\n    Properties: { FunctionName: !Ref Fn, EventSourceArn: !GetAtt ${id}.Arn }\n`)
  .join('')}  FromArn:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !Sub 'arn:aws:kinesis:\${AWS::Region}:123456789012:stream/s' }
  FromImport:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !ImportValue Source }
  SelfManaged:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, Topics: [t] }
  NotAnArn:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: queue }
  PrefixedArn:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: 'xarn:aws:sqs:eu-west-1:123456789012:q' }
`;
    const m = modelOf(sources);
    expect(m.eventSources.map((s) => [s.id, s.service.known ? s.service.value : s.service.reason])).toStrictEqual([
      ['FromQueue', 'sqs'],
      ['FromStream', 'kinesis'],
      ['FromTable', 'dynamodb'],
      ['FromGlobal', 'dynamodb'],
      ['FromCluster', 'kafka'],
      ['FromServerless', 'kafka'],
      ['FromTopic', 'Topic is not a queue or stream'],
      ['FromArn', 'kinesis'],
      ['FromImport', 'Fn::ImportValue Source'],
      ['SelfManaged', 'no EventSourceArn (a self-managed source)'],
      ['NotAnArn', 'queue is not an ARN'],
      ['PrefixedArn', 'xarn:aws:sqs:eu-west-1:123456789012:q is not an ARN'],
    ]);
  });

  test('a VpcConfig: absent without subnets, unknown when it cannot be read, else its lists where written', () => {
    const configs = `
  Absent:
    Type: AWS::Lambda::Function
    Properties: { Role: r, VpcConfig: { SecurityGroupIds: [sg-1] } }
  Empty:
    Type: AWS::Lambda::Function
    Properties: { Role: r, VpcConfig: { SubnetIds: [], SecurityGroupIds: [sg-1] } }
  Imported:
    Type: AWS::Lambda::Function
    Properties: { Role: r, VpcConfig: !ImportValue Config }
  NoGroups:
    Type: AWS::Lambda::Function
    Properties:
      Role: r
      VpcConfig:
        SubnetIds: [subnet-1]
  Both:
    Type: AWS::Lambda::Function
    Properties:
      Role: r
      VpcConfig:
        SubnetIds: [subnet-1]
        SecurityGroupIds: [sg-both]
`;
    const m = modelOf(configs);
    const config = (id: string) => byId(m.functions, id).vpcConfig;
    expect(config('Absent')).toStrictEqual({ state: 'absent' });
    expect(config('Empty')).toStrictEqual({ state: 'absent' });
    expect(config('Imported')).toMatchObject({ state: 'unknown', reason: 'Fn::ImportValue Config', loc: { line: lineOf(configs, 'VpcConfig: !ImportValue') } });
    const noGroups = config('NoGroups');
    expect(noGroups.state === 'set' && [noGroups.loc.line, noGroups.subnets.state, noGroups.securityGroups.state]).toStrictEqual([
      lineOf(configs, 'SubnetIds: [subnet-1]'),
      'set',
      'absent',
    ]);
    const both = config('Both');
    expect(both.state === 'set' && both.securityGroups.state === 'set' && both.securityGroups.loc.line).toBe(lineOf(configs, 'SecurityGroupIds: [sg-both]'));
  });
});

describe('CIDR ranges', () => {
  const cidr = (text: string): Cidr => {
    const parsed = parseCidr(text);
    if (!parsed) throw new Error(`${text} does not parse`);
    return parsed;
  };

  test('parsed with their family and prefix, the text kept as written', () => {
    expect([' 10.0.0.0/16 ', '2001:db8::/32'].map((t) => [cidr(t).text, cidr(t).family, cidr(t).prefix, cidr(t).address.toString()])).toStrictEqual([
      [' 10.0.0.0/16 ', 'ipv4', 16, '10.0.0.0'],
      ['2001:db8::/32', 'ipv6', 32, '2001:db8::'],
    ]);
    expect(['10.0.0.0', 'vpc', '10.0.0.0/33', ''].map(parseCidr)).toStrictEqual([undefined, undefined, undefined, undefined]);
  });

  test('one range within another: same family, no wider, the same leading bits', () => {
    const within = (outer: string, inner: string) => cidrContains(cidr(outer), cidr(inner));
    expect(within('10.0.0.0/16', '10.0.1.0/24')).toBe(true);
    expect(within('10.0.0.0/16', '10.0.0.0/16')).toBe(true);
    expect(within('10.0.0.0/16', '10.1.0.0/24')).toBe(false);
    expect(within('10.0.0.0/16', '10.0.0.0/8')).toBe(false);
    expect(within('0.0.0.0/0', '192.168.0.0/16')).toBe(true);
    expect(within('10.0.0.0/16', '2001:db8::/64')).toBe(false);
    expect(within('2001:db8::/32', '2001:db8:1::/48')).toBe(true);
    expect(within('2001:db8::/32', '2001:db9::/48')).toBe(false);
    expect(within('2001:db8::/32', '10.0.0.0/16')).toBe(false);
  });

  test("Terraform's cidrsubnet for IPv4, and undefined where its arguments do not fit", () => {
    expect(ipv4Subnet('10.0.0.0/16', 8, 1)).toBe('10.0.1.0/24');
    expect(ipv4Subnet('10.0.5.7/16', 8, 2)).toBe('10.0.2.0/24');
    expect(ipv4Subnet('10.0.0.0/16', 8, 255)).toBe('10.0.255.0/24');
    expect(ipv4Subnet('10.0.0.0/16', 0, 0)).toBe('10.0.0.0/16');
    expect(ipv4Subnet('192.168.0.0/16', 16, 65535)).toBe('192.168.255.255/32');
    expect(ipv4Subnet('0.0.0.0/0', 1, 1)).toBe('128.0.0.0/1');
    expect(ipv4Subnet('172.16.0.0/12', 4, 3)).toBe('172.19.0.0/16');
    expect(ipv4Subnet('1.2.3.4/0', 1, 1)).toBe('128.0.0.0/1');
    expect(ipv4Subnet('10.1.2.3/8', 8, 1)).toBe('10.1.0.0/16');
    expect(
      [
        ['10.0.0.0/16', 8, 256],
        ['10.0.0.0/16', 17, 0],
        ['10.0.0.0/16', 1.5, 0],
        ['10.0.0.0/16', 8, 0.5],
        ['10.0.0.0/16', -1, 0],
        ['10.0.0.0/16', 8, -1],
        ['2001:db8::/32', 8, 1],
        ['vpc', 8, 1],
      ].map(([prefix, newbits, netnum]) => ipv4Subnet(prefix as string, newbits as number, netnum as number)),
    ).toStrictEqual([undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('Availability Zones as written', () => {
  const name: KnownZone = { kind: 'name', name: 'eu-west-1a' };
  const regionName: KnownZone = { kind: 'name', name: '${AWS::Region}a' };
  const id: KnownZone = { kind: 'zone-id', zoneId: 'euw1-az1' };
  const stackRegion: KnownZone = { kind: 'indexed', region: 'AWS::Region', index: 0 };
  const otherRegion: KnownZone = { kind: 'indexed', region: 'us-east-1', index: 2 };
  const unknown: Zone = { kind: 'unknown', reason: 'parameter Zone has no default' };

  test('a key per zone and way of writing it, and the name a message gives it', () => {
    expect([name, regionName, id, stackRegion, otherRegion].map(zoneKey)).toStrictEqual([
      'name:eu-west-1a',
      'name:${AWS::Region}a',
      'id:euw1-az1',
      'index:AWS::Region:0',
      'index:us-east-1:2',
    ]);
    expect([name, id, stackRegion, otherRegion, unknown].map(zoneName)).toStrictEqual([
      'eu-west-1a',
      'euw1-az1',
      'zone 0 of the region (!Select [0, !GetAZs])',
      'zone 2 of us-east-1 (!Select [2, !GetAZs])',
      'an unknown zone',
    ]);
  });

  test('only zones written the same way compare', () => {
    expect(new Set([name, regionName, id, stackRegion, otherRegion].map(zoneClass)).size).toBe(5);
    expect(comparable(name, { kind: 'name', name: 'eu-west-1b' })).toBe(true);
    expect(comparable(regionName, { kind: 'name', name: '${AWS::Region}b' })).toBe(true);
    expect(comparable(name, regionName)).toBe(false);
    expect(comparable(id, { kind: 'zone-id', zoneId: 'euw1-az2' })).toBe(true);
    expect(comparable(stackRegion, { ...stackRegion, index: 1 })).toBe(true);
    expect(comparable(stackRegion, otherRegion)).toBe(false);
    expect(comparable(name, id)).toBe(false);
    expect(comparable(unknown, name)).toBe(false);
    expect(comparable(name, unknown)).toBe(false);
    expect(comparable(unknown, unknown)).toBe(false);
  });
});

describe('IAM principals, actions and resources', () => {
  const HEADER = `Parameters:
  Unknown: { Type: String }
Resources:
  Role: { Type: AWS::IAM::Role, Properties: { AssumeRolePolicyDocument: {} } }
  User: { Type: AWS::IAM::User }
  Queue: { Type: AWS::SQS::Queue }
`;
  const valueOf = (expr: string): Value => {
    const root = parseYaml('t.yaml', `${HEADER}Outputs:\n  X:\n    Value: ${expr}\n`).root as MapNode;
    const value = new Resolver(root).resolve(child(child(child(root, 'Outputs'), 'X'), 'Value'));
    if (!value) throw new Error(`${expr} is no value`);
    return value;
  };
  const typeOf = (id: string) => ({ Role: 'AWS::IAM::Role', User: 'AWS::IAM::User', Queue: 'AWS::SQS::Queue' })[id];

  // One test for the table: StrykerJS does not attribute coverage to the cases of a `test.each`.
  test('each kind of principal, and how it is shown', () => {
    const rows: [string, string, string][] = [
      ['!GetAtt Role.Arn', 'role', 'Role.Arn'],
      ['!GetAtt User.Arn', 'user', 'User.Arn'],
      ['!Ref User', 'other', 'User'],
      ["'1234567890123'", 'other', '1234567890123'],
      ["'x123456789012'", 'other', 'x123456789012'],
      ['xarn:aws:iam::123456789012:root', 'other', 'xarn:aws:iam::123456789012:root'],
      ['arn:aws:sts::123456789012:role/app', 'other', 'arn:aws:sts::123456789012:role/app'],
      ['arn:aws:iam::123456789012:role/**', 'other', 'arn:aws:iam::123456789012:role/**'],
      ['!Sub arn:aws:iam::123456789012:${Unknown}role/', 'unknown', 'arn:aws:iam::123456789012:<unknown>role/'],
      ["!Sub '${AWS::StackName}'", 'unknown', '${AWS::StackName}'],
      ['!Ref Role', 'other', 'Role'],
      ['!GetAtt Queue.Arn', 'other', 'Queue.Arn'],
      ['!Ref Unknown', 'unknown', 'parameter Unknown has no default'],
      ["'*'", 'any', '*'],
      ["'123456789012'", 'account-id', '123456789012'],
      ['!Ref AWS::AccountId', 'account-id', '${AWS::AccountId}'],
      ['arn:aws:iam::123456789012:root', 'account-root', 'arn:aws:iam::123456789012:root'],
      ['!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:root', 'account-root', 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'],
      ['arn:aws:iam::123456789012:role/app', 'role', 'arn:aws:iam::123456789012:role/app'],
      ['arn:aws:iam::123456789012:role/path/app', 'role', 'arn:aws:iam::123456789012:role/path/app'],
      ['arn:aws:iam::123456789012:role/*', 'other', 'arn:aws:iam::123456789012:role/*'],
      ['arn:aws:iam::123456789012:role//', 'other', 'arn:aws:iam::123456789012:role//'],
      ['arn:aws:iam::*:role/app', 'other', 'arn:aws:iam::*:role/app'],
      ['arn:aws:sts::123456789012:assumed-role/app/session', 'role', 'arn:aws:sts::123456789012:assumed-role/app/session'],
      ['arn:aws:sts::123456789012:federated-user/bob', 'other', 'arn:aws:sts::123456789012:federated-user/bob'],
      ['arn:aws:iam::123456789012:assumed-role/app/session', 'other', 'arn:aws:iam::123456789012:assumed-role/app/session'],
      ['arn:aws:iam::123456789012:user/bob', 'user', 'arn:aws:iam::123456789012:user/bob'],
      ['!Sub arn:aws:iam::${Unknown}:${Unknown}', 'unknown', 'arn:aws:iam::<unknown>:<unknown>'],
      ['!Sub arn:aws:iam::${Unknown}:role/app', 'role', 'arn:aws:iam::<unknown>:role/app'],
      ['!Sub arn:aws:iam::123456789012:role/${Unknown}', 'role', 'arn:aws:iam::123456789012:role/<unknown>'],
      ['!Sub arn:aws:iam::123456789012:${Unknown}', 'unknown', 'arn:aws:iam::123456789012:<unknown>'],
      ['!Sub arn:aws:iam::123456789012:group/${Unknown}', 'unknown', 'arn:aws:iam::123456789012:group/<unknown>'],
      ['arn:aws:iam::123456789012:group/admins', 'other', 'arn:aws:iam::123456789012:group/admins'],
      ['!Sub ${Unknown}', 'unknown', 'parameter Unknown has no default'],
      ["!Sub '${Queue.Arn}'", 'other', 'Queue.Arn'],
      ["!Sub 'x${Queue.Arn}'", 'other', 'x${Queue.Arn}'],
      ['arn:aws:s3:::bucket', 'other', 'arn:aws:s3:::bucket'],
      ['[a, b]', 'unknown', '[a, b]'],
    ];
    const classified = rows.map(([expr]): [string, string, string] => {
      const entry = classifyAwsPrincipal(valueOf(expr), typeOf);
      return [expr, entry.kind, entry.shown];
    });
    expect(classified).toStrictEqual(rows);
  });

  test('the shape of a principal, with pseudo parameters by shape and other parts as one symbol', () => {
    expect(classifyAwsPrincipal(valueOf('!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${Unknown}'), typeOf).shape).toBe(
      'arn:aws:iam::000000000000:role/\u0001',
    );
    expect('shape' in classifyAwsPrincipal(valueOf('!GetAtt Role.Arn'), typeOf)).toBe(false);
    expect(pattern(valueOf('!Sub ${AWS::Region}.${AWS::URLSuffix}/${AWS::StackName}'))).toBe('region-1.amazonaws.com/\u0001');
    expect(pattern(valueOf("'arn:aws:iam::#{AWS::AccountId}:role/x#{AWS::Other}'"))).toBe('arn:aws:iam::000000000000:role/x\u0001');
    expect(pattern(valueOf('42'))).toBe('42');
    expect(pattern(valueOf('[a]'))).toBeUndefined();
    expect(knownShape(valueOf('!Sub sqs.${AWS::Region}.amazonaws.com'))).toBe('sqs.region-1.amazonaws.com');
    expect(knownShape(valueOf('!Sub ${Unknown}.amazonaws.com'))).toBeUndefined();
    expect(knownShape(valueOf('[a]'))).toBeUndefined();
  });

  test('wildcard actions and resources', () => {
    const actions = ["'*'", "'sqs:*'", "'ssm-contacts:*'", 'sqs:Send*', 'sqs:SendMessage', "'*:*'", '!Ref Unknown', '[a]', "'sqs:*Message'", "'my sqs:*'"];
    expect(actions.map((a) => isWildcardAction(valueOf(a)))).toStrictEqual([true, true, true, false, false, false, false, false, false, false]);
    const resources = [
      "'*'",
      "'arn:aws:sqs:us-east-1:123456789012:*'",
      "'arn:aws:s3:::*'",
      "'arn:aws:s3:::*/*'",
      "'arn:aws:s3:::bucket/*'",
      "'arn:aws:sqs:us-east-1:123456789012:queue'",
      "'arn:aws:sqs:*'",
      "'nota:aws:sqs:us-east-1:123456789012:*'",
      "'arn:aws:ssm:us-east-1:123456789012:parameter:*'",
      '!Ref Unknown',
      "'arn:aws:s3:::*bucket'",
      "'arn:aws:sqs:us-east-1:123456789012:*:*'",
    ];
    expect(resources.map((r) => isWildcardResource(valueOf(r)))).toStrictEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('what a role grants', () => {
  const resources = `
  Queue: { Type: AWS::SQS::Queue }
  Topic: { Type: AWS::SNS::Topic }
  Other: { Type: AWS::SQS::Queue }
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole
        - arn:aws:iam::aws:policy/AmazonSQSReadOnlyAccess
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/AmazonS3ReadOnlyAccess
        - arn:aws:iam::123456789012:policy/Custom
        - arn:aws:iam::aws:other/AmazonSQSFullAccess
        - !Ref ManagedArn
      Policies:
        - PolicyName: app
          PolicyDocument:
            Statement:
              - { Effect: Allow, Action: [sqs:SendMessage, !Ref Action, '*', '*:Get*', 'sqs:Get*'], Resource: [!GetAtt Queue.Arn] }
              - { Effect: Allow, Action: sns:Publish }
              - { Effect: Deny, Action: kms:Decrypt, Resource: '*' }
              - { Effect: !Ref Effect, Action: ssm:GetParameter, Resource: '*' }
              - { Effect: Allow, NotAction: iam:*, Resource: '*' }
              - { Effect: Allow, Resource: '*' }
              - just a string
        - !ImportValue Shared
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
      DeadLetterConfig: { TargetArn: !GetAtt Queue.Arn }
  Poll:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: !GetAtt Other.Arn }
  Destinations:
    Type: AWS::Lambda::EventInvokeConfig
    Properties: { FunctionName: !Ref Fn, Qualifier: $LATEST, DestinationConfig: { OnSuccess: { Destination: !Ref Topic } } }
  Broker:
    Type: AWS::Lambda::EventSourceMapping
    Properties: { FunctionName: !Ref Fn, EventSourceArn: 'arn:aws:mq:eu-west-1:123456789012:broker:b:b-1' }
`;
  const options = { parameters: '  ManagedArn: { Type: String }\n  Action: { Type: String }\n  Effect: { Type: String }' };

  test('the actions it allows with their resources, and what cannot be read', () => {
    const m = modelOf(resources, options);
    const grants = grantsOf(byId(m.roles, 'Role'));
    expect(
      grants.actions.map((g) => [g.action, g.resources === 'any' ? 'any' : g.resources.map((r) => (r.kind === 'ref' ? r.target : r.kind)), g.why]),
    ).toStrictEqual([
      ['sqs:SendMessage', ['Queue'], 'sqs:SendMessage is granted to Role'],
      ['sqs:Get*', ['Queue'], 'sqs:Get* is granted to Role'],
      ['sns:Publish', 'any', 'sns:Publish is granted to Role'],
      ['sqs:*', 'any', 'the managed policy AmazonSQSReadOnlyAccess of Role grants sqs actions'],
      ['s3:*', 'any', 'the managed policy AmazonS3ReadOnlyAccess of Role grants s3 actions'],
    ]);
    expect(grants.unreadable).toStrictEqual([
      'Role has a statement that cannot be read (just a string is not a statement (a map))',
      'Role allows <unknown: parameter Action has no default>',
      'Role allows * (every service)',
      'Role allows *:Get* (every service)',
      'Role allows every action but some (NotAction)',
      'Role has a policy that cannot be read (Fn::ImportValue Shared)',
      'Role has the managed policy arn:aws:iam::123456789012:policy/Custom, whose grants are not known here',
      'Role has the managed policy arn:aws:iam::aws:other/AmazonSQSFullAccess, whose grants are not known here',
      'Role has managed policies that are not known (parameter ManagedArn has no default)',
    ]);
  });

  test('what the Lambda service calls itself: polling its event sources, delivering to its dead-letter queue', () => {
    const m = modelOf(resources, options);
    const fn = byId(m.functions, 'Fn');
    const arnOf = (id: string): Value => ({ kind: 'ref', target: id, attribute: 'Arn', loc: fn.loc });
    const call = (action: string, resources: readonly Value[] | 'any') => isLambdaServiceCall({ action, resources, why: '' }, fn, m);
    expect(call('sqs:ReceiveMessage', 'any')).toBe(true);
    expect(call('SQS:DeleteMessage', [arnOf('Other')])).toBe(true);
    expect(call('sqs:PurgeQueue', 'any')).toBe(false);
    expect(call('kinesis:GetRecords', 'any')).toBe(false);
    expect(call('sqs:SendMessage', [arnOf('Queue')])).toBe(true);
    expect(call('sqs:SendMessage', [arnOf('Queue'), arnOf('Other')])).toBe(false);
    expect(call('sqs:SendMessage', 'any')).toBe(false);
    expect(call('sqs:SendMessage', [])).toBe(false);
    expect(call('sqs:SendMessage', [{ kind: 'string', value: 'arn:aws:sqs:eu-west-1:123456789012:q', loc: fn.loc }])).toBe(false);
    // A queue takes only SQS calls: publishing to it is the function's own call (and a mistake), not the service's.
    expect(call('sns:Publish', [arnOf('Queue')])).toBe(false);
    expect(call('sns:Publish', [arnOf('Topic')])).toBe(true);
    expect(call('s3:PutObject', [arnOf('Queue')])).toBe(false);
    expect(call('mq:DescribeBroker', 'any')).toBe(false);
  });
});

describe('AWS service facts', () => {
  test('the endpoint each action needs', () => {
    const needs = Object.fromEntries(
      [
        'logs:PutLogEvents',
        'ec2:CreateNetworkInterface',
        'ec2:DescribeInstances',
        'ec2:AssignPrivateIpAddresses',
        'ec2:UnassignPrivateIpAddresses',
        'ec2:RunInstances',
        'elasticfilesystem:ClientMount',
        's3files:ClientWrite',
        'elasticfilesystem:DescribeFileSystems',
        'sqs:SendMessage',
        'S3:GetObject',
        'dynamodb:GetItem',
        'qldb:SendCommand',
        'ecr:GetAuthorizationToken',
        'kinesis:PutRecord',
        'firehose:PutRecord',
        'cloudwatch:PutMetricData',
        'ses:SendEmail',
        'appconfig:GetLatestConfiguration',
        'bedrock:InvokeModel',
        'sagemaker:InvokeEndpoint',
        'iam:GetRole',
        'aoss:APIAccessAll',
        'rds-db:connect',
        'neptune-db:ReadDataViaQuery',
        'es:ESHttpGet',
        'kafka-cluster:Connect',
        'dax:GetItem',
        'cloudfront:CreateInvalidation',
        'route53:ChangeResourceRecordSets',
        'states:StartSyncExecution',
        'states:StartExecution',
        'appsync:GraphQL',
        'elasticache:Connect',
        'execute-api:Invoke',
      ].map((a) => [a, endpointNeed(a)]),
    );
    const none = (why: string) => ({ kind: 'none', why });
    expect(needs).toStrictEqual({
      'logs:PutLogEvents': none('the Lambda service makes these calls itself'),
      'ec2:CreateNetworkInterface': none('the Lambda service makes these calls itself'),
      'ec2:DescribeInstances': none('the Lambda service makes these calls itself'),
      'ec2:AssignPrivateIpAddresses': none('the Lambda service makes these calls itself'),
      'ec2:UnassignPrivateIpAddresses': none('the Lambda service makes these calls itself'),
      'ec2:RunInstances': { kind: 'endpoint', names: ['ec2'] },
      'elasticfilesystem:ClientMount': none('file system mounts go to mount targets in the VPC'),
      's3files:ClientWrite': none('file system mounts go to mount targets in the VPC'),
      'elasticfilesystem:DescribeFileSystems': { kind: 'endpoint', names: ['elasticfilesystem'] },
      'sqs:SendMessage': { kind: 'endpoint', names: ['sqs'] },
      'S3:GetObject': { kind: 'endpoint', names: ['s3'], gateway: true },
      'dynamodb:GetItem': { kind: 'endpoint', names: ['dynamodb'], gateway: true },
      'qldb:SendCommand': { kind: 'endpoint', names: ['qldb.session'] },
      'ecr:GetAuthorizationToken': { kind: 'endpoint', names: ['ecr.api'] },
      'kinesis:PutRecord': { kind: 'endpoint', names: ['kinesis-streams'] },
      'firehose:PutRecord': { kind: 'endpoint', names: ['kinesis-firehose'] },
      'cloudwatch:PutMetricData': { kind: 'endpoint', names: ['monitoring'] },
      'ses:SendEmail': { kind: 'endpoint', names: ['email', 'email-smtp'] },
      'appconfig:GetLatestConfiguration': { kind: 'endpoint', names: ['appconfigdata', 'appconfig'] },
      'bedrock:InvokeModel': { kind: 'endpoint', names: ['bedrock-runtime', 'bedrock', 'bedrock-agent-runtime'] },
      'sagemaker:InvokeEndpoint': { kind: 'endpoint', names: ['sagemaker.runtime', 'sagemaker.api'] },
      'iam:GetRole': { kind: 'endpoint', names: ['iam'], global: true },
      'aoss:APIAccessAll': { kind: 'endpoint', names: ['aoss'], resourceType: 'AWS::OpenSearchServerless::VpcEndpoint' },
      'rds-db:connect': none('rds-db:connect signs a token locally; the database is in the VPC'),
      'neptune-db:ReadDataViaQuery': none('Neptune is reached in the VPC; IAM authentication signs locally'),
      'es:ESHttpGet': none('OpenSearch domain requests go to the domain, which a VPC function reaches in its VPC'),
      'kafka-cluster:Connect': none('MSK cluster actions are made against brokers in the VPC'),
      'dax:GetItem': none('DAX clusters are reached in the VPC'),
      'cloudfront:CreateInvalidation': { kind: 'no-endpoint', why: 'CloudFront has no VPC endpoint' },
      'route53:ChangeResourceRecordSets': { kind: 'no-endpoint', why: 'Route 53 has no VPC endpoint' },
      'states:StartSyncExecution': { kind: 'endpoint', names: ['sync-states'] },
      'states:StartExecution': { kind: 'endpoint', names: ['states'] },
      'appsync:GraphQL': { kind: 'endpoint', names: ['appsync-api'] },
      'elasticache:Connect': none('elasticache:Connect signs a token locally; the cache is in the VPC'),
      'execute-api:Invoke': { kind: 'endpoint', names: ['execute-api'] },
    });
  });

  test('the services of well-known AWS managed policies, as a role attached to each grants them', () => {
    const granted = {
      AmazonSQSFullAccess: 'sqs',
      AmazonSQSReadOnlyAccess: 'sqs',
      AmazonSNSFullAccess: 'sns',
      AmazonSNSReadOnlyAccess: 'sns',
      AmazonS3FullAccess: 's3',
      AmazonS3ReadOnlyAccess: 's3',
      AmazonDynamoDBFullAccess: 'dynamodb',
      AmazonDynamoDBReadOnlyAccess: 'dynamodb',
      SecretsManagerReadWrite: 'secretsmanager',
      AmazonSSMReadOnlyAccess: 'ssm',
      AmazonKinesisFullAccess: 'kinesis',
      AmazonKinesisReadOnlyAccess: 'kinesis',
      AmazonKinesisFirehoseFullAccess: 'firehose',
      AWSXRayDaemonWriteAccess: 'xray',
      AWSXrayWriteOnlyAccess: 'xray',
      AWSStepFunctionsFullAccess: 'states',
      AmazonEventBridgeFullAccess: 'events',
      AWSKeyManagementServicePowerUser: 'kms',
      AmazonQLDBFullAccess: 'qldb',
      AmazonQLDBReadOnly: 'qldb',
      CloudWatchFullAccess: 'cloudwatch',
      AmazonAPIGatewayInvokeFullAccess: 'execute-api',
    };
    const arns = Object.keys(granted).map((name) => `arn:aws:iam::aws:policy/${name}`);
    const m = modelOf(`
  Role:
    Type: AWS::IAM::Role
    Properties: { AssumeRolePolicyDocument: {}, ManagedPolicyArns: [${arns.join(', ')}] }
`);
    const grants = grantsOf(byId(m.roles, 'Role'));
    expect(grants.actions.map((g) => g.action)).toStrictEqual(Object.values(granted).map((svc) => `${svc}:*`));
    expect(grants.unreadable).toStrictEqual([]);
  });

  test('service prefixes, ports and policies of endpoint services, and the Lambda service own actions', () => {
    expect(['SQS:SendMessage', 'sts', 'ssm-contacts:Get'].map(serviceOfAction)).toStrictEqual(['sqs', 'sts', 'ssm-contacts']);
    expect(['sqs', 'email-smtp', 'cassandra', 'cassandra-fips', 'iot.data', 'redshift-data', 'codepipeline'].map(endpointServiceFacts)).toStrictEqual([
      { policySupported: true, ports: [443] },
      { policySupported: true, ports: [25, 465, 587, 2465, 2587] },
      { policySupported: true, ports: [9142] },
      { policySupported: true, ports: [9142] },
      { policySupported: false, ports: [443, 8883] },
      { policySupported: false, ports: [443] },
      { policySupported: false, ports: [443] },
    ]);
    // Every action the tables list is in lower case, as they are compared, and of the service it is listed under.
    for (const [service, actions] of [...Object.entries(POLLER_ACTIONS), ...Object.entries(DELIVERY_ACTIONS)])
      for (const action of actions) expect([serviceOfAction(action), action.toLowerCase()]).toStrictEqual([service, action]);
    expect(
      Object.entries(MANAGED_POLICY_SERVICES)
        .filter(([, services]) => services.length === 0)
        .map(([name]) => name),
    ).toStrictEqual([
      'AWSLambdaBasicExecutionRole',
      'AWSLambdaVPCAccessExecutionRole',
      'AWSLambdaENIManagementAccess',
      'AWSLambdaSQSQueueExecutionRole',
      'AWSLambdaKinesisExecutionRole',
      'AWSLambdaDynamoDBExecutionRole',
      'AWSLambdaMSKExecutionRole',
    ]);
  });
});

describe('properties as CloudFormation reads them', () => {
  test('booleans and strings: written, the AWS default, or unknown', () => {
    const resources = `
  Default: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Strings:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16, EnableDnsSupport: 'FALSE', EnableDnsHostnames: 'True' }
  Booleans:
    Type: AWS::EC2::VPC
    Properties: { Ipv4IpamPoolId: ipam-pool-1, EnableDnsSupport: false, EnableDnsHostnames: true }
  Unknown:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: !Ref Cidr, EnableDnsSupport: !Ref Flag, EnableDnsHostnames: 'yes' }
  Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Default, ServiceName: com.amazonaws.eu-west-1.sqs, VpcEndpointType: !Ref Flag, PrivateDnsEnabled: 'true' }
`;
    const options = { parameters: '  Flag: { Type: String }\n  Cidr: { Type: String }' };
    const m = modelOf(resources, options);
    const setting = (s: { state: string; value?: unknown; reason?: string; loc?: { line: number } }) => [s.state, s.value ?? s.reason, s.loc?.line];
    expect(m.vpcs.map((v) => [v.id, setting(v.dnsSupport), setting(v.dnsHostnames), v.cidrBlocks])).toStrictEqual([
      ['Default', ['default', true, undefined], ['default', false, undefined], [{ known: true, value: '10.0.0.0/16' }]],
      [
        'Strings',
        ['set', false, lineOf(resources, "'FALSE'", options)],
        ['set', true, lineOf(resources, "'FALSE'", options)],
        [{ known: true, value: '10.1.0.0/16' }],
      ],
      [
        'Booleans',
        ['set', false, lineOf(resources, 'ipam-pool-1', options)],
        ['set', true, lineOf(resources, 'ipam-pool-1', options)],
        [{ known: false, reason: 'the VPC has no CidrBlock (an IPAM pool allocates it)' }],
      ],
      [
        'Unknown',
        ['unknown', 'parameter Flag has no default', lineOf(resources, 'EnableDnsSupport: !Ref Flag', options)],
        ['unknown', "'yes' is not true or false", lineOf(resources, 'EnableDnsSupport: !Ref Flag', options)],
        [{ known: false, reason: 'parameter Cidr has no default' }],
      ],
    ]);
    const endpoint = byId(m.endpoints, 'Endpoint');
    expect(byId(modelOf(ENDPOINTS, { parameters: ENDPOINT_PARAMETERS }).endpoints, 'S3').endpointType).toStrictEqual({ state: 'default', value: 'Gateway' });
    expect(byId(modelOf(ENDPOINTS, { parameters: ENDPOINT_PARAMETERS }).endpoints, 'Sqs').endpointType).toMatchObject({ state: 'set', value: 'Interface' });
    expect([setting(endpoint.endpointType), setting(endpoint.privateDns)]).toStrictEqual([
      ['unknown', 'parameter Flag has no default', lineOf(resources, 'VpcEndpointType: !Ref Flag', options)],
      ['set', true, lineOf(resources, 'VpcEndpointType: !Ref Flag', options)],
    ]);
  });

  test('security group rules: protocols by name or number, ports as numbers, and their peers', () => {
    const resources = `${VPC}
  Rules:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: rules
      VpcId: !Ref Vpc
      SecurityGroupIngress:
        - { IpProtocol: ' TCP ', FromPort: '443', ToPort: 443, CidrIp: 10.0.0.0/16 }
        - { IpProtocol: 6, FromPort: ' ', ToPort: 65536, CidrIpv6: '::/0' }
        - { IpProtocol: '17', FromPort: !Ref Port, SourcePrefixListId: pl-1 }
        - { IpProtocol: '1', FromPort: -1, ToPort: -1, SourceSecurityGroupName: legacy }
        - { IpProtocol: '58', CidrIp: !Ref Port }
        - { IpProtocol: all }
        - { IpProtocol: !Ref Port, CidrIp: !If [Never, 10.0.0.0/8, !Ref AWS::NoValue] }
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: !If [Maybe, 10.0.0.0/8, !Ref AWS::NoValue] }
        - { FromPort: 22, ToPort: 22, SourceSecurityGroupId: !GetAtt Vpc.DefaultSecurityGroup }
      SecurityGroupEgress:
        - { IpProtocol: '-1', DestinationPrefixListId: pl-2 }
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, DestinationSecurityGroupId: sg-0123456789abcdef0 }
        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, SourceSecurityGroupId: !Ref FnGroup }
`;
    const options = { parameters: '  Port: { Type: String }\nConditions:\n  Never: !Equals [a, b]\n  Maybe: !Equals [!Ref Port, b]' };
    const m = modelOf(resources, options);
    const known = (k: { known: boolean | 'absent'; value?: unknown; reason?: string }) =>
      k.known === true ? k.value : k.known === 'absent' ? 'absent' : `? ${k.reason ?? ''}`;
    const rules = byId(m.securityGroups, 'Rules').rules.map((r) => [
      r.direction,
      known(r.protocol),
      known(r.fromPort),
      known(r.toPort),
      r.peer.kind === 'cidr' || r.peer.kind === 'cidr-ipv6'
        ? `${r.peer.kind} ${known(r.peer.range) as string}`
        : r.peer.kind === 'security-group'
          ? `group ${r.peer.group.kind === 'resource' ? r.peer.group.target.id : r.peer.group.kind === 'external' ? r.peer.group.id : r.peer.group.reason}`
          : r.peer.kind === 'prefix-list'
            ? `prefix list ${r.peer.prefixList.kind}`
            : r.peer.kind === 'unknown'
              ? `? ${r.peer.reason}`
              : r.peer.kind,
      r.origin.kind,
    ]);
    const line = lineOf(resources, 'SourceSecurityGroupId: !GetAtt Vpc.DefaultSecurityGroup', options);
    expect(rules).toStrictEqual([
      ['ingress', 'tcp', 443, 443, 'cidr 10.0.0.0/16', 'inline'],
      ['ingress', 'tcp', "? ' ' is not a number", 65536, 'cidr-ipv6 ::/0', 'inline'],
      ['ingress', 'udp', '? parameter Port has no default', 'absent', 'prefix list string', 'inline'],
      ['ingress', 'icmp', -1, -1, 'group legacy', 'inline'],
      ['ingress', 'icmpv6', 'absent', 'absent', 'cidr ? parameter Port has no default', 'inline'],
      ['ingress', '-1', 'absent', 'absent', 'none', 'inline'],
      ['ingress', '? parameter Port has no default', 'absent', 'absent', 'none', 'inline'],
      ['ingress', 'tcp', 443, 443, '? condition Maybe cannot be evaluated', 'inline'],
      ['ingress', `? no IpProtocol at line ${line}`, 22, 22, 'group Vpc#default-security-group', 'inline'],
      ['egress', '-1', 'absent', 'absent', 'prefix list string', 'inline'],
      ['egress', 'tcp', 443, 443, 'group sg-0123456789abcdef0', 'inline'],
      ['egress', 'tcp', 443, 443, 'none', 'inline'],
    ]);
    const defaultGroup = byId(m.securityGroups, 'Rules').rules[8];
    expect(byId(m.securityGroups, 'Rules').unknownRules).toStrictEqual([]);
    const whole = modelOf(`${VPC}
  Whole:
    Type: AWS::EC2::SecurityGroup
    Properties: { GroupDescription: whole, VpcId: !Ref Vpc, SecurityGroupIngress: !ImportValue Rules }
`);
    expect(byId(whole.securityGroups, 'Whole').unknownRules.map((u) => [u.direction, u.reason])).toStrictEqual([['ingress', 'Fn::ImportValue Rules']]);
    expect(defaultGroup?.peer.kind === 'security-group' && defaultGroup.peer.group.kind === 'resource' && defaultGroup.peer.group.target.vpcDefault).toBe(true);
  });

  test('standalone rules join their group, or stay unattached when the group is not known', () => {
    const resources = `${VPC}
  ByRef:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: !Ref FnGroup, IpProtocol: tcp, FromPort: 443, ToPort: 443, SourceSecurityGroupId: !Ref EndpointGroup }
  ByGetAtt:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: { GroupId: !GetAtt FnGroup.GroupId, IpProtocol: tcp, FromPort: 443, ToPort: 443, DestinationSecurityGroupId: !Ref EndpointGroup }
  ByName:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupName: !Ref OtherGroup, IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 10.0.0.0/16 }
  Elsewhere:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 10.0.0.0/16 }
  Unknown:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: { GroupId: !ImportValue Group, IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 10.0.0.0/16 }
  NoGroup:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: { IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 10.0.0.0/16 }
`;
    const m = modelOf(resources);
    const standalone = (id: string) =>
      byId(m.securityGroups, id).rules.flatMap((r) => (r.origin.kind === 'standalone' ? [[r.origin.resource.id, r.direction, r.loc.line]] : []));
    expect(standalone('FnGroup')).toStrictEqual([
      ['ByRef', 'ingress', lineOf(resources, '  ByRef:')],
      ['ByGetAtt', 'egress', lineOf(resources, '  ByGetAtt:')],
    ]);
    expect(standalone('OtherGroup')).toStrictEqual([['ByName', 'ingress', lineOf(resources, '  ByName:')]]);
    const [byRef] = byId(m.securityGroups, 'FnGroup').rules;
    expect(byRef && [byRef.protocol, byRef.fromPort, byRef.toPort, byRef.peer.kind === 'security-group' && targetOfLink(byRef.peer.group)?.id]).toStrictEqual([
      { known: true, value: 'tcp' },
      { known: true, value: 443 },
      { known: true, value: 443 },
      'EndpointGroup',
    ]);
    expect(m.ingressFrom(byId(m.securityGroups, 'EndpointGroup')).map(({ group, rule }) => [group.id, rule.loc.line])).toStrictEqual([
      ['FnGroup', lineOf(resources, '  ByRef:')],
    ]);
    expect(m.unattachedRules).toStrictEqual([
      { direction: 'egress', reason: 'Unknown (its group: Fn::ImportValue Group)', loc: expect.objectContaining({ line: lineOf(resources, '  Unknown:') }) },
      { direction: 'ingress', reason: 'NoGroup (its group: no security group given)', loc: expect.objectContaining({ line: lineOf(resources, '  NoGroup:') }) },
    ]);
  });

  test('links: to an element, to something outside the template, or why not', () => {
    const resources = `${VPC}
  Queue: { Type: AWS::SQS::Queue }
  ByRef:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.3.0/24 }
  ByGetAtt:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !GetAtt Vpc.VpcId, CidrBlock: 10.0.4.0/24 }
  WrongAttribute:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !GetAtt Vpc.DefaultNetworkAcl, CidrBlock: 10.0.5.0/24 }
  WrongType:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !GetAtt Queue.Arn, CidrBlock: 10.0.6.0/24 }
  Parameter:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Known, CidrBlock: 10.0.7.0/24 }
  Literal:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: vpc-0123456789abcdef0, CidrBlock: 10.0.8.0/24 }
  Missing:
    Type: AWS::EC2::Subnet
    Properties: { CidrBlock: 10.0.9.0/24 }
  Joined:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Sub 'vpc-\${Suffix}', CidrBlock: 10.0.10.0/24 }
  Listed:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: [a], CidrBlock: 10.0.11.0/24 }
  EndpointLists:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: com.amazonaws.eu-west-1.sqs
      VpcEndpointType: Interface
      SubnetIds: !Ref Suffix
      SecurityGroupIds: !ImportValue Groups
      RouteTableIds: [rtb-1]
  OddLists:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: com.amazonaws.eu-west-1.s3
      RouteTableIds: rtb-2
      SecurityGroupIds: [!GetAtt Queue.Arn, !GetAtt Vpc.DefaultSecurityGroup]
`;
    const options = { parameters: '  Known: { Type: String, Default: vpc-0fedcba9876543210 }\n  Suffix: { Type: String }' };
    const m = modelOf(resources, options);
    const vpcOf = (id: string) => {
      const l = byId(m.subnets, id).vpc;
      return l.kind === 'resource' ? `-> ${l.target.id}` : l.kind === 'external' ? `external ${l.id}` : `? ${l.reason}`;
    };
    expect(['ByRef', 'ByGetAtt', 'WrongAttribute', 'WrongType', 'Parameter', 'Literal', 'Missing', 'Joined', 'Listed'].map(vpcOf)).toStrictEqual([
      '-> Vpc',
      '-> Vpc',
      '? Vpc.DefaultNetworkAcl (AWS::EC2::VPC) is not a VPC of this template',
      '? Queue.Arn (AWS::SQS::Queue) is not a VPC of this template',
      'external vpc-0fedcba9876543210',
      'external vpc-0123456789abcdef0',
      '? no VPC given',
      '? vpc-<unknown> is not known before deployment',
      '? [a] is not known before deployment',
    ]);
    const endpoint = byId(m.endpoints, 'EndpointLists');
    const listLine = (key: string) => lineOf(resources, key, options);
    expect([endpoint.subnets, endpoint.securityGroups]).toStrictEqual([
      { state: 'unknown', reason: 'parameter Suffix has no default', loc: expect.objectContaining({ line: listLine('SubnetIds: !Ref Suffix') }) },
      { state: 'unknown', reason: 'Fn::ImportValue Groups', loc: expect.objectContaining({ line: listLine('SecurityGroupIds: !ImportValue') }) },
    ]);
    expect(endpoint.routeTables).toMatchObject({ state: 'set', items: [{ kind: 'external', id: 'rtb-1' }], loc: { line: listLine('RouteTableIds') } });
    const odd = byId(m.endpoints, 'OddLists');
    expect(odd.routeTables).toMatchObject({ state: 'unknown', reason: 'rtb-2 is not a list' });
    const groups = linkedItems(odd.securityGroups);
    expect(groups.map((l) => (l.kind === 'resource' ? l.target.id : whyUnlinked(l)))).toStrictEqual([
      'Queue.Arn (AWS::SQS::Queue) is not a security group of this template',
      'Vpc#default-security-group',
    ]);
    expect(linkTargets(groups).map((g) => g.id)).toStrictEqual(['Vpc#default-security-group']);
    expect(whyUnlinked({ kind: 'external', id: 'sg-1', loc: odd.loc })).toBe('sg-1 is not in this template');
    expect([linkedItems({ state: 'absent' }), linkedItems(odd.subnets), linkTargets([])]).toStrictEqual([[], [], []]);
  });
});

describe('private targets: databases, caches and internal load balancers', () => {
  test('each with its groups and the ports its clients use', () => {
    const resources = `
  Instance:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      Port: '6432'
      VPCSecurityGroups: [sg-1]
  InCluster: { Type: AWS::RDS::DBInstance, Properties: { Engine: aurora-postgresql, DBClusterIdentifier: !Ref Cluster } }
  Cluster: { Type: AWS::RDS::DBCluster, Properties: { Engine: aurora-postgresql, VpcSecurityGroupIds: [sg-2] } }
  Aurora: { Type: AWS::RDS::DBCluster, Properties: { Engine: aurora, DBClusterIdentifier: named-cluster } }
  Maria: { Type: AWS::RDS::DBInstance, Properties: { Engine: MariaDB } }
  Oracle: { Type: AWS::RDS::DBInstance, Properties: { Engine: oracle-se2 } }
  SqlServer: { Type: AWS::RDS::DBInstance, Properties: { Engine: sqlserver-ex } }
  Db2: { Type: AWS::RDS::DBInstance, Properties: { Engine: db2-ae } }
  Other: { Type: AWS::RDS::DBCluster, Properties: { Engine: neptune } }
  NoEngine: { Type: AWS::RDS::DBInstance, Properties: { DBInstanceClass: db.t3.micro } }
  UnknownPort: { Type: AWS::RDS::DBInstance, Properties: { Engine: mysql, Port: !Ref Port } }
  Memcached: { Type: AWS::ElastiCache::CacheCluster, Properties: { Engine: memcached, VpcSecurityGroupIds: [sg-3] } }
  Valkey: { Type: AWS::ElastiCache::ReplicationGroup, Properties: { Engine: Valkey, SecurityGroupIds: [sg-4] } }
  Redis: { Type: AWS::ElastiCache::CacheCluster, Properties: { Engine: redis } }
  Internal: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Scheme: internal, SecurityGroups: [sg-5] } }
  Public: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Scheme: internet-facing } }
  NoScheme: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: {} }
  Quiet: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Scheme: internal } }
  Unknowable: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Scheme: internal } }
  NoPort: { Type: AWS::ElasticLoadBalancingV2::LoadBalancer, Properties: { Scheme: internal } }
  Https: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { LoadBalancerArn: !Ref Internal, Port: 443 } }
  Alt: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { LoadBalancerArn: !Ref Internal, Port: 8443 } }
  Shared: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { LoadBalancerArn: arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/x/1, Port: 80 } }
  First: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { LoadBalancerArn: !Ref Unknowable, Port: !Ref Port } }
  Second: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { LoadBalancerArn: !Ref Unknowable, Port: 80 } }
  Portless: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { LoadBalancerArn: !Ref NoPort } }
  Orphan: { Type: AWS::ElasticLoadBalancingV2::Listener, Properties: { Port: 80 } }
`;
    const options = { parameters: '  Port: { Type: String }' };
    const m = modelOf(resources, options);
    const shown = m.targets.map((t) => [
      t.id,
      t.kind,
      t.ports.known ? t.ports.value : t.ports.reason,
      t.securityGroups.state === 'set'
        ? [t.securityGroups.loc.line, ...t.securityGroups.items.map((g) => (g.kind === 'external' ? g.id : g.kind))]
        : t.securityGroups.state,
    ]);
    const line = (id: string) => lineOf(resources, `  ${id}: {`, options);
    expect(shown).toStrictEqual([
      ['Instance', 'database', [6432], [lineOf(resources, 'VPCSecurityGroups: [sg-1]', options), 'sg-1']],
      ['Cluster', 'database', [5432], [line('Cluster'), 'sg-2']],
      ['Aurora', 'database', [3306], 'absent'],
      ['Maria', 'database', [3306], 'absent'],
      ['Oracle', 'database', [1521], 'absent'],
      ['SqlServer', 'database', [1433], 'absent'],
      ['Db2', 'database', [50000], 'absent'],
      ['Other', 'database', 'the default port of engine neptune is not known to endpoint-guard', 'absent'],
      ['NoEngine', 'database', 'no Engine given', 'absent'],
      ['UnknownPort', 'database', 'parameter Port has no default', 'absent'],
      ['Memcached', 'cache', [11211], [line('Memcached'), 'sg-3']],
      ['Valkey', 'cache', [6379], [line('Valkey'), 'sg-4']],
      ['Redis', 'cache', [6379], 'absent'],
      ['Internal', 'load-balancer', [443, 8443], [line('Internal'), 'sg-5']],
      ['Quiet', 'load-balancer', 'it has no listener in the template', 'absent'],
      ['Unknowable', 'load-balancer', 'parameter Port has no default', 'absent'],
      ['NoPort', 'load-balancer', 'a listener has no Port', 'absent'],
    ]);
  });
});

/** A value as plain data: maps as objects, lists as arrays, scalars as themselves, anything else as it displays. */
function plain(v: Value): unknown {
  switch (v.kind) {
    case 'map':
      return Object.fromEntries(v.entries.map((e) => [e.key, plain(e.value)]));
    case 'list':
      return v.items.map(plain);
    case 'string':
    case 'number':
    case 'boolean':
      return v.value;
    case 'null':
      return null;
    default:
      return display(v);
  }
}

describe('endpoint policies as maps and as JSON strings', () => {
  /** The character the JSON reader brackets its placeholders with: a text's own is nothing known. */
  const RESERVED = '\uE000';
  /** Endpoints with one policy each, written on one line: their PolicyDocument, or none. */
  const ONE_LINE: [string, string | undefined][] = [
    ['OneLine', `'{"Statement": [{"Effect": "Allow", "Action": "sqs:*"}]}'`],
    ['Invalid', `'{"Statement": ['`],
    ['Empty', `' '`],
    ['NotAMap', `'["Statement"]'`],
    ['Imported', `!ImportValue Policy`],
    ['Reserved', `'{"Statement": [{"Action": "${RESERVED}x${RESERVED}"}]}'`],
    ['Absent', undefined],
    ['NoStatement', `{ Version: '2012-10-17' }`],
    ['TrailingComma', `'{"Statement": [],}'`],
    ['Commented', `'{"Statement": [] /* none */}'`],
  ];
  const resources = `
  Queue: { Type: AWS::SQS::Queue }
  AsMap:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-1
      ServiceName: com.amazonaws.eu-west-1.sqs
      PolicyDocument:
        Statement:
          - Sid: Send
            Effect: Allow
            Principal: '*'
            Action: sqs:SendMessage
            Resource: !GetAtt Queue.Arn
          - { Effect: !Ref Effect, NotAction: sqs:Purge*, NotResource: '*', NotPrincipal: { AWS: '*' }, Condition: {} }
          - { Action: sqs:ReceiveMessage }
          - !ImportValue Statement
          - 42
  Single:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-1
      ServiceName: com.amazonaws.eu-west-1.sqs
      PolicyDocument: { Statement: { Effect: Allow, Action: '*' } }
  AsBlock:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-1
      ServiceName: com.amazonaws.eu-west-1.sqs
      PolicyDocument: !Sub |
        {
          "Statement": [
            {
              "Effect": "Allow",
              "Action": "sqs:SendMessage",
              "Resource": "\${Queue.Arn}",
              "Effect": "Deny",
              "Principal": { "AWS": "arn:aws:iam::\${AWS::AccountId}:root" },
              "Condition": { "NumericLessThan": { "n": 1.5 }, "Bool": { "b": true }, "Null": { "x": null } }
            }
          ]
        }
${ONE_LINE.map(([id, doc]) => `  ${id}:\n    Type: AWS::EC2::VPCEndpoint\n    Properties: { VpcId: vpc-1, ServiceName: com.amazonaws.eu-west-1.sqs${doc === undefined ? '' : `, PolicyDocument: ${doc}`} }\n`).join('')}`;
  const options = { parameters: '  Effect: { Type: String }' };
  const line = (fragment: string) => lineOf(resources, fragment, options);
  const policyOf = (m: NetworkModel, id: string) => byId(m.endpoints, id).policy;
  const field = (f: { present: boolean; keyLoc?: { line: number }; value?: Value }) =>
    f.present && f.value && f.keyLoc ? [f.keyLoc.line, display(f.value)] : 'absent';

  test('statements with their names, effects and fields, where they are written', () => {
    const m = modelOf(resources, options);
    const map = policyOf(m, 'AsMap');
    expect(map.state === 'set' && [map.loc.line, map.document.unreadable]).toStrictEqual([
      line('PolicyDocument:'),
      ['Fn::ImportValue Statement', '42 is not a statement (a map)'],
    ]);
    const statements = map.state === 'set' ? map.document.statements : [];
    expect(statements[0]?.notAction).toStrictEqual({ present: false });
    expect(
      statements.map((st) => [
        st.loc.line,
        st.name,
        st.effect.known ? st.effect.value : st.effect.reason,
        field(st.action),
        field(st.notAction),
        field(st.resource),
        field(st.notResource),
        field(st.principal),
        field(st.notPrincipal),
        field(st.condition),
      ]),
    ).toStrictEqual([
      [
        line('- Sid: Send'),
        'statement "Send"',
        'Allow',
        [line('Action: sqs:SendMessage'), 'sqs:SendMessage'],
        'absent',
        [line('Resource: !GetAtt'), 'Queue.Arn'],
        'absent',
        [line("Principal: '*'"), '*'],
        'absent',
        'absent',
      ],
      [
        line('NotAction: sqs:Purge*'),
        'statement 2',
        'parameter Effect has no default',
        'absent',
        [line('NotAction: sqs:Purge*'), 'sqs:Purge*'],
        'absent',
        [line('NotAction: sqs:Purge*'), '*'],
        'absent',
        [line('NotAction: sqs:Purge*'), '{AWS}'],
        [line('NotAction: sqs:Purge*'), '{}'],
      ],
      [
        line('- { Action: sqs:ReceiveMessage }'),
        'statement 3',
        'no Effect',
        [line('- { Action: sqs:ReceiveMessage }'), 'sqs:ReceiveMessage'],
        'absent',
        'absent',
        'absent',
        'absent',
        'absent',
        'absent',
      ],
    ]);
    const single = policyOf(m, 'Single');
    expect(single.state === 'set' && single.document.statements.map((st) => [st.name, field(st.action)])).toStrictEqual([
      ['statement 1', [line('PolicyDocument: { Statement'), '*']],
    ]);
  });

  test('a JSON string in a literal block points into its lines; the last of two keys wins, as JSON.parse', () => {
    const m = modelOf(resources, options);
    const block = policyOf(m, 'AsBlock');
    const [statement] = block.state === 'set' ? block.document.statements : [];
    expect(
      statement && [statement.loc.line, statement.loc.column, statement.effect, field(statement.action), field(statement.resource), field(statement.principal)],
    ).toStrictEqual([
      line('"Effect": "Allow"') - 1,
      13,
      { known: true, value: 'Deny' },
      [line('"Action": "sqs:SendMessage"'), 'sqs:SendMessage'],
      [line('"Resource"'), 'Queue.Arn'],
      [line('"Principal"'), '{AWS}'],
    ]);
    const principal = statement?.principal.present ? statement.principal.value : undefined;
    expect(principal && display(valueField(principal, 'AWS')?.value ?? principal)).toBe('arn:aws:iam::${AWS::AccountId}:root');
    expect(statement?.condition.present && plain(statement.condition.value)).toStrictEqual({
      NumericLessThan: { n: 1.5 },
      Bool: { b: true },
      Null: { x: null },
    });
  });

  test('a JSON string on one line points at its key; what is not a policy says why', () => {
    const m = modelOf(resources, options);
    const oneLine = policyOf(m, 'OneLine');
    expect(oneLine.state === 'set' && oneLine.document.statements.map((st) => [st.loc.line, field(st.action)])).toStrictEqual([
      [line('  OneLine:') + 2, [line('  OneLine:') + 2, 'sqs:*']],
    ]);
    const why = (id: string) => {
      const p = policyOf(m, id);
      return p.state === 'unknown' ? [p.reason, p.loc.line] : p.state;
    };
    expect(['Invalid', 'Empty', 'NotAMap', 'Imported', 'Absent'].map(why)).toStrictEqual([
      ['the policy string is not valid JSON (CloseBracketExpected at character 16)', line('  Invalid:') + 2],
      ['the policy string is not valid JSON (ValueExpected at character 2)', line('  Empty:') + 2],
      ['the policy string is not a JSON object', line('  NotAMap:') + 2],
      ['Fn::ImportValue Policy', line('  Imported:') + 2],
      'absent',
    ]);
    expect(policyOf(m, 'NoStatement')).toMatchObject({ state: 'set', document: { statements: [], unreadable: [] } });
    expect(['TrailingComma', 'Commented'].map(why)).toStrictEqual([
      ['the policy string is not valid JSON (PropertyNameExpected at character 18)', line('  TrailingComma:') + 2],
      ['the policy string is not valid JSON (InvalidCommentToken at character 18)', line('  Commented:') + 2],
    ]);
    const reserved = policyOf(m, 'Reserved');
    const [statement] = reserved.state === 'set' ? reserved.document.statements : [];
    expect(statement?.action.present && display(statement.action.value)).toBe('<unknown: the text holds a character reserved for endpoint-guard>');
  });
});

describe('resources as the model sees them', () => {
  test('names, construct paths, tags and suppressions; resources a false condition leaves out', () => {
    const resources = `
  Named:
    Type: AWS::SQS::Queue
    Metadata: { endpoint-guard:name: send-orders, aws:cdk:path: App/Queue/Resource }
    Properties: { Tags: [{ Key: team, Value: orders }, { Key: !Ref Unknown, Value: x }, { Key: alone }, { Value: lonely }] }
  FromManifest:
    Type: AWS::SNS::Topic
    Properties: { Tags: { team: billing } }
  Suppressed:
    Type: AWS::SQS::Queue
    Metadata:
      endpoint-guard:
        suppress:
          - { rule: vpc-dns-support, reason: shared VPC }
          - { rule: lambda-multi-az, reason: '  ' }
          - { rule: lambda-sg-egress }
          - { reason: no rule }
          - { rule: null }
          - { rule: endpoint-az-coverage, reason: { why: mapped } }
  SingleSuppression:
    Type: AWS::SQS::Queue
    Metadata: { endpoint-guard: { suppress: { rule: endpoint-private-dns, reason: 42 } } }
  Skipped:
    Type: AWS::SQS::Queue
    Condition: Never
  Kept:
    Type: AWS::SQS::Queue
    Condition: Maybe
  NoType:
    Properties: {}
  NumberType:
    Type: 42
  OddMetadata:
    Type: AWS::SQS::Queue
    Metadata: { endpoint-guard:name: 42, aws:cdk:path: 42 }
  BareEndpoint:
    Type: AWS::EC2::VPCEndpoint
`;
    const options = { parameters: '  Unknown: { Type: String }\nConditions:\n  Never: !Equals [a, b]\n  Maybe: !Equals [!Ref Unknown, b]' };
    const m = modelOf(
      resources,
      options,
      new Map([
        ['FromManifest', 'App/Topic/Resource'],
        ['Named', 'App/Ignored'],
      ]),
    );
    expect(m.others.map((o) => [o.id, o.name, o.type, o.path, Object.fromEntries([...o.tags].map(([k, v]) => [k, display(v)]))])).toStrictEqual([
      ['Named', 'send-orders', 'AWS::SQS::Queue', 'App/Queue/Resource', { team: 'orders' }],
      ['FromManifest', 'FromManifest', 'AWS::SNS::Topic', 'App/Topic/Resource', { team: 'billing' }],
      ['Suppressed', 'Suppressed', 'AWS::SQS::Queue', undefined, {}],
      ['SingleSuppression', 'SingleSuppression', 'AWS::SQS::Queue', undefined, {}],
      ['Kept', 'Kept', 'AWS::SQS::Queue', undefined, {}],
      ['OddMetadata', 'OddMetadata', 'AWS::SQS::Queue', undefined, {}],
    ]);
    expect(m.others.map((o) => 'path' in o)).toStrictEqual([true, true, false, false, false, false]);
    expect(m.endpoints.map((e) => [e.id, e.securityGroups, e.subnets])).toStrictEqual([['BareEndpoint', { state: 'absent' }, { state: 'absent' }]]);
    const listed = parseYaml('t.yaml', 'Resources:\n  - a\n').root as MapNode;
    expect(buildModel(listed, new Resolver(listed)).elements()).toStrictEqual([]);
    const suppressions = (id: string) => byId(m.others, id).suppressions.map((x) => [x.rule, x.reason, x.loc.line, x.via]);
    expect(suppressions('Suppressed')).toStrictEqual([
      ['vpc-dns-support', 'shared VPC', lineOf(resources, 'rule: vpc-dns-support', options), 'metadata'],
      ['lambda-multi-az', undefined, lineOf(resources, 'rule: lambda-multi-az', options), 'metadata'],
      ['lambda-sg-egress', undefined, lineOf(resources, 'rule: lambda-sg-egress', options), 'metadata'],
      ['endpoint-az-coverage', undefined, lineOf(resources, 'rule: endpoint-az-coverage', options), 'metadata'],
    ]);
    expect(suppressions('Named')).toStrictEqual([]);
    expect(suppressions('SingleSuppression')).toStrictEqual([
      ['endpoint-private-dns', '42', lineOf(resources, 'rule: endpoint-private-dns', options), 'metadata'],
    ]);
    expect(byId(m.others, 'Named').loc.line).toBe(lineOf(resources, '  Named:', options));
  });

  test('what AWS creates with each VPC: a main route table and a default security group', () => {
    const m = modelOf(VPC);
    const vpc = byId(m.vpcs, 'Vpc');
    expect(m.mainRouteTables.map((t) => [t.id, t.name, t.type, t.main, t.owner, t.loc, t.suppressions, t.tags.size])).toStrictEqual([
      ['Vpc#main-route-table', 'main route table of Vpc', 'AWS::EC2::RouteTable', true, vpc, vpc.loc, [], 0],
      ['Other#main-route-table', 'main route table of Other', 'AWS::EC2::RouteTable', true, byId(m.vpcs, 'Other'), byId(m.vpcs, 'Other').loc, [], 0],
    ]);
    const group = byId(m.defaultSecurityGroups, 'Vpc#default-security-group');
    expect([group.name, group.vpcDefault, group.defaultEgress, group.owner, group.unknownRules]).toStrictEqual([
      'default security group of Vpc',
      true,
      true,
      vpc,
      [],
    ]);
    expect(
      group.rules.map((r) => [r.direction, r.protocol, r.fromPort, r.peer.kind === 'security-group' ? targetOfLink(r.peer.group) : r.peer, r.origin]),
    ).toStrictEqual([
      ['ingress', { known: true, value: '-1' }, { known: 'absent' }, group, { kind: 'vpc-default' }],
      ['egress', { known: true, value: '-1' }, { known: 'absent' }, { kind: 'cidr', range: { known: true, value: '0.0.0.0/0' } }, { kind: 'vpc-default' }],
    ]);
    expect(m.securityGroups.map((g) => [g.id, g.vpcDefault, g.defaultEgress])).toStrictEqual([
      ['FnGroup', false, true],
      ['EndpointGroup', false, true],
      ['OtherGroup', false, true],
    ]);
    const terraform = modelOf(`
  Group:
    Type: AWS::EC2::SecurityGroup
    Metadata: { endpoint-guard:no-default-egress: true }
    Properties: { GroupDescription: from Terraform }
`);
    expect(terraform.securityGroups.map((g) => g.defaultEgress)).toStrictEqual([false]);
  });
});

describe('routes, zones and endpoint services as written', () => {
  test('what each route goes to', () => {
    const targets = [
      'GatewayId: local',
      'GatewayId: vgw-0123',
      'GatewayId: igw-0123',
      "GatewayId: !Sub 'igw-${Suffix}'",
      'GatewayId: !Ref Igw',
      'GatewayId: !Ref Vgw',
      'GatewayId: !Ref Suffix',
      'NatGatewayId: nat-1',
      'EgressOnlyInternetGatewayId: eigw-1',
      'TransitGatewayId: tgw-1',
      'VpcEndpointId: vpce-1',
      'InstanceId: i-1',
      'NetworkInterfaceId: eni-1',
      'VpcPeeringConnectionId: pcx-1',
      'CarrierGatewayId: cagw-1',
      'LocalGatewayId: lgw-1',
      'CoreNetworkArn: arn:aws:networkmanager::1:core-network/x',
      'DestinationIpv6CidrBlock: ::/0',
    ];
    const resources = `
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Igw: { Type: AWS::EC2::InternetGateway }
  Vgw: { Type: AWS::EC2::VPNGateway, Properties: { Type: ipsec.1 } }
  Table: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !Ref Vpc } }
${targets.map((t, i) => `  Route${String(i)}: { Type: AWS::EC2::Route, Properties: { RouteTableId: !Ref Table, ${t.startsWith('Destination') ? '' : 'DestinationCidrBlock: 0.0.0.0/0, '}${t} } }\n`).join('')}  ByPrefixList: { Type: AWS::EC2::Route, Properties: { RouteTableId: !Ref Table, DestinationPrefixListId: pl-1, NatGatewayId: nat-1 } }
  NoDestination: { Type: AWS::EC2::Route, Properties: { RouteTableId: !Ref Table, NatGatewayId: nat-1 } }
`;
    const options = { parameters: '  Suffix: { Type: String }' };
    const m = modelOf(resources, options);
    const routes = m.routes.map((r) => [
      r.target.kind,
      r.target.kind === 'internet-gateway'
        ? r.target.gateway.kind === 'resource'
          ? r.target.gateway.target.id
          : r.target.gateway.id
        : r.target.kind === 'unknown'
          ? r.target.reason
          : '',
      r.destination.known ? r.destination.value : r.destination.reason,
    ]);
    expect(routes).toStrictEqual([
      ['local', '', '0.0.0.0/0'],
      ['vpn-gateway', '', '0.0.0.0/0'],
      ['internet-gateway', 'igw-0123', '0.0.0.0/0'],
      ['internet-gateway', 'igw-<unknown>', '0.0.0.0/0'],
      ['internet-gateway', 'Igw', '0.0.0.0/0'],
      ['vpn-gateway', '', '0.0.0.0/0'],
      ['unknown', 'parameter Suffix has no default', '0.0.0.0/0'],
      ['nat-gateway', '', '0.0.0.0/0'],
      ['egress-only-internet-gateway', '', '0.0.0.0/0'],
      ['transit-gateway', '', '0.0.0.0/0'],
      ['vpc-endpoint', '', '0.0.0.0/0'],
      ['instance', '', '0.0.0.0/0'],
      ['network-interface', '', '0.0.0.0/0'],
      ['vpc-peering', '', '0.0.0.0/0'],
      ['carrier-gateway', '', '0.0.0.0/0'],
      ['local-gateway', '', '0.0.0.0/0'],
      ['core-network', '', '0.0.0.0/0'],
      ['unknown', 'no route target', '::/0'],
      ['nat-gateway', '', 'pl-1'],
      ['nat-gateway', '', 'no destination'],
    ]);
    expect(m.routeTables.map((t) => [t.id, targetOfLink(t.vpc)?.id, t.main])).toStrictEqual([['Table', 'Vpc', false]]);
    const loc = (i: number) => m.routes[i]?.target.loc.line;
    expect([loc(0), loc(7), loc(17)]).toStrictEqual([
      lineOf(resources, '  Route0:', options),
      lineOf(resources, '  Route7:', options),
      lineOf(resources, '  Route17:', options),
    ]);
  });

  test('subnet zones: a name, a zone ID, an index of the region zones, or unknown', () => {
    const zones = [
      'AvailabilityZone: eu-west-1a',
      'AvailabilityZoneId: euw1-az2',
      'AvailabilityZoneId: !Ref Unknown',
      "AvailabilityZone: !Select [1, !GetAZs '']",
      'AvailabilityZone: !Select [0, !GetAZs us-east-1]',
      "AvailabilityZone: !Sub '${AWS::Region}b'",
      "AvailabilityZone: !Sub '${AWS::Region}bc'",
      "AvailabilityZone: !Sub '${AWS::AccountId}b'",
      "AvailabilityZone: !Sub '${AWS::Region}-${Unknown}'",
      "AvailabilityZone: !Sub '${AWS::Region}a${Unknown}'",
      'AvailabilityZone: !Ref Unknown',
      'CidrBlock: 10.0.0.0/24',
      'AvailabilityZone: eu-west-1c, AvailabilityZoneId: euw1-az3',
    ];
    const resources = zones.map((z, i) => `  Subnet${String(i)}: { Type: AWS::EC2::Subnet, Properties: { VpcId: vpc-1, ${z} } }\n`).join('');
    const m = modelOf(resources, { parameters: '  Unknown: { Type: String }' });
    expect(m.subnets.map((sn) => sn.zone)).toStrictEqual([
      { kind: 'name', name: 'eu-west-1a' },
      { kind: 'zone-id', zoneId: 'euw1-az2' },
      { kind: 'unknown', reason: 'parameter Unknown has no default' },
      { kind: 'indexed', region: 'AWS::Region', index: 1 },
      { kind: 'indexed', region: 'us-east-1', index: 0 },
      { kind: 'name', name: '${AWS::Region}b' },
      { kind: 'unknown', reason: '${AWS::Region}bc is not known before deployment' },
      { kind: 'unknown', reason: '${AWS::AccountId}b is not known before deployment' },
      { kind: 'unknown', reason: '${AWS::Region}-<unknown> is not known before deployment' },
      { kind: 'unknown', reason: '${AWS::Region}a<unknown> is not known before deployment' },
      { kind: 'unknown', reason: 'parameter Unknown has no default' },
      { kind: 'unknown', reason: 'no AvailabilityZone: AWS picks one' },
      { kind: 'name', name: 'eu-west-1c' },
    ]);
    expect(m.subnets.map((sn) => (sn.cidrBlock.known ? sn.cidrBlock.value : sn.cidrBlock.reason)).slice(-3)).toStrictEqual([
      'no CidrBlock (an IPAM pool allocates it)',
      '10.0.0.0/24',
      'no CidrBlock (an IPAM pool allocates it)',
    ]);
  });

  test('endpoint services: an AWS service by name, another service, or unknown', () => {
    const names = [
      'com.amazonaws.eu-west-1.sqs',
      "!Sub 'com.amazonaws.${AWS::Region}.ecr.api'",
      "!Sub 'com.amazonaws.${Unknown}.kms'",
      'com.amazonaws.iam',
      "!Sub 'com.amazonaws.eu-west-1.${Unknown}'",
      'com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0',
      "!Sub 'com.amazonaws.vpce.eu-west-1.${Unknown}'",
      'com.example.partner',
      "!Sub '${Unknown}'",
      "!Sub 'com.${Unknown}'",
      '[a]',
    ];
    const resources = `${names.map((n, i) => `  E${String(i)}: { Type: AWS::EC2::VPCEndpoint, Properties: { VpcId: vpc-1, ServiceName: ${n} } }\n`).join('')}  NoName: { Type: AWS::EC2::VPCEndpoint, Properties: { VpcId: vpc-1, ServiceNetworkArn: arn:aws:vpc-lattice:eu-west-1:1:servicenetwork/sn-1 } }
  Resource: { Type: AWS::EC2::VPCEndpoint, Properties: { VpcId: vpc-1, ResourceConfigurationArn: arn:aws:vpc-lattice:eu-west-1:1:resourceconfiguration/rcfg-1 } }
`;
    const m = modelOf(resources, { parameters: '  Unknown: { Type: String }' });
    expect(m.endpoints.map((e) => e.service)).toStrictEqual([
      { kind: 'aws', name: 'sqs' },
      { kind: 'aws', name: 'ecr.api' },
      { kind: 'aws', name: 'kms' },
      { kind: 'aws', name: 'iam' },
      { kind: 'unknown', reason: 'com.amazonaws.eu-west-1.<unknown> is not known before deployment', awsShaped: true },
      { kind: 'other', shown: 'com.amazonaws.vpce.eu-west-1.vpce-svc-0123456789abcdef0' },
      { kind: 'other', shown: 'com.amazonaws.vpce.eu-west-1.<unknown>' },
      { kind: 'other', shown: 'com.example.partner' },
      { kind: 'unknown', reason: 'parameter Unknown has no default', awsShaped: false },
      { kind: 'unknown', reason: 'com.<unknown> is not known before deployment', awsShaped: false },
      { kind: 'unknown', reason: '[a] is not known before deployment', awsShaped: false },
      { kind: 'unknown', reason: 'no ServiceName', awsShaped: false },
      { kind: 'unknown', reason: 'no ServiceName', awsShaped: false },
    ]);
    expect(
      [0, 11, 12].map((i) => {
        const n = m.endpoints[i]?.serviceName;
        return n && display(n);
      }),
    ).toStrictEqual([
      'com.amazonaws.eu-west-1.sqs',
      'arn:aws:vpc-lattice:eu-west-1:1:servicenetwork/sn-1',
      'arn:aws:vpc-lattice:eu-west-1:1:resourceconfiguration/rcfg-1',
    ]);
    expect(m.endpoints[0]?.privateDns).toStrictEqual({ state: 'default', value: false });
  });

  test('VPC blocks added by AWS::EC2::VPCCidrBlock, and private hosted zones by shape', () => {
    const resources = `
  Extra: { Type: AWS::EC2::VPCCidrBlock, Properties: { VpcId: !Ref Vpc, CidrBlock: 100.64.0.0/16 } }
  Ipv6: { Type: AWS::EC2::VPCCidrBlock, Properties: { VpcId: !Ref Vpc, AmazonProvidedIpv6CidrBlock: true } }
  Elsewhere: { Type: AWS::EC2::VPCCidrBlock, Properties: { VpcId: vpc-1, CidrBlock: 100.65.0.0/16 } }
  Vpc: { Type: AWS::EC2::VPC, Properties: { CidrBlock: 10.0.0.0/16 } }
  Zone: { Type: AWS::Route53::HostedZone, Properties: { Name: !Sub 'sqs.\${AWS::Region}.amazonaws.com', VPCs: [{ VPCId: !Ref Vpc, VPCRegion: eu-west-1 }] } }
  Public: { Type: AWS::Route53::HostedZone, Properties: { Name: example.com } }
  Unnamed: { Type: AWS::Route53::HostedZone, Properties: { VPCs: { VPCId: !Ref Vpc } } }
  NoVpcId: { Type: AWS::Route53::HostedZone, Properties: { Name: internal.example.com, VPCs: [{ VPCRegion: eu-west-1 }] } }
  Unknown: { Type: AWS::Route53::HostedZone, Properties: { Name: !Sub '\${AWS::StackName}.internal', VPCs: [{ VPCId: !Ref Vpc }] } }
`;
    const m = modelOf(resources);
    expect(byId(m.vpcs, 'Vpc').cidrBlocks).toStrictEqual([
      { known: true, value: '100.64.0.0/16' },
      { known: true, value: '10.0.0.0/16' },
    ]);
    expect(m.hostedZones.map((z) => [z.id, z.zoneName, z.vpcs.map((l) => targetOfLink(l)?.id)])).toStrictEqual([
      ['Zone', { known: true, value: 'sqs.region-1.amazonaws.com' }, ['Vpc']],
      ['Public', { known: true, value: 'example.com' }, []],
      ['Unnamed', { known: false, reason: 'no Name' }, []],
      ['NoVpcId', { known: true, value: 'internal.example.com' }, [undefined]],
      ['Unknown', { known: false, reason: '${AWS::StackName}.internal is not known before deployment' }, ['Vpc']],
    ]);
  });
});

describe('references between resources of each kind', () => {
  test('by Ref or by the attribute that is the resource ID; what else they name is said', () => {
    const resources = `${VPC}
  Igw: { Type: AWS::EC2::InternetGateway }
  Queue: { Type: AWS::SQS::Queue }
  Table: { Type: AWS::EC2::RouteTable, Properties: { VpcId: !GetAtt Vpc.VpcId } }
  ToIgw: { Type: AWS::EC2::Route, Properties: { RouteTableId: !GetAtt Table.RouteTableId, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !GetAtt Igw.InternetGatewayId } }
  ById: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !GetAtt SubnetA.SubnetId, RouteTableId: !GetAtt Table.RouteTableId } }
  Wrong: { Type: AWS::EC2::SubnetRouteTableAssociation, Properties: { SubnetId: !Ref Vpc, RouteTableId: !Ref Vpc } }
  Role: { Type: AWS::IAM::Role, Properties: { AssumeRolePolicyDocument: {} } }
  Caller: { Type: AWS::Lambda::Function, Properties: { Role: !GetAtt Queue.Arn } }
  ByArn: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !GetAtt Caller.Arn, EventSourceArn: !GetAtt Queue.Arn } }
  NotAFunction: { Type: AWS::Lambda::EventSourceMapping, Properties: { FunctionName: !Ref Queue, EventSourceArn: !GetAtt Queue.Arn } }
  Elsewhere: { Type: AWS::IAM::RolePolicy, Properties: { RoleName: other-role, PolicyName: p, PolicyDocument: { Statement: [] } } }
  ByName: { Type: AWS::IAM::RolePolicy, Properties: { RoleName: !Ref Role, PolicyName: p, PolicyDocument: { Statement: [] } } }
  NotARole: { Type: AWS::IAM::RolePolicy, Properties: { RoleName: !GetAtt Role.Arn, PolicyName: p, PolicyDocument: { Statement: [] } } }
  Empty: { Type: AWS::IAM::ManagedPolicy, Properties: { ManagedPolicyName: empty } }
  Uses: { Type: AWS::IAM::Role, Properties: { AssumeRolePolicyDocument: {}, ManagedPolicyArns: [!Ref Empty] } }
`;
    const m = modelOf(resources);
    const why = <T>(l: Parameters<typeof targetOfLink<T>>[0]) => (l.kind === 'resource' ? (l.target as Element).id : whyUnlinked(l));
    expect(ids(m.internetGateways)).toStrictEqual(['Igw']);
    expect(why(byId(m.routeTables, 'Table').vpc)).toBe('Vpc');
    const route = byId(m.routes, 'ToIgw');
    expect([why(route.routeTable), route.target.kind === 'internet-gateway' && why(route.target.gateway)]).toStrictEqual(['Table', 'Igw']);
    expect([byId(m.associations, 'ById'), byId(m.associations, 'Wrong')].map((a) => [why(a.subnet), why(a.routeTable)])).toStrictEqual([
      ['SubnetA', 'Table'],
      ['Vpc (AWS::EC2::VPC) is not a subnet of this template', 'Vpc (AWS::EC2::VPC) is not a route table of this template'],
    ]);
    expect(why(byId(m.functions, 'Caller').role)).toBe('Queue.Arn (AWS::SQS::Queue) is not an IAM role of this template');
    expect(m.eventSources.map((e) => why(e.function))).toStrictEqual(['Caller', 'Queue (AWS::SQS::Queue) is not a Lambda function of this template']);
    expect(byId(m.roles, 'Role').policies.map((p) => p.loc.line)).toStrictEqual([lineOf(resources, '  ByName:')]);
    expect(byId(m.roles, 'Uses').policies).toStrictEqual([]);
  });
});
