import { display } from '../resolve/value.js';
import { label, listOf, rangeText, type Peer, type SecurityGroup, type SecurityGroupRule } from './types.js';

/** What a rule check found wrong with a security group rule, and what it could not know. */
export interface Verdicts {
  problems: string[];
  unknowns: string[];
}

/**
 * A rule as messages show it, in either direction: `tcp 443 from LambdaSecurityGroup`, `all traffic to 0.0.0.0/0`,
 * `tcp on all ports to ::/0`.
 */
export function describeRule(rule: SecurityGroupRule): string {
  const { protocol, fromPort, toPort, peer } = rule;
  const allTraffic = protocol.known && protocol.value === '-1';
  const proto = protocol.known ? (allTraffic ? 'all traffic' : protocol.value) : 'some protocol';
  return `${proto}${allTraffic ? '' : portsText(fromPort, toPort)} ${rule.direction === 'ingress' ? 'from' : 'to'} ${peerText(peer)}`;
}

function portsText(fromPort: SecurityGroupRule['fromPort'], toPort: SecurityGroupRule['toPort']): string {
  if (fromPort.known === false || toPort.known === false) return ' on ports not known before deployment';
  // No range, or -1 (EC2's "all" for tcp and udp too): every port.
  if (fromPort.known === 'absent' || toPort.known === 'absent' || fromPort.value < 0) return ' on all ports';
  return fromPort.value === toPort.value ? ` ${fromPort.value}` : ` ${fromPort.value}-${toPort.value}`;
}

function peerText(peer: Peer): string {
  switch (peer.kind) {
    case 'cidr':
    case 'cidr-ipv6':
      return rangeText(peer.range);
    case 'prefix-list':
      return `prefix list ${display(peer.prefixList)}`;
    case 'security-group':
      if (peer.group.kind === 'resource') return label(peer.group.target);
      return peer.group.kind === 'external' ? peer.group.id : 'a group not known before deployment';
    default:
      return 'an unknown source';
  }
}

/** The note for a group with no rule of its own in a direction, where rules whose group is not known may be its. */
export function maybeElsewhereNote(group: SecurityGroup, direction: SecurityGroupRule['direction'], reasons: readonly string[]): string {
  return `cannot verify the ${direction} of ${label(group)}: ${direction} rule ${listOf(reasons, 5, '; ')} may belong to it`;
}

/** The note for an inline rule list of the group that is not known before deployment. */
export function unknownRulesNote(group: SecurityGroup, direction: SecurityGroupRule['direction'], reason: string): string {
  return `cannot verify the ${direction} of ${label(group)}: ${reason}`;
}

/** tcp on exactly one of `ports` (a service's, a database's), or the problem with the rule's protocol and ports. */
export function assessPorts({ protocol, fromPort, toPort }: SecurityGroupRule, ports: readonly number[], what: string, { problems, unknowns }: Verdicts): void {
  if (!protocol.known) unknowns.push(`the protocol: ${protocol.reason}`);
  else if (protocol.value === '-1') problems.push('all protocols and ports are open');
  else if (protocol.value !== 'tcp') problems.push(`protocol ${protocol.value} is not tcp`);
  if (!protocol.known || protocol.value === '-1') return;
  if (fromPort.known === false) unknowns.push(`FromPort: ${fromPort.reason}`);
  else if (toPort.known === false) unknowns.push(`ToPort: ${toPort.reason}`);
  else if (fromPort.known === 'absent' || toPort.known === 'absent') problems.push('no port range given');
  else if (fromPort.value === -1 || toPort.value === -1) problems.push('all ports are open');
  else if (!(fromPort.value === toPort.value && ports.includes(fromPort.value))) {
    const expected = ports.length === 1 ? String(ports[0]) : `a port of ${what}`;
    problems.push(
      fromPort.value === toPort.value ? `port ${fromPort.value} is not ${expected}` : `ports ${fromPort.value}-${toPort.value} are a range, not ${expected}`,
    );
  }
}

/** A source the configuration allows (`allowedSources`): by logical ID, literal ID, CIDR or prefix list. */
export function allowedByOption(peer: Peer, allowed: ReadonlySet<string>): boolean {
  switch (peer.kind) {
    case 'cidr':
    case 'cidr-ipv6':
      return peer.range.known && allowed.has(peer.range.value);
    case 'prefix-list':
      return allowed.has(display(peer.prefixList));
    case 'security-group':
      return peer.group.kind === 'resource' ? allowed.has(peer.group.target.id) : peer.group.kind === 'external' && allowed.has(peer.group.id);
    default:
      return false;
  }
}

/** `tcp 443`, `tcp 25, 465 or 587`. */
export function tcpPortsText(ports: readonly number[]): string {
  return `tcp ${ports.length === 1 ? String(ports[0]) : `${ports.slice(0, -1).join(', ')} or ${String(ports.at(-1))}`}`;
}
