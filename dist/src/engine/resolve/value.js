import { soleItem } from '../util/lists.js';
export const PSEUDO_PARAMETERS = [
    'AWS::AccountId',
    'AWS::Region',
    'AWS::Partition',
    'AWS::StackName',
    'AWS::StackId',
    'AWS::URLSuffix',
    'AWS::NotificationARNs',
];
export function unknown(reason, loc) {
    return { kind: 'unknown', reason, loc };
}
export function field(v, key) {
    return v?.kind === 'map' ? v.entries.find((e) => e.key === key) : undefined;
}
/** Builds a string value from parts, merging adjacent text; a fully textual result is a plain string. */
export function fromParts(parts, loc) {
    const merged = [];
    for (const p of parts) {
        const last = merged[merged.length - 1];
        if (p.kind === 'text' && last?.kind === 'text')
            merged[merged.length - 1] = { kind: 'text', text: last.text + p.text };
        else if (p.kind !== 'text' || p.text !== '')
            merged.push(p);
    }
    if (merged.length === 0)
        return { kind: 'string', value: '', loc };
    const only = soleItem(merged);
    if (only?.kind === 'text')
        return { kind: 'string', value: only.text, loc };
    if (only?.kind === 'ref')
        return { kind: 'ref', target: only.target, attribute: only.attribute, loc };
    if (only?.kind === 'unknown')
        return unknown(only.reason, loc);
    return { kind: 'text', parts: merged, loc };
}
/** The value as string parts (for Sub/Join), or undefined when it is not string-like (a list or a map). */
export function toParts(v) {
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
export function knownString(v) {
    if (!v)
        return undefined;
    if (v.kind === 'string')
        return v.value;
    if (v.kind === 'number' || v.kind === 'boolean')
        return String(v.value);
    return undefined;
}
/** How a user would recognise the value in a message: `${AWS::AccountId}`, `Res.Attr`, `?` for unknown parts. */
export function display(v) {
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
function displayPart(p) {
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
//# sourceMappingURL=value.js.map