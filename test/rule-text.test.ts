/**
 * How security group rules read in messages (both directions, one function) and how their ports are judged: the
 * shared text of endpoint-sg-ingress, target-sg-ingress and lambda-sg-egress.
 */
import { describe, expect, test } from '@jest/globals';
import { assessPorts, describeRule, maybeElsewhereNote, unknownRulesNote, type Verdicts } from '../src/engine/model/rule-text.js';
import type { Known, Peer, SecurityGroup, SecurityGroupRule } from '../src/engine/model/types.js';

const known = <T>(value: T): Known<T> => ({ known: true, value });
const unknown = (reason: string) => ({ known: false as const, reason });
const absent = { known: 'absent' as const };
const cidr: Peer = { kind: 'cidr', range: known('0.0.0.0/0') };

function rule(
  protocol: Known<string>,
  fromPort: SecurityGroupRule['fromPort'],
  toPort: SecurityGroupRule['toPort'],
  extra: Partial<SecurityGroupRule> = {},
): SecurityGroupRule {
  return { direction: 'ingress', protocol, fromPort, toPort, peer: cidr, loc: { line: 1, column: 1 }, origin: { kind: 'inline' }, ...extra };
}

const group = { name: 'EndpointSecurityGroup', id: 'EndpointSecurityGroup', type: 'AWS::EC2::SecurityGroup' } as unknown as SecurityGroup;

describe('describeRule', () => {
  test.each([
    ['one port', rule(known('tcp'), known(443), known(443)), 'tcp 443 from 0.0.0.0/0'],
    ['a range', rule(known('tcp'), known(443), known(8443)), 'tcp 443-8443 from 0.0.0.0/0'],
    ['all traffic', rule(known('-1'), known(-1), known(-1)), 'all traffic from 0.0.0.0/0'],
    ['no ports', rule(known('tcp'), absent, absent), 'tcp on all ports from 0.0.0.0/0'],
    ['-1 for tcp', rule(known('tcp'), known(-1), known(-1)), 'tcp on all ports from 0.0.0.0/0'],
    ['unknown ports', rule(known('udp'), unknown('x'), known(53)), 'udp on ports not known before deployment from 0.0.0.0/0'],
    ['unknown protocol', rule(unknown('x'), known(443), known(443)), 'some protocol 443 from 0.0.0.0/0'],
    ['egress', rule(known('-1'), absent, absent, { direction: 'egress', peer: { kind: 'cidr-ipv6', range: known('::/0') } }), 'all traffic to ::/0'],
    [
      'a prefix list',
      rule(known('tcp'), known(443), known(443), {
        peer: { kind: 'prefix-list', prefixList: { kind: 'string', value: 'pl-1234', loc: { line: 1, column: 1 } } },
      }),
      'tcp 443 from prefix list pl-1234',
    ],
    [
      'an external group',
      rule(known('tcp'), known(443), known(443), { peer: { kind: 'security-group', group: { kind: 'external', id: 'sg-0abc', loc: { line: 1, column: 1 } } } }),
      'tcp 443 from sg-0abc',
    ],
    ['no source', rule(known('tcp'), known(443), known(443), { peer: { kind: 'none' } }), 'tcp 443 from an unknown source'],
  ])('%s', (_what, r, text) => {
    expect(describeRule(r)).toBe(text);
  });
});

describe('assessPorts (tcp on exactly one of the ports)', () => {
  const verdicts = (r: SecurityGroupRule, ports: number[] = [443]): Verdicts => {
    const v: Verdicts = { problems: [], unknowns: [] };
    assessPorts(r, ports, 'the database', v);
    return v;
  };
  test.each([
    ['tcp 443', rule(known('tcp'), known(443), known(443)), [], []],
    ['a range that starts at 443', rule(known('tcp'), known(443), known(8443)), ['ports 443-8443 are a range, not 443'], []],
    ['a range that ends at 443', rule(known('tcp'), known(80), known(443)), ['ports 80-443 are a range, not 443'], []],
    ['another single port', rule(known('tcp'), known(8443), known(8443)), ['port 8443 is not 443'], []],
    ['udp 443', rule(known('udp'), known(443), known(443)), ['protocol udp is not tcp'], []],
    ['all traffic', rule(known('-1'), absent, absent), ['all protocols and ports are open'], []],
    ['no port range', rule(known('tcp'), absent, absent), ['no port range given'], []],
    ['an unknown FromPort', rule(known('tcp'), unknown('parameter Port has no default'), known(443)), [], ['FromPort: parameter Port has no default']],
    ['an unknown ToPort', rule(known('tcp'), known(443), unknown('Fn::ImportValue port')), [], ['ToPort: Fn::ImportValue port']],
    [
      'an unknown protocol',
      rule(unknown('parameter Protocol has no default'), known(443), known(443)),
      [],
      ['the protocol: parameter Protocol has no default'],
    ],
  ])('%s', (_what, r, problems, unknowns) => {
    expect(verdicts(r)).toStrictEqual({ problems, unknowns });
  });

  test('one of several ports (a database engine): any one of them, named as the database', () => {
    expect(verdicts(rule(known('tcp'), known(5432), known(5432)), [3306, 5432])).toStrictEqual({ problems: [], unknowns: [] });
    expect(verdicts(rule(known('tcp'), known(1), known(5432)), [3306, 5432])).toStrictEqual({
      problems: ['ports 1-5432 are a range, not a port of the database'],
      unknowns: [],
    });
  });
});

test('the notes for rules that cannot be read', () => {
  expect(maybeElsewhereNote(group, 'egress', ['A: x', 'B: y'])).toBe(
    'cannot verify the egress of EndpointSecurityGroup: egress rule A: x; B: y may belong to it',
  );
  expect(unknownRulesNote(group, 'ingress', 'SecurityGroupIngress is a parameter')).toBe(
    'cannot verify the ingress of EndpointSecurityGroup: SecurityGroupIngress is a parameter',
  );
});
