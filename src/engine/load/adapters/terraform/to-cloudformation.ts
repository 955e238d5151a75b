import { dirname } from 'node:path';
import type { Suppression } from '../../../model/types.js';
import { child, NAME_METADATA, NO_DEFAULT_EGRESS, toPlain, type Loc, type MapNode, type SourceNode } from '../../source-node.js';
import { items, map, relocate, scalar, seq, text, withEntry } from '../nodes.js';
import { nestedBlocks, type NestedBlock } from './blocks.js';
import { moduleConfigs, plannedResources, type PlannedResource } from './plan.js';
import { TerraformSources } from './tf-source.js';
import { at, PlanValues } from './values.js';


/** What one Terraform resource type stands for in CloudFormation: the type and how its properties are read. */
interface Mapping {
  readonly type: string;
  properties(get: Getter, r: PlannedResource): Array<[string, SourceNode | undefined]>;
  readonly noDefaultEgress?: boolean;
}

/** An attribute (a path: `vpc_config`, `subnet_ids`) as a CloudFormation value, at its line where known. */
type Getter = (...path: string[]) => SourceNode | undefined;

const rule = (direction: 'ingress' | 'egress'): Mapping => ({
  type: direction === 'ingress' ? 'AWS::EC2::SecurityGroupIngress' : 'AWS::EC2::SecurityGroupEgress',
  properties: (get) => [
    ['GroupId', get('security_group_id')],
    ['IpProtocol', get('ip_protocol')],
    ['FromPort', get('from_port')],
    ['ToPort', get('to_port')],
    ['CidrIp', get('cidr_ipv4')],
    ['CidrIpv6', get('cidr_ipv6')],
    [direction === 'ingress' ? 'SourcePrefixListId' : 'DestinationPrefixListId', get('prefix_list_id')],
    [direction === 'ingress' ? 'SourceSecurityGroupId' : 'DestinationSecurityGroupId', get('referenced_security_group_id')],
  ],
});

const MAPPINGS: Record<string, Mapping> = {
  aws_vpc: {
    type: 'AWS::EC2::VPC',
    properties: (get) => [
      ['CidrBlock', get('cidr_block')],
      ['EnableDnsSupport', get('enable_dns_support')],
      ['EnableDnsHostnames', get('enable_dns_hostnames')],
    ],
  },
  aws_subnet: {
    type: 'AWS::EC2::Subnet',
    properties: (get) => [
      ['VpcId', get('vpc_id')],
      ['CidrBlock', get('cidr_block')],
      ['AvailabilityZone', get('availability_zone')],
    ],
  },
  aws_route_table: { type: 'AWS::EC2::RouteTable', properties: (get) => [['VpcId', get('vpc_id')]] },
  aws_route: { type: 'AWS::EC2::Route', properties: (get) => routeProperties(get) },
  aws_route_table_association: {
    type: 'AWS::EC2::SubnetRouteTableAssociation',
    properties: (get) => [
      ['SubnetId', get('subnet_id')],
      ['RouteTableId', get('route_table_id')],
    ],
  },
  aws_internet_gateway: { type: 'AWS::EC2::InternetGateway', properties: () => [] },
  aws_nat_gateway: { type: 'AWS::EC2::NatGateway', properties: (get) => [['SubnetId', get('subnet_id')]] },
  aws_security_group: {
    type: 'AWS::EC2::SecurityGroup',
    noDefaultEgress: true,
    properties: (get) => [
      ['GroupDescription', get('description')],
      ['VpcId', get('vpc_id')],
    ],
  },
  aws_vpc_security_group_ingress_rule: rule('ingress'),
  aws_vpc_security_group_egress_rule: rule('egress'),
  aws_vpc_endpoint: {
    type: 'AWS::EC2::VPCEndpoint',
    properties: (get) => [
      ['VpcId', get('vpc_id')],
      ['ServiceName', get('service_name')],
      ['VpcEndpointType', get('vpc_endpoint_type')],
      ['PrivateDnsEnabled', get('private_dns_enabled')],
      ['SubnetIds', get('subnet_ids')],
      ['SecurityGroupIds', get('security_group_ids')],
      ['RouteTableIds', get('route_table_ids')],
      ['PolicyDocument', get('policy')],
    ],
  },
  aws_lambda_function: {
    type: 'AWS::Lambda::Function',
    properties: (get) => {
      const subnets = get('vpc_config', 'subnet_ids');
      const groups = get('vpc_config', 'security_group_ids');
      const config = subnets || groups ? map([['SubnetIds', subnets], ['SecurityGroupIds', groups]], (subnets ?? groups)!.loc) : undefined;
      return [
        ['Role', get('role')],
        ['VpcConfig', config],
      ];
    },
  },
  aws_iam_role: {
    type: 'AWS::IAM::Role',
    properties: (get) => {
      const inline = get('inline_policy');
      const policies = inline?.kind === 'seq' ? seq(inline.items.filter((b) => child(b, 'policy') !== undefined).map((b) => map([['PolicyName', child(b, 'name')], ['PolicyDocument', child(b, 'policy')]], b.loc)), inline.loc) : inline;
      return [
        ['AssumeRolePolicyDocument', get('assume_role_policy')],
        ['ManagedPolicyArns', get('managed_policy_arns')],
        ['Policies', policies],
      ];
    },
  },
  aws_iam_role_policy: {
    type: 'AWS::IAM::Policy',
    properties: (get) => {
      const role = get('role');
      return [
        ['PolicyName', get('name')],
        ['PolicyDocument', get('policy')],
        ['Roles', role ? seq([role], role.loc) : undefined],
      ];
    },
  },
  aws_iam_policy: { type: 'AWS::IAM::ManagedPolicy', properties: (get) => [['PolicyDocument', get('policy')]] },
  // What functions call and endpoints serve: resources in the template, so that their ARNs are specific resources.
  aws_sqs_queue: { type: 'AWS::SQS::Queue', properties: () => [] },
  aws_sns_topic: { type: 'AWS::SNS::Topic', properties: () => [] },
  aws_dynamodb_table: { type: 'AWS::DynamoDB::Table', properties: () => [] },
  aws_s3_bucket: { type: 'AWS::S3::Bucket', properties: () => [] },
  aws_kms_key: { type: 'AWS::KMS::Key', properties: () => [] },
  aws_secretsmanager_secret: { type: 'AWS::SecretsManager::Secret', properties: () => [] },
  aws_db_instance: { type: 'AWS::RDS::DBInstance', properties: (get) => [['VPCSecurityGroups', get('vpc_security_group_ids')], ['Port', get('port')], ['Engine', get('engine')]] },
  aws_lb: {
    type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    properties: (get) => {
      const internal = get('internal');
      return [
        ['Scheme', internal?.kind === 'scalar' && internal.value === true ? scalar('internal', internal.loc) : undefined],
        ['SecurityGroups', get('security_groups')],
        ['Subnets', get('subnets')],
      ];
    },
  },
};

function routeProperties(get: Getter): Array<[string, SourceNode | undefined]> {
  return [
    ['RouteTableId', get('route_table_id')],
    ['DestinationCidrBlock', get('destination_cidr_block')],
    ['DestinationIpv6CidrBlock', get('destination_ipv6_cidr_block')],
    ['GatewayId', get('gateway_id')],
    ['NatGatewayId', get('nat_gateway_id')],
    ['TransitGatewayId', get('transit_gateway_id')],
    ['VpcEndpointId', get('vpc_endpoint_id')],
    ['EgressOnlyInternetGatewayId', get('egress_only_gateway_id')],
    ['VpcPeeringConnectionId', get('vpc_peering_connection_id')],
  ];
}

export interface TerraformView {
  readonly root: MapNode;
  readonly region: string | undefined;
  readonly notes: ReadonlyArray<{ readonly message: string; readonly loc: Loc }>;
  readonly includes: readonly string[];
  readonly commentSuppressions: readonly Suppression[];
}

/**
 * A Terraform plan as the CloudFormation-shaped template the model builder reads: each resource instance under its
 * Terraform address (`module.net.aws_subnet.private[0]`), mapped to the CloudFormation type it stands for, with the
 * references between resources that the plan's configuration records. Terraform's own semantics are kept where they
 * differ (a security group without egress blocks has no egress rule). Types with no bearing on the network are left
 * out; their IDs are then external, as in a template that references another stack.
 */
export function terraformPlanToCloudFormation(planRoot: MapNode, file: string): TerraformView {
  const resources = plannedResources(planRoot);
  const sources = new TerraformSources(dirname(file));
  const instances = new Map<string, string[]>();
  for (const r of resources) instances.set(`${r.modulePrefix}${r.blockAddress}`, [...(instances.get(`${r.modulePrefix}${r.blockAddress}`) ?? []), r.address]);
  const values = new PlanValues(instances, moduleConfigs(planRoot));
  const entries: Array<[string, SourceNode]> = [];
  const extra = new Extras();
  for (const r of resources) {
    const loc = (r.modulePrefix === '' ? sources.blockLoc(r.blockAddress) : undefined) ?? r.loc;
    const get: Getter = (...path) => {
      const attrLoc = (r.modulePrefix === '' ? sources.attributeLoc(r.blockAddress, path) : undefined) ?? (loc.file ? loc : at(r.values, path)?.loc ?? loc);
      const v = values.attribute(r, path, attrLoc);
      return v && loc.file ? relocate(v, attrLoc) : v;
    };
    const blockLoc: BlockLoc = (name, block) => (r.modulePrefix === '' ? sources.nestedLoc(r.blockAddress, name, toPlain(block.planned)) : undefined) ?? (loc.file ? loc : block.planned.loc);
    extra.collect(r, get, loc);
    const mapping = MAPPINGS[r.type];
    if (!mapping) continue;
    entries.push([r.address, resourceNode(r, mapping, get, values, blockLoc, loc)], ...inlineRoutes(r, values, blockLoc, loc));
  }
  entries.push(...extra.resources());
  extra.fold(entries);
  const region = regionOf(planRoot);
  const root = map([['Resources', map(entries, planRoot.loc)]], planRoot.loc);
  return { root, region, notes: [], includes: sources.files, commentSuppressions: sources.commentSuppressions };
}

function resourceNode(r: PlannedResource, mapping: Mapping, get: Getter, values: PlanValues, blockLoc: BlockLoc, loc: Loc): SourceNode {
  const metadata = map(
    [
      [NAME_METADATA, scalar(r.address, loc)],
      [NO_DEFAULT_EGRESS, mapping.noDefaultEgress ? scalar(true, loc) : undefined],
    ],
    loc,
  );
  const properties = [...mapping.properties(get, r), ...inlineRules(r, values, blockLoc, loc)];
  return map(
    [
      ['Type', scalar(mapping.type, loc)],
      ['Metadata', metadata],
      ['Properties', map(properties, loc)],
    ],
    loc,
  );
}

/** Where a nested block is written: its `name {` line in the .tf file, else its place in the plan. */
type BlockLoc = (name: string, block: NestedBlock) => Loc;

/** The inline `ingress` / `egress` blocks of an `aws_security_group`, one CloudFormation rule per source. */
function inlineRules(r: PlannedResource, values: PlanValues, blockLoc: BlockLoc, loc: Loc): Array<[string, SourceNode | undefined]> {
  if (r.type !== 'aws_security_group') return [];
  return (['ingress', 'egress'] as const).map((direction) => {
    const key = direction === 'ingress' ? 'SecurityGroupIngress' : 'SecurityGroupEgress';
    const blocks = nestedBlocks(r, direction, values, loc);
    if (!Array.isArray(blocks)) return [key, blocks];
    return [key, seq(blocks.flatMap((block) => ruleItems(block, direction, r.address, blockLoc(direction, block))), loc)];
  });
}

function ruleItems(block: NestedBlock, direction: 'ingress' | 'egress', self: string, loc: Loc): SourceNode[] {
  const at = (v: SourceNode | undefined) => (v ? relocate(v, loc) : undefined);
  const base: Array<[string, SourceNode | undefined]> = [
    ['IpProtocol', at(block.field('protocol'))],
    ['FromPort', at(block.field('from_port'))],
    ['ToPort', at(block.field('to_port'))],
  ];
  const peer = direction === 'ingress' ? 'Source' : 'Destination';
  const each = (field: string, key: string): Array<[string, SourceNode]> => {
    const v = block.field(field);
    return v && v.kind !== 'seq' ? [[key, relocate(v, loc)]] : items(v).map((c): [string, SourceNode] => [key, relocate(c, loc)]);
  };
  const selfRef = block.field('self');
  const sources: Array<[string, SourceNode]> = [
    ...each('cidr_blocks', 'CidrIp'),
    ...each('ipv6_cidr_blocks', 'CidrIpv6'),
    ...each('prefix_list_ids', `${peer}PrefixListId`),
    ...each('security_groups', `${peer}SecurityGroupId`),
    ...(selfRef?.kind === 'scalar' && selfRef.value === true ? [[`${peer}SecurityGroupId`, map([['Ref', scalar(self, loc)]], loc)] as [string, SourceNode]] : []),
  ];
  return sources.map(([key, value]) => map([...base, [key, value]], loc));
}

/** The inline `route` blocks of an `aws_route_table`, as the AWS::EC2::Route resources they stand for. */
function inlineRoutes(r: PlannedResource, values: PlanValues, blockLoc: BlockLoc, loc: Loc): Array<[string, SourceNode]> {
  if (r.type !== 'aws_route_table') return [];
  const blocks = nestedBlocks(r, 'route', values, loc);
  if (!Array.isArray(blocks)) return [];
  return blocks.map((block, i) => {
    const at = blockLoc('route', block);
    const field = (name: string) => {
      const v = block.field(name);
      return v && !(v.kind === 'scalar' && v.value === '') ? relocate(v, at) : undefined;
    };
    const properties = map(
      [
        ['RouteTableId', map([['Ref', scalar(r.address, at)]], at)],
        ['DestinationCidrBlock', field('cidr_block')],
        ['DestinationIpv6CidrBlock', field('ipv6_cidr_block')],
        ['GatewayId', field('gateway_id')],
        ['NatGatewayId', field('nat_gateway_id')],
        ['TransitGatewayId', field('transit_gateway_id')],
        ['VpcEndpointId', field('vpc_endpoint_id')],
        ['EgressOnlyInternetGatewayId', field('egress_only_gateway_id')],
        ['VpcPeeringConnectionId', field('vpc_peering_connection_id')],
      ],
      at,
    );
    return [`${r.address}.route[${i}]`, map([['Type', scalar('AWS::EC2::Route', at)], ['Properties', properties]], at)];
  });
}

/**
 * What other Terraform resources add to the mapped ones: `aws_security_group_rule` (one CloudFormation rule per CIDR
 * or source group), `aws_vpc_endpoint_policy`, managed policies attached to roles.
 */
class Extras {
  private readonly out: Array<[string, SourceNode]> = [];
  private readonly folds: Array<(resources: Array<[string, SourceNode]>) => void> = [];

  collect(r: PlannedResource, get: Getter, loc: Loc): void {
    if (r.type === 'aws_security_group_rule') this.securityGroupRule(r, get, loc);
    else if (r.type === 'aws_vpc_endpoint_policy') this.endpointPolicy(r, get);
    else if (r.type === 'aws_iam_role_policy_attachment') this.attachment(r, get);
  }

  resources(): Array<[string, SourceNode]> {
    return this.out;
  }

  private securityGroupRule(r: PlannedResource, get: Getter, loc: Loc): void {
    const direction = text(get('type')) === 'egress' ? 'egress' : 'ingress';
    const peer = direction === 'ingress' ? 'Source' : 'Destination';
    const peers: Array<[string, SourceNode]> = [
      ...items(get('cidr_blocks')).map((c): [string, SourceNode] => ['CidrIp', c]),
      ...items(get('ipv6_cidr_blocks')).map((c): [string, SourceNode] => ['CidrIpv6', c]),
      ...items(get('prefix_list_ids')).map((c): [string, SourceNode] => [`${peer}PrefixListId`, c]),
    ];
    const group = get('source_security_group_id');
    if (group) peers.push([`${peer}SecurityGroupId`, group]);
    const self = get('self');
    if (self?.kind === 'scalar' && self.value === true) peers.push([`${peer}SecurityGroupId`, get('security_group_id')!]);
    peers.forEach(([key, value], i) => {
      const properties = map([['GroupId', get('security_group_id')], ['IpProtocol', get('protocol')], ['FromPort', get('from_port')], ['ToPort', get('to_port')], [key, value]], loc);
      const type = direction === 'ingress' ? 'AWS::EC2::SecurityGroupIngress' : 'AWS::EC2::SecurityGroupEgress';
      const id = peers.length === 1 ? r.address : `${r.address}#${i + 1}`;
      this.out.push([id, map([['Type', scalar(type, loc)], ['Metadata', map([[NAME_METADATA, scalar(r.address, loc)]], loc)], ['Properties', properties]], loc)]);
    });
  }

  private endpointPolicy(r: PlannedResource, get: Getter): void {
    const endpoint = refTarget(get('vpc_endpoint_id'));
    const policy = get('policy');
    if (endpoint && policy) this.folds.push((resources) => setProperty(resources, endpoint, 'PolicyDocument', policy));
  }

  /** A managed policy attached to a role: an AWS one goes to the role's ManagedPolicyArns, one of ours gets the role. */
  private attachment(r: PlannedResource, get: Getter): void {
    const role = get('role');
    const arn = get('policy_arn');
    if (!role || !arn) return;
    const policy = getAttTarget(arn);
    const roleId = refTarget(role);
    if (policy) this.folds.push((resources) => appendProperty(resources, policy, 'Roles', role));
    else if (roleId) this.folds.push((resources) => appendProperty(resources, roleId, 'ManagedPolicyArns', arn));
  }

  /** Applies what other resources add to the mapped ones. */
  fold(resources: Array<[string, SourceNode]>): void {
    for (const f of this.folds) f(resources);
  }
}

function refTarget(node: SourceNode | undefined): string | undefined {
  return node?.kind === 'map' && node.entries.length === 1 && node.entries[0]!.key === 'Ref' ? text(node.entries[0]!.value) : undefined;
}

function getAttTarget(node: SourceNode | undefined): string | undefined {
  const getAtt = node?.kind === 'map' && node.entries.length === 1 && node.entries[0]!.key === 'Fn::GetAtt' ? node.entries[0]!.value : undefined;
  return getAtt?.kind === 'seq' ? text(getAtt.items[0]) : undefined;
}

function setProperty(resources: Array<[string, SourceNode]>, id: string, key: string, value: SourceNode): void {
  const i = indexOf(resources, id);
  const resource = resources[i]?.[1];
  const properties = child(resource, 'Properties');
  if (!resource || resource.kind !== 'map' || properties?.kind !== 'map') return;
  resources[i] = [id, withEntry(resource, 'Properties', withEntry(properties, key, value))];
}

/** Where each resource is in the list, indexed once per list (folds only replace entries, never move them). */
const positions = new WeakMap<Array<[string, SourceNode]>, Map<string, number>>();
function indexOf(resources: Array<[string, SourceNode]>, id: string): number {
  let index = positions.get(resources);
  if (!index) positions.set(resources, (index = new Map(resources.map(([k], i) => [k, i]))));
  return index.get(id) ?? -1;
}

function appendProperty(resources: Array<[string, SourceNode]>, id: string, key: string, value: SourceNode): void {
  const properties = child(resources[indexOf(resources, id)]?.[1], 'Properties');
  const existing = items(child(properties, key));
  setProperty(resources, id, key, seq([...existing, value], value.loc));
}

/** The AWS provider's region when the configuration sets it as a constant. */
function regionOf(planRoot: MapNode): string | undefined {
  const providers = child(child(planRoot, 'configuration'), 'provider_config');
  const aws = child(providers, 'aws');
  const region = child(child(child(aws, 'expressions'), 'region'), 'constant_value');
  return text(region);
}

