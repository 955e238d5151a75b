import { field, fromParts, knownString } from '../resolve/value.js';
import { whyUnknown } from './coerce.js';
/** A policy document property: a map, or a JSON string that CloudFormation parses (possibly from `Fn::Sub`). */
export function policySetting(p) {
    if (p === undefined)
        return { state: 'absent' };
    const v = p.value;
    // Findings inside a JSON string point at the PolicyDocument key (the string may come from Mappings or a parameter).
    const doc = v.kind === 'string' || v.kind === 'text' ? parseJsonText({ ...v, loc: p.keyLoc }) : v;
    if (doc.kind !== 'map')
        return { state: 'unknown', reason: doc.kind === 'unknown' ? doc.reason : whyUnknown(doc), loc: p.keyLoc };
    return { state: 'set', document: policyDocument(doc), loc: p.keyLoc };
}
export function policyDocument(doc) {
    const statement = field(doc, 'Statement')?.value;
    const items = statement?.kind === 'list' ? statement.items : statement ? [statement] : [];
    return { statements: items.filter((s) => s.kind === 'map').map(policyStatement), unreadable: items.filter((s) => s.kind !== 'map').map(whyUnknown) };
}
function policyStatement(s) {
    const get = (key) => {
        const e = field(s, key);
        return e ? { present: true, keyLoc: e.keyLoc, value: e.value } : { present: false };
    };
    const effect = field(s, 'Effect')?.value;
    const effectName = effect && knownString(effect);
    return {
        loc: s.loc,
        effect: effectName !== undefined ? { known: true, value: effectName } : { known: false, reason: effect ? whyUnknown(effect) : 'no Effect' },
        principal: get('Principal'),
        notPrincipal: get('NotPrincipal'),
        action: get('Action'),
        notAction: get('NotAction'),
        resource: get('Resource'),
        notResource: get('NotResource'),
        condition: get('Condition'),
    };
}
/** Brackets a placeholder: a private-use character, legal inside a JSON string (control characters are not). */
const MARK = '\uE000';
/**
 * Parses a JSON policy string. Symbolic parts (`${AWS::AccountId}`, `${Role.Arn}`) are swapped for placeholder
 * tokens before parsing and restored inside the resulting strings, so `Fn::Sub` JSON keeps its references.
 */
export function parseJsonText(v) {
    const symbols = [];
    const source = v.kind === 'string'
        ? v.value
        : v.parts.map((p) => (p.kind === 'text' ? p.text : `${MARK}${symbols.push(p) - 1}${MARK}`)).join('');
    let parsed;
    try {
        parsed = JSON.parse(source);
    }
    catch (e) {
        return { kind: 'unknown', reason: `the policy string is not valid JSON (${e.message})`, loc: v.loc };
    }
    return fromJson(parsed, symbols, v.loc);
}
function fromJson(data, symbols, loc) {
    if (data === null)
        return { kind: 'null', loc };
    if (Array.isArray(data))
        return { kind: 'list', items: data.map((d) => fromJson(d, symbols, loc)), loc };
    if (typeof data === 'object') {
        const entries = Object.entries(data).map(([key, value]) => ({ key, keyLoc: loc, value: fromJson(value, symbols, loc) }));
        return { kind: 'map', entries, loc };
    }
    if (typeof data === 'number')
        return { kind: 'number', value: data, loc };
    if (typeof data === 'boolean')
        return { kind: 'boolean', value: data, loc };
    const text = String(data);
    if (!text.includes(MARK))
        return { kind: 'string', value: text, loc };
    const parts = text.split(MARK).map((piece, i) => (i % 2 === 1 ? symbols[Number(piece)] : { kind: 'text', text: piece }));
    return fromParts(parts, loc);
}
//# sourceMappingURL=policy.js.map