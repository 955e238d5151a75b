import { isKnownOn, label, labels, nounWithLabels, writtenAt } from '../src/engine/model/types.js';
import { defineRule } from '../src/engine/run/rule.js';
import { isInterfaceEndpoint } from '../src/engine/model/network-model.js';
export default defineRule({
    id: 'vpc-dns-support',
    level: 'error',
    title: 'A VPC with Interface endpoints keeps DNS support on, and DNS hostnames on when an endpoint uses private DNS',
    help: `Interface endpoints are reached by DNS. With \`EnableDnsSupport: false\` the VPC resolver is off and nothing in
the VPC can resolve the endpoint's names. With private DNS (\`PrivateDnsEnabled: true\`), the endpoint makes the
service's default hostname (\`sqs.eu-west-1.amazonaws.com\`) resolve to its private addresses, but only in a VPC with
\`EnableDnsHostnames: true\` — which CloudFormation leaves **false** by default. Without it the SDK keeps resolving the
public name and, from a private subnet, its calls hang until the function times out.

Fix: turn both on.

\`\`\`yaml
Vpc:
  Type: AWS::EC2::VPC
  Properties:
    CidrBlock: 10.0.0.0/16
    EnableDnsSupport: true
    EnableDnsHostnames: true
\`\`\`
`,
    check({ model, report }) {
        for (const vpc of model.vpcs) {
            const interfaces = model.endpointsIn(vpc).filter(isInterfaceEndpoint);
            if (interfaces.length === 0)
                continue;
            const names = nounWithLabels('Interface endpoint', interfaces);
            const support = vpc.dnsSupport;
            if (support.state === 'set' && !support.value) {
                report({
                    subject: vpc,
                    loc: support.loc,
                    message: `${label(vpc)} sets EnableDnsSupport false but hosts ${names}: nothing in the VPC can resolve the ${interfaces.length > 1 ? "endpoints'" : "endpoint's"} DNS names`,
                    fix: {
                        description: `set EnableDnsSupport true on ${vpc.id}`,
                        changes: [{ kind: 'set', resource: vpc.id, property: 'EnableDnsSupport', value: true }],
                    },
                });
            }
            else if (support.state === 'unknown') {
                report({ subject: vpc, loc: support.loc, level: 'note', message: `cannot verify EnableDnsSupport of ${label(vpc)}: ${support.reason}` });
            }
            const privateDns = interfaces.filter((e) => isKnownOn(e.privateDns));
            const hostnames = vpc.dnsHostnames;
            if (privateDns.length === 0) {
                const maybe = interfaces.filter((e) => e.privateDns.state === 'unknown');
                const first = maybe[0]?.privateDns;
                if (first?.state === 'unknown' && !isKnownOn(hostnames)) {
                    report({
                        subject: vpc,
                        level: 'note',
                        message: `cannot verify that ${label(vpc)} resolves private DNS names: PrivateDnsEnabled of ${labels(maybe)} is not known (${first.reason}); if it is true, EnableDnsHostnames must be true`,
                    });
                }
                continue;
            }
            const which = `${nounWithLabels('Interface endpoint', privateDns)} ${privateDns.length > 1 ? 'set' : 'sets'}`;
            if (hostnames.state === 'unknown') {
                report({ subject: vpc, loc: hostnames.loc, level: 'note', message: `cannot verify EnableDnsHostnames of ${label(vpc)}: ${hostnames.reason}` });
            }
            else if (!hostnames.value) {
                const how = hostnames.state === 'set' ? 'sets EnableDnsHostnames false' : 'leaves EnableDnsHostnames unset (CloudFormation default: false)';
                report({
                    subject: vpc,
                    loc: writtenAt(hostnames),
                    message: `${label(vpc)} ${how}, but ${which} PrivateDnsEnabled true: private DNS needs EnableDnsHostnames true, or the SDK's default service hostname keeps resolving to the public endpoint`,
                    fix: {
                        description: `set EnableDnsHostnames true on ${vpc.id}`,
                        changes: [{ kind: 'set', resource: vpc.id, property: 'EnableDnsHostnames', value: true }],
                    },
                });
            }
        }
    },
});
//# sourceMappingURL=vpc-dns-support.js.map