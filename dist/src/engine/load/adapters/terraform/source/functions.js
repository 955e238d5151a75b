import { ipv4Subnet } from '../../../../model/cidr.js';
import { asText, Concat, fromJson, isKnown, isList, isMap, Json, knownKey, Ref, sameKnown, sizeOf, toJson, Unknown, unknownIn, } from './tf-value.js';
const MAX_STRING = 1024 * 1024;
/**
 * The functions that configurations use to build what the rules read (policies, lists of IDs, CIDR blocks). Any other
 * function, or an argument that is not known, gives UNKNOWN, never a guess.
 */
const FUNCTIONS = new Map([
    ['jsonencode', ([v]) => (v === undefined ? unknown('jsonencode') : isKnown(v) ? bounded(JSON.stringify(toJson(v))) : new Json(v))],
    ['jsondecode', ([v]) => (typeof v === 'string' ? decode(v) : unknown('jsondecode'))],
    ['file', ([path], ctx) => (typeof path === 'string' ? ctx.readFile(path) : unknown('file'))],
    [
        'length',
        ([v]) => v instanceof Unknown
            ? v
            : isList(v ?? null)
                ? v.length
                : isMap(v ?? null)
                    ? v.size
                    : typeof v === 'string'
                        ? graphemes(v)
                        : unknown('length'),
    ],
    ['concat', (args) => (args.every(isList) ? args.flat() : unknown('concat'))],
    ['tolist', ([v]) => (v !== undefined && isList(v) ? v : unknown('tolist'))],
    ['toset', ([v]) => (isList(v ?? null) ? distinct(v) : unknown('toset'))],
    ['tostring', ([v]) => asText(v ?? null) ?? passUnknown(v, 'tostring')],
    ['tonumber', ([v]) => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : unknown('tonumber'))],
    ['lower', ([v]) => (typeof v === 'string' ? v.toLowerCase() : passUnknown(v, 'lower'))],
    ['upper', ([v]) => (typeof v === 'string' ? v.toUpperCase() : passUnknown(v, 'upper'))],
    ['join', ([sep, list]) => join(sep, list)],
    ['format', (args) => format(args)],
    [
        'element',
        ([list, i]) => isList(list ?? null) && typeof i === 'number'
            ? (list[Math.trunc(i) % list.length] ?? unknown('element'))
            : unknown('element'),
    ],
    ['merge', (args) => (args.every(isMap) ? new Map(args.flatMap((m) => [...m])) : unknown('merge'))],
    [
        'lookup',
        ([m, key, fallback]) => isMap(m ?? null) && typeof key === 'string' ? (m.get(key) ?? fallback ?? unknown('lookup')) : unknown('lookup'),
    ],
    ['keys', ([m]) => (isMap(m ?? null) ? [...m.keys()].sort() : unknown('keys'))],
    ['values', ([m]) => (isMap(m ?? null) ? [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v) : unknown('values'))],
    [
        'zipmap',
        ([k, v]) => isList(k ?? null) && isList(v ?? null) && k.every((x) => typeof x === 'string')
            ? new Map(k.map((key, i) => [key, v[i] ?? null]))
            : unknown('zipmap'),
    ],
    ['max', (args) => numbers(args, (n) => Math.max(...n))],
    ['min', (args) => numbers(args, (n) => Math.min(...n))],
    ['abs', (args) => numbers(args, ([n = NaN]) => Math.abs(n))],
    ['ceil', (args) => numbers(args, ([n = NaN]) => Math.ceil(n))],
    ['floor', (args) => numbers(args, ([n = NaN]) => Math.floor(n))],
    ['contains', ([list, v]) => contains(list, v)],
    ['distinct', ([v]) => (isList(v ?? null) ? distinct(v) : unknown('distinct'))],
    ['slice', ([v, from, to]) => (isList(v ?? null) && typeof from === 'number' && typeof to === 'number' ? v.slice(from, to) : unknown('slice'))],
    ['split', ([sep, v]) => (typeof sep === 'string' && sep !== '' && typeof v === 'string' ? v.split(sep) : unknown('split'))],
    ['trimspace', ([v]) => (typeof v === 'string' ? v.trim() : unknown('trimspace'))],
    ['startswith', ([v, p]) => (typeof v === 'string' && typeof p === 'string' ? v.startsWith(p) : unknown('startswith'))],
    ['endswith', ([v, p]) => (typeof v === 'string' && typeof p === 'string' ? v.endsWith(p) : unknown('endswith'))],
    // A pattern in slashes is a regular expression in Terraform: not evaluated here.
    [
        'replace',
        ([v, from, to]) => typeof v === 'string' && typeof from === 'string' && typeof to === 'string' && !/^\/.*\/$/.test(from) && from !== ''
            ? bounded(v.split(from).join(to))
            : unknown('replace'),
    ],
    ['one', ([v]) => (isList(v ?? null) && v.length <= 1 ? (v[0] ?? null) : unknown('one'))],
    ['coalescelist', (args) => args.find((a) => isList(a) && a.length > 0) ?? unknown('coalescelist')],
    [
        'cidrsubnet',
        ([prefix, newbits, netnum]) => typeof prefix === 'string' && typeof newbits === 'number' && typeof netnum === 'number'
            ? (ipv4Subnet(prefix, newbits, netnum) ?? unknown('cidrsubnet'))
            : unknown('cidrsubnet'),
    ],
    ['flatten', ([v]) => (isList(v ?? null) ? flatten(v) : unknown('flatten'))],
    ['compact', ([v]) => (isList(v ?? null) ? v.filter((x) => x !== null && x !== '') : unknown('compact'))],
    ['coalesce', (args) => args.find((a) => a !== null && a !== '') ?? unknown('coalesce')],
    ['try', (args) => args.find((a) => !(a instanceof Unknown)) ?? unknown('try')],
]);
/** Past this many values, an argument is not walked (a local doubled forty times is 2^40 values). */
const MAX_VALUES = 1_000_000;
/**
 * Functions that can say something of arguments holding values known only after apply (they move them about, or
 * count them); any other function of such an argument is UNKNOWN.
 */
const PASS_THROUGH = new Set([
    'one',
    'slice',
    'coalescelist',
    'distinct',
    'zipmap',
    'jsonencode',
    'concat',
    'tolist',
    'toset',
    'merge',
    'element',
    'coalesce',
    'try',
    'flatten',
    'compact',
    'lookup',
    'format',
    'join',
    'length',
]);
export function callFunction(name, args, ctx) {
    const fn = FUNCTIONS.get(name);
    if (!fn)
        return new Unknown(`${name}(…) is not evaluated here`);
    if (args.some((a) => sizeOf(a, MAX_VALUES) > MAX_VALUES))
        return new Unknown(`${name}(…) of a value of more than ${MAX_VALUES.toLocaleString('en-US')} parts`);
    if (!PASS_THROUGH.has(name)) {
        const missing = args.map(unknownIn).find((u) => u !== undefined);
        if (missing)
            return missing;
    }
    return fn(args, ctx);
}
function numbers(args, f) {
    return args.length > 0 && args.every((a) => typeof a === 'number') ? f(args) : new Unknown('a number that is not known here');
}
/** Terraform's `length` of a string counts user-perceived characters (grapheme clusters), as its `textseg` does. */
function graphemes(s) {
    let n = 0;
    for (const _ of new Intl.Segmenter().segment(s))
        n++;
    return n;
}
function unknown(name) {
    return new Unknown(`${name}(…) of a value that is not known here`);
}
function passUnknown(v, name) {
    return v instanceof Unknown ? v : unknown(name);
}
function bounded(text) {
    return text.length > MAX_STRING ? tooLong() : text;
}
function tooLong() {
    return new Unknown('a string longer than 1 MiB');
}
function decode(text) {
    try {
        return fromJson(JSON.parse(text));
    }
    catch {
        return new Unknown('jsondecode(…) of text that is not JSON');
    }
}
function contains(list, v) {
    if (!isList(list ?? null) || v === undefined)
        return unknown('contains');
    const found = list.map((x) => sameKnown(x, v));
    return found.includes(undefined) ? unknown('contains') : found.includes(true);
}
function distinct(list) {
    const seen = new Set();
    return list.filter((v) => {
        const key = knownKey(v);
        if (key === undefined)
            return true;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function flatten(list) {
    return list.flatMap((v) => (isList(v) ? flatten(v) : [v]));
}
/** `join(sep, list)`: text, or a concatenation when an item is a reference. */
function join(sep, list) {
    if (typeof sep !== 'string' || !isList(list ?? null))
        return unknown('join');
    const parts = [];
    list.forEach((item, i) => parts.push(...(i > 0 ? [sep] : []), item));
    return concatenate(parts);
}
/** `format` with `%s` and `%d` verbs (and `%%`); anything else is not evaluated. */
function format(args) {
    const [spec, ...rest] = args;
    if (typeof spec !== 'string')
        return unknown('format');
    const parts = [];
    let next = 0;
    let failed = false;
    const literal = spec.replace(/%(%|s|d|v)|[^%]+|%/g, (m, verb) => {
        if (verb === '%')
            parts.push('%');
        else if (verb)
            parts.push(rest[next++] ?? null);
        else if (m === '%')
            failed = true;
        else
            parts.push(m);
        return '';
    });
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set inside the replace callback
    return failed || literal !== '' ? unknown('format') : concatenate(parts);
}
/** Parts of a string: text when every part is text, else a concatenation that keeps the references. */
export function concatenate(parts) {
    const texts = parts.map(asText);
    // The length is counted before the text is built: a template of a thousand 1 MiB locals must not make a GiB.
    if (texts.every((t) => t !== undefined))
        return texts.reduce((n, t) => n + t.length, 0) > MAX_STRING ? tooLong() : texts.join('');
    const missing = parts.find((p) => p instanceof Unknown);
    if (missing !== undefined)
        return missing;
    if (parts.some((p) => asText(p) === undefined && !(p instanceof Concat) && !(p instanceof Ref)))
        return new Unknown('a string built from a value that is not text');
    return new Concat(parts.flatMap((p) => (p instanceof Concat ? p.parts : [p])));
}
//# sourceMappingURL=functions.js.map