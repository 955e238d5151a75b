import { soleItem } from '../util/lists.js';
import { Document, isScalar, Scalar, visit } from 'yaml';
import { CUSTOM_TAGS, SHORT_FORMS } from '../load/parse-yaml.js';
import { isUnwritable, written } from './written.js';
/** JSON for a .json file; YAML short forms (`!GetAtt`) where the file uses any, else YAML with long forms. */
export function styleOf(file, text) {
    if (/\.json$/i.test(file))
        return 'json';
    return SHORT_FORM_IN_TEXT.test(text) ? 'yaml-short' : 'yaml-long';
}
/** A short-form tag written where a value starts (the parser's own list of them). */
const SHORT_FORM_IN_TEXT = new RegExp(`(^|[\\s[{,:-])(${[...SHORT_FORMS.keys()].join('|')})\\b`, 'm');
/** One statement's JSON-shaped content; resources that cannot be written are named in `remarks`. */
function statementOf(s, remarks) {
    const one = (xs) => soleItem(xs) ?? xs;
    const resources = [];
    if (s.resources !== 'any') {
        for (const r of s.resources) {
            const w = written(r);
            if (isUnwritable(w))
                remarks.push(`a resource of ${s.role.name} cannot be written here (${w.unwritable}): add it by hand`);
            else
                resources.push(w);
        }
    }
    return {
        Effect: 'Allow',
        Principal: { AWS: { 'Fn::GetAtt': [s.role.id, 'Arn'] } },
        Action: one(s.actions),
        Resource: s.resources === 'any' ? '*' : one(resources),
    };
}
/** The `PolicyDocument` of one endpoint, and what is said beside it. */
export function policyDocument(policy) {
    const remarks = [...policy.remarks];
    const statements = policy.statements.map((s) => statementOf(s, remarks));
    return { document: { Version: '2012-10-17', Statement: statements }, remarks };
}
const SHORT_FORM = { Ref: '!Ref', 'Fn::GetAtt': '!GetAtt', 'Fn::Sub': '!Sub' };
/** Long forms as short-form tags: `!GetAtt Role.Arn`, `!Sub …`, `!Ref X`. */
export function toShortForms(doc) {
    visit(doc, {
        Map(_, map) {
            const pair = map.items.length === 1 ? map.items[0] : undefined;
            const key = isScalar(pair?.key) ? String(pair.key.value) : undefined;
            const tag = key ? SHORT_FORM[key] : undefined;
            if (!tag || !pair)
                return undefined;
            const value = pair.value;
            const text = key === 'Fn::GetAtt' && !isScalar(value) ? doc.createNode(value).toJSON().join('.') : String(value.value);
            const node = new Scalar(text);
            node.tag = tag;
            return node;
        },
    });
}
/** `'2012-10-17'` stays quoted: YAML 1.1 readers (CloudFormation's among them) would read a date. */
export function quoteVersions(doc) {
    visit(doc, {
        Pair(_, pair) {
            if (isScalar(pair.key) && pair.key.value === 'Version' && isScalar(pair.value))
                pair.value.type = 'QUOTE_SINGLE';
        },
    });
}
/**
 * Each endpoint's policy as the text to paste under its Properties, in the template's style. YAML carries the
 * remarks as comments above each policy; JSON, which has no comments, is one object by endpoint logical ID, and its
 * remarks are returned to be said apart.
 */
export function renderPolicies(policies, style) {
    if (style === 'json') {
        const remarks = [];
        const byEndpoint = {};
        for (const p of policies) {
            const { document, remarks: said } = policyDocument(p);
            byEndpoint[p.endpoint.id] = { PolicyDocument: document };
            remarks.push(...said.map((r) => `${p.endpoint.id}: ${r}`));
        }
        return { text: `${JSON.stringify(byEndpoint, null, 2)}\n`, remarks };
    }
    return { text: policies.map((p) => renderYaml(p, style)).join('\n'), remarks: [] };
}
function renderYaml(policy, style) {
    const { document, remarks } = policyDocument(policy);
    const doc = new Document({ PolicyDocument: document }, { customTags: CUSTOM_TAGS });
    quoteVersions(doc);
    if (style === 'yaml-short')
        toShortForms(doc);
    const head = [`${policy.endpoint.id} (${policy.service}), line ${policy.endpoint.loc.line}`, ...remarks].map((line) => `# ${line}`).join('\n');
    return `${head}\n${doc.toString({ lineWidth: 0 })}`;
}
//# sourceMappingURL=render-policy.js.map