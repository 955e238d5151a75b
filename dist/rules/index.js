import vpcDnsSupport from './vpc-dns-support.js';
import endpointPolicyScoped from './endpoint-policy-scoped.js';
import endpointSgIngress from './endpoint-sg-ingress.js';
import lambdaSubnetNoIgw from './lambda-subnet-no-igw.js';
import endpointPrivateDns from './endpoint-private-dns.js';
import lambdaServiceEndpoints from './lambda-service-endpoints.js';
import endpointAzCoverage from './endpoint-az-coverage.js';
import gatewayEndpointRoutes from './gateway-endpoint-routes.js';
import lambdaMultiAz from './lambda-multi-az.js';
import lambdaSgEgress from './lambda-sg-egress.js';
import targetSgIngress from './target-sg-ingress.js';
/** The built-in rules, in the contract's order: the four core rules, then the extension rules. */
export const builtinRules = [
    vpcDnsSupport,
    endpointPolicyScoped,
    endpointSgIngress,
    lambdaSubnetNoIgw,
    endpointPrivateDns,
    lambdaServiceEndpoints,
    endpointAzCoverage,
    gatewayEndpointRoutes,
    lambdaMultiAz,
    lambdaSgEgress,
    targetSgIngress,
];
//# sourceMappingURL=index.js.map