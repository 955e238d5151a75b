import type { Loc } from '../load/source-node.js';
import { type Value } from '../resolve/value.js';
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
export declare function linkTo<T extends Element>(v: Value, kind: LinkKind<T>, typeOf: (id: string) => string | undefined): Link<T>;
/** A list property of references; `loc` is where the property's key stands (where findings about the list point). */
export declare function linkList<T extends Element>(v: Value | undefined, kind: LinkKind<T>, typeOf: (id: string) => string | undefined, loc: Loc): LinkList<T>;
export declare function targetOf<T>(link: Link<T>): T | undefined;
export declare function linkedItems<T>(list: LinkList<T>): Link<T>[];
/** The elements of the template that links point to (links to unknown or outside things left out). */
export declare function linkTargets<T>(links: readonly Link<T>[]): T[];
/** Why a link does not lead to an element of the template, for "cannot verify" notes. */
export declare function whyUnlinked<T>(link: Exclude<Link<T>, {
    kind: 'resource';
}>): string;
