import { getOrMake } from '../src/engine/util/lists.js';
import { defineRule } from '../src/engine/run/rule.js';
import { linkedItems, linkTargets, whyUnlinked } from '../src/engine/model/links.js';
import { isGatewayEndpoint } from '../src/engine/model/network-model.js';
import { label, nounWithLabels, listOf, tableText, writtenAt, } from '../src/engine/model/types.js';
export default defineRule({
    id: 'gateway-endpoint-routes',
    level: 'warning',
    title: 'A Gateway endpoint is in the route tables of every subnet of the Lambda functions of its VPC',
    help: `A Gateway endpoint (S3, DynamoDB) works by routes: it adds the service's prefix list to the route tables listed
in \`RouteTableIds\`, and only those. A function in a subnet whose route table is not listed sends its S3 or DynamoDB
calls to its default route instead — through a NAT gateway (billed per GB), or, in a private subnet without one,
nowhere: the calls hang until the function times out.

Fix: list every route table of the functions' subnets.

\`\`\`yaml
S3Endpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Gateway
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
    VpcId: !Ref Vpc
    RouteTableIds:
      - !Ref PrivateRouteTableA
      - !Ref PrivateRouteTableB
\`\`\`
`,
    check({ model, report }) {
        const tablesOfVpc = new Map();
        for (const endpoint of model.endpoints) {
            if (!isGatewayEndpoint(endpoint))
                continue;
            const functions = model.functionsNear(endpoint);
            if (functions.length === 0)
                continue;
            const tables = endpoint.routeTables;
            if (tables.state === 'unknown' || (tables.state === 'set' && tables.items.some((l) => l.kind !== 'resource'))) {
                report({ subject: endpoint, level: 'note', message: `cannot verify the route tables of ${label(endpoint)}: they are not all known before deployment` });
                continue;
            }
            // Functions near an endpoint are in its VPC, so it is known here.
            const vpc = model.vpcOfEndpoint(endpoint);
            // Stryker disable next-line ConditionalExpression: as said, never undefined here
            if (!vpc)
                continue;
            const { used, mains, unknown } = getOrMake(tablesOfVpc, vpc, () => functionTables(model, functions));
            const listed = new Set(linkTargets(linkedItems(tables)));
            // Counted from the endpoint's own list, so each endpoint costs what it lists, not every table of the VPC.
            const missing = used.size - [...listed].filter((t) => used.has(t)).length;
            if (missing === 0) {
                if (unknown.size > 0)
                    report({
                        subject: endpoint,
                        level: 'note',
                        message: `cannot verify that ${label(endpoint)} is in the route tables of the Lambda functions of its VPC: ${listOf(unknown, 5, '; ')}`,
                    });
                continue;
            }
            const shown = [];
            for (const [table, subnets] of used) {
                if (shown.length === 5)
                    break;
                if (!listed.has(table))
                    shown.push(`${tableText(table)} (${nounWithLabels('subnet', subnets)})`);
            }
            const list = `${shown.join(', ')}${missing > shown.length ? ` and ${missing - shown.length} more` : ''}`;
            const fix = mains.some((t) => !listed.has(t))
                ? "give those subnets a route table of their own (AWS::EC2::SubnetRouteTableAssociation; a VPC's main route table cannot be named in a template) and add it to RouteTableIds"
                : `add the table${missing > 1 ? 's' : ''} to RouteTableIds`;
            report({
                subject: endpoint,
                loc: writtenAt(tables),
                message: `${label(endpoint)} is not in ${list} of the Lambda functions of its VPC: their calls to ${endpoint.service.kind === 'aws' ? endpoint.service.name : 'the service'} do not take the endpoint; ${fix}`,
                ...tablesFix(endpoint, used, listed, missing),
            });
        }
    },
});
function functionTables(model, functions) {
    const used = new Map();
    const unknown = new Set();
    for (const fn of functions) {
        // Stryker disable next-line ConditionalExpression: a function near an endpoint has a VpcConfig
        if (fn.vpcConfig.state === 'set' && fn.vpcConfig.subnets.state === 'unknown')
            unknown.add(`the subnets of ${label(fn)}: ${fn.vpcConfig.subnets.reason}`);
        for (const link of model.subnetLinksOf(fn)) {
            if (link.kind !== 'resource') {
                unknown.add(`a subnet of ${label(fn)}: ${whyUnlinked(link)}`);
                continue;
            }
            for (const table of model.routeTablesOf(link.target))
                used.set(table, (used.get(table) ?? new Set()).add(link.target));
        }
    }
    return { used, mains: [...used.keys()].filter((t) => t.main), unknown };
}
/** More tables than one fix should add to one endpoint: a person decides (a shared table, fewer subnets). */
const MAX_ADDED_TABLES = 20;
/**
 * The functions' tables the endpoint does not list, added to its RouteTableIds: a mechanical fix when there are a few
 * and none is a VPC's main route table (which a template cannot name). Looks at no more tables than it may add.
 */
function tablesFix(endpoint, used, listed, missing) {
    if (missing > MAX_ADDED_TABLES)
        return {};
    const unlisted = [];
    for (const table of used.keys()) {
        if (listed.has(table))
            continue;
        if (table.main)
            return {};
        unlisted.push(table);
        // Stryker disable next-line ConditionalExpression: stops early; the loop would find no more
        if (unlisted.length === missing)
            break;
    }
    const ids = unlisted.map((t) => t.id);
    return {
        fix: {
            description: `add ${ids.join(', ')} to RouteTableIds of ${endpoint.id}`,
            changes: [{ kind: 'append', resource: endpoint.id, property: 'RouteTableIds', items: ids.map((id) => ({ Ref: id })) }],
        },
    };
}
//# sourceMappingURL=gateway-endpoint-routes.js.map