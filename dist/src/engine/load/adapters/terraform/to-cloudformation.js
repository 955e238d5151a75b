import { dirname } from 'node:path';
import { child, NAME_METADATA, NO_DEFAULT_EGRESS, toPlain } from '../../source-node.js';
import { items, map, relocate, scalar, seq, text, withEntry } from '../nodes.js';
import { nestedBlocks } from './blocks.js';
import { moduleConfigs, plannedResources } from './plan.js';
import { TerraformSources } from './tf-source.js';
import { at, PlanValues } from './values.js';
const rule = (direction) => ({
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
const MAPPINGS = {
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
            const config = subnets || groups ? map([['SubnetIds', subnets], ['SecurityGroupIds', groups]], (subnets ?? groups).loc) : undefined;
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
function routeProperties(get) {
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
/**
 * A Terraform plan as the CloudFormation-shaped template the model builder reads: each resource instance under its
 * Terraform address (`module.net.aws_subnet.private[0]`), mapped to the CloudFormation type it stands for, with the
 * references between resources that the plan's configuration records. Terraform's own semantics are kept where they
 * differ (a security group without egress blocks has no egress rule). Types with no bearing on the network are left
 * out; their IDs are then external, as in a template that references another stack.
 */
export function terraformPlanToCloudFormation(planRoot, file) {
    const resources = plannedResources(planRoot);
    const sources = new TerraformSources(dirname(file));
    const instances = new Map();
    for (const r of resources)
        instances.set(`${r.modulePrefix}${r.blockAddress}`, [...(instances.get(`${r.modulePrefix}${r.blockAddress}`) ?? []), r.address]);
    const values = new PlanValues(instances, moduleConfigs(planRoot));
    const entries = [];
    const extra = new Extras();
    for (const r of resources) {
        const loc = (r.modulePrefix === '' ? sources.blockLoc(r.blockAddress) : undefined) ?? r.loc;
        const get = (...path) => {
            const attrLoc = (r.modulePrefix === '' ? sources.attributeLoc(r.blockAddress, path) : undefined) ?? (loc.file ? loc : at(r.values, path)?.loc ?? loc);
            const v = values.attribute(r, path, attrLoc);
            return v && loc.file ? relocate(v, attrLoc) : v;
        };
        const blockLoc = (name, block) => (r.modulePrefix === '' ? sources.nestedLoc(r.blockAddress, name, toPlain(block.planned)) : undefined) ?? (loc.file ? loc : block.planned.loc);
        extra.collect(r, get, loc);
        const mapping = MAPPINGS[r.type];
        if (!mapping)
            continue;
        entries.push([r.address, resourceNode(r, mapping, get, values, blockLoc, loc)], ...inlineRoutes(r, values, blockLoc, loc));
    }
    entries.push(...extra.resources());
    extra.fold(entries);
    const region = regionOf(planRoot);
    const root = map([['Resources', map(entries, planRoot.loc)]], planRoot.loc);
    return { root, region, notes: [], includes: sources.files, commentSuppressions: sources.commentSuppressions };
}
function resourceNode(r, mapping, get, values, blockLoc, loc) {
    const metadata = map([
        [NAME_METADATA, scalar(r.address, loc)],
        [NO_DEFAULT_EGRESS, mapping.noDefaultEgress ? scalar(true, loc) : undefined],
    ], loc);
    const properties = [...mapping.properties(get, r), ...inlineRules(r, values, blockLoc, loc)];
    return map([
        ['Type', scalar(mapping.type, loc)],
        ['Metadata', metadata],
        ['Properties', map(properties, loc)],
    ], loc);
}
/** The inline `ingress` / `egress` blocks of an `aws_security_group`, one CloudFormation rule per source. */
function inlineRules(r, values, blockLoc, loc) {
    if (r.type !== 'aws_security_group')
        return [];
    return ['ingress', 'egress'].map((direction) => {
        const key = direction === 'ingress' ? 'SecurityGroupIngress' : 'SecurityGroupEgress';
        const blocks = nestedBlocks(r, direction, values, loc);
        if (!Array.isArray(blocks))
            return [key, blocks];
        return [key, seq(blocks.flatMap((block) => ruleItems(block, direction, r.address, blockLoc(direction, block))), loc)];
    });
}
function ruleItems(block, direction, self, loc) {
    const at = (v) => (v ? relocate(v, loc) : undefined);
    const base = [
        ['IpProtocol', at(block.field('protocol'))],
        ['FromPort', at(block.field('from_port'))],
        ['ToPort', at(block.field('to_port'))],
    ];
    const peer = direction === 'ingress' ? 'Source' : 'Destination';
    const each = (field, key) => {
        const v = block.field(field);
        return v && v.kind !== 'seq' ? [[key, relocate(v, loc)]] : items(v).map((c) => [key, relocate(c, loc)]);
    };
    const selfRef = block.field('self');
    const sources = [
        ...each('cidr_blocks', 'CidrIp'),
        ...each('ipv6_cidr_blocks', 'CidrIpv6'),
        ...each('prefix_list_ids', `${peer}PrefixListId`),
        ...each('security_groups', `${peer}SecurityGroupId`),
        ...(selfRef?.kind === 'scalar' && selfRef.value === true ? [[`${peer}SecurityGroupId`, map([['Ref', scalar(self, loc)]], loc)]] : []),
    ];
    return sources.map(([key, value]) => map([...base, [key, value]], loc));
}
/** The inline `route` blocks of an `aws_route_table`, as the AWS::EC2::Route resources they stand for. */
function inlineRoutes(r, values, blockLoc, loc) {
    if (r.type !== 'aws_route_table')
        return [];
    const blocks = nestedBlocks(r, 'route', values, loc);
    if (!Array.isArray(blocks))
        return [];
    return blocks.map((block, i) => {
        const at = blockLoc('route', block);
        const field = (name) => {
            const v = block.field(name);
            return v && !(v.kind === 'scalar' && v.value === '') ? relocate(v, at) : undefined;
        };
        const properties = map([
            ['RouteTableId', map([['Ref', scalar(r.address, at)]], at)],
            ['DestinationCidrBlock', field('cidr_block')],
            ['DestinationIpv6CidrBlock', field('ipv6_cidr_block')],
            ['GatewayId', field('gateway_id')],
            ['NatGatewayId', field('nat_gateway_id')],
            ['TransitGatewayId', field('transit_gateway_id')],
            ['VpcEndpointId', field('vpc_endpoint_id')],
            ['EgressOnlyInternetGatewayId', field('egress_only_gateway_id')],
            ['VpcPeeringConnectionId', field('vpc_peering_connection_id')],
        ], at);
        return [`${r.address}.route[${i}]`, map([['Type', scalar('AWS::EC2::Route', at)], ['Properties', properties]], at)];
    });
}
/**
 * What other Terraform resources add to the mapped ones: `aws_security_group_rule` (one CloudFormation rule per CIDR
 * or source group), `aws_vpc_endpoint_policy`, managed policies attached to roles.
 */
class Extras {
    out = [];
    folds = [];
    collect(r, get, loc) {
        if (r.type === 'aws_security_group_rule')
            this.securityGroupRule(r, get, loc);
        else if (r.type === 'aws_vpc_endpoint_policy')
            this.endpointPolicy(r, get);
        else if (r.type === 'aws_iam_role_policy_attachment')
            this.attachment(r, get);
    }
    resources() {
        return this.out;
    }
    securityGroupRule(r, get, loc) {
        const direction = text(get('type')) === 'egress' ? 'egress' : 'ingress';
        const peer = direction === 'ingress' ? 'Source' : 'Destination';
        const peers = [
            ...items(get('cidr_blocks')).map((c) => ['CidrIp', c]),
            ...items(get('ipv6_cidr_blocks')).map((c) => ['CidrIpv6', c]),
            ...items(get('prefix_list_ids')).map((c) => [`${peer}PrefixListId`, c]),
        ];
        const group = get('source_security_group_id');
        if (group)
            peers.push([`${peer}SecurityGroupId`, group]);
        const self = get('self');
        if (self?.kind === 'scalar' && self.value === true)
            peers.push([`${peer}SecurityGroupId`, get('security_group_id')]);
        peers.forEach(([key, value], i) => {
            const properties = map([['GroupId', get('security_group_id')], ['IpProtocol', get('protocol')], ['FromPort', get('from_port')], ['ToPort', get('to_port')], [key, value]], loc);
            const type = direction === 'ingress' ? 'AWS::EC2::SecurityGroupIngress' : 'AWS::EC2::SecurityGroupEgress';
            const id = peers.length === 1 ? r.address : `${r.address}#${i + 1}`;
            this.out.push([id, map([['Type', scalar(type, loc)], ['Metadata', map([[NAME_METADATA, scalar(r.address, loc)]], loc)], ['Properties', properties]], loc)]);
        });
    }
    endpointPolicy(r, get) {
        const endpoint = refTarget(get('vpc_endpoint_id'));
        const policy = get('policy');
        if (endpoint && policy)
            this.folds.push((resources) => setProperty(resources, endpoint, 'PolicyDocument', policy));
    }
    /** A managed policy attached to a role: an AWS one goes to the role's ManagedPolicyArns, one of ours gets the role. */
    attachment(r, get) {
        const role = get('role');
        const arn = get('policy_arn');
        if (!role || !arn)
            return;
        const policy = getAttTarget(arn);
        const roleId = refTarget(role);
        if (policy)
            this.folds.push((resources) => appendProperty(resources, policy, 'Roles', role));
        else if (roleId)
            this.folds.push((resources) => appendProperty(resources, roleId, 'ManagedPolicyArns', arn));
    }
    /** Applies what other resources add to the mapped ones. */
    fold(resources) {
        for (const f of this.folds)
            f(resources);
    }
}
function refTarget(node) {
    return node?.kind === 'map' && node.entries.length === 1 && node.entries[0].key === 'Ref' ? text(node.entries[0].value) : undefined;
}
function getAttTarget(node) {
    const getAtt = node?.kind === 'map' && node.entries.length === 1 && node.entries[0].key === 'Fn::GetAtt' ? node.entries[0].value : undefined;
    return getAtt?.kind === 'seq' ? text(getAtt.items[0]) : undefined;
}
function setProperty(resources, id, key, value) {
    const i = indexOf(resources, id);
    const resource = resources[i]?.[1];
    const properties = child(resource, 'Properties');
    if (!resource || resource.kind !== 'map' || properties?.kind !== 'map')
        return;
    resources[i] = [id, withEntry(resource, 'Properties', withEntry(properties, key, value))];
}
/** Where each resource is in the list, indexed once per list (folds only replace entries, never move them). */
const positions = new WeakMap();
function indexOf(resources, id) {
    let index = positions.get(resources);
    if (!index)
        positions.set(resources, (index = new Map(resources.map(([k], i) => [k, i]))));
    return index.get(id) ?? -1;
}
function appendProperty(resources, id, key, value) {
    const properties = child(resources[indexOf(resources, id)]?.[1], 'Properties');
    const existing = items(child(properties, key));
    setProperty(resources, id, key, seq([...existing, value], value.loc));
}
/** The AWS provider's region when the configuration sets it as a constant. */
function regionOf(planRoot) {
    const providers = child(child(planRoot, 'configuration'), 'provider_config');
    const aws = child(providers, 'aws');
    const region = child(child(child(aws, 'expressions'), 'region'), 'constant_value');
    return text(region);
}
//# sourceMappingURL=to-cloudformation.js.map