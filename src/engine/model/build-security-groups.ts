import { NO_DEFAULT_EGRESS } from '../load/source-node.js';
import { field, knownString, type Value } from '../resolve/value.js';
import type { ResourceHandler } from './build-network.js';
import type { ModelBuilder } from './model-builder.js';
import type { ResourceView } from './resource-view.js';
import { knownNumber, protocol, whyUnknown } from './coerce.js';
import type { Link, Peer, SecurityGroup, SecurityGroupRule } from './types.js';

const STANDALONE_RULE_KEYS = [
  'IpProtocol',
  'FromPort',
  'ToPort',
  'CidrIp',
  'CidrIpv6',
  'SourcePrefixListId',
  'SourceSecurityGroupId',
  'SourceSecurityGroupName',
  'DestinationPrefixListId',
  'DestinationSecurityGroupId',
];

/** Security groups with their inline rules, and the rules written as resources of their own. */
export const SECURITY_GROUP_HANDLERS: Record<string, ResourceHandler> = {
  'AWS::EC2::SecurityGroup': (b, r) => {
    const e = r.element;
    const own = b.rules.get(e.id) ?? [];
    b.rules.set(e.id, own);
    const unknownRules: SecurityGroup['unknownRules'][number][] = [];
    for (const [direction, key] of [
      ['ingress', 'SecurityGroupIngress'],
      ['egress', 'SecurityGroupEgress'],
    ] as const) {
      const v = r.prop(key);
      const items = v === undefined ? [] : v.kind === 'list' ? v.items : [v];
      for (const item of items) {
        if (item.kind === 'map') own.push(sgRule(item, direction, { kind: 'inline' }, (g) => b.link(g, b.kinds.group, item.loc)));
        else unknownRules.push({ direction, reason: whyUnknown(item), loc: item.loc });
      }
    }
    Object.assign(b.shellOf(b.groups, e.id), {
      vpc: b.link(r.prop('VpcId'), b.kinds.vpc, e.loc),
      unknownRules,
      defaultEgress: r.metadata(NO_DEFAULT_EGRESS) === undefined,
    });
  },
  'AWS::EC2::SecurityGroupIngress': (b, r) => {
    standaloneRule(b, r, 'ingress');
  },
  'AWS::EC2::SecurityGroupEgress': (b, r) => {
    standaloneRule(b, r, 'egress');
  },
};

function standaloneRule(b: ModelBuilder, r: ResourceView, direction: 'ingress' | 'egress'): void {
  const e = r.element;
  const whole: Value = {
    kind: 'map',
    entries: STANDALONE_RULE_KEYS.flatMap((k) => {
      const p = r.entry(k);
      return p ? [{ key: k, keyLoc: p.keyLoc, value: p.value }] : [];
    }),
    loc: e.loc,
  };
  const target = b.link(r.prop('GroupId') ?? r.prop('GroupName'), b.kinds.group, e.loc);
  const rule = sgRule(whole, direction, { kind: 'standalone', resource: e }, (g) => b.link(g, b.kinds.group, e.loc));
  if (target.kind === 'resource') b.addRule(target.target.id, rule);
  else if (target.kind === 'unknown') b.unattachedRules.push({ direction, reason: `${e.id} (its group: ${target.reason})`, loc: e.loc });
}

function sgRule(
  item: Value,
  direction: 'ingress' | 'egress',
  origin: SecurityGroupRule['origin'],
  groupLink: (v: Value) => Link<SecurityGroup>,
): SecurityGroupRule {
  const get = (k: string) => field(item, k)?.value;
  const port = (k: string) => {
    const v = get(k);
    return v === undefined ? { known: 'absent' as const } : knownNumber(v);
  };
  return {
    direction,
    protocol: protocol(get('IpProtocol'), item.loc),
    fromPort: port('FromPort'),
    toPort: port('ToPort'),
    peer: peerOf(get, direction, groupLink),
    loc: item.loc,
    origin,
  };
}

function peerOf(get: (k: string) => Value | undefined, direction: 'ingress' | 'egress', groupLink: (v: Value) => Link<SecurityGroup>): Peer {
  const prefix = direction === 'ingress' ? 'Source' : 'Destination';
  // A CIDR source whose value is unknown is still a CIDR source, unless the property itself may not exist.
  const range = (v: Value, kind: 'cidr' | 'cidr-ipv6'): Peer => {
    if (v.kind === 'unknown' && v.mayBeAbsent) return { kind: 'unknown', reason: v.reason };
    const value = knownString(v);
    return { kind, range: value !== undefined ? { known: true, value } : { known: false, reason: whyUnknown(v) } };
  };
  const cidr = get('CidrIp');
  if (cidr) return range(cidr, 'cidr');
  const cidr6 = get('CidrIpv6');
  if (cidr6) return range(cidr6, 'cidr-ipv6');
  const prefixList = get(`${prefix}PrefixListId`);
  if (prefixList) return { kind: 'prefix-list', prefixList };
  const group = get(`${prefix}SecurityGroupId`) ?? get(`${prefix}SecurityGroupName`);
  if (group) return { kind: 'security-group', group: groupLink(group) };
  return { kind: 'none' };
}
