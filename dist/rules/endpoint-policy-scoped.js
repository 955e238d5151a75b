import { label } from '../src/engine/model/types.js';
import { defineRule } from '../src/engine/run/rule.js';
import { isGatewayEndpoint, isInterfaceEndpoint } from '../src/engine/model/network-model.js';
import { classifyAwsPrincipal, isWildcardAction, isWildcardResource, pattern, values } from '../src/engine/model/iam.js';
import { display } from '../src/engine/resolve/value.js';
const NOT_A_ROLE = {
    'account-root': 'the account root (every principal of the account)',
    'account-id': 'an account ID (every principal of the account)',
    user: 'an IAM user',
    other: 'not an IAM role',
};
/** Condition operators that restrict aws:PrincipalArn to the values listed (not the negated or IfExists forms). */
const RESTRICTING_OPERATORS = /^(ForAnyValue:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike)$/i;
export default defineRule({
    id: 'endpoint-policy-scoped',
    options: {
        schema: {
            type: 'object',
            properties: {
                allowedPrincipals: {
                    description: 'Principal ARNs or account IDs accepted although they are not IAM roles (`*` matches any characters).',
                    type: 'array',
                    items: { type: 'string' },
                },
            },
        },
        defaults: { allowedPrincipals: [] },
    },
    level: 'error',
    title: 'A VPC endpoint policy allows only named IAM roles, specific actions and specific resources',
    help: `A VPC endpoint without a \`PolicyDocument\` gets the default policy, which allows every principal every action
on every resource of the service through the endpoint — including resources of other accounts, an exfiltration
path. Scope each Allow statement: \`Principal\` the function's execution role (or \`"*"\` with a Condition on
\`aws:PrincipalArn\` naming role ARNs), \`Action\` the calls the function makes, \`Resource\` the ARNs it uses.
\`NotAction\`/\`NotResource\` in an Allow statement allow everything else and count as unscoped; Deny statements are fine.

Fix:

\`\`\`yaml
QldbEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.qldb.session
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            AWS: !GetAtt FunctionRole.Arn
          Action: qldb:SendCommand
          Resource: !Sub arn:\${AWS::Partition}:qldb:\${AWS::Region}:\${AWS::AccountId}:ledger/\${Ledger}
\`\`\`
`,
    check({ model, report, options }) {
        const typeOf = (id) => model.typeOf(id);
        const allowed = options.allowedPrincipals.map(globToRegExp);
        for (const endpoint of model.endpoints) {
            if (!isInterfaceEndpoint(endpoint) && !isGatewayEndpoint(endpoint))
                continue;
            const policy = endpoint.policy;
            if (policy.state === 'absent') {
                report({
                    subject: endpoint,
                    message: `${label(endpoint)} has no PolicyDocument: the default endpoint policy allows every principal every action on every resource of ${display(endpoint.serviceName ?? { kind: 'null', loc: endpoint.loc })}`,
                });
                continue;
            }
            if (policy.state === 'unknown') {
                report({ subject: endpoint, loc: policy.loc, level: 'note', message: `cannot verify the policy of ${label(endpoint)}: ${policy.reason}` });
                continue;
            }
            for (const why of policy.document.unreadable)
                report({ subject: endpoint, loc: policy.loc, level: 'note', message: `cannot verify a statement of the policy of ${label(endpoint)}: ${why}` });
            for (const statement of policy.document.statements) {
                if (!statement.effect.known || statement.effect.value !== 'Allow')
                    continue;
                for (const r of checkStatement(endpoint, statement, typeOf, allowed))
                    report(r);
            }
        }
    },
});
function checkStatement(endpoint, s, typeOf, allowed) {
    const found = [];
    const at = (loc, message) => found.push({ subject: endpoint, loc, message: `${label(endpoint)}: ${message}` });
    const unverifiable = (field, name) => {
        const unknown = values(field.value).find((v) => v.kind === 'unknown');
        if (unknown?.kind === 'unknown')
            found.push({ subject: endpoint, loc: field.keyLoc, level: 'note', message: `cannot verify the ${name} of ${label(endpoint)}: ${unknown.reason}` });
    };
    if (s.notPrincipal.present)
        at(s.notPrincipal.keyLoc, 'an Allow statement with NotPrincipal allows every principal but those listed; name the execution role in Principal');
    else if (!s.principal.present)
        at(s.loc, 'an Allow statement without Principal applies to every principal; name the execution role');
    else {
        const verdict = principalProblem(s.principal.value, s, typeOf, allowed);
        if (verdict && 'problem' in verdict)
            at(s.principal.keyLoc, verdict.problem);
        else if (verdict)
            found.push({ subject: endpoint, loc: s.principal.keyLoc, level: 'note', message: `cannot verify the Principal of ${label(endpoint)}: ${verdict.unknown}` });
    }
    if (s.notAction.present)
        at(s.notAction.keyLoc, 'an Allow statement with NotAction allows every action but those listed; list the actions the function calls');
    else if (s.action.present) {
        const wild = values(s.action.value).filter(isWildcardAction).map(display);
        if (wild.length > 0)
            at(s.action.keyLoc, `Action ${wild.join(', ')} allows every action; list the actions the function calls`);
        else
            unverifiable(s.action, 'Action');
    }
    if (s.notResource.present)
        at(s.notResource.keyLoc, 'an Allow statement with NotResource allows every resource but those listed; list the resource ARNs');
    else if (!s.resource.present)
        at(s.loc, 'an Allow statement without Resource applies to every resource; list the resource ARNs');
    else {
        const wild = values(s.resource.value).filter(isWildcardResource).map(display);
        if (wild.length > 0)
            at(s.resource.keyLoc, `Resource ${wild.join(', ')} allows every resource; name the specific ARNs`);
        else
            unverifiable(s.resource, 'Resource');
    }
    return found;
}
/** A problem with the statement's principal, a reason it cannot be verified, or nothing (scoped to roles). */
function principalProblem(principal, s, typeOf, allowed) {
    const entries = [];
    if (pattern(principal) === '*')
        entries.push({ kind: 'any', shown: '*' });
    else if (principal.kind === 'map') {
        for (const { key, value } of principal.entries) {
            for (const v of values(value)) {
                entries.push(key === 'AWS' ? classifyAwsPrincipal(v, typeOf) : { kind: 'other', shown: `${key} ${display(v)}` });
            }
        }
    }
    else
        return principal.kind === 'unknown' ? { unknown: principal.reason } : undefined;
    if (entries.some((e) => e.kind === 'any')) {
        const restricted = principalArnRestriction(s, typeOf);
        if (restricted === 'roles')
            return undefined;
        if (restricted === 'unknown')
            return { unknown: 'the aws:PrincipalArn condition names values not known before deployment' };
        return { problem: 'Principal "*" without a Condition on aws:PrincipalArn naming role ARNs allows every principal, of any account; name the execution role' };
    }
    const bad = entries.filter((e) => e.kind in NOT_A_ROLE && !allowed.some((a) => a.test(e.shown) || (e.shape !== undefined && a.test(e.shape))));
    const unknowns = entries.filter((e) => e.kind === 'unknown');
    if (bad.length === 0)
        return unknowns.length > 0 ? { unknown: unknowns.map((e) => e.shown).join('; ') } : undefined;
    return { problem: `Principal ${bad.map((b) => `${b.shown} is ${NOT_A_ROLE[b.kind]}`).join('; ')}; allow only the function's execution role` };
}
function globToRegExp(glob) {
    return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
}
/** `Principal: "*"` is scoped when a condition restricts aws:PrincipalArn to role ARNs. */
function principalArnRestriction(s, typeOf) {
    if (!s.condition.present)
        return 'none';
    if (s.condition.value.kind !== 'map')
        return s.condition.value.kind === 'unknown' ? 'unknown' : 'none';
    let verdict = 'none';
    for (const { key, value } of s.condition.value.entries) {
        if (!RESTRICTING_OPERATORS.test(key) || value.kind !== 'map')
            continue;
        const arns = value.entries.find((e) => e.key.toLowerCase() === 'aws:principalarn')?.value;
        if (!arns)
            continue;
        const kinds = values(arns).map((a) => classifyAwsPrincipal(a, typeOf).kind);
        if (kinds.length > 0 && kinds.every((k) => k === 'role'))
            return 'roles';
        if (kinds.length > 0 && kinds.every((k) => k === 'role' || k === 'unknown'))
            verdict = 'unknown';
    }
    return verdict;
}
//# sourceMappingURL=endpoint-policy-scoped.js.map