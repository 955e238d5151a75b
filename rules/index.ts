import type { Rule } from '../src/engine/run/rule.js';
import vpcDnsSupport from './vpc-dns-support.js';
import endpointPolicyScoped from './endpoint-policy-scoped.js';
import endpointSgIngress from './endpoint-sg-ingress.js';
import lambdaSubnetNoIgw from './lambda-subnet-no-igw.js';

/** The built-in rules, in the contract's order. */
export const builtinRules: readonly Rule[] = [vpcDnsSupport, endpointPolicyScoped, endpointSgIngress, lambdaSubnetNoIgw];
