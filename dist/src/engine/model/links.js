import { display } from '../resolve/value.js';
/** Normalises a reference value (`Ref`, `Fn::GetAtt`, a literal ID) into a link to a model element. */
export function linkTo(v, kind, typeOf) {
    switch (v.kind) {
        case 'ref': {
            const target = kind.elements.get(v.target);
            if (target && kind.identity.includes(v.attribute))
                return { kind: 'resource', target, loc: v.loc };
            const denoted = v.attribute === null ? undefined : kind.byAttribute?.get(v.attribute)?.get(v.target);
            if (denoted)
                return { kind: 'resource', target: denoted, loc: v.loc };
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
export function linkList(v, kind, typeOf, loc) {
    if (v === undefined)
        return { state: 'absent' };
    if (v.kind === 'list')
        return { state: 'set', items: v.items.map((i) => linkTo(i, kind, typeOf)), loc };
    if (v.kind === 'unknown')
        return { state: 'unknown', reason: v.reason, loc };
    return { state: 'unknown', reason: `${display(v)} is not a list`, loc };
}
export function targetOf(link) {
    return link.kind === 'resource' ? link.target : undefined;
}
export function linkedItems(list) {
    return list.state === 'set' ? [...list.items] : [];
}
/** The elements of the template that links point to (links to unknown or outside things left out). */
export function linkTargets(links) {
    return links.flatMap((l) => (l.kind === 'resource' ? [l.target] : []));
}
/** Why a link does not lead to an element of the template, for "cannot verify" notes. */
export function whyUnlinked(link) {
    return link.kind === 'unknown' ? link.reason : `${link.id} is not in this template`;
}
//# sourceMappingURL=links.js.map