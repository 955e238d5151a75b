import { defineRule } from '../src/engine/run/rule.js';
import { linkTargets } from '../src/engine/model/links.js';
import type { NetworkModel } from '../src/engine/model/network-model.js';
import { endpointNeed, serviceOfAction, type EndpointNeed } from '../src/engine/model/aws-services.js';
import { grantsOf, isLambdaServiceCall, type Grant } from '../src/engine/model/grants.js';
import { nounWithLabels, label, labels, tableText, type Subnet } from '../src/engine/model/types.js';

/** Default-route targets that give a private subnet a way to public AWS endpoints. */
const EGRESS_TARGETS = new Set(['nat-gateway', 'instance', 'network-interface', 'transit-gateway', 'core-network']);
/** Default-route targets that may lead out (a Gateway Load Balancer endpoint in front of a firewall and NAT). */
const MAYBE_EGRESS_TARGETS = new Set(['vpc-endpoint', 'unknown']);
/** Route targets that never lead to AWS services' public endpoints, whatever their destination. */
const NEVER_EGRESS_TARGETS = new Set(['vpc-peering', 'local', 'vpn-gateway', 'local-gateway', 'carrier-gateway', 'egress-only-internet-gateway']);

interface Options {
  /** IAM service prefixes not to demand endpoints for (reached another way, e.g. a proxy). */
  ignoreServices: string[];
  /** The functions' subnets have egress this template does not show (a NAT gateway in another stack). */
  assumeEgress: boolean;
}

export default defineRule<Options>({
  id: 'lambda-service-endpoints',
  options: {
    schema: {
      type: 'object',
      properties: {
        ignoreServices: { description: 'IAM service prefixes (sqs, s3, …) not to demand endpoints for.', type: 'array', items: { type: 'string' } },
        assumeEgress: {
          description: 'Assume the functions have a NAT or transit gateway route defined elsewhere (another stack): the rule stays silent.',
          type: 'boolean',
        },
      },
    },
    defaults: { ignoreServices: [], assumeEgress: false },
  },
  level: 'error',
  title: 'A VPC Lambda function without a NAT route has a VPC endpoint for every AWS service its role lets it call',
  help: `A function in a private subnet with no default route to a NAT gateway, NAT instance or transit gateway can
reach AWS services only through VPC endpoints. For every service its execution role grants actions on — the calls
the function is written to make — the VPC needs an endpoint; without one, the SDK's calls hang until the function
times out ("everything broke when I moved it into the VPC"). S3 and DynamoDB take a Gateway (or Interface) endpoint;
QLDB's data API is \`qldb.session\`; the others an Interface endpoint \`com.amazonaws.<region>.<service>\`. CloudWatch
Logs actions of the basic execution role do not count: the Lambda service ships function logs itself, as it polls
event sources and delivers to dead-letter queues and asynchronous-invocation destinations (grants on exactly those
resources do not count either). A Gateway
endpoint must also be on the route tables of the function's subnets: gateway-endpoint-routes checks that.

Fix: add the endpoint the message names (or a NAT route, if the function needs the internet anyway).

\`\`\`yaml
SecretsManagerEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.secretsmanager
    VpcId: !Ref Vpc
    PrivateDnsEnabled: true
    SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
    SecurityGroupIds: [!Ref EndpointSecurityGroup]
\`\`\`
`,
  check({ model, report, options }) {
    if (options.assumeEgress) return;
    const ignored = new Set(options.ignoreServices.map((s) => s.toLowerCase()));
    for (const fn of model.functions) {
      if (fn.vpcConfig.state !== 'set') continue;
      const name = label(fn);
      const note = (why: string) => {
        report({ subject: fn, loc: model.unknownCauseOf(fn), level: 'note', message: `cannot verify that ${name} reaches the AWS services it calls: ${why}` });
      };
      const links = model.subnetLinksOf(fn);
      const subnets = linkTargets(links);
      if (subnets.length === 0) {
        note(fn.vpcConfig.subnets.state === 'unknown' ? `its subnets: ${fn.vpcConfig.subnets.reason}` : 'its subnets are not in this template');
        continue;
      }
      const egress = subnets.map((s) => [s, leadsOut(model, s)] as const);
      const isolated = egress.filter(([, out]) => out === false).map(([s]) => s);
      if (isolated.length === 0) {
        if (egress.some(([, out]) => out === 'unknown') || subnets.length < links.length)
          note('the default routes of its subnets are not all known before deployment');
        continue;
      }
      const role = model.roleOf(fn);
      if (!role) {
        note(fn.role.kind === 'unknown' ? `its role: ${fn.role.reason}` : `its role ${fn.role.kind === 'external' ? fn.role.id : ''} is not in this template`);
        continue;
      }
      const grants = grantsOf(role);
      // One need per endpoint (the first action that needs it names it in the message). Poller actions of an
      // event source of the function are the Lambda service's own calls.
      const services = new Map<string, { grant: Grant; need: EndpointNeed }>();
      for (const grant of grants.actions) {
        const prefix = serviceOfAction(grant.action);
        if (isLambdaServiceCall(grant, fn, model)) continue;
        const need = endpointNeed(grant.action);
        const key = need.kind === 'endpoint' ? need.names.join('|') : prefix;
        if (need.kind !== 'none' && !ignored.has(prefix) && !services.has(key)) services.set(key, { grant, need });
      }
      const vpc = model.vpcsOfFunction(fn)[0];
      // Stryker disable next-line ArrayDeclaration: without a VPC, `doubt` below says so before reading these
      const sharedZones = vpc ? model.awsHostedZonesOf(vpc) : [];
      // Stryker disable next-line ArrayDeclaration: the same
      const unreadableEndpoints = vpc ? model.unreadableEndpointsIn(vpc) : [];
      const missing: string[] = [];
      const unverifiable: string[] = [...grants.unreadable];
      for (const { grant, need } of services.values()) {
        const why = grant.why;
        // Stryker disable next-line ConditionalExpression,StringLiteral: narrows the type; `services` holds no 'none' need
        if (need.kind === 'none') continue;
        if (need.kind === 'no-endpoint') {
          missing.push(`${need.why}, so only a NAT route reaches it: ${why}`);
          continue;
        }
        if (need.resourceType && model.hasOtherOfType(need.resourceType)) continue;
        // A Gateway endpoint of the service in the VPC is the endpoint this rule asks for; whether it is on the
        // function's route tables is gateway-endpoint-routes' concern (a warning, as the contract has it).
        const served =
          // Stryker disable next-line ConditionalExpression: a VPC that is not known has no endpoints either
          vpc !== undefined &&
          need.names.some((n) => model.endpointTypesOf(vpc, n).has('interface') || (need.gateway === true && model.endpointTypesOf(vpc, n).has('gateway')));
        if (served) continue;
        const [serviceName = serviceOfAction(grant.action)] = need.names;
        const name = need.global ? `com.amazonaws.${serviceName}` : model.endpointServiceName(serviceName);
        const add = `add ${need.resourceType ? `an ${need.resourceType}` : need.gateway ? 'a Gateway or Interface endpoint' : 'an Interface endpoint'} ${need.resourceType ? `for ${serviceName}` : name}: ${why}`;
        const doubt = !vpc
          ? 'its VPC is not in this template'
          : unreadableEndpoints.length > 0
            ? `the service of ${labels(unreadableEndpoints)} is not known`
            : sharedZones.length > 0
              ? `private hosted zone ${labels(sharedZones)} may send it to an endpoint shared from another VPC`
              : undefined;
        if (doubt) unverifiable.push(`maybe ${add} (${doubt})`);
        else missing.push(add);
      }
      if (missing.length > 0) {
        report({
          subject: fn,
          message: `${name} has no default route (0.0.0.0/0) to a NAT or transit gateway from ${nounWithLabels('subnet', isolated)}, so it reaches AWS services only through VPC endpoints: ${missing.join('; ')}`,
          related: [
            ...isolated.map((s) => ({ message: `subnet ${label(s)}, without a default route out`, loc: s.loc, logicalId: s.name })),
            ...[...new Set(isolated.flatMap((s) => model.routeTablesOf(s)))].map((t) => ({
              message: tableText(t),
              loc: t.loc,
              logicalId: t.main ? undefined : t.name,
            })),
          ],
        });
      } else if (unverifiable.length > 0) note(unverifiable.join('; '));
    }
  },
});

/** Whether a subnet's default route leads out (a NAT or transit gateway), or not, or whether that is not known. */
function leadsOut(model: NetworkModel, subnet: Subnet): boolean | 'unknown' {
  const tables = model.routeTablesOf(subnet);
  if (tables.length === 0) return 'unknown';
  let unknown = false;
  for (const route of tables.flatMap((t) => model.routesOf(t))) {
    if (NEVER_EGRESS_TARGETS.has(route.target.kind)) continue;
    if (!route.destination.known) unknown = true;
    else if (route.destination.value !== '0.0.0.0/0') continue;
    else if (EGRESS_TARGETS.has(route.target.kind)) return true;
    else if (MAYBE_EGRESS_TARGETS.has(route.target.kind)) unknown = true;
  }
  return unknown ? 'unknown' : false;
}
