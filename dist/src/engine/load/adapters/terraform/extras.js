import { child, NAME_METADATA } from '../../source-node.js';
import { intrinsicArgument, items, map, refName, scalar, seq, text, withEntry } from '../nodes.js';
import { rulePeers } from './nested-blocks.js';
/** The association resources that add to an endpoint's lists, and what they add. */
const ENDPOINT_ASSOCIATIONS = new Map([
    ['aws_vpc_endpoint_route_table_association', ['route_table_id', 'RouteTableIds']],
    ['aws_vpc_endpoint_subnet_association', ['subnet_id', 'SubnetIds']],
    ['aws_vpc_endpoint_security_group_association', ['security_group_id', 'SecurityGroupIds']],
]);
/**
 * What other Terraform resources add to the mapped ones: `aws_security_group_rule` (one CloudFormation rule per CIDR
 * or source group), `aws_vpc_endpoint_policy`, managed policies attached to roles, and the endpoint associations.
 */
export class Extras {
    /** Whether resources of a type add to the mapped ones. */
    static reads(type) {
        return ['aws_security_group_rule', 'aws_vpc_endpoint_policy', 'aws_iam_role_policy_attachment'].includes(type) || ENDPOINT_ASSOCIATIONS.has(type);
    }
    out = [];
    folds = [];
    collect(r, get, loc) {
        if (r.type === 'aws_security_group_rule')
            this.securityGroupRule(r, get, loc);
        else if (r.type === 'aws_vpc_endpoint_policy')
            this.endpointPolicy(r, get);
        else if (r.type === 'aws_iam_role_policy_attachment')
            this.attachment(r, get);
        else {
            const association = ENDPOINT_ASSOCIATIONS.get(r.type);
            if (association)
                this.endpointAssociation(association, get);
        }
    }
    /** An `aws_vpc_endpoint_*_association`: one more route table, subnet or security group on the endpoint. */
    endpointAssociation([attribute, property], get) {
        const endpoint = refTarget(get('vpc_endpoint_id'));
        const value = get(attribute);
        if (endpoint && value)
            this.folds.push((resources) => {
                appendProperty(resources, endpoint, property, value);
            });
    }
    resources() {
        return this.out;
    }
    securityGroupRule(r, get, loc) {
        const direction = text(get('type')) === 'egress' ? 'egress' : 'ingress';
        const peers = rulePeers(get, direction, 'source_security_group_id', get('security_group_id'));
        peers.forEach(([key, value], i) => {
            const properties = map([
                ['GroupId', get('security_group_id')],
                ['IpProtocol', get('protocol')],
                ['FromPort', get('from_port')],
                ['ToPort', get('to_port')],
                [key, value],
            ], loc);
            const type = direction === 'ingress' ? 'AWS::EC2::SecurityGroupIngress' : 'AWS::EC2::SecurityGroupEgress';
            const id = peers.length === 1 ? r.address : `${r.address}#${i + 1}`;
            this.out.push([
                id,
                map([
                    ['Type', scalar(type, loc)],
                    ['Metadata', map([[NAME_METADATA, scalar(r.address, loc)]], loc)],
                    ['Properties', properties],
                ], loc),
            ]);
        });
    }
    endpointPolicy(r, get) {
        const endpoint = refTarget(get('vpc_endpoint_id'));
        const policy = get('policy');
        if (endpoint && policy)
            this.folds.push((resources) => {
                setProperty(resources, endpoint, 'PolicyDocument', policy);
            });
    }
    /** A managed policy attached to a role: an AWS one goes to the role's ManagedPolicyArns, one of ours gets the role. */
    attachment(r, get) {
        const role = get('role');
        const arn = get('policy_arn');
        if (!role || !arn)
            return;
        const policy = getAttTarget(arn);
        const roleId = refTarget(role);
        if (policy)
            this.folds.push((resources) => {
                appendProperty(resources, policy, 'Roles', role);
            });
        else if (roleId)
            this.folds.push((resources) => {
                appendProperty(resources, roleId, 'ManagedPolicyArns', arn);
            });
    }
    /** Applies what other resources add to the mapped ones. */
    fold(resources) {
        for (const f of this.folds)
            f(resources);
    }
}
const refTarget = refName;
function getAttTarget(node) {
    const getAtt = intrinsicArgument(node, 'Fn::GetAtt');
    return getAtt?.kind === 'seq' ? text(getAtt.items[0]) : undefined;
}
function setProperty(resources, id, key, value) {
    const i = indexOf(resources, id);
    const resource = resources[i]?.[1];
    const properties = child(resource, 'Properties');
    if (resource?.kind !== 'map' || properties?.kind !== 'map')
        return;
    resources[i] = [id, withEntry(resource, 'Properties', withEntry(properties, key, value))];
}
/** Where each resource is in the list, indexed once per list (folds only replace entries, never move them). */
const positions = new WeakMap();
function indexOf(resources, id) {
    let index = positions.get(resources);
    if (!index)
        positions.set(resources, (index = new Map(resources.map(([k], i) => [k, i]))));
    return index.get(id) ?? -1;
}
function appendProperty(resources, id, key, value) {
    const properties = child(resources[indexOf(resources, id)]?.[1], 'Properties');
    const existing = items(child(properties, key));
    setProperty(resources, id, key, seq([...existing, value], value.loc));
}
//# sourceMappingURL=extras.js.map