import { child } from '../../source-node.js';
import { entries, isIntrinsic, items, map, relocate, scalar, seq, text, withEntry } from '../nodes.js';
import policyTemplates from './policy-templates.json' with { type: 'json' };
const TEMPLATES = new Map(Object.entries(policyTemplates.templates));
/** AWS managed policies whose ARN has the `service-role/` path (SAM accepts them by bare name). */
const SERVICE_ROLE_POLICIES = new Set([
    'AWSLambdaBasicExecutionRole',
    'AWSLambdaVPCAccessExecutionRole',
    'AWSLambdaKinesisExecutionRole',
    'AWSLambdaDynamoDBExecutionRole',
    'AWSLambdaSQSQueueExecutionRole',
    'AWSLambdaMSKExecutionRole',
    'AWSLambdaENIManagementAccess',
]);
/**
 * What the SAM transform does that the network model needs: `Globals.Function` merged into every
 * AWS::Serverless::Function (scalars overridden by the function, maps merged, lists appended; inherited values are
 * written, for findings, at the function), and the execution role SAM generates from `Policies` when there is no
 * `Role` (inline statements, policy templates, managed policies).
 */
export function samToCloudFormation(root) {
    const notes = [];
    const globals = child(child(root, 'Globals'), 'Function');
    const resources = child(root, 'Resources');
    if (resources?.kind !== 'map')
        return { root, notes };
    const taken = new Set(resources.entries.map((e) => e.key));
    const out = [];
    for (const entry of resources.entries) {
        if (text(child(entry.value, 'Type')) !== 'AWS::Serverless::Function' || entry.value.kind !== 'map') {
            out.push(entry);
            continue;
        }
        const own = child(entry.value, 'Properties');
        let props = (globals ? merge(globals, own, entry.keyLoc) : own) ?? map([], entry.keyLoc);
        if (props.kind !== 'map') {
            out.push(entry);
            continue;
        }
        for (const mapping of eventSourceMappings(entry.key, child(props, 'Events'))) {
            if (!taken.has(mapping.key))
                out.push(mapping);
        }
        if (!child(props, 'Role')) {
            let roleId = `${entry.key}Role`;
            while (taken.has(roleId))
                roleId = `${roleId}X`;
            taken.add(roleId);
            out.push({ key: roleId, keyLoc: entry.keyLoc, value: implicitRole(props, entry.keyLoc, notes) });
            props = withEntry(props, 'Role', map([['Fn::GetAtt', seq([scalar(roleId, entry.keyLoc), scalar('Arn', entry.keyLoc)], entry.keyLoc)]], entry.keyLoc), entry.keyLoc);
        }
        out.push({ ...entry, value: withEntry(entry.value, 'Properties', props, child(entry.value, 'Properties')?.loc ?? entry.keyLoc) });
    }
    return { root: withEntry(root, 'Resources', { ...resources, entries: out }, resources.loc), notes };
}
/** Where each SAM event type names its source: the event-source mappings SAM creates for pollers. */
const POLLED_EVENTS = { SQS: 'Queue', Kinesis: 'Stream', DynamoDB: 'Stream', MSK: 'Stream' };
function eventSourceMappings(functionId, events) {
    return entries(events).flatMap((event) => {
        const type = text(child(event.value, 'Type'));
        const source = type ? child(child(event.value, 'Properties'), POLLED_EVENTS[type] ?? '') : undefined;
        if (!source)
            return [];
        const at = event.keyLoc;
        const props = map([
            ['FunctionName', map([['Ref', scalar(functionId, at)]], at)],
            ['EventSourceArn', source],
        ], at);
        return [
            {
                key: `${functionId}${event.key}`,
                keyLoc: at,
                value: map([
                    ['Type', scalar('AWS::Lambda::EventSourceMapping', at)],
                    ['Properties', props],
                ], at),
            },
        ];
    });
}
/** SAM's Globals semantics; what comes from Globals is relocated to the function that inherits it. */
function merge(global, own, at) {
    if (own === undefined)
        return relocate(global, at);
    if (global.kind === 'map' && own.kind === 'map' && !isIntrinsic(global) && !isIntrinsic(own)) {
        const keys = new Set(own.entries.map((e) => e.key));
        const merged = [
            ...global.entries.filter((e) => !keys.has(e.key)).map((e) => ({ key: e.key, keyLoc: at, value: relocate(e.value, at) })),
            ...own.entries.map((e) => {
                const g = child(global, e.key);
                return g ? { ...e, value: merge(g, e.value, at) } : e;
            }),
        ];
        return { ...own, entries: merged };
    }
    if (global.kind === 'seq' && own.kind === 'seq')
        return { ...own, items: [...items(relocate(global, at)), ...own.items] };
    return own;
}
function implicitRole(props, at, notes) {
    const managed = [managedArn('AWSLambdaBasicExecutionRole', at)];
    if (child(props, 'VpcConfig'))
        managed.push(managedArn('AWSLambdaVPCAccessExecutionRole', at));
    const statements = [];
    for (const p of items(child(props, 'Policies'))) {
        const granted = policyItem(p, notes);
        managed.push(...granted.managed);
        statements.push(...granted.statements);
    }
    return map([
        ['Type', scalar('AWS::IAM::Role', at)],
        [
            'Properties',
            map([
                ['ManagedPolicyArns', seq(managed, at)],
                [
                    'Policies',
                    statements.length > 0
                        ? seq([
                            map([
                                ['PolicyName', scalar('SamGenerated', at)],
                                ['PolicyDocument', map([['Statement', seq(statements, at)]], at)],
                            ], at),
                        ], at)
                        : undefined,
                ],
            ], at),
        ],
    ], at);
}
/**
 * One item of `Policies`: a managed policy's name or ARN, an inline document, policy templates, or `Fn::If` choosing
 * between such items (each of their pieces then stays under the same condition, for the resolver to decide).
 */
function policyItem(p, notes) {
    const name = text(p);
    if (name !== undefined)
        return { managed: [managedArn(name, p.loc)], statements: [] };
    const choice = child(p, 'Fn::If');
    if (choice?.kind === 'seq' && choice.items.length === 3) {
        const [condition, whenTrue, whenFalse] = choice.items;
        const noValue = map([['Ref', scalar('AWS::NoValue', p.loc)]], p.loc);
        const branch = (node, pick) => {
            if (child(node, 'Ref') && text(child(node, 'Ref')) === 'AWS::NoValue')
                return { managed: [], statements: [] };
            const granted = policyItem(node, notes);
            return { managed: granted.managed.map(pick), statements: granted.statements.map(pick) };
        };
        const guarded = (onTrue) => (piece) => map([['Fn::If', seq([condition, onTrue ? piece : noValue, onTrue ? noValue : piece], p.loc)]], p.loc);
        const a = branch(whenTrue, guarded(true));
        const b = branch(whenFalse, guarded(false));
        return { managed: [...a.managed, ...b.managed], statements: [...a.statements, ...b.statements] };
    }
    if (isIntrinsic(p))
        return { managed: [p], statements: [] };
    if (child(p, 'Statement'))
        return { managed: [], statements: [...items(child(p, 'Statement'))] };
    const statements = [];
    for (const t of entries(p)) {
        const template = TEMPLATES.get(t.key);
        if (template)
            statements.push(...templateStatements(template, t.value, t.keyLoc));
        else
            notes.push({ message: `unknown SAM policy template ${t.key}: what it grants is not known here`, loc: t.keyLoc });
    }
    return { managed: [], statements };
}
function managedArn(name, at) {
    if (name.startsWith('arn:'))
        return scalar(name, at);
    const path = SERVICE_ROLE_POLICIES.has(name) ? `service-role/${name}` : name;
    return map([['Fn::Sub', scalar(`arn:\${AWS::Partition}:iam::aws:policy/${path}`, at)]], at);
}
/** A policy template as the statements SAM expands it to; its parameters become the `Fn::Sub` variables. */
function templateStatements(template, parameters, at) {
    const variables = map(entries(parameters).map((e) => [e.key, e.value]), at);
    const sub = (pattern) => (pattern === '*' ? scalar('*', at) : map([['Fn::Sub', seq([scalar(pattern, at), variables], at)]], at));
    return template.statements.map((s) => map([
        ['Effect', scalar('Allow', at)],
        [
            'Action',
            seq(s.actions.map((a) => scalar(a, at)), at),
        ],
        ['Resource', seq(s.resources.map(sub), at)],
        [
            'Condition',
            s.condition
                ? map(Object.entries(s.condition).map(([op, kv]) => [
                    op,
                    map(Object.entries(kv).map(([k, v]) => [k, sub(v)]), at),
                ]), at)
                : undefined,
        ],
    ], at));
}
//# sourceMappingURL=to-cloudformation.js.map