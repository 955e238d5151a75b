/**
 * Terraform plan resources as the CloudFormation resources the model reads (src/engine/load/adapters/terraform/):
 * each mapped type with its properties, asked directly of a plan written here (`terraform show -json` shape).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { terraformPlanToCloudFormation } from '../src/engine/load/adapters/terraform/to-cloudformation.js';
import { parseJson } from '../src/engine/load/parse-json.js';
import { child, toPlain, type MapNode } from '../src/engine/load/source-node.js';

const resource = (type: string, name: string, values: Record<string, unknown>) => ({ address: `${type}.${name}`, mode: 'managed', type, name, values });

function converted(resources: ReturnType<typeof resource>[], extra: Record<string, unknown> = {}) {
  const plan = { format_version: '1.2', planned_values: { root_module: { resources } }, ...extra };
  const file = join(mkdtempSync(join(tmpdir(), 'eg-plan-')), 'plan.json');
  const view = terraformPlanToCloudFormation(parseJson(file, JSON.stringify(plan)) as MapNode, file);
  return { view, resources: toPlain(child(view.root, 'Resources') ?? view.root) as Record<string, { Type: string; Properties?: unknown }> };
}

test('each mapped type with the properties the model reads; a type with no bearing on the network is left out', () => {
  const { resources, view } = converted(
    [
      resource('aws_route', 'nat', { route_table_id: 'rtb-1', destination_cidr_block: '0.0.0.0/0', nat_gateway_id: 'nat-1' }),
      resource('aws_route', 'v6', { route_table_id: 'rtb-1', destination_ipv6_cidr_block: '::/0', egress_only_gateway_id: 'eigw-1' }),
      resource('aws_route', 'others', {
        route_table_id: 'rtb-1',
        destination_cidr_block: '10.1.0.0/16',
        gateway_id: 'igw-1',
        transit_gateway_id: 'tgw-1',
        vpc_endpoint_id: 'vpce-1',
        vpc_peering_connection_id: 'pcx-1',
      }),
      resource('aws_iam_role', 'fn', {
        name: 'fn',
        assume_role_policy: '{}',
        managed_policy_arns: ['arn:aws:iam::aws:policy/x'],
        inline_policy: [{ name: 'a', policy: '{"Statement": []}' }, { name: 'empty' }],
      }),
      resource('aws_iam_role', 'plain', { name: 'plain', assume_role_policy: '{}' }),
      resource('aws_iam_role_policy', 'p', { name: 'p', role: 'fn', policy: '{}' }),
      resource('aws_iam_role_policy', 'roleless', { name: 'r', policy: '{}' }),
      resource('aws_iam_policy', 'm', { name: 'm', policy: '{}' }),
      resource('aws_db_instance', 'db', { vpc_security_group_ids: ['sg-1'], port: 5432, engine: 'postgres' }),
      resource('aws_lb', 'internal', { internal: true, security_groups: ['sg-2'], subnets: ['subnet-1'] }),
      resource('aws_lb', 'public', { internal: false, security_groups: [], subnets: ['subnet-1'] }),
      resource('aws_nat_gateway', 'n', { subnet_id: 'subnet-1' }),
      resource('aws_internet_gateway', 'igw', {}),
      resource('aws_sqs_queue', 'q', { name: 'q' }),
      resource('aws_cloudwatch_log_group', 'logs', { name: 'l' }),
    ],
    { configuration: { provider_config: { aws: { expressions: { region: { constant_value: 'eu-west-1' } } } } } },
  );
  const shown = Object.fromEntries(Object.entries(resources).map(([id, r]) => [id, [r.Type, r.Properties]]));
  expect(shown).toStrictEqual({
    'aws_route.nat': ['AWS::EC2::Route', { RouteTableId: 'rtb-1', DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-1' }],
    'aws_route.v6': ['AWS::EC2::Route', { RouteTableId: 'rtb-1', DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-1' }],
    'aws_route.others': [
      'AWS::EC2::Route',
      {
        RouteTableId: 'rtb-1',
        DestinationCidrBlock: '10.1.0.0/16',
        GatewayId: 'igw-1',
        TransitGatewayId: 'tgw-1',
        VpcEndpointId: 'vpce-1',
        VpcPeeringConnectionId: 'pcx-1',
      },
    ],
    'aws_iam_role.fn': [
      'AWS::IAM::Role',
      {
        AssumeRolePolicyDocument: '{}',
        ManagedPolicyArns: ['arn:aws:iam::aws:policy/x'],
        Policies: [{ PolicyName: 'a', PolicyDocument: '{"Statement": []}' }],
      },
    ],
    'aws_iam_role.plain': ['AWS::IAM::Role', { AssumeRolePolicyDocument: '{}' }],
    'aws_iam_role_policy.p': ['AWS::IAM::Policy', { PolicyName: 'p', PolicyDocument: '{}', Roles: ['fn'] }],
    'aws_iam_role_policy.roleless': ['AWS::IAM::Policy', { PolicyName: 'r', PolicyDocument: '{}' }],
    'aws_iam_policy.m': ['AWS::IAM::ManagedPolicy', { PolicyDocument: '{}' }],
    'aws_db_instance.db': ['AWS::RDS::DBInstance', { VPCSecurityGroups: ['sg-1'], Port: 5432, Engine: 'postgres' }],
    'aws_lb.internal': ['AWS::ElasticLoadBalancingV2::LoadBalancer', { Scheme: 'internal', SecurityGroups: ['sg-2'], Subnets: ['subnet-1'] }],
    'aws_lb.public': ['AWS::ElasticLoadBalancingV2::LoadBalancer', { SecurityGroups: [], Subnets: ['subnet-1'] }],
    'aws_nat_gateway.n': ['AWS::EC2::NatGateway', { SubnetId: 'subnet-1' }],
    'aws_internet_gateway.igw': ['AWS::EC2::InternetGateway', {}],
    'aws_sqs_queue.q': ['AWS::SQS::Queue', {}],
  });
  expect(Object.values(resources).map((r) => (r as { Metadata?: Record<string, string> }).Metadata?.['endpoint-guard:name'])).toStrictEqual(
    Object.keys(resources),
  );
  expect([view.region, view.notes, view.includes]).toStrictEqual(['eu-west-1', [], []]);
});
