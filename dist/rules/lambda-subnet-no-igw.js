import { label, tableText } from '../src/engine/model/types.js';
import { defineRule } from '../src/engine/run/rule.js';
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
            const exposures = [];
            const unverifiable = [];
            if (fn.vpcConfig.state === 'unknown')
                unverifiable.push(`its VpcConfig: ${fn.vpcConfig.reason}`);
            if (fn.vpcConfig.state === 'set' && fn.vpcConfig.subnets.state === 'unknown')
                unverifiable.push(`its subnets: ${fn.vpcConfig.subnets.reason}`);
            for (const link of model.subnetLinksOf(fn)) {
                if (link.kind === 'external')
                    unverifiable.push(`subnet ${link.id} is not in this template`);
                if (link.kind === 'unknown')
                    unverifiable.push(`a subnet: ${link.reason}`);
                if (link.kind !== 'resource')
                    continue;
                const tables = model.routeTablesOf(link.target);
                if (tables.length === 0)
                    unverifiable.push(model.whyRouteTablesUnknown(link.target));
                for (const table of tables) {
                    for (const route of model.routesOf(table)) {
                        if (route.target.kind === 'internet-gateway')
                            exposures.push({ link, subnet: link.target, table, route });
                        if (route.target.kind === 'unknown')
                            unverifiable.push(`route ${label(route)}: ${route.target.reason}`);
                    }
                }
            }
            const first = exposures[0];
            if (!first) {
                if (unverifiable.length > 0)
                    report({
                        subject: fn,
                        loc: model.unknownCauseOf(fn),
                        level: 'note',
                        message: `cannot verify that ${label(fn)} has no route to an internet gateway: ${unverifiable.join('; ')}`,
                    });
                continue;
            }
            const describe = (x) => {
                const gateway = x.route.target.kind === 'internet-gateway' ? x.route.target.gateway : undefined;
                const igw = gateway?.kind === 'resource' ? label(gateway.target) : gateway?.kind === 'external' ? gateway.id : 'an internet gateway';
                const dest = x.route.destination.known ? x.route.destination.value : 'a destination';
                return `subnet ${label(x.subnet)} uses ${tableText(x.table)}, whose route ${label(x.route)} sends ${dest} to internet gateway ${igw}`;
            };
            report({
                subject: fn,
                loc: first.link.loc,
                message: `${label(fn)} runs in a public subnet: ${exposures.map(describe).join('; ')}; use private subnets (a NAT gateway or VPC endpoints for outbound traffic)`,
                related: exposures.flatMap((x) => [
                    { message: `subnet ${label(x.subnet)}`, loc: x.subnet.loc, logicalId: x.subnet.name },
                    { message: tableText(x.table), loc: x.table.loc, logicalId: x.table.name },
                    { message: `route ${label(x.route)} to an internet gateway`, loc: x.route.loc, logicalId: x.route.name },
                ]),
            });
        }
    },
});
//# sourceMappingURL=lambda-subnet-no-igw.js.map