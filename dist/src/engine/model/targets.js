import { knownNumber, knownText } from './coerce.js';
/** The port an engine listens on when `Port` is not set (RDS and ElastiCache defaults). */
const ENGINE_PORTS = [
    [/^(mysql|mariadb|aurora|aurora-mysql)$/, 3306],
    [/^(postgres|aurora-postgresql)$/, 5432],
    [/^oracle/, 1521],
    [/^sqlserver/, 1433],
    [/^db2/, 50000],
    [/^(redis|valkey)$/, 6379],
    [/^memcached$/, 11211],
];
/** What each target type keeps its security groups in, and what kind of target it is. */
const KINDS = {
    'AWS::RDS::DBInstance': { kind: 'database', groups: 'VPCSecurityGroups' },
    'AWS::RDS::DBCluster': { kind: 'database', groups: 'VpcSecurityGroupIds' },
    'AWS::ElasticLoadBalancingV2::LoadBalancer': { kind: 'load-balancer', groups: 'SecurityGroups' },
    'AWS::ElastiCache::CacheCluster': { kind: 'cache', groups: 'VpcSecurityGroupIds' },
    'AWS::ElastiCache::ReplicationGroup': { kind: 'cache', groups: 'SecurityGroupIds' },
};
/**
 * The private targets of a template. An instance of an Aurora cluster is reached through its cluster (its groups are
 * the cluster's); an internet-facing load balancer is not private. A load balancer's ports are its listeners'.
 */
export function privateTargets(views, groupList) {
    const listeners = listenerPorts(views);
    const targets = [];
    for (const r of views) {
        const facts = Object.hasOwn(KINDS, r.element.type) ? KINDS[r.element.type] : undefined;
        if (!facts)
            continue;
        if (r.element.type === 'AWS::RDS::DBInstance' && r.prop('DBClusterIdentifier') !== undefined)
            continue;
        // Stryker disable next-line StringLiteral: an absent Scheme is not `internal`, whatever the reason says
        const scheme = knownText(r.prop('Scheme'), 'internet-facing');
        if (facts.kind === 'load-balancer' && !(scheme.known && scheme.value === 'internal'))
            continue;
        const ports = facts.kind === 'load-balancer' ? (listeners.get(r.element.id) ?? { known: false, reason: 'it has no listener in the template' }) : portOf(r);
        targets.push({ ...r.element, kind: facts.kind, securityGroups: groupList(r.prop(facts.groups), r.propEntryLoc(facts.groups) ?? r.element.loc), ports });
    }
    return targets;
}
function portOf(r) {
    const port = r.prop('Port');
    if (port !== undefined) {
        const n = knownNumber(port);
        return n.known ? { known: true, value: [n.value] } : n;
    }
    const engine = knownText(r.prop('Engine'), 'no Engine given');
    if (!engine.known)
        return engine;
    const match = ENGINE_PORTS.find(([pattern]) => pattern.test(engine.value.toLowerCase()));
    return match ? { known: true, value: [match[1]] } : { known: false, reason: `the default port of engine ${engine.value} is not known to endpoint-guard` };
}
/** Each load balancer's listener ports; one listener whose port is unknown makes them all unknown. */
function listenerPorts(views) {
    const out = new Map();
    for (const r of views) {
        if (r.element.type !== 'AWS::ElasticLoadBalancingV2::Listener')
            continue;
        const lb = r.prop('LoadBalancerArn');
        if (lb?.kind !== 'ref')
            continue;
        const port = r.prop('Port');
        const n = port ? knownNumber(port) : { known: false, reason: 'a listener has no Port' };
        const before = out.get(lb.target) ?? { known: true, value: [] };
        if (!before.known)
            continue;
        out.set(lb.target, n.known ? { known: true, value: [...before.value, n.value] } : n);
    }
    return out;
}
//# sourceMappingURL=targets.js.map