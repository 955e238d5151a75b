import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import { CUSTOM_TAGS } from '../load/parse-yaml.js';
import { quoteVersions, toShortForms } from './render-policy.js';
import { isIntrinsicKey } from './written.js';
/**
 * YAML changed by splicing: the new value replaces the old one's characters, a new property is a new line at the
 * indentation of its siblings, a list item a new line under the last one. Everything else (comments, quoting, key
 * order, short forms) stays byte for byte.
 */
export function editableYaml(text, style) {
    const doc = parseDocument(text, { customTags: CUSTOM_TAGS, uniqueKeys: false, strict: false });
    return { text, edit: (change) => spliceYaml(text, doc, change, style) };
}
function spliceYaml(text, doc, change, style) {
    const props = propertiesOf(doc, change.resource);
    if (typeof props === 'string')
        return { refused: props };
    if (written(props, change.property) > 1)
        return { refused: `${change.property} is written twice` };
    const pair = props.items.find((p) => isScalar(p.key) && p.key.value === change.property);
    const firstKey = props.items[0]?.key;
    if (!props.range)
        return { refused: 'its position in the file is not known' };
    const indent = columnOf(text, firstKey?.range?.[0] ?? props.range[0]);
    if (!pair) {
        const value = change.kind === 'append' ? change.items : change.value;
        return insertion(text, afterOwnComments(text, props.range[1], indent), entryText(change.property, value, indent, style));
    }
    const node = pair.value;
    const span = node?.range;
    if (!span)
        return { refused: `the position of ${change.property} is not known` };
    if (change.kind === 'replace')
        return replacement(text, node, change, style);
    if (change.kind === 'set') {
        if (change.ifAbsent)
            return { refused: `${change.property} is already set` };
        if (!isScalar(node) || node.tag || typeof change.value === 'object')
            return { refused: `${change.property} is written as an expression` };
        if (String(node.source ?? node.value).includes('${'))
            return { refused: `${change.property} is a variable` };
        return { splices: [{ start: span[0], end: span[1], text: inline(change.value, style) }] };
    }
    if (!isSeq(node))
        return { refused: `${change.property} is written as an expression, not a list` };
    const items = change.items.map((i) => inline(i, style));
    if (node.flow) {
        const close = text.lastIndexOf(']', span[1]);
        const empty = text.slice(span[0] + 1, close).trim() === '';
        return { splices: [{ start: close, end: close, text: (empty ? '' : ', ') + items.join(', ') }] };
    }
    const dash = columnOf(text, span[0]);
    return insertion(text, span[1], items.map((i) => `${' '.repeat(dash)}- ${i}\n`).join(''));
}
/** A literal list or mapping written anew where it is: in flow style on its line, in block style under its key. */
function replacement(text, node, change, style) {
    if (!(isSeq(node) || isMap(node)) ||
        node.tag ||
        (isMap(node) && node.items.length === 1 && isIntrinsicKey(node.items[0]?.key?.value))) {
        return { refused: `${change.property} is written as an expression` };
    }
    if (!node.range)
        return { refused: `the position of ${change.property} is not known` };
    const [start, end] = node.range;
    if (node.flow)
        return { splices: [{ start, end, text: inline(change.value, style) }] };
    const pad = ' '.repeat(columnOf(text, start));
    const lines = yamlDocument(change.value, style)
        .toString({ lineWidth: 0 })
        .split('\n')
        .filter((l) => l !== '');
    const newline = text[end - 1] === '\n' ? '\n' : '';
    return { splices: [{ start, end, text: `${lines.map((l, i) => (i === 0 ? l : `${pad}${l}`)).join('\n')}${newline}` }] };
}
/** The resource's Properties as a block mapping (CloudFormation's `Resources`, or a Serverless `resources.Resources`). */
function propertiesOf(doc, resource) {
    const path = [['Resources'], ['resources', 'Resources']].find((p) => isMap(doc.getIn([...p, resource], true)));
    const node = path ? doc.getIn([...path, resource], true) : undefined;
    if (!path || !isMap(node))
        return `${resource} is not written in this file`;
    // A key written twice: CloudFormation reads the last one, this editor would find the first.
    if (written(doc.getIn(path, true), resource) > 1 || written(node, 'Properties') > 1)
        return `${resource} or its Properties are written twice`;
    const props = node.get('Properties', true);
    if (!isMap(props))
        return `${resource} has no Properties mapping to add to`;
    if (props.flow || node.flow)
        return `the Properties of ${resource} are written in flow style ({ … })`;
    return props;
}
/** How many times a mapping has the key. */
function written(map, key) {
    return isMap(map) ? map.items.filter((p) => isScalar(p.key) && p.key.value === key).length : 0;
}
/**
 * Past the comment lines right after a mapping that are indented as its keys: they belong to it (they often
 * introduce what is missing), while a comment indented less is about what follows.
 */
function afterOwnComments(text, offset, indent) {
    const own = new RegExp(`^ {${indent}}#[^\\n]*(?:\\n|(?![\\s\\S]))`, 'my');
    let at = offset;
    for (own.lastIndex = at; own.test(text) && own.lastIndex > at; own.lastIndex = at)
        at = own.lastIndex;
    return at;
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
/** Whole lines inserted at `offset` (a line start), on a line of their own even where the file ends without a newline. */
function insertion(text, offset, lines) {
    const needsBreak = offset > 0 && text[offset - 1] !== '\n';
    return { splices: [{ start: offset, end: offset, text: (needsBreak ? '\n' : '') + lines }] };
}
/** A value as YAML on one line: `true`, `!Ref X` (short forms) or `{ Ref: X }`. */
function inline(value, style) {
    const doc = yamlDocument(value, style);
    if (isMap(doc.contents) || isSeq(doc.contents))
        doc.contents.flow = true;
    return doc.toString({ lineWidth: 0 }).trimEnd();
}
/** `key: value` at `indent`, or the key with its block beneath (lists and maps, as a policy document). */
function entryText(key, value, indent, style) {
    const pad = ' '.repeat(indent);
    if (typeof value !== 'object' || isIntrinsic(value))
        return `${pad}${key}: ${inline(value, style)}\n`;
    const block = yamlDocument(value, style).toString({ lineWidth: 0 });
    return `${pad}${key}:\n${block
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => `${pad}  ${l}\n`)
        .join('')}`;
}
function isIntrinsic(value) {
    return typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && isIntrinsicKey(Object.keys(value)[0]);
}
function yamlDocument(value, style) {
    const doc = new Document(value, { customTags: CUSTOM_TAGS });
    quoteVersions(doc);
    if (style === 'yaml-short')
        toShortForms(doc);
    return doc;
}
//# sourceMappingURL=edit-yaml.js.map