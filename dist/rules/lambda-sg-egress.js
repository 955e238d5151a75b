import { defineRule } from '../src/engine/run/rule.js';
import { label, labels, listOf } from '../src/engine/model/types.js';
import { linkedItems, targetOf } from '../src/engine/model/links.js';
import { describeRule, maybeElsewhereNote, tcpPortsText, unknownRulesNote } from '../src/engine/model/rule-text.js';
import { endpointPorts } from '../src/engine/model/aws-services.js';
const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);
export default defineRule({
    id: 'lambda-sg-egress',
    level: 'warning',
    title: "A Lambda function's security group does not allow all traffic to anywhere",
    help: `A function that only calls AWS services through VPC endpoints needs one kind of egress: tcp 443 to the
endpoints' security groups (and to the S3/DynamoDB prefix lists for gateway endpoints). Egress to 0.0.0.0/0 on all
ports — which is also what a security group gets by default when it has no \`SecurityGroupEgress\` — lets compromised
code reach anything the network routes to. Any egress rule replaces the default one (CloudFormation revokes the
default rule when the first egress rule is added; CDK's \`allowAllOutbound: false\` relies on it). The VPC's default
security group (\`!GetAtt Vpc.DefaultSecurityGroup\`) is not a resource of the template: its allow-all egress stays
whatever is added to it, and a function using it gets the finding at its \`SecurityGroupIds\` entry.

Fix:

\`\`\`yaml
FunctionSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: Lambda function
    VpcId: !Ref Vpc
    SecurityGroupEgress:
      - IpProtocol: tcp
        FromPort: 443
        ToPort: 443
        DestinationSecurityGroupId: !GetAtt EndpointSecurityGroup.GroupId
\`\`\`
`,
    check({ model, report }) {
        for (const group of [...model.securityGroups, ...model.defaultSecurityGroups]) {
            const functions = model.functionsUsing(group);
            if (functions.length === 0)
                continue;
            if (group.vpcDefault) {
                // Not a resource of the template: the finding goes to each function, at its entry in SecurityGroupIds.
                for (const fn of functions) {
                    const entry = fn.vpcConfig.state === 'set' ? linkedItems(fn.vpcConfig.securityGroups).find((l) => l.kind === 'resource' && l.target === group) : undefined;
                    report({
                        subject: fn,
                        ...(entry ? { loc: entry.loc } : {}),
                        message: `${label(fn)} uses the ${group.name}, whose egress allows all traffic to 0.0.0.0/0; give it a group of its own that allows only tcp 443 to the endpoints' security groups or prefix lists`,
                    });
                }
                continue;
            }
            const users = labels(functions);
            const advice = adviceFor(group, model);
            const egress = model.groupRules(group, 'egress');
            if (egress.kind === 'maybe-elsewhere') {
                report({ subject: group, level: 'note', message: maybeElsewhereNote(group, 'egress', egress.reasons) });
                continue;
            }
            if (egress.kind === 'none') {
                if (!group.defaultEgress)
                    continue; // no egress rule at all: nothing leaves the group
                report({
                    subject: group,
                    message: `${label(group)} (security group of ${users}) has no SecurityGroupEgress, so it keeps the default rule allowing all traffic to 0.0.0.0/0; ${advice}`,
                });
                continue;
            }
            for (const u of egress.unknown)
                report({ subject: group, loc: u.loc, level: 'note', message: unknownRulesNote(group, 'egress', u.reason) });
            for (const rule of egress.rules) {
                const verdict = openToAnywhere(rule);
                if (verdict === true) {
                    report({
                        subject: group,
                        loc: rule.loc,
                        message: `${label(group)} (security group of ${users}) allows ${describeRule(rule)}; ${advice}`,
                    });
                }
                else if (verdict === 'unknown') {
                    report({
                        subject: group,
                        loc: rule.loc,
                        level: 'note',
                        message: `cannot verify an egress rule of ${label(group)}: its protocol, ports or destination are not known before deployment`,
                    });
                }
            }
        }
    },
});
/**
 * What to allow instead, from what the group's members already talk to: the groups that admit them (an endpoint on
 * 443, a cache on 6379), its own narrower egress rules, and the prefix lists of the VPC's gateway endpoints. A rule
 * that only says "tcp 443 to the endpoints" would cut a function off from its database.
 */
function adviceFor(group, model) {
    const targets = new Set();
    for (const { group: target, rule } of model.ingressFrom(group)) {
        for (const ports of portsTo(target, rule, model))
            targets.add(`${ports} to ${label(target)}`);
    }
    for (const rule of model.rulesOf(group, 'egress')) {
        // (A rule to a security group is never open to anywhere.)
        if (rule.peer.kind !== 'security-group' || rule.peer.group.kind !== 'resource')
            continue;
        targets.add(`${portsOf(rule)} to ${label(rule.peer.group.target)}`);
    }
    const vpc = targetOf(group.vpc);
    for (const service of ['s3', 'dynamodb']) {
        if (vpc && model.endpointTypesOf(vpc, service).has('gateway'))
            targets.add(`tcp 443 to the prefix list of ${model.endpointServiceName(service)}`);
    }
    if (targets.size === 0)
        return "allow only tcp 443 to the endpoints' security groups or prefix lists, and the ports of the databases or caches the functions use";
    return `allow only what the functions use: ${listOf(targets, 6)}`;
}
/**
 * The ports to a group that admits the functions: an endpoint's group is reached on its AWS service's ports, whatever
 * its ingress rule admits (endpoint-sg-ingress reports a wrong one); the port of an endpoint service (`vpce-svc-…`) or
 * of anything else in the group is what the rule admits.
 */
function portsTo(target, rule, model) {
    const endpoints = model.endpointsUsing(target);
    const served = new Set();
    let ownService = endpoints.length === 0;
    for (const endpoint of endpoints) {
        const ports = endpointPorts(endpoint.service);
        if (ports === 'own')
            ownService = true;
        else
            for (const port of ports)
                served.add(port);
    }
    const aws = served.size > 0 ? [tcpPortsText([...served].sort((a, b) => a - b))] : [];
    return ownService ? [...aws, portsOf(rule)] : aws;
}
function portsOf(rule) {
    const { protocol, fromPort, toPort } = rule;
    if (!protocol.known)
        return 'traffic';
    if (protocol.value === '-1')
        return 'all traffic';
    if (fromPort.known !== true || toPort.known !== true)
        return protocol.value;
    return `${protocol.value} ${fromPort.value === toPort.value ? fromPort.value : `${fromPort.value}-${toPort.value}`}`;
}
/** All protocols, or all ports of tcp/udp, to 0.0.0.0/0 or ::/0: yes, no, or not known before deployment. */
function openToAnywhere(rule) {
    const { peer, protocol } = rule;
    // Closed whatever the destination: a protocol other than all/tcp/udp, or a port range short of all ports.
    if (protocol.known && protocol.value !== '-1' && protocol.value !== 'tcp' && protocol.value !== 'udp')
        return false;
    const all = allPorts(rule);
    if (protocol.known && protocol.value !== '-1' && all === false)
        return false;
    if (peer.kind !== 'cidr' && peer.kind !== 'cidr-ipv6')
        return peer.kind === 'unknown' ? 'unknown' : false;
    if (!peer.range.known)
        return 'unknown';
    if (!ANYWHERE.has(peer.range.value))
        return false;
    if (!protocol.known)
        return 'unknown';
    // All protocols: the ports are ignored.
    if (protocol.value === '-1')
        return true;
    return all;
}
/** tcp/udp ports: all of them (absent, -1, or 0/1 to 65535), not all, or unknown. One known end can decide it. */
function allPorts(rule) {
    const { fromPort, toPort } = rule;
    const from = fromPort.known === 'absent' ? -1 : fromPort.known ? fromPort.value : undefined;
    const to = toPort.known === 'absent' ? -1 : toPort.known ? toPort.value : undefined;
    const fromAll = from === undefined ? 'unknown' : from <= 1;
    const toAll = to === undefined ? 'unknown' : to === -1 || to >= 65535;
    if (fromAll === false || toAll === false)
        return false;
    return fromAll === 'unknown' || toAll === 'unknown' ? 'unknown' : true;
}
//# sourceMappingURL=lambda-sg-egress.js.map