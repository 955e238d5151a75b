import { display, type Value } from '../resolve/value.js';

/** What an AWS principal in a policy is. */
export type PrincipalKind = 'any' | 'role' | 'account-root' | 'account-id' | 'user' | 'other' | 'unknown';

export interface PrincipalEntry {
  readonly kind: PrincipalKind;
  readonly shown: string;
  /** The ARN's shape with pseudo parameters rendered (`arn:aws:iam::000000000000:root`), for matching patterns. */
  readonly shape?: string;
}

/** Stands for a part not known before deployment (a reference, an unknown) when matching ARN shapes. */
const SYMBOL = '\u0001';

/**
 * Pseudo parameters rendered with a value of the right shape, so that `${AWS::AccountId}` matches where an account
 * ID stands (a bare account ID principal is still an account ID).
 */
const PSEUDO_SHAPES: Record<string, string> = {
  'AWS::AccountId': '000000000000',
  'AWS::Partition': 'aws',
  'AWS::Region': 'region-1',
  'AWS::URLSuffix': 'amazonaws.com',
};

/**
 * The value as a string for shape matching: pseudo parameters (also the `#{AWS::AccountId}` form of the
 * serverless-pseudo-parameters plugin) rendered by shape, other symbolic parts as one SYMBOL character.
 */
export function pattern(v: Value): string | undefined {
  const plain = (text: string) => text.replace(/#\{(AWS::\w+)\}/g, (m, name: string) => PSEUDO_SHAPES[name] ?? SYMBOL);
  switch (v.kind) {
    case 'string':
      return plain(v.value);
    case 'number':
      return String(v.value);
    case 'text':
      return v.parts.map((p) => (p.kind === 'text' ? plain(p.text) : p.kind === 'pseudo' ? (PSEUDO_SHAPES[p.name] ?? SYMBOL) : SYMBOL)).join('');
    default:
      return undefined;
  }
}

/** Whether a `pattern()` shape (or a piece of one) has no part that is unknown or a reference. */
export function isKnownShape(shape: string): boolean {
  return !shape.includes(SYMBOL);
}

/** The value's shape when every part of it is known or a pseudo parameter (no reference, nothing unknown). */
export function knownShape(v: Value): string | undefined {
  const p = pattern(v);
  return p !== undefined && isKnownShape(p) ? p : undefined;
}

export function values(v: Value): readonly Value[] {
  return v.kind === 'list' ? v.items : [v];
}

/**
 * Classifies an AWS principal: `Fn::GetAtt Role.Arn`, and role ARNs built with `Fn::Sub`/pseudo parameters
 * (`arn:${AWS::Partition}:iam::${AWS::AccountId}:role/x`), are roles.
 */
export function classifyAwsPrincipal(v: Value, typeOf: (id: string) => string | undefined): PrincipalEntry {
  const entry = classify(v, typeOf);
  const shape = pattern(v);
  return shape !== undefined ? { ...entry, shape } : entry;
}

function classify(v: Value, typeOf: (id: string) => string | undefined): PrincipalEntry {
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
  const arn = /^arn:[^:]+:(iam|sts)::([^:]*):(.*)/s.exec(p);
  if (!arn) return { kind: p === SYMBOL ? 'unknown' : 'other', shown };
  const [, service = '', account = '', resource = ''] = arn;
  if (account.includes('*')) return { kind: 'other', shown }; // a wildcard account: a role of that name in any account
  if (resource === 'root') return { kind: 'account-root', shown };
  if (service === 'iam' && /^role\/./.test(resource) && !/^role\/[*/]*$/.test(resource)) return { kind: 'role', shown };
  if (service === 'sts' && resource.startsWith('assumed-role/')) return { kind: 'role', shown };
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
  if (parts[0] !== 'arn') return false;
  return /^[*/]+$/.test(parts.slice(5).join(':'));
}
