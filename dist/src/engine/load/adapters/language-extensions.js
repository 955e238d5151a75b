import { child } from '../source-node.js';
import { text } from './nodes.js';
/** `Fn::ForEach::Name: [Identifier, Collection, {OutputKey: OutputValue}]` (the AWS::LanguageExtensions transform). */
const FOR_EACH = /^Fn::ForEach::/;
const SECTIONS = ['Conditions', 'Resources', 'Outputs'];
/**
 * Expands `Fn::ForEach` loops as the AWS::LanguageExtensions transform does: for each item of the collection (a list,
 * or a CommaDelimitedList parameter's default), the output keys and values with `${Identifier}` / `&{Identifier}`
 * substituted and `{Ref: Identifier}` replaced by the item. The copies keep the positions of the loop's body, where
 * findings about them point. A loop over a collection not known before deployment is left out, with a note.
 */
export function expandForEach(root) {
    if (!SECTIONS.some((s) => entriesOf(child(root, s)).some((e) => FOR_EACH.test(e.key))))
        return { root, notes: [] };
    const notes = [];
    const parameters = child(root, 'Parameters');
    const expand = (entries, depth) => entries.flatMap((entry) => {
        if (!FOR_EACH.test(entry.key))
            return [entry];
        const loop = entry.value.kind === 'seq' ? entry.value.items : [];
        const [identifierNode, collectionNode, body] = loop;
        const identifier = text(identifierNode);
        const collection = collectionNode && collectionOf(collectionNode, parameters);
        if (loop.length !== 3 || identifier === undefined || body?.kind !== 'map' || depth > 5) {
            notes.push({ message: `${entry.key} is not a loop this tool can expand: its resources are not checked`, loc: entry.keyLoc });
            return [];
        }
        if (collection === undefined) {
            notes.push({ message: `${entry.key} loops over a collection not known before deployment: its resources are not checked`, loc: entry.keyLoc });
            return [];
        }
        return collection.flatMap((item) => expand(body.entries.map((e) => ({ ...e, key: substituteText(e.key, identifier, item), value: substitute(e.value, identifier, item) })), depth + 1));
    });
    const rootEntries = root.entries.map((section) => (SECTIONS.includes(section.key) && section.value.kind === 'map' ? { ...section, value: { ...section.value, entries: expand(section.value.entries, 0) } } : section));
    return { root: { ...root, entries: rootEntries }, notes };
}
function entriesOf(node) {
    return node?.kind === 'map' ? node.entries : [];
}
/** A literal list of strings, or `{Ref: Parameter}` of a list parameter with a default. */
function collectionOf(node, parameters) {
    if (node.kind === 'seq') {
        const values = node.items.map(text);
        return values.every((v) => v !== undefined) ? values : undefined;
    }
    const ref = node.kind === 'map' && node.entries.length === 1 && node.entries[0].key === 'Ref' ? text(node.entries[0].value) : undefined;
    const fallback = ref === undefined ? undefined : text(child(child(parameters, ref), 'Default'));
    return fallback?.split(',').map((v) => v.trim());
}
function substituteText(value, identifier, item) {
    return value.split(`\${${identifier}}`).join(item).split(`&{${identifier}}`).join(item.replace(/[^A-Za-z0-9]/g, ''));
}
function substitute(node, identifier, item) {
    switch (node.kind) {
        case 'scalar':
            return typeof node.value === 'string' ? { ...node, value: substituteText(node.value, identifier, item) } : node;
        case 'seq':
            return { ...node, items: node.items.map((i) => substitute(i, identifier, item)) };
        case 'map':
            if (node.entries.length === 1 && node.entries[0].key === 'Ref' && text(node.entries[0].value) === identifier)
                return { kind: 'scalar', value: item, loc: node.loc };
            return { ...node, entries: node.entries.map((e) => ({ ...e, key: substituteText(e.key, identifier, item), value: substitute(e.value, identifier, item) })) };
    }
}
//# sourceMappingURL=language-extensions.js.map