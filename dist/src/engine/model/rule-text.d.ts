import { type Peer, type SecurityGroup, type SecurityGroupRule } from './types.js';
/** What a rule check found wrong with a security group rule, and what it could not know. */
export interface Verdicts {
    problems: string[];
    unknowns: string[];
}
/**
 * A rule as messages show it, in either direction: `tcp 443 from LambdaSecurityGroup`, `all traffic to 0.0.0.0/0`,
 * `tcp on all ports to ::/0`.
 */
export declare function describeRule(rule: SecurityGroupRule): string;
/** The note for a group with no rule of its own in a direction, where rules whose group is not known may be its. */
export declare function maybeElsewhereNote(group: SecurityGroup, direction: SecurityGroupRule['direction'], reasons: readonly string[]): string;
/** The note for an inline rule list of the group that is not known before deployment. */
export declare function unknownRulesNote(group: SecurityGroup, direction: SecurityGroupRule['direction'], reason: string): string;
/** tcp on exactly one of `ports` (a service's, a database's), or the problem with the rule's protocol and ports. */
export declare function assessPorts({ protocol, fromPort, toPort }: SecurityGroupRule, ports: readonly number[], what: string, { problems, unknowns }: Verdicts): void;
/** A source the configuration allows (`allowedSources`): by logical ID, literal ID, CIDR or prefix list. */
export declare function allowedByOption(peer: Peer, allowed: ReadonlySet<string>): boolean;
/** `tcp 443`, `tcp 25, 465 or 587`. */
export declare function tcpPortsText(ports: readonly number[]): string;
