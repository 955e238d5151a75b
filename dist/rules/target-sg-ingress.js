import { linkedItems } from '../src/engine/model/links.js';
import { cidrContains, parseCidr, WIDEST_VPC_PREFIX } from '../src/engine/model/cidr.js';
import { allowedByOption, assessPorts, describeRule } from '../src/engine/model/rule-text.js';
import { label, labels } from '../src/engine/model/types.js';
import { display } from '../src/engine/resolve/value.js';
import { defineRule } from '../src/engine/run/rule.js';
const KIND_TEXT = { database: 'database', 'load-balancer': 'internal load balancer', cache: 'cache cluster' };
export default defineRule({
    id: 'target-sg-ingress',
    options: {
        schema: {
            type: 'object',
            properties: {
                allowedSources: {
                    description: 'CIDR ranges or prefix list IDs allowed as sources besides security groups (e.g. a VPN range for administrators).',
                    type: 'array',
                    items: { type: 'string' },
                },
            },
        },
        defaults: { allowedSources: [] },
    },
    level: 'error',
    title: "A private target's security groups admit only its port, from security groups, once a Lambda function reaches it",
    help: `A function in a private subnet reaches a database, an internal load balancer or a cache through that target's
security groups. Once a function's group is a source there, the group should admit exactly what the target serves —
the database's \`Port\` (or its engine's default: 3306 MySQL/Aurora MySQL, 5432 PostgreSQL, 1521 Oracle, 1433 SQL
Server; 6379 Redis/Valkey, 11211 Memcached), the load balancer's listener ports — and only from security groups. A
CIDR range (\`0.0.0.0/0\`, or the whole VPC) lets every workload in it, or the internet through a public subnet, try
the database's password; other ports expose what the target does not serve. A range inside the subnets of the
functions that use the target is accepted, as are the sources the \`allowedSources\` option names.

Scope: RDS instances and clusters (an Aurora instance through its cluster), internal load balancers
(\`Scheme: internal\`), ElastiCache clusters and replication groups; Terraform's \`aws_db_instance\` and \`aws_lb\`. A
target that no function's group reaches is left alone: its clients are not in the template.

Fix:

\`\`\`yaml
DatabaseSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: PostgreSQL from the function only
    VpcId: !Ref Vpc
    SecurityGroupIngress:
      - IpProtocol: tcp
        FromPort: 5432
        ToPort: 5432
        SourceSecurityGroupId: !GetAtt FunctionSecurityGroup.GroupId
\`\`\`
`,
    check(ctx) {
        const checked = new Set();
        for (const target of ctx.model.targets) {
            for (const link of linkedItems(target.securityGroups)) {
                if (link.kind !== 'resource' || link.target.vpcDefault || checked.has(link.target))
                    continue;
                const functions = reachingFunctions(link.target, ctx.model);
                if (functions.length === 0)
                    continue;
                checked.add(link.target);
                checkGroup(link.target, target, functions, ctx);
            }
        }
    },
});
/** The Lambda functions whose security groups are sources in the target's group. */
function reachingFunctions(group, model) {
    const sources = model
        .rulesOf(group, 'ingress')
        // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a peer that is no group of the template is used by no function either
        .flatMap((r) => (r.peer.kind === 'security-group' && r.peer.group.kind === 'resource' ? [r.peer.group.target] : []));
    return [...new Set(sources.flatMap((g) => model.functionsUsing(g)))];
}
function checkGroup(group, target, functions, { model, report, options }) {
    const what = `${KIND_TEXT[target.kind]} ${label(target)}`;
    if (!target.ports.known) {
        report({ subject: group, level: 'note', message: `cannot verify the ports ${label(group)} admits to ${what}: ${target.ports.reason}` });
    }
    const ports = target.ports.known ? target.ports.value : undefined;
    const subnets = subnetRanges(functions, model);
    const allowed = new Set(options.allowedSources);
    const portsText = ports ? `tcp ${ports.join(' or ')}` : 'its port';
    for (const rule of model.rulesOf(group, 'ingress')) {
        const found = { problems: [], unknowns: [] };
        if (ports)
            assessPorts(rule, ports, what, found);
        assessSource(rule.peer, subnets, allowed, found);
        const subject = rule.origin.kind === 'standalone' ? rule.origin.resource : group;
        if (found.problems.length > 0) {
            report({
                subject,
                loc: rule.loc,
                message: `${label(group)} (security group of ${what}, which ${labels([...functions], 3)} reach${functions.length === 1 ? 'es' : ''}) allows ${describeRule(rule)}: ${found.problems.join('; ')}; only ${portsText} from security groups is allowed`,
            });
        }
        else if (found.unknowns.length > 0) {
            report({ subject, loc: rule.loc, level: 'note', message: `cannot verify an ingress rule of ${label(group)}: ${found.unknowns.join('; ')}` });
        }
    }
}
function subnetRanges(functions, model) {
    const known = [];
    let incomplete = false;
    for (const fn of functions) {
        if (fn.vpcConfig.state !== 'set' || fn.vpcConfig.subnets.state !== 'set')
            incomplete = true;
        for (const link of model.subnetLinksOf(fn)) {
            const range = link.kind === 'resource' && link.target.cidrBlock.known ? parseCidr(link.target.cidrBlock.value) : undefined;
            if (range)
                known.push(range);
            else
                incomplete = true;
        }
    }
    return { known, incomplete, vpcs: vpcRanges(functions, model) };
}
function vpcRanges(functions, model) {
    const ranges = [];
    for (const fn of functions) {
        const vpcs = model.vpcsOfFunction(fn);
        if (vpcs.length === 0)
            return undefined;
        for (const block of vpcs.flatMap((v) => v.cidrBlocks)) {
            const range = block.known ? parseCidr(block.value) : undefined;
            if (!range)
                return undefined;
            ranges.push(range);
        }
    }
    return ranges;
}
/** A range that may be the range of a subnet of the functions not known here: no wider than a VPC, inside theirs. */
function mayBeFunctionSubnet(range, subnets) {
    if (!subnets.incomplete || range.prefix < WIDEST_VPC_PREFIX[range.family])
        return false;
    return subnets.vpcs === undefined || subnets.vpcs.some((v) => cidrContains(v, range));
}
function assessSource(peer, subnets, allowed, { problems, unknowns }) {
    if (allowedByOption(peer, allowed))
        return;
    if (peer.kind === 'prefix-list') {
        problems.push(`the prefix list ${display(peer.prefixList)} is a source`);
        return;
    }
    if (peer.kind !== 'cidr' && peer.kind !== 'cidr-ipv6')
        return;
    if (!peer.range.known) {
        unknowns.push(`the source range: ${peer.range.reason}`);
        return;
    }
    const range = parseCidr(peer.range.value);
    if (range && subnets.known.some((s) => cidrContains(s, range)))
        return;
    if (range && mayBeFunctionSubnet(range, subnets)) {
        unknowns.push(`the source range ${range.text} may be a subnet of the functions, whose ranges are not all known here`);
        return;
    }
    problems.push(`the CIDR range ${peer.range.value} is a source`);
}
//# sourceMappingURL=target-sg-ingress.js.map