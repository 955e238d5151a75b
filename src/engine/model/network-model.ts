import type { Loc } from '../load/source-node.js';
import { getOrMake } from '../util/lists.js';
import { linkedItems, targetOf } from './links.js';
import { label } from './types.js';
import type {
  Element,
  EventSource,
  HostedZone,
  UnattachedRule,
  GroupRules,
  InternetGateway,
  LambdaFunction,
  Link,
  PrivateTarget,
  Role,
  Route,
  RouteTable,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
  SubnetRouteTableAssociation,
  Vpc,
  VpcEndpoint,
} from './types.js';

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

function groupBy<T, K>(items: readonly T[], keys: (item: T) => readonly K[]): Map<K, T[]> {
  const m = new Map<K, T[]>();
  for (const item of items) {
    // A key named twice by one item (a group listed twice) groups it once.
    for (const k of new Set(keys(item))) {
      const list = m.get(k);
      if (list) list.push(item);
      else m.set(k, [item]);
    }
  }
  return m;
}

/** A rule of `group` that admits members of another group. */
export interface IngressFrom {
  readonly group: SecurityGroup;
  readonly rule: SecurityGroupRule;
}

const resourceTarget = <T>(l: Link<T>): T[] => {
  const t = targetOf(l);
  return t ? [t] : [];
};

/**
 * The network of one template, indexed once so that rules ask questions ("route tables of this subnet",
 * "functions using this group") as lookups.
 */
export class NetworkModel implements ModelParts {
  readonly vpcs;
  readonly subnets;
  readonly routeTables;
  readonly associations;
  readonly routes;
  readonly internetGateways;
  readonly securityGroups;
  readonly mainRouteTables;
  readonly defaultSecurityGroups;
  readonly endpoints;
  readonly functions;
  readonly roles;
  readonly eventSources;
  readonly hostedZones;
  readonly targets;
  readonly unattachedRules;
  readonly others;
  readonly resourceTypes;
  readonly region;
  private readonly associationsBySubnet: Map<Subnet, SubnetRouteTableAssociation[]>;
  private readonly routesByTable: Map<RouteTable, Route[]>;
  private readonly functionsByGroup: Map<SecurityGroup, LambdaFunction[]>;
  private readonly functionsByVpc: Map<Vpc, LambdaFunction[]>;
  private readonly endpointsByVpc: Map<Vpc, VpcEndpoint[]>;
  private readonly endpointsByGroup: Map<SecurityGroup, VpcEndpoint[]>;
  /** An association whose SubnetId is not known: it may be any subnet's. */
  private readonly unknownSubnetAssociation: SubnetRouteTableAssociation | undefined;
  // Built on first use: rules ask these once per function or endpoint, and a scan each time would be quadratic.
  private polledByFunction: Map<LambdaFunction, Set<string>> | undefined;
  private readonly awsZonesByVpc = new Map<Vpc, HostedZone[]>();
  private mainTablesByVpc: Map<Vpc, RouteTable[]> | undefined;
  private readonly endpointTypesByService = new Map<Vpc, Map<string, Set<string>>>();
  private readonly unreadableEndpointsByVpc = new Map<Vpc, VpcEndpoint[]>();
  private readonly functionGroupsByVpc = new Map<Vpc, SecurityGroup[]>();
  private otherTypes: Set<string> | undefined;
  private vpcFunctions: LambdaFunction[] | undefined;
  private ingressBySource: Map<SecurityGroup, IngressFrom[]> | undefined;
  private functionsOfUnknownVpc: LambdaFunction[] | undefined;

  constructor(parts: ModelParts) {
    this.vpcs = parts.vpcs;
    this.subnets = parts.subnets;
    this.routeTables = parts.routeTables;
    this.associations = parts.associations;
    this.routes = parts.routes;
    this.internetGateways = parts.internetGateways;
    this.securityGroups = parts.securityGroups;
    this.mainRouteTables = parts.mainRouteTables;
    this.defaultSecurityGroups = parts.defaultSecurityGroups;
    this.endpoints = parts.endpoints;
    this.functions = parts.functions;
    this.roles = parts.roles;
    this.eventSources = parts.eventSources;
    this.hostedZones = parts.hostedZones;
    this.targets = parts.targets;
    this.unattachedRules = parts.unattachedRules;
    this.others = parts.others;
    this.resourceTypes = parts.resourceTypes;
    this.region = parts.region;
    this.associationsBySubnet = groupBy(parts.associations, (a) => resourceTarget(a.subnet));
    this.routesByTable = groupBy(parts.routes, (r) => resourceTarget(r.routeTable));
    this.functionsByGroup = groupBy(parts.functions, (f) => this.securityGroupsOf(f));
    this.functionsByVpc = groupBy(parts.functions, (f) => [...new Set(this.vpcsOfFunction(f))]);
    this.endpointsByVpc = groupBy(parts.endpoints, (e) => [this.vpcOfEndpoint(e)].filter((v): v is Vpc => v !== undefined));
    this.unknownSubnetAssociation = parts.associations.find((a) => a.subnet.kind === 'unknown');
    this.endpointsByGroup = groupBy(parts.endpoints, (e) => linkedItems(e.securityGroups).flatMap(resourceTarget));
  }

  /** Every resource of the template, once. */
  elements(): Element[] {
    const typed: Element[] = [...this.vpcs, ...this.subnets, ...this.routeTables, ...this.associations, ...this.routes];
    return [
      ...typed,
      ...this.internetGateways,
      ...this.securityGroups,
      ...this.endpoints,
      ...this.functions,
      ...this.roles,
      ...this.eventSources,
      ...this.hostedZones,
      ...this.others,
    ];
  }

  /** The services (sqs, kinesis, dynamodb, kafka) the Lambda service polls for this function. */
  polledServicesOf(fn: LambdaFunction): Set<string> {
    this.polledByFunction ??= this.indexPolledServices();
    return this.polledByFunction.get(fn) ?? new Set();
  }

  private indexPolledServices(): Map<LambdaFunction, Set<string>> {
    const polled = new Map<LambdaFunction, Set<string>>();
    for (const s of this.eventSources) {
      const target = targetOf(s.function);
      if (!target || !s.service.known) continue;
      polled.set(target, (polled.get(target) ?? new Set()).add(s.service.value));
    }
    return polled;
  }

  /** Private hosted zones of this VPC named under amazonaws.com: calls may go to endpoints shared from another VPC. */
  awsHostedZonesOf(vpc: Vpc): HostedZone[] {
    return getOrMake(this.awsZonesByVpc, vpc, () =>
      this.hostedZones.filter((z) => z.zoneName.known && /amazonaws\.com\.?$/.test(z.zoneName.value) && z.vpcs.some((l) => targetOf(l) === vpc)),
    );
  }

  /** The types (`interface`, `gateway`, lower case) of the VPC's endpoints to this AWS service (`sqs`, `s3`). */
  endpointTypesOf(vpc: Vpc, service: string): ReadonlySet<string> {
    const byService = getOrMake(this.endpointTypesByService, vpc, () => {
      const types = new Map<string, Set<string>>();
      for (const e of this.endpointsIn(vpc)) {
        const type = endpointTypeOf(e)?.toLowerCase();
        if (type === undefined) continue;
        if (e.service.kind === 'aws') types.set(e.service.name, (types.get(e.service.name) ?? new Set()).add(type));
      }
      return types;
    });
    return byService.get(service) ?? new Set();
  }

  /** The endpoints of the VPC whose service or type is not known before deployment. */
  unreadableEndpointsIn(vpc: Vpc): VpcEndpoint[] {
    return getOrMake(this.unreadableEndpointsByVpc, vpc, () =>
      this.endpointsIn(vpc).filter((e) => e.service.kind === 'unknown' || endpointTypeOf(e) === undefined),
    );
  }

  /** Whether the template has a resource of this type among the ones the model does not type itself. */
  hasOtherOfType(type: string): boolean {
    this.otherTypes ??= new Set(this.others.map((o) => o.type));
    return this.otherTypes.has(type);
  }

  /**
   * Where what is unknown of a function's network is written: its VpcConfig or subnet list when they cannot be read
   * (a missing include, an import), else the function. Notes point there, so one cause is one place.
   */
  unknownCauseOf(fn: LambdaFunction): Loc {
    const c = fn.vpcConfig;
    if (c.state === 'unknown') return c.loc;
    if (c.state === 'set' && c.subnets.state === 'unknown') return c.subnets.loc;
    return fn.loc;
  }

  /** Subnets of the function's VpcConfig, as links (resolved or not), in the order written. */
  subnetLinksOf(fn: LambdaFunction): Link<Subnet>[] {
    return fn.vpcConfig.state === 'set' ? linkedItems(fn.vpcConfig.subnets) : [];
  }

  /** The security groups of the template that the Lambda functions of a VPC use, each once. */
  functionGroupsIn(vpc: Vpc): SecurityGroup[] {
    return getOrMake(this.functionGroupsByVpc, vpc, () => [...new Set(this.functionsIn(vpc).flatMap((fn) => this.securityGroupsOf(fn)))]);
  }

  securityGroupsOf(fn: LambdaFunction): SecurityGroup[] {
    return fn.vpcConfig.state === 'set' ? linkedItems(fn.vpcConfig.securityGroups).flatMap(resourceTarget) : [];
  }

  /** VPCs a function runs in, known from its subnets or, failing that, its security groups. */
  vpcsOfFunction(fn: LambdaFunction): Vpc[] {
    const fromSubnets = this.subnetLinksOf(fn)
      .flatMap(resourceTarget)
      .flatMap((s) => resourceTarget(s.vpc));
    return fromSubnets.length > 0 ? fromSubnets : this.securityGroupsOf(fn).flatMap((g) => resourceTarget(g.vpc));
  }

  associationsOf(subnet: Subnet): SubnetRouteTableAssociation[] {
    return this.associationsBySubnet.get(subnet) ?? [];
  }

  /**
   * The tables a subnet routes through: its associations', else its VPC's main route table (when the VPC is ours and
   * no association of the template may be the subnet's). Empty when not known: `whyRouteTablesUnknown` says why.
   */
  routeTablesOf(subnet: Subnet): RouteTable[] {
    const associations = this.associationsOf(subnet);
    if (associations.length > 0) return associations.flatMap((a) => resourceTarget(a.routeTable));
    if (this.unknownSubnetAssociation) return [];
    const vpc = targetOf(subnet.vpc);
    this.mainTablesByVpc ??= groupBy(this.mainRouteTables, (t) => resourceTarget(t.vpc));
    // Stryker disable next-line ArrayDeclaration: every VPC of the template has a main route table
    return vpc ? (this.mainTablesByVpc.get(vpc) ?? []) : [];
  }

  whyRouteTablesUnknown(subnet: Subnet): string {
    const unknown = this.unknownSubnetAssociation;
    if (unknown?.subnet.kind === 'unknown')
      return `subnet ${label(subnet)} may be the subnet of association ${label(unknown)}, whose SubnetId is not known before deployment (${unknown.subnet.reason})`;
    return `subnet ${label(subnet)} has no route table association here, and its VPC is not in this template`;
  }

  routesOf(table: RouteTable): Route[] {
    return this.routesByTable.get(table) ?? [];
  }

  functionsUsing(group: SecurityGroup): LambdaFunction[] {
    return this.functionsByGroup.get(group) ?? [];
  }

  functionsIn(vpc: Vpc): LambdaFunction[] {
    return this.functionsByVpc.get(vpc) ?? [];
  }

  /** The Lambda functions in the endpoint's VPC (none when that VPC is not in the template). */
  functionsNear(endpoint: VpcEndpoint): LambdaFunction[] {
    const vpc = this.vpcOfEndpoint(endpoint);
    return vpc ? this.functionsIn(vpc) : [];
  }

  /**
   * The VPC an endpoint is in: the one its VpcId names, else (a VpcId not known before deployment) the VPC of its
   * subnets or security groups, which CloudFormation requires to be the endpoint's VPC.
   */
  vpcOfEndpoint(endpoint: VpcEndpoint): Vpc | undefined {
    const named = targetOf(endpoint.vpc);
    if (named) return named;
    const subnets = linkedItems(endpoint.subnets).flatMap(resourceTarget);
    const groups = linkedItems(endpoint.securityGroups).flatMap(resourceTarget);
    const vpcs = new Set([...subnets, ...groups].flatMap((x) => resourceTarget(x.vpc)));
    return vpcs.size === 1 ? [...vpcs][0] : undefined;
  }

  endpointsIn(vpc: Vpc): VpcEndpoint[] {
    return this.endpointsByVpc.get(vpc) ?? [];
  }

  endpointsUsing(group: SecurityGroup): VpcEndpoint[] {
    return this.endpointsByGroup.get(group) ?? [];
  }

  /** The ingress rules of other groups that admit members of `source`: what that group's members talk to. */
  ingressFrom(source: SecurityGroup): IngressFrom[] {
    this.ingressBySource ??= this.indexIngressBySource();
    return this.ingressBySource.get(source) ?? [];
  }

  private indexIngressBySource(): Map<SecurityGroup, IngressFrom[]> {
    const bySource = new Map<SecurityGroup, IngressFrom[]>();
    for (const group of this.securityGroups) {
      for (const rule of group.rules) {
        const from = rule.direction === 'ingress' && rule.peer.kind === 'security-group' ? targetOf(rule.peer.group) : undefined;
        if (!from || from === group) continue;
        getOrMake(bySource, from, () => []).push({ group, rule });
      }
    }
    return bySource;
  }

  rulesOf(group: SecurityGroup, direction: SecurityGroupRule['direction']): SecurityGroupRule[] {
    return group.rules.filter((r) => r.direction === direction);
  }

  /** The group's rules in one direction, with what cannot be known about them (see `GroupRules`). */
  groupRules(group: SecurityGroup, direction: SecurityGroupRule['direction']): GroupRules {
    const rules = this.rulesOf(group, direction);
    const unknown = group.unknownRules.filter((u) => u.direction === direction);
    if (rules.length > 0 || unknown.length > 0) return { kind: 'some', rules, unknown };
    const unattached = this.unattachedRules.filter((u) => u.direction === direction);
    return unattached.length > 0 ? { kind: 'maybe-elsewhere', reasons: unattached.map((u) => u.reason) } : { kind: 'none' };
  }

  /**
   * Whether the template holds Lambda functions that may use this endpoint: functions in its VPC, or, where the
   * endpoint's VPC or a function's VPC is not known from the template, any function in a VPC. Where it holds none (a
   * shared network stack, endpoints serving instances or a load balancer), the consumers are not the template's.
   */
  hasLambdaConsumers(endpoint: VpcEndpoint): boolean {
    this.vpcFunctions ??= this.functions.filter((f) => f.vpcConfig.state !== 'absent');
    if (this.vpcFunctions.length === 0) return false;
    const vpc = this.vpcOfEndpoint(endpoint);
    if (vpc === undefined || this.functionsIn(vpc).length > 0) return true;
    this.functionsOfUnknownVpc ??= this.vpcFunctions.filter((f) => this.vpcsOfFunction(f).length === 0);
    return this.functionsOfUnknownVpc.length > 0;
  }

  /** Whether any Lambda function of the template has this group in its VpcConfig. */
  isFunctionGroup(group: SecurityGroup): boolean {
    return this.functionsUsing(group).length > 0;
  }

  /** Whether a function of the template names this group ID of another stack (a deployed stack's import, an ID). */
  isExternalFunctionGroup(id: string): boolean {
    return this.functions.some(
      (fn) =>
        fn.vpcConfig.state === 'set' &&
        fn.vpcConfig.securityGroups.state === 'set' &&
        fn.vpcConfig.securityGroups.items.some((g) => g.kind === 'external' && g.id === id),
    );
  }

  /**
   * Functions whose security groups are not all known (a VpcConfig behind an unknowable `Fn::If`, a group list
   * from a parameter without default): while there are any, "no function uses this group" cannot be claimed.
   */
  functionsWithUnknownGroups(): LambdaFunction[] {
    return this.functions.filter((f) => {
      const c = f.vpcConfig;
      if (c.state === 'absent') return false;
      if (c.state === 'unknown' || c.securityGroups.state === 'unknown') return true;
      return c.securityGroups.state === 'set' && c.securityGroups.items.some((l) => l.kind === 'unknown');
    });
  }

  /** The full name of an AWS service's endpoint, as the user would write it. */
  endpointServiceName(service: string): string {
    return `com.amazonaws.${this.region ?? '${AWS::Region}'}.${service}`;
  }

  /** The function's execution role, when it is a role of this template. */
  roleOf(fn: LambdaFunction): Role | undefined {
    return targetOf(fn.role);
  }

  typeOf(id: string): string | undefined {
    return this.resourceTypes.get(id);
  }
}

/** The endpoint's type when known (written or CloudFormation's default, Gateway). */
export function endpointTypeOf(e: VpcEndpoint): string | undefined {
  return e.endpointType.state === 'unknown' ? undefined : e.endpointType.value;
}

export function isInterfaceEndpoint(e: VpcEndpoint): boolean {
  return endpointTypeOf(e)?.toLowerCase() === 'interface';
}

export function isGatewayEndpoint(e: VpcEndpoint): boolean {
  return endpointTypeOf(e)?.toLowerCase() === 'gateway';
}
