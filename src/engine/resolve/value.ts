import { soleItem } from '../util/lists.js';
import type { Loc } from '../load/source-node.js';

export const PSEUDO_PARAMETERS = [
  'AWS::AccountId',
  'AWS::Region',
  'AWS::Partition',
  'AWS::StackName',
  'AWS::StackId',
  'AWS::URLSuffix',
  'AWS::NotificationARNs',
] as const;
export type PseudoName = (typeof PSEUDO_PARAMETERS)[number];

/** A piece of a string that is only partly known. */
export type Part =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'pseudo'; readonly name: PseudoName }
  | { readonly kind: 'ref'; readonly target: string; readonly attribute: string | null }
  /** Zone number `index` of `region` as `!Select [index, !GetAZs region]` gives it. */
  | { readonly kind: 'zone'; readonly region: string; readonly index: number }
  | { readonly kind: 'unknown'; readonly reason: string };

export interface ValueEntry {
  readonly key: string;
  readonly keyLoc: Loc;
  readonly value: Value;
}

/**
 * A resolved template value. Intrinsic functions are gone: what was knowable is a plain value, a resource
 * reference is a `ref` (the edges of the network model), a string mixing text with references or pseudo parameters
 * is `text`, and anything else is `unknown` with the reason. Every value keeps where the user wrote it.
 */
export type Value =
  | { readonly kind: 'string'; readonly value: string; readonly loc: Loc }
  | { readonly kind: 'number'; readonly value: number; readonly loc: Loc }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly loc: Loc }
  | { readonly kind: 'null'; readonly loc: Loc }
  | { readonly kind: 'list'; readonly items: readonly Value[]; readonly loc: Loc }
  | { readonly kind: 'map'; readonly entries: readonly ValueEntry[]; readonly loc: Loc }
  | { readonly kind: 'ref'; readonly target: string; readonly attribute: string | null; readonly loc: Loc }
  | { readonly kind: 'text'; readonly parts: readonly Part[]; readonly loc: Loc }
  /** `Fn::GetAZs region`: the zones of a region, known only symbolically. */
  | { readonly kind: 'zones'; readonly region: string; readonly loc: Loc }
  /** `mayBeAbsent`: an `Fn::If` on a condition we cannot evaluate, one of whose branches is `AWS::NoValue`. */
  | { readonly kind: 'unknown'; readonly reason: string; readonly loc: Loc; readonly mayBeAbsent?: true };

export type Unknown = Extract<Value, { kind: 'unknown' }>;
export type MapValue = Extract<Value, { kind: 'map' }>;

export function unknown(reason: string, loc: Loc): Unknown {
  return { kind: 'unknown', reason, loc };
}

export function field(v: Value | undefined, key: string): ValueEntry | undefined {
  return v?.kind === 'map' ? v.entries.find((e) => e.key === key) : undefined;
}

/** Builds a string value from parts, merging adjacent text; a fully textual result is a plain string. */
export function fromParts(parts: readonly Part[], loc: Loc): Value {
  const merged: Part[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (p.kind === 'text' && last?.kind === 'text') merged[merged.length - 1] = { kind: 'text', text: last.text + p.text };
    else if (p.kind !== 'text' || p.text !== '') merged.push(p);
  }
  if (merged.length === 0) return { kind: 'string', value: '', loc };
  const only = soleItem(merged);
  if (only?.kind === 'text') return { kind: 'string', value: only.text, loc };
  if (only?.kind === 'ref') return { kind: 'ref', target: only.target, attribute: only.attribute, loc };
  if (only?.kind === 'unknown') return unknown(only.reason, loc);
  return { kind: 'text', parts: merged, loc };
}

/** The value as string parts (for Sub/Join), or undefined when it is not string-like (a list or a map). */
export function toParts(v: Value): Part[] | undefined {
  switch (v.kind) {
    // Stryker disable next-line ConditionalExpression: a string falling through to the number case is the same text
    case 'string':
      return [{ kind: 'text', text: v.value }];
    case 'number':
    case 'boolean':
      return [{ kind: 'text', text: String(v.value) }];
    case 'ref':
      return [{ kind: 'ref', target: v.target, attribute: v.attribute }];
    case 'text':
      return [...v.parts];
    case 'unknown':
      return [{ kind: 'unknown', reason: v.reason }];
    // Stryker disable next-line ConditionalExpression: without this case the function ends, returning undefined too
    default:
      return undefined;
  }
}

/** The plain string when fully known (numbers and booleans as CloudFormation would print them). */
export function knownString(v: Value | undefined): string | undefined {
  if (!v) return undefined;
  if (v.kind === 'string') return v.value;
  if (v.kind === 'number' || v.kind === 'boolean') return String(v.value);
  return undefined;
}

/** How a user would recognise the value in a message: `${AWS::AccountId}`, `Res.Attr`, `?` for unknown parts. */
export function display(v: Value): string {
  switch (v.kind) {
    // Stryker disable next-line ConditionalExpression: a string falling through to the number case is the same text
    case 'string':
      return v.value;
    case 'number':
    case 'boolean':
      return String(v.value);
    case 'null':
      return 'null';
    case 'ref':
      return v.attribute ? `${v.target}.${v.attribute}` : v.target;
    case 'text':
      return v.parts.map(displayPart).join('');
    case 'zones':
      return `GetAZs(${v.region})`;
    case 'list':
      return `[${v.items.map(display).join(', ')}]`;
    case 'map':
      return `{${v.entries.map((e) => e.key).join(', ')}}`;
    case 'unknown':
      return `<unknown: ${v.reason}>`;
  }
}

function displayPart(p: Part): string {
  switch (p.kind) {
    case 'text':
      return p.text;
    case 'pseudo':
      return `\${${p.name}}`;
    case 'ref':
      return p.attribute ? `\${${p.target}.${p.attribute}}` : `\${${p.target}}`;
    case 'zone':
      return `<zone ${p.index} of ${p.region}>`;
    case 'unknown':
      return '<unknown>';
  }
}
