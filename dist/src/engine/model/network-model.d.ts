import type { Loc } from '../load/source-node.js';
import type { Element, EventSource, HostedZone, UnattachedRule, GroupRules, InternetGateway, LambdaFunction, Link, PrivateTarget, Role, Route, RouteTable, SecurityGroup, SecurityGroupRule, Subnet, SubnetRouteTableAssociation, Vpc, VpcEndpoint } from './types.js';
export interface ModelParts {
    readonly vpcs: readonly Vpc[];
    readonly subnets: readonly Subnet[];
    readonly routeTables: readonly RouteTable[];
    readonly associations: readonly SubnetRouteTableAssociation[];
    readonly routes: readonly Route[];
    readonly internetGateways: readonly InternetGateway[];
    readonly securityGroups: readonly SecurityGroup[];
    /**
     * What AWS creates with each VPC of the template, which the template cannot declare: its main route table (for
     * subnets without an association) and its default security group. Not in `routeTables`/`securityGroups`, which
     * hold the template's resources; reached through `routeTablesOf` and through links.
     */
    readonly mainRouteTables: readonly RouteTable[];
    readonly defaultSecurityGroups: readonly SecurityGroup[];
    readonly endpoints: readonly VpcEndpoint[];
    readonly functions: readonly LambdaFunction[];
    readonly roles: readonly Role[];
    readonly eventSources: readonly EventSource[];
    readonly hostedZones: readonly HostedZone[];
    /** Databases, internal load balancers and caches: what functions reach inside the VPC besides endpoints. */
    readonly targets: readonly PrivateTarget[];
    /** Standalone security group rules whose group is not known: they may belong to any group. */
    readonly unattachedRules: readonly UnattachedRule[];
    /** Every other resource (standalone security group rules, IAM policies, queues…): its name, type, tags. */
    readonly others: readonly Element[];
    /** Logical ID → CloudFormation type, for every resource of the template. */
    readonly resourceTypes: ReadonlyMap<string, string>;
    /** The region, when the input tells it; otherwise messages say `${AWS::Region}`. */
    readonly region: string | undefined;
}
/** A rule of `group` that admits members of another group. */
export interface IngressFrom {
    readonly group: SecurityGroup;
    readonly rule: SecurityGroupRule;
}
/**
 * The network of one template, indexed once so that rules ask questions ("route tables of this subnet",
 * "functions using this group") as lookups.
 */
export declare class NetworkModel implements ModelParts {
    readonly vpcs: readonly Vpc[];
    readonly subnets: readonly Subnet[];
    readonly routeTables: readonly RouteTable[];
    readonly associations: readonly SubnetRouteTableAssociation[];
    readonly routes: readonly Route[];
    readonly internetGateways: readonly Element[];
    readonly securityGroups: readonly SecurityGroup[];
    readonly mainRouteTables: readonly RouteTable[];
    readonly defaultSecurityGroups: readonly SecurityGroup[];
    readonly endpoints: readonly VpcEndpoint[];
    readonly functions: readonly LambdaFunction[];
    readonly roles: readonly Role[];
    readonly eventSources: readonly EventSource[];
    readonly hostedZones: readonly HostedZone[];
    readonly targets: readonly PrivateTarget[];
    readonly unattachedRules: readonly UnattachedRule[];
    readonly others: readonly Element[];
    readonly resourceTypes: ReadonlyMap<string, string>;
    readonly region: string | undefined;
    private readonly associationsBySubnet;
    private readonly routesByTable;
    private readonly functionsByGroup;
    private readonly functionsByVpc;
    private readonly endpointsByVpc;
    private readonly endpointsByGroup;
    /** An association whose SubnetId is not known: it may be any subnet's. */
    private readonly unknownSubnetAssociation;
    private polledByFunction;
    private readonly awsZonesByVpc;
    private mainTablesByVpc;
    private readonly endpointTypesByService;
    private readonly unreadableEndpointsByVpc;
    private readonly functionGroupsByVpc;
    private otherTypes;
    private vpcFunctions;
    private ingressBySource;
    private functionsOfUnknownVpc;
    constructor(parts: ModelParts);
    /** Every resource of the template, once. */
    elements(): Element[];
    /** The services (sqs, kinesis, dynamodb, kafka) the Lambda service polls for this function. */
    polledServicesOf(fn: LambdaFunction): Set<string>;
    private indexPolledServices;
    /** Private hosted zones of this VPC named under amazonaws.com: calls may go to endpoints shared from another VPC. */
    awsHostedZonesOf(vpc: Vpc): HostedZone[];
    /** The types (`interface`, `gateway`, lower case) of the VPC's endpoints to this AWS service (`sqs`, `s3`). */
    endpointTypesOf(vpc: Vpc, service: string): ReadonlySet<string>;
    /** The endpoints of the VPC whose service or type is not known before deployment. */
    unreadableEndpointsIn(vpc: Vpc): VpcEndpoint[];
    /** Whether the template has a resource of this type among the ones the model does not type itself. */
    hasOtherOfType(type: string): boolean;
    /**
     * Where what is unknown of a function's network is written: its VpcConfig or subnet list when they cannot be read
     * (a missing include, an import), else the function. Notes point there, so one cause is one place.
     */
    unknownCauseOf(fn: LambdaFunction): Loc;
    /** Subnets of the function's VpcConfig, as links (resolved or not), in the order written. */
    subnetLinksOf(fn: LambdaFunction): Link<Subnet>[];
    /** The security groups of the template that the Lambda functions of a VPC use, each once. */
    functionGroupsIn(vpc: Vpc): SecurityGroup[];
    securityGroupsOf(fn: LambdaFunction): SecurityGroup[];
    /** VPCs a function runs in, known from its subnets or, failing that, its security groups. */
    vpcsOfFunction(fn: LambdaFunction): Vpc[];
    associationsOf(subnet: Subnet): SubnetRouteTableAssociation[];
    /**
     * The tables a subnet routes through: its associations', else its VPC's main route table (when the VPC is ours and
     * no association of the template may be the subnet's). Empty when not known: `whyRouteTablesUnknown` says why.
     */
    routeTablesOf(subnet: Subnet): RouteTable[];
    whyRouteTablesUnknown(subnet: Subnet): string;
    routesOf(table: RouteTable): Route[];
    functionsUsing(group: SecurityGroup): LambdaFunction[];
    functionsIn(vpc: Vpc): LambdaFunction[];
    /** The Lambda functions in the endpoint's VPC (none when that VPC is not in the template). */
    functionsNear(endpoint: VpcEndpoint): LambdaFunction[];
    /**
     * The VPC an endpoint is in: the one its VpcId names, else (a VpcId not known before deployment) the VPC of its
     * subnets or security groups, which CloudFormation requires to be the endpoint's VPC.
     */
    vpcOfEndpoint(endpoint: VpcEndpoint): Vpc | undefined;
    endpointsIn(vpc: Vpc): VpcEndpoint[];
    endpointsUsing(group: SecurityGroup): VpcEndpoint[];
    /** The ingress rules of other groups that admit members of `source`: what that group's members talk to. */
    ingressFrom(source: SecurityGroup): IngressFrom[];
    private indexIngressBySource;
    rulesOf(group: SecurityGroup, direction: SecurityGroupRule['direction']): SecurityGroupRule[];
    /** The group's rules in one direction, with what cannot be known about them (see `GroupRules`). */
    groupRules(group: SecurityGroup, direction: SecurityGroupRule['direction']): GroupRules;
    /**
     * Whether the template holds Lambda functions that may use this endpoint: functions in its VPC, or, where the
     * endpoint's VPC or a function's VPC is not known from the template, any function in a VPC. Where it holds none (a
     * shared network stack, endpoints serving instances or a load balancer), the consumers are not the template's.
     */
    hasLambdaConsumers(endpoint: VpcEndpoint): boolean;
    /** Whether any Lambda function of the template has this group in its VpcConfig. */
    isFunctionGroup(group: SecurityGroup): boolean;
    /** Whether a function of the template names this group ID of another stack (a deployed stack's import, an ID). */
    isExternalFunctionGroup(id: string): boolean;
    /**
     * Functions whose security groups are not all known (a VpcConfig behind an unknowable `Fn::If`, a group list
     * from a parameter without default): while there are any, "no function uses this group" cannot be claimed.
     */
    functionsWithUnknownGroups(): LambdaFunction[];
    /** The full name of an AWS service's endpoint, as the user would write it. */
    endpointServiceName(service: string): string;
    /** The function's execution role, when it is a role of this template. */
    roleOf(fn: LambdaFunction): Role | undefined;
    typeOf(id: string): string | undefined;
}
/** The endpoint's type when known (written or CloudFormation's default, Gateway). */
export declare function endpointTypeOf(e: VpcEndpoint): string | undefined;
export declare function isInterfaceEndpoint(e: VpcEndpoint): boolean;
export declare function isGatewayEndpoint(e: VpcEndpoint): boolean;
