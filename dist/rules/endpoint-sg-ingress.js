import { label, labels, listOf, writtenAt } from '../src/engine/model/types.js';
import { whyUnlinked } from '../src/engine/model/links.js';
import { defineRule } from '../src/engine/run/rule.js';
import { isInterfaceEndpoint } from '../src/engine/model/network-model.js';
import { display } from '../src/engine/resolve/value.js';
import { allowedByOption, assessPorts, describeRule, maybeElsewhereNote, tcpPortsText, unknownRulesNote, } from '../src/engine/model/rule-text.js';
import { endpointPorts } from '../src/engine/model/aws-services.js';
import { cidrContains, parseCidr, WIDEST_VPC_PREFIX } from '../src/engine/model/cidr.js';
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

Scope: where the template holds no Lambda function in the endpoint's VPC (a shared network stack, endpoints for
instances or a load balancer), it cannot know the consumers: any security group or prefix list is a fine source, and
only a CIDR range wider than the VPC's own (\`0.0.0.0/0\`, \`10.0.0.0/8\` in a /16 VPC) and other ports stay errors. Services
that listen on other ports are checked against theirs (\`email-smtp\`: 25, 465, 587, 2465, 2587; \`cassandra\`: 9142); a
partner's or your own endpoint service (\`com.amazonaws.vpce.<region>.vpce-svc-…\`) listens on its own port, so only the
sources are checked.

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
                    loc: writtenAt(groups),
                    message: `${label(endpoint)} has no SecurityGroupIds, so it gets the VPC's default security group; give it a group that allows only tcp 443 from the Lambda function's group`,
                });
                continue;
            }
            if (groups.state === 'unknown') {
                report({ subject: endpoint, loc: groups.loc, level: 'note', message: `cannot verify the security groups of ${label(endpoint)}: ${groups.reason}` });
                continue;
            }
            const scope = scopeOf(endpoint, model, lambda);
            for (const link of groups.items) {
                if (link.kind !== 'resource') {
                    report({ subject: endpoint, loc: link.loc, level: 'note', message: `cannot verify a security group of ${label(endpoint)}: ${whyUnlinked(link)}` });
                    continue;
                }
                if (link.target.vpcDefault) {
                    report({
                        subject: endpoint,
                        loc: link.loc,
                        message: `${label(endpoint)} uses the ${link.target.name}, which admits all traffic from every member of that group; give it a group that allows only ${scope.allowed}`,
                    });
                    continue;
                }
                if (checked.has(link.target))
                    continue;
                checked.add(link.target);
                checkGroup(link.target, endpoint, ctx, scope);
            }
        }
    },
});
function scopeOf(endpoint, model, lambda) {
    const service = endpoint.service;
    const ports = endpointPorts(service);
    const portsText = ports === 'own' ? "the endpoint service's port" : tcpPortsText(ports);
    const serviceName = service.kind === 'aws' ? service.name : 'the service';
    if (model.hasLambdaConsumers(endpoint)) {
        const from = lambda.groups.length > 0 ? `the Lambda function's group ${labels(lambda.groups, 3, ' or ')}` : "a Lambda function's group";
        return { ports, portsText, serviceName, consumers: { kind: 'lambda', ...lambda }, allowed: `${portsText} from ${from}` };
    }
    const vpc = model.vpcOfEndpoint(endpoint);
    const vpcBlocks = (vpc?.cidrBlocks ?? []).flatMap((b) => (b.known ? [parseCidr(b.value)].filter((c) => c !== undefined) : []));
    return {
        ports,
        portsText,
        serviceName,
        consumers: { kind: 'not-in-template', vpcBlocks },
        allowed: `${portsText} from the consumers' security groups or ranges of the VPC`,
    };
}
function checkGroup(group, endpoint, { model, report, options }, scope) {
    const ingress = model.groupRules(group, 'ingress');
    if (ingress.kind === 'maybe-elsewhere') {
        report({ subject: group, level: 'note', message: maybeElsewhereNote(group, 'ingress', ingress.reasons) });
        return;
    }
    if (ingress.kind === 'none') {
        const functions = model.functionsNear(endpoint);
        if (functions.length > 0) {
            report({
                subject: group,
                message: `${label(group)} (security group of ${label(endpoint)}) allows no ingress, so ${labels(functions)} cannot reach the endpoint; allow ${scope.allowed}`,
            });
        }
        return;
    }
    for (const u of ingress.unknown)
        report({ subject: group, loc: u.loc, level: 'note', message: unknownRulesNote(group, 'ingress', u.reason) });
    const allowedSources = new Set(options.allowedSources);
    const fix = narrowingFix(group, endpoint, model, scope);
    for (const rule of ingress.rules) {
        const { problems, unknowns } = assess(rule, scope, { resource: (g) => model.isFunctionGroup(g), external: (id) => model.isExternalFunctionGroup(id) }, allowedSources);
        const subject = rule.origin.kind === 'standalone' ? rule.origin.resource : group;
        if (problems.length > 0) {
            report({
                subject,
                loc: rule.loc,
                message: `${label(group)} (security group of ${label(endpoint)}) allows ${describeRule(rule)}: ${problems.join('; ')}; only ${scope.allowed} is allowed`,
                // (there is a fix only where every rule of the group is inline)
                ...(fix ? { fix } : {}),
            });
        }
        else if (unknowns.length > 0) {
            report({ subject, loc: rule.loc, level: 'note', message: `cannot verify an ingress rule of ${label(group)}: ${unknowns.join('; ')}` });
        }
    }
}
function assess(rule, scope, isFunctionGroup, allowedSources) {
    const found = { problems: [], unknowns: [] };
    if (scope.ports !== 'own')
        assessPorts(rule, scope.ports, scope.serviceName, found);
    if (allowedByOption(rule.peer, allowedSources))
        return found;
    if (scope.consumers.kind === 'lambda')
        assessLambdaSource(rule.peer, isFunctionGroup, scope.consumers.unknownFunctions, found);
    else
        assessAnySource(rule.peer, scope.consumers.vpcBlocks, found);
    return found;
}
/** The template holds the endpoint's consumers: the source must be a Lambda function's group. */
function assessLambdaSource(peer, isFunctionGroup, unknownFunctions, { problems, unknowns }) {
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
                if (isFunctionGroup.resource(peer.group.target))
                    break;
                if (unknownFunctions.length === 0)
                    problems.push(`no Lambda function uses the source group ${label(peer.group.target)}`);
                else
                    unknowns.push(`the source group ${label(peer.group.target)} may belong to ${listOf(unknownFunctions)}, whose security groups are not known before deployment`);
            }
            else if (peer.group.kind === 'external') {
                if (!isFunctionGroup.external(peer.group.id))
                    unknowns.push(`source group ${peer.group.id} is not in this template`);
            }
            else
                unknowns.push(`source group: ${peer.group.reason}`);
            break;
        case 'unknown':
            unknowns.push(`source ${peer.reason}`);
            break;
        case 'none':
            break;
    }
}
/**
 * The consumers are not the template's (instances, a load balancer, functions of other stacks): any security group
 * and prefix list may be theirs; only a CIDR range wider than the VPC's own admits what cannot be a consumer.
 */
function assessAnySource(peer, vpcBlocks, { problems, unknowns }) {
    if (peer.kind !== 'cidr' && peer.kind !== 'cidr-ipv6')
        return;
    if (!peer.range.known) {
        unknowns.push(`the source range: ${peer.range.reason}`);
        return;
    }
    const range = parseCidr(peer.range.value);
    if (range === undefined)
        return;
    if (range.prefix < WIDEST_VPC_PREFIX[range.family])
        problems.push(`the CIDR range ${range.text} is wider than any VPC's range`);
    else {
        const covered = vpcBlocks.find((b) => b.prefix > range.prefix && cidrContains(range, b));
        if (covered)
            problems.push(`the CIDR range ${range.text} is wider than the VPC's range ${covered.text}`);
    }
}
/**
 * The group's inline ingress written anew as the one rule it should hold, tcp 443 from the Lambda functions' group:
 * only when that is beyond doubt. The group serves this endpoint alone (no function, no other endpoint, no rule of
 * its own elsewhere, every value of its rules known), the service's port is 443, and the functions in the endpoint's
 * VPC all use one group of the template.
 */
function narrowingFix(group, endpoint, model, scope) {
    // An unknown service is judged as tcp 443, but may be a partner's on another port: not rewritten.
    if (scope.consumers.kind !== 'lambda' || endpoint.service.kind !== 'aws')
        return undefined;
    // Stryker disable next-line ConditionalExpression: an AWS service's ports are never 'own'; the test narrows the type
    if (scope.ports === 'own')
        return undefined;
    if (scope.ports.length !== 1 || scope.ports[0] !== 443)
        return undefined;
    if (model.endpointsUsing(group).length !== 1 || model.functionsUsing(group).length > 0)
        return undefined;
    const ingress = model.rulesOf(group, 'ingress');
    if (ingress.some((r) => r.origin.kind !== 'inline') || group.unknownRules.length > 0)
        return undefined;
    // A rule with a value not known before deployment (a condition, a parameter) is someone's decision: not replaced.
    if (ingress.some(hasUnknownValue))
        return undefined;
    const vpc = model.vpcOfEndpoint(endpoint);
    const groups = vpc ? model.functionGroupsIn(vpc) : [];
    const source = groups.length === 1 ? groups[0] : undefined;
    if (!source || source.vpcDefault || model.functionsWithUnknownGroups().length > 0)
        return undefined;
    const rule = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: { 'Fn::GetAtt': [source.id, 'GroupId'] } };
    return {
        description: `allow only tcp 443 from ${source.id} into ${group.id}`,
        changes: [{ kind: 'replace', resource: group.id, property: 'SecurityGroupIngress', value: [rule] }],
    };
}
function hasUnknownValue(rule) {
    const { protocol, fromPort, toPort, peer } = rule;
    const unknownRange = (peer.kind === 'cidr' || peer.kind === 'cidr-ipv6') && !peer.range.known;
    return !protocol.known || fromPort.known === false || toPort.known === false || peer.kind === 'unknown' || unknownRange;
}
//# sourceMappingURL=endpoint-sg-ingress.js.map