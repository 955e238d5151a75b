import { nounWithLabels, label, tableText } from '../src/engine/model/types.js';
import { defineRule } from '../src/engine/run/rule.js';
import { getOrMake } from '../src/engine/util/lists.js';
export default defineRule({
    id: 'lambda-subnet-no-igw',
    level: 'error',
    title: "A Lambda function's subnets have no route to an internet gateway",
    help: `A function in a VPC gets only private addresses. In a subnet whose route table sends traffic to an internet
gateway (a public subnet), it can neither reach the internet nor AWS services' public endpoints — its calls hang
until it times out — and the subnet is not the private network the design relies on. Put functions in private
subnets: route their outbound traffic to a NAT gateway, or to nothing but VPC endpoints.

Fix: associate the function's subnets with a private route table.

\`\`\`yaml
PrivateRouteTable:
  Type: AWS::EC2::RouteTable
  Properties:
    VpcId: !Ref Vpc
PrivateDefaultRoute:            # optional: only if the function needs the internet
  Type: AWS::EC2::Route
  Properties:
    RouteTableId: !Ref PrivateRouteTable
    DestinationCidrBlock: 0.0.0.0/0
    NatGatewayId: !Ref NatGateway
PrivateSubnetARouteTable:
  Type: AWS::EC2::SubnetRouteTableAssociation
  Properties:
    SubnetId: !Ref PrivateSubnetA
    RouteTableId: !Ref PrivateRouteTable
\`\`\`
`,
    check({ model, report }) {
        for (const fn of model.functions) {
            const { exposures, unverifiable } = inspect(fn, model);
            const [first, ...more] = exposures;
            if (first)
                report(publicSubnetFinding(fn, [first, ...more]));
            else if (unverifiable.size > 0)
                report({
                    subject: fn,
                    loc: model.unknownCauseOf(fn),
                    level: 'note',
                    message: `cannot verify that ${label(fn)} has no route to an internet gateway: ${[...unverifiable].join('; ')}`,
                });
        }
    },
});
/** The routes of the function's subnets to an internet gateway, and why some routes cannot be known. */
function inspect(fn, model) {
    const exposures = [];
    // A set: a table shared by the function's subnets is read once per subnet.
    const unverifiable = new Set();
    if (fn.vpcConfig.state === 'unknown')
        unverifiable.add(`its VpcConfig: ${fn.vpcConfig.reason}`);
    if (fn.vpcConfig.state === 'set' && fn.vpcConfig.subnets.state === 'unknown')
        unverifiable.add(`its subnets: ${fn.vpcConfig.subnets.reason}`);
    for (const link of model.subnetLinksOf(fn)) {
        if (link.kind === 'external')
            unverifiable.add(`subnet ${link.id} is not in this template`);
        if (link.kind === 'unknown')
            unverifiable.add(`a subnet: ${link.reason}`);
        if (link.kind !== 'resource')
            continue;
        const tables = model.routeTablesOf(link.target);
        if (tables.length === 0)
            unverifiable.add(model.whyRouteTablesUnknown(link.target));
        for (const table of tables) {
            for (const route of model.routesOf(table)) {
                if (route.target.kind === 'internet-gateway')
                    exposures.push({ link, subnet: link.target, table, route, gateway: route.target.gateway });
                if (route.target.kind === 'unknown')
                    unverifiable.add(`route ${label(route)}: ${route.target.reason}`);
            }
        }
    }
    return { exposures, unverifiable };
}
/** One finding for the function, with each route to an internet gateway once, after the subnets that use it. */
function publicSubnetFinding(fn, exposures) {
    const byRoute = new Map();
    for (const x of exposures)
        getOrMake(byRoute, x.route, () => ({ table: x.table, route: x.route, gateway: x.gateway, subnets: [] })).subnets.push(x.subnet);
    const routes = [...byRoute.values()];
    return {
        subject: fn,
        loc: exposures[0].link.loc,
        message: `${label(fn)} runs in a public subnet: ${routes.map(describeRoute).join('; ')}; use private subnets (a NAT gateway or VPC endpoints for outbound traffic)`,
        related: [
            ...[...new Set(exposures.map((x) => x.subnet))].map((subnet) => ({ message: `subnet ${label(subnet)}`, loc: subnet.loc, logicalId: subnet.name })),
            ...routes.flatMap((x) => [
                { message: tableText(x.table), loc: x.table.loc, logicalId: x.table.name },
                { message: `route ${label(x.route)} to an internet gateway`, loc: x.route.loc, logicalId: x.route.name },
            ]),
        ],
    };
}
function describeRoute(x) {
    const igw = x.gateway.kind === 'resource' ? label(x.gateway.target) : x.gateway.id;
    const dest = x.route.destination.known ? x.route.destination.value : 'a destination';
    return `${nounWithLabels('subnet', x.subnets, 5)} ${x.subnets.length > 1 ? 'use' : 'uses'} ${tableText(x.table)}, whose route ${label(x.route)} sends ${dest} to internet gateway ${igw}`;
}
//# sourceMappingURL=lambda-subnet-no-igw.js.map