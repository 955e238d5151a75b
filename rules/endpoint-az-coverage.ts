import { getOrMake } from '../src/engine/util/lists.js';
import { defineRule } from '../src/engine/run/rule.js';
import { linkedItems, linkTargets } from '../src/engine/model/links.js';
import { isInterfaceEndpoint } from '../src/engine/model/network-model.js';
import type { NetworkModel } from '../src/engine/model/network-model.js';
import { label, labels, type LambdaFunction, type Subnet, type Vpc, writtenAt, type Zone } from '../src/engine/model/types.js';
import { zoneKey, zoneName } from '../src/engine/model/zones.js';

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
    const zonesOfVpc = new Map<Vpc, FunctionZones>();
    for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
      const functions = model.functionsNear(endpoint);
      if (functions.length === 0) continue;
      if (endpoint.subnets.state === 'unknown' || (endpoint.subnets.state === 'set' && endpoint.subnets.items.some((l) => l.kind !== 'resource'))) {
        report({ subject: endpoint, level: 'note', message: `cannot verify the zones of ${label(endpoint)}: its subnets are not all known before deployment` });
        continue;
      }
      // Functions near an endpoint are in its VPC, so it is known here.
      const vpc = model.vpcOfEndpoint(endpoint);
      if (!vpc) continue;
      const zones = getOrMake(zonesOfVpc, vpc, () => functionZones(model, functions));
      const ownSubnets = new Set(linkTargets(linkedItems(endpoint.subnets)));
      const coverage = coverageOf(
        [...ownSubnets].map((s) => s.zone),
        zones,
      );
      if (coverage.uncovered.count > 0) {
        const shown = coverage.uncovered.first.map((u) => `${zoneName(u.zone)} (subnet ${labels(u.subnets)})`);
        const more = coverage.uncovered.count - shown.length;
        report({
          subject: endpoint,
          loc: writtenAt(endpoint.subnets),
          message: `${label(endpoint)} has no subnet in ${shown.join(', ')}${more > 0 ? ` and ${more} more zone${more > 1 ? 's' : ''}` : ''}, where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds`,
        });
      } else if (coverage.unverifiable) {
        report({
          subject: endpoint,
          level: 'note',
          message: `cannot verify the zones of ${label(endpoint)}: zones are written in ways that cannot be compared before deployment`,
        });
      } else {
        // A subnet the endpoint has itself is covered, whatever its zone.
        const unknown = zones.unknown;
        const open = firstNotIn(unknown, ownSubnets, 3);
        const [first] = open;
        if (!first) continue;
        const more = unknown.size - [...ownSubnets].filter((s) => unknown.has(s)).length - open.length;
        const why = first.zone.kind === 'unknown' ? first.zone.reason : '';
        report({
          subject: endpoint,
          level: 'note',
          message: `cannot verify that ${label(endpoint)} covers the zones of the Lambda functions of its VPC: ${open.length + more > 1 ? 'the zones of subnets' : 'the zone of subnet'} ${labels(open)}${more > 0 ? ` and ${more} more` : ''} ${open.length + more > 1 ? 'are' : 'is'} not known before deployment (${why})`,
        });
      }
    }
  },
});

interface ZoneEntry {
  readonly zone: Zone;
  readonly subnets: Set<Subnet>;
}

interface FunctionZones {
  /** The known zones, each once, with the subnets in it, by the way they are written (only those compare). */
  readonly byClass: Map<string, Map<string, ZoneEntry>>;
  readonly count: number;
  /** Subnets whose zone is not known before deployment. */
  readonly unknown: Set<Subnet>;
}

function functionZones(model: NetworkModel, functions: readonly LambdaFunction[]): FunctionZones {
  const byClass = new Map<string, Map<string, ZoneEntry>>();
  const unknown = new Set<Subnet>();
  let count = 0;
  for (const fn of functions) {
    for (const link of model.subnetLinksOf(fn)) {
      if (link.kind !== 'resource') continue;
      const key = zoneKey(link.target.zone);
      const kind = zoneClass(link.target.zone);
      if (key === undefined || kind === undefined) {
        unknown.add(link.target);
        continue;
      }
      const zones = byClass.get(kind) ?? new Map<string, ZoneEntry>();
      byClass.set(kind, zones);
      const entry = zones.get(key) ?? { zone: link.target.zone, subnets: new Set<Subnet>() };
      if (entry.subnets.size === 0) count++;
      entry.subnets.add(link.target);
      zones.set(key, entry);
    }
  }
  return { byClass, count, unknown };
}

/**
 * Which zones of the functions the endpoint's own zones leave out. Only zones written the same way compare: a zone of
 * the functions that is not among the endpoint's is uncovered when every zone of the endpoint compares with it, and
 * unverifiable otherwise. Costs the endpoint's own zones plus the few shown, not the VPC's zones.
 */
function coverageOf(own: readonly Zone[], functions: FunctionZones): { uncovered: { count: number; first: ZoneEntry[] }; unverifiable: boolean } {
  const ownKeys = new Set(own.map(zoneKey));
  const ownClasses = new Set(own.map(zoneClass));
  const coveredIn = (zones: Map<string, ZoneEntry>) => [...ownKeys].filter((k) => k !== undefined && zones.has(k)).length;
  if (ownClasses.size === 0) {
    // No subnet of its own: every zone of the functions is uncovered.
    const all = [...functions.byClass.values()];
    return { uncovered: { count: functions.count, first: all.flatMap((zones) => firstNotIn(zones.values(), new Set(), 3)).slice(0, 3) }, unverifiable: false };
  }
  const [only] = ownClasses;
  if (ownClasses.size > 1 || only === undefined) {
    // Some zone of the endpoint compares with none of the functions': whatever it does not cover is unverifiable.
    const covered = [...functions.byClass.values()].reduce((n, zones) => n + coveredIn(zones), 0);
    return { uncovered: { count: 0, first: [] }, unverifiable: covered < functions.count };
  }
  const same = functions.byClass.get(only) ?? new Map<string, ZoneEntry>();
  const missing = same.size - coveredIn(same);
  const first =
    missing > 0
      ? firstNotIn(same.values(), new Set(), 3 + ownKeys.size)
          .filter((e) => !ownKeys.has(zoneKey(e.zone)))
          .slice(0, 3)
      : [];
  return { uncovered: { count: missing, first }, unverifiable: functions.count > same.size };
}

/** A class of zones that compare with each other (see `comparable`); undefined for an unknown zone. */
function zoneClass(z: Zone): string | undefined {
  switch (z.kind) {
    case 'name':
      return `name:${z.name.startsWith('${')}`;
    case 'zone-id':
      return 'id';
    case 'indexed':
      return `index:${z.region}`;
    case 'unknown':
      return undefined;
  }
}

/** The first `max` items not in `exclude`, in order, stopping as soon as they are found. */
function firstNotIn<T>(items: Iterable<T>, exclude: ReadonlySet<T>, max: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= max) break;
    if (!exclude.has(item)) out.push(item);
  }
  return out;
}
