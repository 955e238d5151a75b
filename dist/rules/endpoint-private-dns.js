import { defineRule } from '../src/engine/run/rule.js';
import { isInterfaceEndpoint } from '../src/engine/model/network-model.js';
import { isKnownOn, label, labels, writtenAt } from '../src/engine/model/types.js';
export default defineRule({
    id: 'endpoint-private-dns',
    level: 'warning',
    title: 'An Interface endpoint to an AWS service in a VPC with Lambda functions enables private DNS',
    help: `AWS SDKs call a service at its default hostname (\`sqs.eu-west-1.amazonaws.com\`). Only with private DNS does
that name resolve to the endpoint's addresses inside the VPC; without it, the SDK still goes to the public endpoint,
which a function in a private subnet cannot reach — its calls hang until it times out — unless every client is
configured with the endpoint-specific hostname. CloudFormation's default for \`PrivateDnsEnabled\` is false.

Not concerned: endpoint services of partners or your own (\`com.amazonaws.vpce.<region>.vpce-svc-…\`), and an S3 or
DynamoDB Interface endpoint in a VPC that also has a Gateway endpoint for the service: calls from the VPC take the
(free) gateway, and the Interface endpoint serves clients outside the VPC.

Fix (the VPC also needs \`EnableDnsSupport\` and \`EnableDnsHostnames\`, see vpc-dns-support):

\`\`\`yaml
SqsEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.sqs
    VpcId: !Ref Vpc
    PrivateDnsEnabled: true
\`\`\`
`,
    check({ model, report }) {
        for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
            const functions = model.functionsNear(endpoint);
            if (functions.length === 0)
                continue;
            const { service, privateDns } = endpoint;
            if (service.kind === 'other')
                continue;
            if (service.kind === 'unknown' || privateDns.state === 'unknown') {
                if (!isKnownOn(privateDns)) {
                    const why = service.kind === 'unknown' ? `its ServiceName: ${service.reason}` : `PrivateDnsEnabled: ${privateDns.state === 'unknown' ? privateDns.reason : ''}`;
                    report({ subject: endpoint, level: 'note', message: `cannot verify private DNS of ${label(endpoint)}: ${why}` });
                }
                continue;
            }
            if (privateDns.value)
                continue;
            // S3/DynamoDB: with a Gateway endpoint in the VPC, in-VPC calls take the gateway; the Interface endpoint serves
            // on-premises clients, and private DNS would take the VPC's calls away from the free gateway.
            const vpc = model.vpcOfEndpoint(endpoint);
            if (vpc && model.endpointTypesOf(vpc, service.name).has('gateway'))
                continue;
            report({
                subject: endpoint,
                loc: writtenAt(privateDns),
                message: `${label(endpoint)} (${model.endpointServiceName(service.name)}) ${privateDns.state === 'set' ? 'sets PrivateDnsEnabled false' : 'leaves PrivateDnsEnabled unset (CloudFormation default: false)'}: the SDK's default hostname of ${service.name} will not reach it from ${labels(functions)}; set PrivateDnsEnabled true`,
                fix: privateDnsFix(endpoint, model.vpcOfEndpoint(endpoint)),
            });
        }
    },
});
/**
 * PrivateDnsEnabled true, and what private DNS needs of the VPC with it (EnableDnsSupport and EnableDnsHostnames
 * true): turning it on alone would make a vpc-dns-support finding.
 */
function privateDnsFix(endpoint, vpc) {
    const changes = [{ kind: 'set', resource: endpoint.id, property: 'PrivateDnsEnabled', value: true }];
    if (vpc && !isKnownOn(vpc.dnsHostnames))
        changes.push({ kind: 'set', resource: vpc.id, property: 'EnableDnsHostnames', value: true });
    if (vpc && !isKnownOn(vpc.dnsSupport))
        changes.push({ kind: 'set', resource: vpc.id, property: 'EnableDnsSupport', value: true });
    return {
        // Stryker disable next-line OptionalChaining,StringLiteral: only the VPC's changes make more than one, so vpc is there
        description: `set PrivateDnsEnabled true on ${endpoint.id}${changes.length > 1 ? `, and the DNS settings it needs on ${vpc?.id ?? ''}` : ''}`,
        changes,
    };
}
//# sourceMappingURL=endpoint-private-dns.js.map