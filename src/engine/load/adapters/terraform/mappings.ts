import { child, type SourceNode } from '../../source-node.js';
import { map, scalar, seq } from '../nodes.js';
import type { PlannedResource } from './plan.js';

/** What one Terraform resource type stands for in CloudFormation: the type and how its properties are read. */
export interface Mapping {
  readonly type: string;
  properties(get: Getter, r: PlannedResource): [string, SourceNode | undefined][];
  readonly noDefaultEgress?: boolean;
}

/** An attribute (a path: `vpc_config`, `subnet_ids`) as a CloudFormation value, at its line where known. */
export type Getter = (...path: string[]) => SourceNode | undefined;

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

export const MAPPINGS: Record<string, Mapping> = {
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
      const either = subnets ?? groups;
      const config = either
        ? map(
            [
              ['SubnetIds', subnets],
              ['SecurityGroupIds', groups],
            ],
            either.loc,
          )
        : undefined;
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
      const policies =
        inline?.kind === 'seq'
          ? seq(
              inline.items
                .filter((b) => child(b, 'policy') !== undefined)
                .map((b) =>
                  map(
                    [
                      ['PolicyName', child(b, 'name')],
                      ['PolicyDocument', child(b, 'policy')],
                    ],
                    b.loc,
                  ),
                ),
              inline.loc,
            )
          : inline;
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
  aws_db_instance: {
    type: 'AWS::RDS::DBInstance',
    properties: (get) => [
      ['VPCSecurityGroups', get('vpc_security_group_ids')],
      ['Port', get('port')],
      ['Engine', get('engine')],
    ],
  },
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

function routeProperties(get: Getter): [string, SourceNode | undefined][] {
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
