import { firstWhere, getOrMake } from '../src/engine/util/lists.js';
import { defineRule } from '../src/engine/run/rule.js';
import { linkedItems, linkTargets } from '../src/engine/model/links.js';
import { isInterfaceEndpoint } from '../src/engine/model/network-model.js';
import { label, labels, nounWithLabels, writtenAt } from '../src/engine/model/types.js';
import { isKnownZone, zoneClass, zoneKey, zoneName } from '../src/engine/model/zones.js';
export default defineRule({
    id: 'endpoint-az-coverage',
    level: 'warning',
    title: "An Interface endpoint has a subnet in every Availability Zone of the VPC's Lambda functions",
    help: `An Interface endpoint answers in the zones of its subnets. A function running in a zone where the endpoint
has no network interface still reaches it across zones — until that other zone fails, and then the function loses the
service although its own zone is healthy; cross-zone traffic is also billed. Give the endpoint a subnet in every
zone the functions run in.

Fix:

\`\`\`yaml
SqsEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    SubnetIds:            # the same zones as the functions' subnets
      - !Ref PrivateSubnetA
      - !Ref PrivateSubnetB
\`\`\`
`,
    check({ model, report }) {
        const zonesOfVpc = new Map();
        for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
            const functions = model.functionsNear(endpoint);
            if (functions.length === 0)
                continue;
            if (endpoint.subnets.state === 'unknown' || (endpoint.subnets.state === 'set' && endpoint.subnets.items.some((l) => l.kind !== 'resource'))) {
                report({ subject: endpoint, level: 'note', message: `cannot verify the zones of ${label(endpoint)}: its subnets are not all known before deployment` });
                continue;
            }
            // Functions near an endpoint are in its VPC, so that is known here.
            const zones = getOrMake(zonesOfVpc, model.vpcOfEndpoint(endpoint), () => functionZones(model, functions));
            const ownSubnets = new Set(linkTargets(linkedItems(endpoint.subnets)));
            const coverage = coverageOf([...ownSubnets].map((s) => s.zone), zones);
            switch (coverage.kind) {
                case 'uncovered': {
                    const shown = coverage.first.map((u) => u.zone.kind === 'unknown' ? `the zone of subnet ${labels(u.subnets)}` : `${zoneName(u.zone)} (subnet ${labels(u.subnets)})`);
                    const more = coverage.count - shown.length;
                    report({
                        subject: endpoint,
                        loc: writtenAt(endpoint.subnets),
                        message: `${label(endpoint)} has no subnet in ${shown.join(', ')}${more > 0 ? ` and ${more} more zone${more > 1 ? 's' : ''}` : ''}, where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds`,
                    });
                    break;
                }
                case 'unverifiable':
                    report({
                        subject: endpoint,
                        level: 'note',
                        message: `cannot verify the zones of ${label(endpoint)}: ${whyNotComparable([...ownSubnets])}`,
                    });
                    break;
                case 'covered': {
                    // A subnet the endpoint has itself is covered, whatever its zone.
                    const unknown = zones.unknown;
                    const open = firstWhere(unknown.keys(), (s) => !ownSubnets.has(s), 3);
                    const [first] = open;
                    const reason = first && unknown.get(first);
                    if (reason === undefined)
                        break;
                    const more = unknown.size - [...ownSubnets].filter((s) => unknown.has(s)).length - open.length;
                    report({
                        subject: endpoint,
                        level: 'note',
                        message: `cannot verify that ${label(endpoint)} covers the zones of the Lambda functions of its VPC: ${zonesNotKnown(open, reason, { more })}`,
                    });
                }
            }
        }
    },
});
function functionZones(model, functions) {
    const byClass = new Map();
    const unknown = new Map();
    let count = 0;
    for (const fn of functions) {
        for (const link of model.subnetLinksOf(fn)) {
            if (link.kind !== 'resource')
                continue;
            const subnet = link.target;
            const zone = subnet.zone;
            if (zone.kind === 'unknown') {
                unknown.set(subnet, zone.reason);
                continue;
            }
            const zones = getOrMake(byClass, zoneClass(zone), () => new Map());
            const entry = getOrMake(zones, zoneKey(zone), () => ({ zone, subnets: new Set() }));
            if (entry.subnets.size === 0)
                count++;
            entry.subnets.add(subnet);
        }
    }
    return { byClass, count, unknown };
}
/**
 * Which zones of the functions the endpoint's own zones leave out. Only zones written the same way compare: a zone of
 * the functions that is not among the endpoint's is uncovered when every zone of the endpoint compares with it, and
 * unverifiable otherwise. Costs the endpoint's own zones plus the few shown, not the VPC's zones.
 */
function coverageOf(own, functions) {
    const known = own.filter(isKnownZone);
    const ownKeys = new Set(known.map(zoneKey));
    const ownClasses = new Set(known.map(zoneClass));
    if (own.length === 0) {
        // No subnet of its own: every zone of the functions is uncovered, known or not.
        const knownFirst = [...functions.byClass.values()].flatMap((zones) => firstWhere(zones.values(), () => true, 3));
        const unknownFirst = firstWhere(functions.unknown.keys(), () => true, 3).map((s) => ({ zone: s.zone, subnets: new Set([s]) }));
        const count = functions.count + functions.unknown.size;
        return count > 0 ? { kind: 'uncovered', count, first: [...knownFirst, ...unknownFirst].slice(0, 3) } : { kind: 'covered' };
    }
    const [only] = ownClasses;
    // `only === undefined` only narrows the type: when no zone of the endpoint is known, the test before it holds.
    if (ownClasses.size > 1 || known.length < own.length || only === undefined)
        return coverageAcrossClasses(ownKeys, functions);
    const same = functions.byClass.get(only) ?? new Map();
    const missing = same.size - coveredIn(ownKeys, same);
    if (missing > 0)
        return { kind: 'uncovered', count: missing, first: firstWhere(same.values(), (e) => !ownKeys.has(zoneKey(e.zone)), 3) };
    return functions.count > same.size ? { kind: 'unverifiable' } : { kind: 'covered' };
}
/** Why the endpoint's zones cannot be compared with the functions': a zone of its own not known, or zones written in other ways. */
function whyNotComparable(own) {
    const unknown = own.filter((s) => s.zone.kind === 'unknown');
    const [first] = unknown;
    if (first?.zone.kind !== 'unknown')
        return 'zones are written in ways that cannot be compared before deployment';
    return zonesNotKnown(unknown, first.zone.reason, { whose: 'its ' });
}
/** `the zone of subnet A is` or `the zones of its subnets A, B and 2 more are`, not known before deployment, and why. */
function zonesNotKnown(subnets, reason, { whose = '', more = 0 } = {}) {
    const many = subnets.length + more > 1;
    return `the zone${many ? 's' : ''} of ${whose}${nounWithLabels('subnet', subnets)}${more > 0 ? ` and ${more} more` : ''} ${many ? 'are' : 'is'} not known before deployment (${reason})`;
}
/** Some zone of the endpoint compares with none of the functions': whatever it does not cover is unverifiable. */
function coverageAcrossClasses(ownKeys, functions) {
    const covered = [...functions.byClass.values()].reduce((n, zones) => n + coveredIn(ownKeys, zones), 0);
    return covered < functions.count ? { kind: 'unverifiable' } : { kind: 'covered' };
}
function coveredIn(ownKeys, zones) {
    return [...ownKeys].filter((k) => zones.has(k)).length;
}
//# sourceMappingURL=endpoint-az-coverage.js.map