import { display, type Value } from '../resolve/value.js';

/** What an AWS principal in a policy is. */
export type PrincipalKind = 'any' | 'role' | 'account-root' | 'account-id' | 'user' | 'other' | 'unknown';

export interface PrincipalEntry {
  readonly kind: PrincipalKind;
  readonly shown: string;
}

/** Stands for a part not known before deployment (a pseudo parameter, a reference) when matching ARN shapes. */
const SYMBOL = '\u0001';

/** The value as a string in which every symbolic part is one SYMBOL character; undefined if not string-like. */
export function pattern(v: Value): string | undefined {
  switch (v.kind) {
    case 'string':
      return v.value;
    case 'number':
      return String(v.value);
    case 'text':
      return v.parts.map((p) => (p.kind === 'text' ? p.text : SYMBOL)).join('');
    default:
      return undefined;
  }
}

export function values(v: Value): readonly Value[] {
  return v.kind === 'list' ? v.items : [v];
}

/**
 * Classifies an AWS principal: `Fn::GetAtt Role.Arn`, and role ARNs built with `Fn::Sub`/pseudo parameters
 * (`arn:${AWS::Partition}:iam::${AWS::AccountId}:role/x`), are roles.
 */
export function classifyAwsPrincipal(v: Value, typeOf: (id: string) => string | undefined): PrincipalEntry {
  const shown = display(v);
  if (v.kind === 'ref') {
    const type = typeOf(v.target);
    if (type === 'AWS::IAM::Role' && v.attribute === 'Arn') return { kind: 'role', shown };
    if (type === 'AWS::IAM::User' && v.attribute === 'Arn') return { kind: 'user', shown };
    return { kind: 'other', shown };
  }
  if (v.kind === 'unknown') return { kind: 'unknown', shown: v.reason };
  const p = pattern(v);
  if (p === undefined) return { kind: 'unknown', shown };
  if (p === '*') return { kind: 'any', shown };
  if (/^\d{12}$/.test(p)) return { kind: 'account-id', shown };
  const arn = /^arn:[^:]+:(iam|sts)::[^:]*:(.*)$/.exec(p);
  if (!arn) return { kind: p === SYMBOL ? 'unknown' : 'other', shown };
  const resource = arn[2]!;
  if (resource === 'root') return { kind: 'account-root', shown };
  if (arn[1] === 'iam' && /^role\/./.test(resource) && !/^role\/[*/]*$/.test(resource)) return { kind: 'role', shown };
  if (arn[1] === 'sts' && resource.startsWith('assumed-role/')) return { kind: 'role', shown };
  if (resource.startsWith('user/')) return { kind: 'user', shown };
  if (resource.includes(SYMBOL) && !resource.startsWith('role/')) return { kind: 'unknown', shown };
  return { kind: 'other', shown };
}

/** `*` or `svc:*`: every action (of a service). */
export function isWildcardAction(v: Value): boolean {
  const p = pattern(v);
  return p !== undefined && (p === '*' || /^[A-Za-z0-9-]+:\*$/.test(p));
}

/** `*`, or an ARN whose resource part is only wildcards (`arn:aws:sqs:us-east-1:123456789012:*`, `arn:aws:s3:::*`). */
export function isWildcardResource(v: Value): boolean {
  const p = pattern(v);
  if (p === undefined) return false;
  if (p === '*') return true;
  const parts = p.split(':');
  if (parts[0] !== 'arn' || parts.length < 6) return false;
  return /^[*/]+$/.test(parts.slice(5).join(':'));
}
