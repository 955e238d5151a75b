import { soleItem } from '../../../../util/lists.js';
import { asList, asMap } from './module-source.js';
import { isKnown, isList, Json, toJson, Unknown } from './tf-value.js';
/**
 * The JSON of a `data "aws_iam_policy_document"`, built as the provider builds it from its `statement` blocks; a
 * document that merges others (`source_policy_documents`, `override_policy_documents`, `policy_id` aside) is not
 * known here.
 */
export function policyDocument(body, evaluate) {
    for (const merged of ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json']) {
        if (body.has(merged))
            return new Unknown(`a policy document with ${merged} is not built here`);
    }
    const statements = asList(body.get('statement')).map((s) => statement(asMap(s), evaluate));
    const document = new Map([
        ['Version', body.has('version') ? evaluate(body.get('version')) : '2012-10-17'],
        ['Statement', statements],
    ]);
    return isKnown(document) ? JSON.stringify(toJson(document)) : new Json(document);
}
function statement(s, evaluate) {
    const out = new Map();
    const set = (key, value) => {
        if (value !== undefined && value !== null)
            out.set(key, value);
    };
    set('Sid', s.has('sid') ? evaluate(s.get('sid')) : undefined);
    set('Effect', s.has('effect') ? evaluate(s.get('effect')) : 'Allow');
    set('Action', s.has('actions') ? evaluate(s.get('actions')) : undefined);
    set('NotAction', s.has('not_actions') ? evaluate(s.get('not_actions')) : undefined);
    set('Resource', s.has('resources') ? evaluate(s.get('resources')) : undefined);
    set('NotResource', s.has('not_resources') ? evaluate(s.get('not_resources')) : undefined);
    set('Principal', principals(asList(s.get('principals')), evaluate));
    set('NotPrincipal', principals(asList(s.get('not_principals')), evaluate));
    set('Condition', conditions(asList(s.get('condition')), evaluate));
    return out;
}
/** `principals { type = "AWS", identifiers = [...] }` blocks as a Principal; `type = "*"` with `["*"]` is `"*"`. */
function principals(blocks, evaluate) {
    if (blocks.length === 0)
        return undefined;
    const out = new Map();
    for (const block of blocks.map(asMap)) {
        const type = evaluate(block.get('type'));
        const identifiers = evaluate(block.get('identifiers'));
        if (typeof type !== 'string')
            return new Unknown('a principal type that is not known here');
        if (type === '*')
            return '*';
        out.set(type, [...(out.get(type) ?? []), ...(isList(identifiers) ? identifiers : [identifiers])]);
    }
    return new Map([...out].map(([k, v]) => [k, soleItem(v) ?? v]));
}
function conditions(blocks, evaluate) {
    if (blocks.length === 0)
        return undefined;
    const out = new Map();
    for (const block of blocks.map(asMap)) {
        const test = evaluate(block.get('test'));
        const variable = evaluate(block.get('variable'));
        if (typeof test !== 'string' || typeof variable !== 'string')
            return new Unknown('a condition that is not known here');
        const byVariable = out.get(test) ?? new Map();
        byVariable.set(variable, evaluate(block.get('values')));
        out.set(test, byVariable);
    }
    return out;
}
//# sourceMappingURL=policy-document.js.map