import type { Loc } from '../load/source-node.js';
import { display, type Value } from '../resolve/value.js';
import type { Element, Link, LinkList } from './types.js';

/** The attributes that denote a resource itself (its ID or ARN) rather than some property of it. */
export interface LinkKind<T extends Element> {
  readonly what: string;
  readonly elements: ReadonlyMap<string, T>;
  /** `null` stands for `Ref`. */
  readonly identity: readonly (string | null)[];
  /** Elements another resource's attribute denotes (`!GetAtt Vpc.DefaultSecurityGroup`): attribute → resource ID → element. */
  readonly byAttribute?: ReadonlyMap<string, ReadonlyMap<string, T>>;
}

/** Normalises a reference value (`Ref`, `Fn::GetAtt`, a literal ID) into a link to a model element. */
export function linkTo<T extends Element>(v: Value, kind: LinkKind<T>, typeOf: (id: string) => string | undefined): Link<T> {
  switch (v.kind) {
    case 'ref': {
      const target = kind.elements.get(v.target);
      if (target && kind.identity.includes(v.attribute)) return { kind: 'resource', target, loc: v.loc };
      const denoted = v.attribute === null ? undefined : kind.byAttribute?.get(v.attribute)?.get(v.target);
      if (denoted) return { kind: 'resource', target: denoted, loc: v.loc };
      const type = typeOf(v.target);
      const shown = v.attribute ? `${v.target}.${v.attribute}` : v.target;
      const article = /^[aeiou]/i.test(kind.what) ? 'an' : 'a';
      return { kind: 'unknown', reason: `${shown} (${type ?? 'not a resource'}) is not ${article} ${kind.what} of this template`, loc: v.loc };
    }
    case 'string':
      return { kind: 'external', id: v.value, loc: v.loc };
    case 'unknown':
      return { kind: 'unknown', reason: v.reason, loc: v.loc };
    default:
      return { kind: 'unknown', reason: `${display(v)} is not known before deployment`, loc: v.loc };
  }
}

/** A list property of references; `loc` is where the property's key stands (where findings about the list point). */
export function linkList<T extends Element>(v: Value | undefined, kind: LinkKind<T>, typeOf: (id: string) => string | undefined, loc: Loc): LinkList<T> {
  if (v === undefined) return { state: 'absent' };
  if (v.kind === 'list') return { state: 'set', items: v.items.map((i) => linkTo(i, kind, typeOf)), loc };
  if (v.kind === 'unknown') return { state: 'unknown', reason: v.reason, loc };
  return { state: 'unknown', reason: `${display(v)} is not a list`, loc };
}

export function targetOf<T>(link: Link<T>): T | undefined {
  return link.kind === 'resource' ? link.target : undefined;
}

export function linkedItems<T>(list: LinkList<T>): Link<T>[] {
  return list.state === 'set' ? [...list.items] : [];
}

/** The elements of the template that links point to (links to unknown or outside things left out). */
export function linkTargets<T>(links: readonly Link<T>[]): T[] {
  return links.flatMap((l) => (l.kind === 'resource' ? [l.target] : []));
}

/** Why a link does not lead to an element of the template, for "cannot verify" notes. */
export function whyUnlinked<T>(link: Exclude<Link<T>, { kind: 'resource' }>): string {
  return link.kind === 'unknown' ? link.reason : `${link.id} is not in this template`;
}
