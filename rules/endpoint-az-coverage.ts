import { defineRule } from '../src/engine/run/rule.js';
import { linkedItems, linkTargets } from '../src/engine/model/links.js';
import { isInterfaceEndpoint } from '../src/engine/model/network-model.js';
import type { NetworkModel } from '../src/engine/model/network-model.js';
import { label, labels, type LambdaFunction, type Subnet, type Vpc, type Zone } from '../src/engine/model/types.js';
import { comparable, zoneKey, zoneName } from '../src/engine/model/zones.js';

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
      const vpc = model.vpcOfEndpoint(endpoint)!;
      if (!zonesOfVpc.has(vpc)) zonesOfVpc.set(vpc, functionZones(model, functions));
      const ownSubnets = new Set(linkTargets(linkedItems(endpoint.subnets)));
      const own = [...ownSubnets].map((s) => s.zone);
      const uncovered: Array<{ zone: Zone; subnets: Set<Subnet> }> = [];
      let unverifiable = false;
      const { zones, unknown } = zonesOfVpc.get(vpc)!;
      for (const [key, entry] of zones) {
        if (own.some((z) => comparable(z, entry.zone) && zoneKey(z) === key)) continue;
        if (own.some((z) => !comparable(z, entry.zone))) unverifiable = true;
        else uncovered.push(entry);
      }
      if (uncovered.length > 0) {
        const list = uncovered.map((u) => `${zoneName(u.zone)} (subnet ${labels(u.subnets)})`).join(', ');
        report({
          subject: endpoint,
          ...(endpoint.subnets.state === 'set' ? { loc: endpoint.subnets.loc } : {}),
          message: `${label(endpoint)} has no subnet in ${list}, where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds`,
        });
      } else if (unverifiable) {
        report({ subject: endpoint, level: 'note', message: `cannot verify the zones of ${label(endpoint)}: zones are written in ways that cannot be compared before deployment` });
      } else if (unknown.some((s) => !ownSubnets.has(s))) {
        // A subnet the endpoint has itself is covered, whatever its zone.
        const open = unknown.filter((s) => !ownSubnets.has(s));
        const why = open[0]!.zone.kind === 'unknown' ? open[0]!.zone.reason : '';
        report({ subject: endpoint, level: 'note', message: `cannot verify that ${label(endpoint)} covers the zones of the Lambda functions of its VPC: the zone of subnet ${labels(open)} is not known before deployment (${why})` });
      }
    }
  },
});

interface FunctionZones {
  /** The known zones, each once, with the subnets in it. */
  readonly zones: Map<string, { zone: Zone; subnets: Set<Subnet> }>;
  /** Subnets whose zone is not known before deployment. */
  readonly unknown: Subnet[];
}

function functionZones(model: NetworkModel, functions: readonly LambdaFunction[]): FunctionZones {
  const zones = new Map<string, { zone: Zone; subnets: Set<Subnet> }>();
  const unknown = new Set<Subnet>();
  for (const fn of functions) {
    for (const link of model.subnetLinksOf(fn)) {
      if (link.kind !== 'resource') continue;
      const key = zoneKey(link.target.zone);
      if (key === undefined) {
        unknown.add(link.target);
        continue;
      }
      const entry = zones.get(key) ?? { zone: link.target.zone, subnets: new Set<Subnet>() };
      entry.subnets.add(link.target);
      zones.set(key, entry);
    }
  }
  return { zones, unknown: [...unknown] };
}
