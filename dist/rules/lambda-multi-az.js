import { defineRule } from '../src/engine/run/rule.js';
import { linkTargets } from '../src/engine/model/links.js';
import { nounWithLabels, label } from '../src/engine/model/types.js';
import { comparable, zoneKey, zoneName } from '../src/engine/model/zones.js';
export default defineRule({
    id: 'lambda-multi-az',
    level: 'warning',
    title: "A Lambda function's VPC subnets span at least two Availability Zones",
    help: `Lambda runs a VPC function in the subnets you give it. With all of them in one Availability Zone, an outage of
that zone stops the function, although Lambda itself is a multi-zone service. Give it subnets in two or more zones.

Fix:

\`\`\`yaml
Function:
  Type: AWS::Lambda::Function
  Properties:
    VpcConfig:
      SecurityGroupIds: [!Ref FunctionSecurityGroup]
      SubnetIds:
        - !Ref PrivateSubnetA   # AvailabilityZone: !Select [0, !GetAZs '']
        - !Ref PrivateSubnetB   # AvailabilityZone: !Select [1, !GetAZs '']
\`\`\`
`,
    check({ model, report }) {
        for (const fn of model.functions) {
            if (fn.vpcConfig.state !== 'set')
                continue;
            const links = model.subnetLinksOf(fn);
            const subnets = linkTargets(links);
            const zones = subnets.map((s) => s.zone);
            const known = zones.filter((z) => z.kind !== 'unknown');
            const distinct = new Set(known.map(zoneKey));
            const allKnown = subnets.length === links.length && known.length === zones.length && fn.vpcConfig.subnets.state === 'set';
            const [firstKnown] = known;
            // Stryker disable next-line ConditionalExpression: firstKnown is undefined only when `known` is empty, and `every` of an empty list is true whatever the test
            const sameKind = known.every((z) => firstKnown !== undefined && comparable(z, firstKnown));
            if (distinct.size >= 2 && sameKind)
                continue;
            if (!allKnown || !sameKind) {
                const why = !sameKind && allKnown
                    ? 'its zones are written in ways that cannot be compared before deployment'
                    : 'the zones of its subnets are not all known before deployment';
                report({ subject: fn, loc: model.unknownCauseOf(fn), level: 'note', message: `cannot verify that ${label(fn)} spans two Availability Zones: ${why}` });
                continue;
            }
            const where = firstKnown ? zoneName(firstKnown) : 'one zone';
            report({
                subject: fn,
                // Stryker disable next-line OptionalChaining: subnets were found, so there is a first link
                loc: links[0]?.loc,
                message: `${label(fn)} runs only in ${where} (${nounWithLabels('subnet', subnets)}): an outage of that zone stops it; add a subnet in a second Availability Zone`,
                related: subnets.map((s) => ({ message: `subnet ${label(s)} (${zoneName(s.zone)})`, loc: s.loc, logicalId: s.name })),
            });
        }
    },
});
//# sourceMappingURL=lambda-multi-az.js.map