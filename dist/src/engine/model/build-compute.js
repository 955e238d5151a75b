import { field, knownString } from '../resolve/value.js';
import { whyUnknown } from './coerce.js';
import { isKnownShape, pattern } from './iam.js';
import { policySetting } from './policy.js';
/** Functions, what invokes them and what they deliver to, and their roles with every policy attached to them. */
export const COMPUTE_HANDLERS = {
    // SAM functions as written; SAM Globals and the role SAM generates come with the SAM input adapter.
    'AWS::Serverless::Function': (b, r) => {
        addFunction(b, r);
    },
    'AWS::Lambda::Function': (b, r) => {
        addFunction(b, r);
    },
    'AWS::Lambda::EventInvokeConfig': (b, r) => {
        const fn = b.link(r.prop('FunctionName'), b.kinds.functionRef, r.element.loc);
        if (fn.kind === 'resource')
            b.deliveryTargetsOf(fn.target.id, destinationTargets(r.prop('DestinationConfig')));
    },
    'AWS::IAM::Role': (b, r) => {
        const e = r.element;
        const managed = r.prop('ManagedPolicyArns');
        const arns = managed === undefined ? [] : managed.kind === 'list' ? managed.items : [managed];
        const role = b.shellOf(b.roles, e.id);
        const self = { kind: 'resource', target: role, loc: e.loc };
        const ours = (v) => v.kind === 'ref' && b.typeOf(v.target) === 'AWS::IAM::ManagedPolicy';
        Object.assign(role, { managedPolicyArns: arns.filter((a) => !ours(a)) });
        for (const a of arns.filter(ours))
            b.customerPolicyUsers.push({ policy: a.target, role: self });
        for (const d of inlinePolicies(r.entry('Policies')))
            b.addRolePolicy(self, d);
    },
    'AWS::IAM::RolePolicy': (b, r) => {
        const doc = policySetting(r.entry('PolicyDocument'));
        if (doc.state !== 'absent')
            b.addRolePolicy(b.link(r.prop('RoleName'), b.kinds.roleByName, r.element.loc), doc);
    },
    'AWS::IAM::Policy': (b, r) => {
        addCustomerPolicy(b, r);
    },
    'AWS::IAM::ManagedPolicy': (b, r) => {
        addCustomerPolicy(b, r);
    },
    'AWS::Lambda::EventSourceMapping': (b, r) => {
        const e = r.element;
        b.eventSources.push({
            ...e,
            function: b.link(r.prop('FunctionName'), b.kinds.functionRef, e.loc),
            service: eventSourceService(r.prop('EventSourceArn'), b.typeOf),
        });
    },
};
function addFunction(b, r) {
    const e = r.element;
    const deadLetter = field(r.prop('DeadLetterConfig') ?? r.prop('DeadLetterQueue'), 'TargetArn')?.value;
    b.functions.push(Object.assign(b.shellOf(b.functionShells, e.id), {
        vpcConfig: vpcConfig(r.prop('VpcConfig'), (v, at) => b.list(v, b.kinds.subnet, at), (v, at) => b.list(v, b.kinds.group, at)),
        role: b.link(r.prop('Role'), b.kinds.role, e.loc),
        deliveryTargets: b.deliveryTargetsOf(e.id, [
            ...refTargets(deadLetter),
            ...destinationTargets(field(r.prop('EventInvokeConfig'), 'DestinationConfig')?.value),
        ]),
    }));
}
/** AWS::IAM::Policy and ManagedPolicy: attached here to the roles they name, and later to those that name them. */
function addCustomerPolicy(b, r) {
    const doc = policySetting(r.entry('PolicyDocument'));
    if (doc.state === 'absent')
        return;
    b.customerPolicies.set(r.element.id, doc);
    const attached = r.prop('Roles');
    if (attached?.kind === 'list')
        for (const role of attached.items)
            b.addRolePolicy(b.link(role, b.kinds.roleByName, r.element.loc), doc);
}
/** A role's inline policies (maps, or JSON strings as CloudFormation parses them); what cannot be read says why. */
function inlinePolicies(entry) {
    if (entry === undefined)
        return [];
    const items = entry.value.kind === 'list' ? entry.value.items : [entry.value];
    return items.flatMap((item) => {
        if (item.kind !== 'map')
            return [{ state: 'unknown', reason: whyUnknown(item), loc: item.loc }];
        const doc = policySetting(field(item, 'PolicyDocument'));
        return doc.state === 'absent' ? [] : [doc];
    });
}
/** The resources a value names by `Ref` or `Fn::GetAtt` (a queue's ARN, a topic). */
function refTargets(v) {
    return v?.kind === 'ref' ? [v.target] : [];
}
/** OnSuccess/OnFailure destinations of an asynchronous invocation configuration. */
function destinationTargets(config) {
    return ['OnSuccess', 'OnFailure'].flatMap((key) => refTargets(field(field(config, key)?.value, 'Destination')?.value));
}
/** The service an event-source mapping polls: from the resource type its ARN comes from, or the ARN's service. */
function eventSourceService(v, typeOf) {
    if (v === undefined)
        return { known: false, reason: 'no EventSourceArn (a self-managed source)' };
    const byType = {
        'AWS::SQS::Queue': 'sqs',
        'AWS::Kinesis::Stream': 'kinesis',
        'AWS::DynamoDB::Table': 'dynamodb',
        'AWS::DynamoDB::GlobalTable': 'dynamodb',
        'AWS::MSK::Cluster': 'kafka',
        'AWS::MSK::ServerlessCluster': 'kafka',
    };
    if (v.kind === 'ref') {
        const service = byType[typeOf(v.target) ?? ''];
        return service ? { known: true, value: service } : { known: false, reason: `${v.target} is not a queue or stream` };
    }
    const arn = pattern(v);
    const service = arn ? /^arn:[^:]+:([^:]+):/.exec(arn)?.[1] : undefined;
    if (service && isKnownShape(service))
        return { known: true, value: service };
    const written = knownString(v);
    return { known: false, reason: written === undefined ? whyUnknown(v) : `${written} is not an ARN` };
}
function vpcConfig(v, subnetList, groupList) {
    if (v === undefined)
        return { state: 'absent' };
    if (v.kind !== 'map')
        return { state: 'unknown', reason: whyUnknown(v), loc: v.loc };
    const subnets = field(v, 'SubnetIds');
    const groups = field(v, 'SecurityGroupIds');
    // No subnets (none written, or an empty list): Lambda runs the function outside any VPC, in zones of its choosing.
    if (subnets === undefined || (subnets.value.kind === 'list' && subnets.value.items.length === 0))
        return { state: 'absent' };
    return {
        state: 'set',
        loc: v.loc,
        subnets: subnetList(subnets.value, subnets.keyLoc),
        securityGroups: groupList(groups?.value, groups?.keyLoc ?? v.loc),
    };
}
//# sourceMappingURL=build-compute.js.map