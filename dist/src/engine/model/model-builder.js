import { linkList, linkTo } from './links.js';
import { NetworkModel } from './network-model.js';
import { privateTargets } from './targets.js';
/** Resource types the model represents by elements of their own; all others are kept as plain elements. */
const MODELLED_TYPES = new Set([
    'AWS::EC2::VPC',
    'AWS::EC2::Subnet',
    'AWS::EC2::RouteTable',
    'AWS::EC2::SubnetRouteTableAssociation',
    'AWS::EC2::Route',
    'AWS::EC2::InternetGateway',
    'AWS::EC2::SecurityGroup',
    'AWS::EC2::VPCEndpoint',
    'AWS::Lambda::Function',
    'AWS::Serverless::Function',
    'AWS::IAM::Role',
    'AWS::Lambda::EventSourceMapping',
    'AWS::Route53::HostedZone',
]);
/**
 * One template's model while it is built. Every element that others link to exists first as a shell (so links can
 * be cyclic: two groups that admit each other); each resource then fills in its own properties, and `finish()`
 * attaches what other resources contributed (standalone rules, policies) and freezes the whole into a NetworkModel.
 */
export class ModelBuilder {
    views;
    resolver;
    vpcs;
    subnets;
    routeTables;
    /** Every VPC's main route table: subnets without an association use it. */
    mainTables = new Map();
    igws;
    groups;
    defaultGroups = new Map();
    roles;
    functionShells;
    kinds;
    /** Security group rules by group ID, inline and standalone alike. */
    rules = new Map();
    associations = [];
    routes = [];
    endpoints = [];
    functions = [];
    eventSources = [];
    hostedZones = [];
    unattachedRules = [];
    /** Per function: what the Lambda service delivers to (its own DeadLetterConfig, and EventInvokeConfig resources). */
    deliveries = new Map();
    rolePolicies = new Map();
    customerPolicies = new Map();
    // Stryker disable next-line ArrayDeclaration: a user naming no policy finds no document, and changes nothing
    customerPolicyUsers = [];
    constructor(views, resolver) {
        this.views = views;
        this.resolver = resolver;
        this.vpcs = this.shells('AWS::EC2::VPC');
        this.subnets = this.shells('AWS::EC2::Subnet');
        this.routeTables = this.shells('AWS::EC2::RouteTable');
        this.igws = this.shells('AWS::EC2::InternetGateway');
        this.groups = this.shells('AWS::EC2::SecurityGroup');
        // Its handler sets the rest (defaultEgress among them); vpcDefault only the default groups have.
        for (const g of this.groups.values())
            g.vpcDefault = false;
        this.roles = this.shells('AWS::IAM::Role');
        this.functionShells = new Map([...this.shells('AWS::Lambda::Function'), ...this.shells('AWS::Serverless::Function')]);
        for (const vpc of this.vpcs.values())
            this.addVpcDefaults(vpc);
        this.kinds = {
            vpc: { what: 'VPC', elements: this.vpcs, identity: [null, 'VpcId'] },
            subnet: { what: 'subnet', elements: this.subnets, identity: [null, 'SubnetId'] },
            routeTable: { what: 'route table', elements: this.routeTables, identity: [null, 'RouteTableId'] },
            igw: { what: 'internet gateway', elements: this.igws, identity: [null, 'InternetGatewayId'] },
            group: {
                what: 'security group',
                elements: this.groups,
                identity: [null, 'GroupId'],
                byAttribute: new Map([['DefaultSecurityGroup', this.defaultGroups]]),
            },
            role: { what: 'IAM role', elements: this.roles, identity: ['Arn'] },
            functionRef: { what: 'Lambda function', elements: this.functionShells, identity: [null, 'Arn'] },
            roleByName: { what: 'IAM role', elements: this.roles, identity: [null] },
        };
    }
    typeOf = (id) => this.resolver.resourceTypes.get(id);
    link(v, kind, loc) {
        return v === undefined ? { kind: 'unknown', reason: `no ${kind.what} given`, loc } : linkTo(v, kind, this.typeOf);
    }
    list(v, kind, loc) {
        return linkList(v, kind, this.typeOf, loc);
    }
    addRolePolicy(role, doc) {
        if (role.kind === 'resource')
            append(this.rolePolicies, role.target.id, doc);
    }
    addRule(groupId, rule) {
        append(this.rules, groupId, rule);
    }
    deliveryTargetsOf(fn, targets) {
        const set = this.deliveries.get(fn) ?? new Set();
        this.deliveries.set(fn, set);
        for (const t of targets)
            set.add(t);
        return set;
    }
    finish() {
        for (const { policy, role } of this.customerPolicyUsers) {
            const doc = this.customerPolicies.get(policy);
            if (doc)
                this.addRolePolicy(role, doc);
        }
        for (const g of [...this.groups.values(), ...this.defaultGroups.values()])
            g.rules = this.rules.get(g.id) ?? [];
        for (const [id, role] of this.roles)
            role.policies = this.rolePolicies.get(id) ?? [];
        return new NetworkModel({
            vpcs: [...this.vpcs.values()],
            subnets: [...this.subnets.values()],
            routeTables: [...this.routeTables.values()],
            mainRouteTables: [...this.mainTables.values()],
            associations: this.associations,
            routes: this.routes,
            internetGateways: [...this.igws.values()],
            securityGroups: [...this.groups.values()],
            defaultSecurityGroups: [...this.defaultGroups.values()],
            endpoints: this.endpoints,
            functions: this.functions,
            roles: [...this.roles.values()],
            eventSources: this.eventSources,
            hostedZones: this.hostedZones,
            targets: privateTargets(this.views, (v, at) => this.list(v, this.kinds.group, at)),
            unattachedRules: this.unattachedRules,
            others: this.views.map((v) => v.element).filter((e) => !MODELLED_TYPES.has(e.type)),
            resourceTypes: this.resolver.resourceTypes,
            region: this.resolver.region,
        });
    }
    /** The shell made for a resource of the handled type: every such resource has one, made before any handler runs. */
    shellOf(shells, id) {
        const shell = shells.get(id);
        if (!shell)
            throw new Error(`internal: no model element for ${id}`);
        return shell;
    }
    shells(type) {
        const m = new Map();
        for (const v of this.views)
            if (v.element.type === type)
                m.set(v.element.id, { ...v.element });
        return m;
    }
    /**
     * What every VPC has without being written: a main route table (CloudFormation cannot name it, AWS::EC2::VPC has
     * no attribute for it, so it keeps the local route only) and a default security group (all from itself in, all out).
     */
    addVpcDefaults(vpc) {
        const inVpc = { kind: 'resource', target: vpc, loc: vpc.loc };
        this.mainTables.set(vpc.id, {
            id: `${vpc.id}#main-route-table`,
            name: `main route table of ${vpc.name}`,
            type: 'AWS::EC2::RouteTable',
            loc: vpc.loc,
            tags: new Map(),
            suppressions: [],
            owner: vpc,
            vpc: inVpc,
            main: true,
        });
        const group = {
            id: `${vpc.id}#default-security-group`,
            name: `default security group of ${vpc.name}`,
            type: 'AWS::EC2::SecurityGroup',
            loc: vpc.loc,
            tags: new Map(),
            suppressions: [],
            owner: vpc,
            vpc: inVpc,
            vpcDefault: true,
            defaultEgress: true,
            // Stryker disable next-line ArrayDeclaration: finish() sets every group's rules
            rules: [],
            unknownRules: [],
        };
        this.defaultGroups.set(vpc.id, group);
        const all = {
            protocol: { known: true, value: '-1' },
            fromPort: { known: 'absent' },
            toPort: { known: 'absent' },
            loc: group.loc,
            origin: { kind: 'vpc-default' },
        };
        this.rules.set(group.id, [
            { ...all, direction: 'ingress', peer: { kind: 'security-group', group: { kind: 'resource', target: group, loc: group.loc } } },
            { ...all, direction: 'egress', peer: { kind: 'cidr', range: { known: true, value: '0.0.0.0/0' } } },
        ]);
    }
}
function append(m, key, value) {
    const list = m.get(key);
    if (list)
        list.push(value);
    else
        m.set(key, [value]);
}
//# sourceMappingURL=model-builder.js.map