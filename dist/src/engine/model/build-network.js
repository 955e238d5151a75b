import { soleItem } from '../util/lists.js';
import { display, field, knownString } from '../resolve/value.js';
import { booleanSetting, knownText, stringSetting, whyUnknown } from './coerce.js';
import { isKnownShape, knownShape, pattern } from './iam.js';
import { policySetting } from './policy.js';
/** VPCs, subnets, routing, endpoints and private hosted zones. */
export const NETWORK_HANDLERS = {
    'AWS::EC2::VPC': (b, r) => {
        const vpc = b.shellOf(b.vpcs, r.element.id);
        Object.assign(vpc, {
            dnsSupport: booleanSetting(r.entry('EnableDnsSupport'), true),
            dnsHostnames: booleanSetting(r.entry('EnableDnsHostnames'), false),
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a shell has none until it is handled
            cidrBlocks: [...(vpc.cidrBlocks ?? []), knownText(r.prop('CidrBlock'), 'the VPC has no CidrBlock (an IPAM pool allocates it)')],
        });
    },
    'AWS::EC2::VPCCidrBlock': (b, r) => {
        const vpc = b.link(r.prop('VpcId'), b.kinds.vpc, r.element.loc);
        const cidr = r.prop('CidrBlock');
        if (vpc.kind === 'resource' && cidr !== undefined) {
            const target = b.shellOf(b.vpcs, vpc.target.id);
            // Stryker disable next-line StringLiteral: CidrBlock is there (the condition above), so the reason is never given
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- its VPC may not be handled yet
            target.cidrBlocks = [...(target.cidrBlocks ?? []), knownText(cidr, 'no CidrBlock')];
        }
    },
    'AWS::EC2::Subnet': (b, r) => {
        Object.assign(b.shellOf(b.subnets, r.element.id), {
            vpc: b.link(r.prop('VpcId'), b.kinds.vpc, r.element.loc),
            zone: zoneOf(r),
            cidrBlock: knownText(r.prop('CidrBlock'), 'no CidrBlock (an IPAM pool allocates it)'),
        });
    },
    'AWS::EC2::RouteTable': (b, r) => {
        Object.assign(b.shellOf(b.routeTables, r.element.id), { vpc: b.link(r.prop('VpcId'), b.kinds.vpc, r.element.loc), main: false });
    },
    'AWS::EC2::SubnetRouteTableAssociation': (b, r) => {
        const e = r.element;
        b.associations.push({
            ...e,
            subnet: b.link(r.prop('SubnetId'), b.kinds.subnet, e.loc),
            routeTable: b.link(r.prop('RouteTableId'), b.kinds.routeTable, e.loc),
        });
    },
    'AWS::EC2::Route': (b, r) => {
        const e = r.element;
        const dest = r.prop('DestinationCidrBlock') ?? r.prop('DestinationIpv6CidrBlock') ?? r.prop('DestinationPrefixListId');
        b.routes.push({
            ...e,
            routeTable: b.link(r.prop('RouteTableId'), b.kinds.routeTable, e.loc),
            destination: knownText(dest, 'no destination'),
            target: routeTarget(r, (v) => b.link(v, b.kinds.igw, e.loc)),
        });
    },
    'AWS::EC2::VPCEndpoint': (b, r) => {
        const e = r.element;
        b.endpoints.push({
            ...e,
            vpc: b.link(r.prop('VpcId'), b.kinds.vpc, e.loc),
            endpointType: stringSetting(r.entry('VpcEndpointType'), 'Gateway'),
            serviceName: r.prop('ServiceName') ?? r.prop('ServiceNetworkArn') ?? r.prop('ResourceConfigurationArn'),
            service: endpointService(r.prop('ServiceName')),
            privateDns: booleanSetting(r.entry('PrivateDnsEnabled'), false),
            securityGroups: b.list(r.prop('SecurityGroupIds'), b.kinds.group, r.propEntryLoc('SecurityGroupIds') ?? e.loc),
            subnets: b.list(r.prop('SubnetIds'), b.kinds.subnet, r.propEntryLoc('SubnetIds') ?? e.loc),
            routeTables: b.list(r.prop('RouteTableIds'), b.kinds.routeTable, r.propEntryLoc('RouteTableIds') ?? e.loc),
            policy: policySetting(r.entry('PolicyDocument')),
        });
    },
    'AWS::Route53::HostedZone': (b, r) => {
        const name = r.prop('Name');
        const vpcs = r.prop('VPCs');
        // By shape: `sqs.${AWS::Region}.amazonaws.com` is a zone for SQS in any region.
        const shape = name && knownShape(name);
        const zoneName = shape ? { known: true, value: shape } : { known: false, reason: name ? whyUnknown(name) : 'no Name' };
        b.hostedZones.push({
            ...r.element,
            zoneName,
            vpcs: vpcs?.kind === 'list' ? vpcs.items.map((v) => b.link(field(v, 'VPCId')?.value, b.kinds.vpc, r.element.loc)) : [],
        });
    },
};
function zoneOf(r) {
    const zoneId = r.prop('AvailabilityZoneId');
    const v = r.prop('AvailabilityZone');
    if (v === undefined && zoneId !== undefined) {
        const id = knownString(zoneId);
        return id !== undefined ? { kind: 'zone-id', zoneId: id } : { kind: 'unknown', reason: whyUnknown(zoneId) };
    }
    if (v === undefined)
        return { kind: 'unknown', reason: 'no AvailabilityZone: AWS picks one' };
    const name = knownString(v);
    if (name !== undefined)
        return { kind: 'name', name };
    const onlyPart = v.kind === 'text' ? soleItem(v.parts) : undefined;
    if (onlyPart?.kind === 'zone')
        return { kind: 'indexed', region: onlyPart.region, index: onlyPart.index };
    // `!Sub '${AWS::Region}a'`: a named zone of the stack's region (equal to itself, unlike any other name).
    const [first, second] = v.kind === 'text' ? v.parts : [];
    if (v.kind === 'text' &&
        v.parts.length === 2 &&
        first?.kind === 'pseudo' &&
        first.name === 'AWS::Region' &&
        second?.kind === 'text' &&
        /^[a-z]$/.test(second.text)) {
        return { kind: 'name', name: `\${AWS::Region}${second.text}` };
    }
    return { kind: 'unknown', reason: whyUnknown(v) };
}
/**
 * `com.amazonaws.<region>.<service>` (and the global `com.amazonaws.iam`) is an AWS service;
 * `com.amazonaws.vpce.<region>.vpce-svc-…` and others are not.
 */
function endpointService(v) {
    if (v === undefined)
        return { kind: 'unknown', reason: 'no ServiceName', awsShaped: false };
    const p = pattern(v);
    if (p === undefined)
        return { kind: 'unknown', reason: whyUnknown(v), awsShaped: false };
    if (p === 'com.amazonaws.iam')
        return { kind: 'aws', name: 'iam' };
    // An unknown region part does not matter; an unknown service part does.
    const [, awsService] = /^com\.amazonaws\.(?!vpce\.)[^.]+\.(.+)$/.exec(p) ?? [];
    if (awsService !== undefined && isKnownShape(awsService))
        return { kind: 'aws', name: awsService };
    // A partner's or one's own endpoint service is never an AWS service, whatever its unknown parts.
    if (p.startsWith('com.amazonaws.vpce.'))
        return { kind: 'other', shown: display(v) };
    if (awsService !== undefined || !isKnownShape(p))
        return { kind: 'unknown', reason: whyUnknown(v), awsShaped: awsService !== undefined };
    return { kind: 'other', shown: p };
}
const ROUTE_TARGETS = [
    ['NatGatewayId', 'nat-gateway'],
    ['EgressOnlyInternetGatewayId', 'egress-only-internet-gateway'],
    ['TransitGatewayId', 'transit-gateway'],
    ['VpcEndpointId', 'vpc-endpoint'],
    ['InstanceId', 'instance'],
    ['NetworkInterfaceId', 'network-interface'],
    ['VpcPeeringConnectionId', 'vpc-peering'],
    ['CarrierGatewayId', 'carrier-gateway'],
    ['LocalGatewayId', 'local-gateway'],
    ['CoreNetworkArn', 'core-network'],
];
/** GatewayId is an internet gateway when it links to one, or resolves to an `igw-…` ID (`!Sub igw-${Suffix}` too). */
function routeTarget(r, igwLink) {
    const gateway = r.prop('GatewayId');
    if (gateway !== undefined) {
        const loc = r.propEntryLoc('GatewayId') ?? gateway.loc;
        const literal = knownString(gateway);
        const prefix = literal ?? (gateway.kind === 'text' && gateway.parts[0]?.kind === 'text' ? gateway.parts[0].text : undefined);
        if (literal === 'local')
            return { kind: 'local', loc };
        if (prefix?.startsWith('vgw-'))
            return { kind: 'vpn-gateway', loc };
        if (prefix?.startsWith('igw-'))
            return { kind: 'internet-gateway', gateway: { kind: 'external', id: display(gateway), loc: gateway.loc }, loc };
        const linked = igwLink(gateway);
        if (linked.kind === 'resource')
            return { kind: 'internet-gateway', gateway: linked, loc };
        if (gateway.kind === 'ref')
            return { kind: 'vpn-gateway', loc }; // a GatewayId resource that is not an IGW: a VPN gateway
        return { kind: 'unknown', reason: whyUnknown(gateway), loc };
    }
    for (const [key, kind] of ROUTE_TARGETS) {
        if (r.prop(key) !== undefined)
            return { kind, loc: r.propEntryLoc(key) ?? r.element.loc };
    }
    return { kind: 'unknown', reason: 'no route target', loc: r.element.loc };
}
//# sourceMappingURL=build-network.js.map