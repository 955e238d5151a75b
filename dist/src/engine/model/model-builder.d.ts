import type { Loc } from '../load/source-node.js';
import type { Resolver } from '../resolve/resolver.js';
import type { Value } from '../resolve/value.js';
import { type LinkKind } from './links.js';
import { NetworkModel } from './network-model.js';
import type { ResourceView } from './resource-view.js';
import type { Element, EventSource, HostedZone, InternetGateway, LambdaFunction, Link, LinkList, Role, RolePolicy, Route, RouteTable, SecurityGroup, SecurityGroupRule, Subnet, SubnetRouteTableAssociation, UnattachedRule, Vpc, VpcEndpoint } from './types.js';
export type Mutable<T> = {
    -readonly [K in keyof T]: T[K];
};
/**
 * One template's model while it is built. Every element that others link to exists first as a shell (so links can
 * be cyclic: two groups that admit each other); each resource then fills in its own properties, and `finish()`
 * attaches what other resources contributed (standalone rules, policies) and freezes the whole into a NetworkModel.
 */
export declare class ModelBuilder {
    readonly views: readonly ResourceView[];
    private readonly resolver;
    readonly vpcs: Map<string, Mutable<Vpc>>;
    readonly subnets: Map<string, Mutable<Subnet>>;
    readonly routeTables: Map<string, Mutable<RouteTable>>;
    /** Every VPC's main route table: subnets without an association use it. */
    readonly mainTables: Map<string, RouteTable>;
    readonly igws: Map<string, Mutable<InternetGateway>>;
    readonly groups: Map<string, Mutable<SecurityGroup>>;
    readonly defaultGroups: Map<string, Mutable<SecurityGroup>>;
    readonly roles: Map<string, Mutable<Role>>;
    readonly functionShells: Map<string, Mutable<LambdaFunction>>;
    readonly kinds: {
        vpc: {
            what: string;
            elements: Map<string, Mutable<Vpc>>;
            identity: (string | null)[];
        };
        subnet: {
            what: string;
            elements: Map<string, Mutable<Subnet>>;
            identity: (string | null)[];
        };
        routeTable: {
            what: string;
            elements: Map<string, Mutable<RouteTable>>;
            identity: (string | null)[];
        };
        igw: {
            what: string;
            elements: Map<string, Mutable<Element>>;
            identity: (string | null)[];
        };
        group: {
            what: string;
            elements: Map<string, Mutable<SecurityGroup>>;
            identity: (string | null)[];
            byAttribute: Map<string, Map<string, Mutable<SecurityGroup>>>;
        };
        role: {
            what: string;
            elements: Map<string, Mutable<Role>>;
            identity: string[];
        };
        functionRef: {
            what: string;
            elements: Map<string, Mutable<LambdaFunction>>;
            identity: (string | null)[];
        };
        roleByName: {
            what: string;
            elements: Map<string, Mutable<Role>>;
            identity: null[];
        };
    };
    /** Security group rules by group ID, inline and standalone alike. */
    readonly rules: Map<string, SecurityGroupRule[]>;
    readonly associations: SubnetRouteTableAssociation[];
    readonly routes: Route[];
    readonly endpoints: VpcEndpoint[];
    readonly functions: LambdaFunction[];
    readonly eventSources: EventSource[];
    readonly hostedZones: HostedZone[];
    readonly unattachedRules: UnattachedRule[];
    /** Per function: what the Lambda service delivers to (its own DeadLetterConfig, and EventInvokeConfig resources). */
    private readonly deliveries;
    private readonly rolePolicies;
    readonly customerPolicies: Map<string, RolePolicy>;
    readonly customerPolicyUsers: {
        policy: string;
        role: Link<Role>;
    }[];
    constructor(views: readonly ResourceView[], resolver: Resolver);
    typeOf: (id: string) => string | undefined;
    link<T extends Element>(v: Value | undefined, kind: LinkKind<T>, loc: Loc): Link<T>;
    list<T extends Element>(v: Value | undefined, kind: LinkKind<T>, loc: Loc): LinkList<T>;
    addRolePolicy(role: Link<Role>, doc: RolePolicy): void;
    addRule(groupId: string, rule: SecurityGroupRule): void;
    deliveryTargetsOf(fn: string, targets: readonly string[]): Set<string>;
    finish(): NetworkModel;
    /** The shell made for a resource of the handled type: every such resource has one, made before any handler runs. */
    shellOf<T>(shells: ReadonlyMap<string, Mutable<T>>, id: string): Mutable<T>;
    private shells;
    /**
     * What every VPC has without being written: a main route table (CloudFormation cannot name it, AWS::EC2::VPC has
     * no attribute for it, so it keeps the local route only) and a default security group (all from itself in, all out).
     */
    private addVpcDefaults;
}
