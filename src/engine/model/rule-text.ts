import { display } from '../resolve/value.js';
import { label, rangeText, type Peer, type SecurityGroupRule } from './types.js';

/** What a rule check found wrong with a security group rule, and what it could not know. */
export interface Verdicts {
  problems: string[];
  unknowns: string[];
}

/** A rule as messages show it: `tcp 443 from LambdaSecurityGroup`, `all traffic from 0.0.0.0/0`. */
export function describeIngress(rule: SecurityGroupRule): string {
  const { protocol, fromPort, toPort, peer } = rule;
  const proto = protocol.known ? (protocol.value === '-1' ? 'all traffic' : protocol.value) : 'some protocol';
  const ports =
    protocol.known && protocol.value === '-1'
      ? ''
      : fromPort.known === true && toPort.known === true
        ? fromPort.value === toPort.value
          ? ` ${fromPort.value}`
          : ` ${fromPort.value}-${toPort.value}`
        : fromPort.known === 'absent'
          ? ' on all ports'
          : ' on ports not known before deployment';
  const from =
    peer.kind === 'cidr' || peer.kind === 'cidr-ipv6'
      ? rangeText(peer.range)
      : peer.kind === 'prefix-list'
        ? `prefix list ${display(peer.prefixList)}`
        : peer.kind === 'security-group'
          ? peer.group.kind === 'resource'
            ? label(peer.group.target)
            : peer.group.kind === 'external'
              ? peer.group.id
              : 'a group not known before deployment'
          : 'an unknown source';
  return `${proto}${ports} from ${from}`;
}

/** tcp on exactly one of `ports` (a service's, a database's), or the problem with the rule's protocol and ports. */
export function assessPorts({ protocol, fromPort, toPort }: SecurityGroupRule, ports: readonly number[], what: string, { problems, unknowns }: Verdicts): void {
  if (!protocol.known) unknowns.push(`protocol ${protocol.reason}`);
  else if (protocol.value === '-1') problems.push('all protocols and ports are open');
  else if (protocol.value !== 'tcp') problems.push(`protocol ${protocol.value} is not tcp`);
  if (!protocol.known || protocol.value === '-1') return;
  if (fromPort.known === false) unknowns.push(`FromPort ${fromPort.reason}`);
  else if (toPort.known === false) unknowns.push(`ToPort ${toPort.reason}`);
  else if (fromPort.known === 'absent' || toPort.known === 'absent') problems.push('no port range given');
  else if (!(fromPort.value === toPort.value && ports.includes(fromPort.value))) {
    problems.push(`ports ${fromPort.value}-${toPort.value} are not ${ports.length === 1 ? ports[0] : `a port of ${what}`}`);
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
