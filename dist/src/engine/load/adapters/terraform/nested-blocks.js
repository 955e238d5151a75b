import { items, map, relocate, scalar, seq } from '../nodes.js';
import { nestedBlocks } from './blocks.js';
/** The inline `ingress` / `egress` blocks of an `aws_security_group`, one CloudFormation rule per source. */
export function inlineRules(r, values, blockLoc, loc) {
    if (r.type !== 'aws_security_group')
        return [];
    return ['ingress', 'egress'].map((direction) => {
        const key = direction === 'ingress' ? 'SecurityGroupIngress' : 'SecurityGroupEgress';
        const blocks = nestedBlocks(r, direction, values, loc);
        if (!Array.isArray(blocks))
            return [key, blocks];
        return [
            key,
            seq(blocks.flatMap((block) => ruleItems(block, direction, r.address, blockLoc(direction, block))), loc),
        ];
    });
}
function ruleItems(block, direction, self, loc) {
    const at = (name) => {
        const v = block.field(name);
        return v ? relocate(v, loc) : undefined;
    };
    const base = [
        ['IpProtocol', at('protocol')],
        ['FromPort', at('from_port')],
        ['ToPort', at('to_port')],
    ];
    return rulePeers(at, direction, 'security_groups', map([['Ref', scalar(self, loc)]], loc)).map(([key, value]) => map([...base, [key, value]], loc));
}
/**
 * The peers of a Terraform security group rule (an inline block, or an `aws_security_group_rule`), one CloudFormation
 * key and value each: every CIDR, IPv6 CIDR and prefix list, the source or destination groups, and with `self` the
 * rule's own group.
 */
export function rulePeers(field, direction, groupsField, self) {
    const peer = direction === 'ingress' ? 'Source' : 'Destination';
    const each = (name, key) => items(field(name)).map((c) => [key, c]);
    const selfRef = field('self');
    return [
        ...each('cidr_blocks', 'CidrIp'),
        ...each('ipv6_cidr_blocks', 'CidrIpv6'),
        ...each('prefix_list_ids', `${peer}PrefixListId`),
        ...each(groupsField, `${peer}SecurityGroupId`),
        ...(selfRef?.kind === 'scalar' && selfRef.value === true && self ? [[`${peer}SecurityGroupId`, self]] : []),
    ];
}
/** The inline `route` blocks of an `aws_route_table`, as the AWS::EC2::Route resources they stand for. */
export function inlineRoutes(r, values, blockLoc, loc) {
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
        return [
            `${r.address}.route[${i}]`,
            map([
                ['Type', scalar('AWS::EC2::Route', at)],
                ['Properties', properties],
            ], at),
        ];
    });
}
//# sourceMappingURL=nested-blocks.js.map