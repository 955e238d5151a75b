import { type Peer, type SecurityGroupRule } from './types.js';
/** What a rule check found wrong with a security group rule, and what it could not know. */
export interface Verdicts {
    problems: string[];
    unknowns: string[];
}
/** A rule as messages show it: `tcp 443 from LambdaSecurityGroup`, `all traffic from 0.0.0.0/0`. */
export declare function describeIngress(rule: SecurityGroupRule): string;
/** tcp on exactly one of `ports` (a service's, a database's), or the problem with the rule's protocol and ports. */
export declare function assessPorts({ protocol, fromPort, toPort }: SecurityGroupRule, ports: readonly number[], what: string, { problems, unknowns }: Verdicts): void;
/** A source the configuration allows (`allowedSources`): by logical ID, literal ID, CIDR or prefix list. */
export declare function allowedByOption(peer: Peer, allowed: ReadonlySet<string>): boolean;
