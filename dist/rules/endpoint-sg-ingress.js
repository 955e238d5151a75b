import { label, labels, listOf, rangeText } from '../src/engine/model/types.js';
import { whyUnlinked } from '../src/engine/model/links.js';
import { defineRule } from '../src/engine/run/rule.js';
import { isInterfaceEndpoint } from '../src/engine/model/network-model.js';
import { display } from '../src/engine/resolve/value.js';
export default defineRule({
    id: 'endpoint-sg-ingress',
    options: {
        schema: {
            type: 'object',
            properties: {
                allowedSources: {
                    description: "Extra sources allowed on tcp 443: a security group's logical ID or sg- ID (e.g. a shared-services group), a CIDR, or a prefix list ID.",
                    type: 'array',
                    items: { type: 'string' },
                },
            },
        },
        defaults: { allowedSources: [] },
    },
    level: 'error',
    title: "An Interface endpoint's security groups allow only tcp 443 from the Lambda functions' security groups",
    help: `An Interface endpoint is a set of network interfaces in your subnets; its security groups decide who may use
it. Functions call AWS services over HTTPS, so the endpoint needs exactly one kind of ingress: tcp 443 from the
functions' own security group. A CIDR range (even the VPC's), a prefix list, other ports or protocols, or a group
that no function uses let other workloads reach the service through your endpoint. An endpoint without
\`SecurityGroupIds\`, or naming \`!GetAtt Vpc.DefaultSecurityGroup\`, gets the VPC's default group, which admits all
traffic from everything in that group (the finding is then the endpoint's); a group with no ingress at all blocks the
functions.

Fix:

\`\`\`yaml
EndpointSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: HTTPS from the function only
    VpcId: !Ref Vpc
    SecurityGroupIngress:
      - IpProtocol: tcp
        FromPort: 443
        ToPort: 443
        SourceSecurityGroupId: !GetAtt FunctionSecurityGroup.GroupId
\`\`\`
`,
    check(ctx) {
        const { model, report } = ctx;
        const checked = new Set();
        const lambda = { groups: model.securityGroups.filter((g) => model.isFunctionGroup(g)), unknownFunctions: model.functionsWithUnknownGroups().map(label) };
        for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
            const groups = endpoint.securityGroups;
            if (groups.state === 'absent' || (groups.state === 'set' && groups.items.length === 0)) {
                report({
                    subject: endpoint,
                    ...(groups.state === 'set' ? { loc: groups.loc } : {}),
                    message: `${label(endpoint)} has no SecurityGroupIds, so it gets the VPC's default security group; give it a group that allows only tcp 443 from the Lambda function's group`,
                });
                continue;
            }
            if (groups.state === 'unknown') {
                report({ subject: endpoint, loc: groups.loc, level: 'note', message: `cannot verify the security groups of ${label(endpoint)}: ${groups.reason}` });
                continue;
            }
            for (const link of groups.items) {
                if (link.kind !== 'resource') {
                    report({ subject: endpoint, loc: link.loc, level: 'note', message: `cannot verify a security group of ${label(endpoint)}: ${whyUnlinked(link)}` });
                    continue;
                }
                if (link.target.vpcDefault) {
                    report({
                        subject: endpoint,
                        loc: link.loc,
                        message: `${label(endpoint)} uses the ${link.target.name}, which admits all traffic from every member of that group; give it a group that allows only tcp 443 from the Lambda function's group`,
                    });
                    continue;
                }
                if (checked.has(link.target))
                    continue;
                checked.add(link.target);
                checkGroup(link.target, endpoint, ctx, new Set(ctx.options.allowedSources), lambda);
            }
        }
    },
});
function checkGroup(group, endpoint, { model, report }, allowedSources, lambda) {
    const allowed = lambda.groups.length > 0 ? `the Lambda function's group ${labels(lambda.groups, 3, ' or ')}` : "a Lambda function's group";
    const ingress = model.rulesOf(group, 'ingress');
    const unknownIngress = group.unknownRules.filter((u) => u.direction === 'ingress');
    for (const u of unknownIngress) {
        report({ subject: group, loc: u.loc, level: 'note', message: `cannot verify the ingress of ${label(group)}: ${u.reason}` });
    }
    const unattached = model.unattachedRules.filter((u) => u.direction === 'ingress');
    if (ingress.length === 0 && unknownIngress.length === 0 && unattached.length > 0) {
        report({ subject: group, level: 'note', message: `cannot verify the ingress of ${label(group)}: ingress rule ${listOf(unattached.map((u) => u.reason), 5, '; ')} may belong to it` });
        return;
    }
    if (ingress.length === 0 && unknownIngress.length === 0) {
        const functions = model.functionsNear(endpoint);
        if (functions.length > 0) {
            report({
                subject: group,
                message: `${label(group)} (security group of ${label(endpoint)}) allows no ingress, so ${labels(functions)} cannot reach the endpoint; allow tcp 443 from ${allowed}`,
            });
        }
        return;
    }
    for (const rule of ingress) {
        const { problems, unknowns } = assess(rule, (g) => model.isFunctionGroup(g), lambda.unknownFunctions, allowedSources);
        const subject = rule.origin.kind === 'standalone' ? rule.origin.resource : group;
        if (problems.length > 0) {
            report({
                subject,
                loc: rule.loc,
                message: `${label(group)} (security group of ${label(endpoint)}) allows ${describe(rule)}: ${problems.join('; ')}; only tcp 443 from ${allowed} is allowed`,
            });
        }
        else if (unknowns.length > 0) {
            report({ subject, loc: rule.loc, level: 'note', message: `cannot verify an ingress rule of ${label(group)}: ${unknowns.join('; ')}` });
        }
    }
}
function assess(rule, isFunctionGroup, unknownFunctions, allowedSources) {
    const problems = [];
    const unknowns = [];
    const { protocol, fromPort, toPort, peer } = rule;
    if (!protocol.known)
        unknowns.push(`protocol ${protocol.reason}`);
    else if (protocol.value === '-1')
        problems.push('all protocols and ports are open');
    else if (protocol.value !== 'tcp')
        problems.push(`protocol ${protocol.value} is not tcp`);
    if (protocol.known && protocol.value !== '-1') {
        if (fromPort.known === false)
            unknowns.push(`FromPort ${fromPort.reason}`);
        else if (toPort.known === false)
            unknowns.push(`ToPort ${toPort.reason}`);
        else if (fromPort.known === 'absent' || toPort.known === 'absent')
            problems.push('no port range given');
        else if (fromPort.value !== 443 || toPort.value !== 443)
            problems.push(`ports ${fromPort.value}-${toPort.value} are not 443`);
    }
    if (allowedByOption(peer, allowedSources))
        return { problems, unknowns };
    switch (peer.kind) {
        case 'cidr':
        case 'cidr-ipv6':
            problems.push(peer.range.known ? `the CIDR range ${peer.range.value} is a source` : 'a CIDR range is a source, whatever its value');
            break;
        case 'prefix-list':
            problems.push(`the prefix list ${display(peer.prefixList)} is a source`);
            break;
        case 'security-group':
            if (peer.group.kind === 'resource') {
                if (isFunctionGroup(peer.group.target))
                    break;
                if (unknownFunctions.length === 0)
                    problems.push(`no Lambda function uses the source group ${label(peer.group.target)}`);
                else
                    unknowns.push(`the source group ${label(peer.group.target)} may belong to ${listOf(unknownFunctions)}, whose security groups are not known before deployment`);
            }
            else if (peer.group.kind === 'external')
                unknowns.push(`source group ${peer.group.id} is not in this template`);
            else
                unknowns.push(`source group: ${peer.group.reason}`);
            break;
        case 'unknown':
            unknowns.push(`source ${peer.reason}`);
            break;
        case 'none':
            break;
    }
    return { problems, unknowns };
}
/** A source the configuration allows (`allowedSources`): by logical ID, literal ID, CIDR or prefix list. */
function allowedByOption(peer, allowed) {
    switch (peer.kind) {
        case 'cidr':
        case 'cidr-ipv6':
            return peer.range.known && allowed.has(peer.range.value);
        case 'prefix-list':
            return allowed.has(display(peer.prefixList));
        case 'security-group':
            return peer.group.kind === 'resource' ? allowed.has(peer.group.target.id) : peer.group.kind === 'external' && allowed.has(peer.group.id);
        default:
            return false;
    }
}
function describe(rule) {
    const { protocol, fromPort, toPort, peer } = rule;
    const proto = protocol.known ? (protocol.value === '-1' ? 'all traffic' : protocol.value) : 'some protocol';
    const ports = protocol.known && protocol.value === '-1'
        ? ''
        : fromPort.known === true && toPort.known === true
            ? fromPort.value === toPort.value
                ? ` ${fromPort.value}`
                : ` ${fromPort.value}-${toPort.value}`
            : fromPort.known === 'absent'
                ? ' on all ports'
                : ' on ports not known before deployment';
    const from = peer.kind === 'cidr' || peer.kind === 'cidr-ipv6'
        ? rangeText(peer.range)
        : peer.kind === 'prefix-list'
            ? `prefix list ${display(peer.prefixList)}`
            : peer.kind === 'security-group'
                ? peer.group.kind === 'resource'
                    ? label(peer.group.target)
                    : peer.group.kind === 'external'
                        ? peer.group.id
                        : 'a group not known before deployment'
                : 'an unknown source';
    return `${proto}${ports} from ${from}`;
}
//# sourceMappingURL=endpoint-sg-ingress.js.map