import { label } from '../src/engine/model/types.js';
import { policyFix } from '../src/engine/fix/policy-fix.js';
import { endpointServiceFacts } from '../src/engine/model/aws-services.js';
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
/** What a principal note says when the template holds no consumer of the endpoint. */
const UNKNOWN_CONSUMERS = "this template holds no Lambda function in the endpoint's VPC, so its consumers are not known here: name their roles in Principal, or accept these principals with the allowedPrincipals option";
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

Scope: endpoint services that are not AWS services (\`vpce-svc-…\`) and AWS services that do not enforce endpoint
policies (\`redshift-data\`, \`codepipeline\`, \`iot.data\`) get full access whatever the policy says, so the rule does not
apply (a policy there is a note). A ServiceName not known before deployment (\`!Ref ServiceName\` without a default)
may be either, so it is a note; \`com.amazonaws.\${AWS::Region}.\${Service}\` is an AWS service and is checked. Where
the template holds no Lambda function in the endpoint's VPC, it cannot know the consumers' roles: a principal that is
not a role is a note that says to name them (or to accept them with \`allowedPrincipals\`); a missing policy,
\`Action "*"\` and \`Resource "*"\` stay errors. Each finding names its statement (its \`Sid\`, or \`statement 2\`) and points
at its line, inside a JSON-string policy too when it is a literal block.

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
            // A partner's or one's own endpoint service: AWS allows full access whatever the policy says.
            if (endpoint.service.kind === 'other')
                continue;
            const policy = endpoint.policy;
            if (endpoint.service.kind === 'unknown' && !endpoint.service.awsShaped) {
                // It may be an endpoint service (`vpce-svc-…`), where AWS ignores the policy: the rule may not apply.
                report({
                    subject: endpoint,
                    ...(endpoint.serviceName ? { loc: endpoint.serviceName.loc } : {}),
                    level: 'note',
                    message: `cannot verify the policy of ${label(endpoint)}: its ServiceName: ${endpoint.service.reason}`,
                });
                continue;
            }
            if (endpoint.service.kind === 'aws' && !endpointServiceFacts(endpoint.service.name).policySupported) {
                if (policy.state !== 'absent')
                    report({
                        subject: endpoint,
                        loc: policy.loc,
                        level: 'note',
                        message: `${label(endpoint)}: ${endpoint.service.name} does not enforce endpoint policies, so AWS allows full access through the endpoint whatever this policy says`,
                    });
                continue;
            }
            if (policy.state === 'absent') {
                const fix = policyFix(model, endpoint);
                report({
                    subject: endpoint,
                    message: `${label(endpoint)} has no PolicyDocument: the default endpoint policy allows every principal every action on every resource of ${display(endpoint.serviceName ?? { kind: 'null', loc: endpoint.loc })}`,
                    ...(fix ? { fix } : {}),
                });
                continue;
            }
            if (policy.state === 'unknown') {
                report({ subject: endpoint, loc: policy.loc, level: 'note', message: `cannot verify the policy of ${label(endpoint)}: ${policy.reason}` });
                continue;
            }
            for (const why of policy.document.unreadable)
                report({ subject: endpoint, loc: policy.loc, level: 'note', message: `cannot verify a statement of the policy of ${label(endpoint)}: ${why}` });
            const consumersKnown = model.hasLambdaConsumers(endpoint);
            for (const statement of policy.document.statements) {
                if (!statement.effect.known || statement.effect.value !== 'Allow')
                    continue;
                for (const r of checkStatement(endpoint, statement, typeOf, allowed, consumersKnown))
                    report(r);
            }
        }
    },
});
/**
 * The statement's findings. Without consumers in the template (`consumersKnown` false) the principal cannot be judged:
 * who uses the endpoint is not written here, so a principal problem is a note that says how to name them.
 */
function checkStatement(endpoint, s, typeOf, allowed, consumersKnown) {
    const found = [];
    const at = (loc, problem, fix) => found.push({ subject: endpoint, loc, message: `${label(endpoint)}, ${s.name}: ${problem}; ${fix}` });
    const principalAt = (loc, problem, fix) => consumersKnown
        ? at(loc, problem, fix)
        : found.push({ subject: endpoint, loc, level: 'note', message: `${label(endpoint)}, ${s.name}: ${problem}; ${UNKNOWN_CONSUMERS}` });
    const unverifiable = (field, name) => {
        const unknown = values(field.value).find((v) => v.kind === 'unknown');
        if (unknown?.kind === 'unknown')
            found.push({
                subject: endpoint,
                loc: field.keyLoc,
                level: 'note',
                message: `cannot verify the ${name} of ${label(endpoint)}, ${s.name}: ${unknown.reason}`,
            });
    };
    if (s.notPrincipal.present)
        principalAt(s.notPrincipal.keyLoc, 'an Allow statement with NotPrincipal allows every principal but those listed', 'name the execution role in Principal');
    else if (!s.principal.present)
        principalAt(s.loc, 'an Allow statement without Principal applies to every principal', 'name the execution role');
    else {
        const verdict = principalProblem(s.principal.value, s, typeOf, allowed);
        if (verdict && 'problem' in verdict)
            principalAt(s.principal.keyLoc, verdict.problem, verdict.fix);
        else if (verdict)
            found.push({
                subject: endpoint,
                loc: s.principal.keyLoc,
                level: 'note',
                message: `cannot verify the Principal of ${label(endpoint)}, ${s.name}: ${verdict.unknown}`,
            });
    }
    if (s.notAction.present)
        at(s.notAction.keyLoc, 'an Allow statement with NotAction allows every action but those listed', 'list the actions the function calls');
    else if (s.action.present) {
        const wild = values(s.action.value).filter(isWildcardAction).map(display);
        if (wild.length > 0)
            at(s.action.keyLoc, `Action ${wild.join(', ')} allows every action`, 'list the actions the function calls');
        else
            unverifiable(s.action, 'Action');
    }
    if (s.notResource.present)
        at(s.notResource.keyLoc, 'an Allow statement with NotResource allows every resource but those listed', 'list the resource ARNs');
    else if (!s.resource.present)
        at(s.loc, 'an Allow statement without Resource applies to every resource', 'list the resource ARNs');
    else {
        const wild = values(s.resource.value).filter(isWildcardResource).map(display);
        if (wild.length > 0)
            at(s.resource.keyLoc, `Resource ${wild.join(', ')} allows every resource`, 'name the specific ARNs');
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
        return {
            problem: 'Principal "*" without a Condition on aws:PrincipalArn naming role ARNs allows every principal, of any account',
            fix: 'name the execution role',
        };
    }
    const bad = entries.filter((e) => e.kind in NOT_A_ROLE && !allowed.some((a) => a.test(e.shown) || (e.shape !== undefined && a.test(e.shape))));
    const unknowns = entries.filter((e) => e.kind === 'unknown');
    if (bad.length === 0)
        return unknowns.length > 0 ? { unknown: unknowns.map((e) => e.shown).join('; ') } : undefined;
    return { problem: `Principal ${bad.map((b) => `${b.shown} is ${NOT_A_ROLE[b.kind]}`).join('; ')}`, fix: "allow only the function's execution role" };
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