import { privateTargets } from './targets.js';
import { child, NAME_METADATA, NO_DEFAULT_EGRESS, type Loc, type MapNode, type SourceNode } from '../load/source-node.js';
import type { Resolver } from '../resolve/resolver.js';
import { display, field, knownString, type Value } from '../resolve/value.js';
import { booleanSetting, knownNumber, knownText, protocol, stringSetting, whyUnknown, type PropertyEntry } from './coerce.js';
import { linkList, linkTo, type LinkKind } from './links.js';
import { NetworkModel } from './network-model.js';
import { isKnownShape, knownShape, pattern } from './iam.js';
import { policySetting } from './policy.js';
import type {
  Element,
  EndpointService,
  EventSource,
  HostedZone,
  Known,
  InternetGateway,
  LambdaFunction,
  Link,
  LinkList,
  Peer,
  Role,
  RolePolicy,
  Route,
  RouteTable,
  RouteTarget,
  SecurityGroup,
  SecurityGroupRule,
  Subnet,
  SubnetRouteTableAssociation,
  Suppression,
  UnattachedRule,
  VpcConfig,
  Vpc,
  VpcEndpoint,
  Zone,
} from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One resource of the template, with its properties resolved on demand. */
export interface ResourceView {
  readonly element: Element;
  prop(name: string): Value | undefined;
  /** The property with its key's position (absent when missing or `AWS::NoValue`). */
  entry(name: string): PropertyEntry | undefined;
  propEntryLoc(name: string): Loc | undefined;
  /** A key of the resource's Metadata, as written. */
  metadata(name: string): SourceNode | undefined;
}

/** Builds the network model of one template: shells first (so links can be cyclic), then their properties. */
export function buildModel(root: MapNode, resolver: Resolver, constructPaths: ReadonlyMap<string, string> = new Map()): NetworkModel {
  const views = resourceViews(root, resolver, constructPaths);
  const typeOf = (id: string) => resolver.resourceTypes.get(id);
  const shells = <T extends Element>(type: string) => {
    const m = new Map<string, Mutable<T>>();
    for (const v of views) if (v.element.type === type) m.set(v.element.id, { ...v.element } as Mutable<T>);
    return m;
  };
  const vpcs = shells<Vpc>('AWS::EC2::VPC');
  const subnets = shells<Subnet>('AWS::EC2::Subnet');
  const routeTables = shells<RouteTable>('AWS::EC2::RouteTable');
  // Every VPC of the template has a main route table: subnets without an association use it. CloudFormation cannot
  // name it (AWS::EC2::VPC has no attribute for it), so it keeps the local route only.
  const mainTables = new Map<string, RouteTable>();
  for (const vpc of vpcs.values()) {
    mainTables.set(vpc.id, {
      id: `${vpc.id}#main-route-table`,
      name: `main route table of ${vpc.name}`,
      type: 'AWS::EC2::RouteTable',
      loc: vpc.loc,
      tags: new Map(),
      suppressions: [],
      owner: vpc,
      vpc: { kind: 'resource', target: vpc, loc: vpc.loc },
      main: true,
    });
  }
  const igws = shells<InternetGateway>('AWS::EC2::InternetGateway');
  const groups = shells<SecurityGroup>('AWS::EC2::SecurityGroup');
  for (const g of groups.values()) {
    g.vpcDefault = false;
    g.defaultEgress = true;
  }
  const defaultGroups = new Map<string, Mutable<SecurityGroup>>();
  for (const vpc of vpcs.values()) {
    const id = `${vpc.id}#default-security-group`;
    const group: Mutable<SecurityGroup> = { id, name: `default security group of ${vpc.name}`, type: 'AWS::EC2::SecurityGroup', loc: vpc.loc, tags: new Map(), suppressions: [], owner: vpc, vpc: { kind: 'resource', target: vpc, loc: vpc.loc }, vpcDefault: true, defaultEgress: true, rules: [], unknownRules: [] };
    defaultGroups.set(vpc.id, group);
  }
  const roles = shells<Role>('AWS::IAM::Role');
  const functionShells = new Map([...shells<LambdaFunction>('AWS::Lambda::Function'), ...shells<LambdaFunction>('AWS::Serverless::Function')]);
  const kinds = {
    vpc: { what: 'VPC', elements: vpcs, identity: [null, 'VpcId'] } satisfies LinkKind<Vpc>,
    subnet: { what: 'subnet', elements: subnets, identity: [null, 'SubnetId'] } satisfies LinkKind<Subnet>,
    routeTable: { what: 'route table', elements: routeTables, identity: [null, 'RouteTableId'] } satisfies LinkKind<RouteTable>,
    igw: { what: 'internet gateway', elements: igws, identity: [null, 'InternetGatewayId'] } satisfies LinkKind<InternetGateway>,
    group: { what: 'security group', elements: groups, identity: [null, 'GroupId'], byAttribute: new Map([['DefaultSecurityGroup', defaultGroups]]) } satisfies LinkKind<SecurityGroup>,
    role: { what: 'IAM role', elements: roles, identity: ['Arn'] } satisfies LinkKind<Role>,
    functionRef: { what: 'Lambda function', elements: functionShells, identity: [null, 'Arn'] } satisfies LinkKind<LambdaFunction>,
    roleByName: { what: 'IAM role', elements: roles, identity: [null] } satisfies LinkKind<Role>,
  };
  const link = <T extends Element>(v: Value | undefined, kind: LinkKind<T>, loc: Loc): Link<T> =>
    v === undefined ? { kind: 'unknown', reason: `no ${kind.what} given`, loc } : linkTo(v, kind, typeOf);
  const list = <T extends Element>(v: Value | undefined, kind: LinkKind<T>, loc: Loc) => linkList(v, kind, typeOf, loc);

  const rules = new Map<string, SecurityGroupRule[]>();
  for (const group of defaultGroups.values()) {
    const all = { protocol: { known: true, value: '-1' }, fromPort: { known: 'absent' }, toPort: { known: 'absent' }, loc: group.loc, origin: { kind: 'vpc-default' } } as const;
    rules.set(group.id, [
      { ...all, direction: 'ingress', peer: { kind: 'security-group', group: { kind: 'resource', target: group, loc: group.loc } } },
      { ...all, direction: 'egress', peer: { kind: 'cidr', range: { known: true, value: '0.0.0.0/0' } } },
    ]);
  }
  const associations: SubnetRouteTableAssociation[] = [];
  const routes: Route[] = [];
  const endpoints: VpcEndpoint[] = [];
  const functions: LambdaFunction[] = [];
  const eventSources: EventSource[] = [];
  // Per function: what the Lambda service delivers to (its own DeadLetterConfig, and EventInvokeConfig resources).
  const deliveries = new Map<string, Set<string>>();
  const deliveryTargetsOf = (fn: string, targets: readonly string[]) => {
    const set = deliveries.get(fn) ?? new Set<string>();
    deliveries.set(fn, set);
    for (const t of targets) set.add(t);
    return set;
  };
  const hostedZones: HostedZone[] = [];
  const unattachedRules: UnattachedRule[] = [];
  const rolePolicies = new Map<string, RolePolicy[]>();
  const customerPolicies = new Map<string, RolePolicy>();
  const customerPolicyUsers: Array<{ policy: string; role: Link<Role> }> = [];
  const addRolePolicy = (role: Link<Role>, doc: RolePolicy) => {
    if (role.kind === 'resource') append(rolePolicies, role.target.id, doc);
  };

  for (const r of views) {
    const { element: e } = r;
    switch (e.type) {
      case 'AWS::EC2::VPC':
        Object.assign(vpcs.get(e.id)!, {
          dnsSupport: booleanSetting(r.entry('EnableDnsSupport'), true),
          dnsHostnames: booleanSetting(r.entry('EnableDnsHostnames'), false),
          cidrBlocks: [...(vpcs.get(e.id)!.cidrBlocks ?? []), knownText(r.prop('CidrBlock'), 'the VPC has no CidrBlock (an IPAM pool allocates it)')],
        });
        break;
      case 'AWS::EC2::VPCCidrBlock': {
        const vpc = link(r.prop('VpcId'), kinds.vpc, e.loc);
        if (vpc.kind === 'resource' && r.prop('CidrBlock') !== undefined) {
          const target = vpcs.get(vpc.target.id)!;
          target.cidrBlocks = [...(target.cidrBlocks ?? []), knownText(r.prop('CidrBlock'), 'no CidrBlock')];
        }
        break;
      }
      case 'AWS::EC2::Subnet':
        Object.assign(subnets.get(e.id)!, { vpc: link(r.prop('VpcId'), kinds.vpc, e.loc), zone: zoneOf(r), cidrBlock: knownText(r.prop('CidrBlock'), 'no CidrBlock (an IPAM pool allocates it)') });
        break;
      case 'AWS::EC2::RouteTable':
        Object.assign(routeTables.get(e.id)!, { vpc: link(r.prop('VpcId'), kinds.vpc, e.loc), main: false });
        break;
      case 'AWS::EC2::SubnetRouteTableAssociation':
        associations.push({
          ...e,
          subnet: link(r.prop('SubnetId'), kinds.subnet, e.loc),
          routeTable: link(r.prop('RouteTableId'), kinds.routeTable, e.loc),
        });
        break;
      case 'AWS::EC2::Route': {
        const dest = r.prop('DestinationCidrBlock') ?? r.prop('DestinationIpv6CidrBlock') ?? r.prop('DestinationPrefixListId');
        routes.push({ ...e, routeTable: link(r.prop('RouteTableId'), kinds.routeTable, e.loc), destination: knownText(dest, 'no destination'), target: routeTarget(r, (v) => link(v, kinds.igw, e.loc)) });
        break;
      }
      case 'AWS::EC2::SecurityGroup': {
        const own = rules.get(e.id) ?? [];
        rules.set(e.id, own);
        const unknownRules: SecurityGroup['unknownRules'][number][] = [];
        for (const [direction, key] of [['ingress', 'SecurityGroupIngress'], ['egress', 'SecurityGroupEgress']] as const) {
          const v = r.prop(key);
          const items = v === undefined ? [] : v.kind === 'list' ? v.items : [v];
          for (const item of items) {
            if (item.kind === 'map') own.push(sgRule(item, direction, { kind: 'inline' }, (g) => link(g, kinds.group, item.loc)));
            else unknownRules.push({ direction, reason: whyUnknown(item), loc: item.loc });
          }
        }
        Object.assign(groups.get(e.id)!, { vpc: link(r.prop('VpcId'), kinds.vpc, e.loc), unknownRules, defaultEgress: r.metadata(NO_DEFAULT_EGRESS) === undefined });
        break;
      }
      case 'AWS::EC2::SecurityGroupIngress':
      case 'AWS::EC2::SecurityGroupEgress': {
        const direction = e.type.endsWith('Ingress') ? 'ingress' : 'egress';
        const whole: Value = { kind: 'map', entries: ['IpProtocol', 'FromPort', 'ToPort', 'CidrIp', 'CidrIpv6', 'SourcePrefixListId', 'SourceSecurityGroupId', 'SourceSecurityGroupName', 'DestinationPrefixListId', 'DestinationSecurityGroupId'].flatMap((k) => { const v = r.prop(k); return v ? [{ key: k, keyLoc: r.propEntryLoc(k)!, value: v }] : []; }), loc: e.loc };
        const target = link(r.prop('GroupId') ?? r.prop('GroupName'), kinds.group, e.loc);
        const rule = sgRule(whole, direction, { kind: 'standalone', resource: e }, (g) => link(g, kinds.group, e.loc));
        if (target.kind === 'resource') append(rules, target.target.id, rule);
        else if (target.kind === 'unknown') unattachedRules.push({ direction, reason: `${e.id}: ${target.reason}`, loc: e.loc });
        break;
      }
      case 'AWS::EC2::VPCEndpoint':
        endpoints.push({
          ...e,
          vpc: link(r.prop('VpcId'), kinds.vpc, e.loc),
          endpointType: stringSetting(r.entry('VpcEndpointType'), 'Gateway'),
          serviceName: r.prop('ServiceName') ?? r.prop('ServiceNetworkArn') ?? r.prop('ResourceConfigurationArn'),
          service: endpointService(r.prop('ServiceName')),
          privateDns: booleanSetting(r.entry('PrivateDnsEnabled'), false),
          securityGroups: list(r.prop('SecurityGroupIds'), kinds.group, r.propEntryLoc('SecurityGroupIds') ?? e.loc),
          subnets: list(r.prop('SubnetIds'), kinds.subnet, r.propEntryLoc('SubnetIds') ?? e.loc),
          routeTables: list(r.prop('RouteTableIds'), kinds.routeTable, r.propEntryLoc('RouteTableIds') ?? e.loc),
          policy: policySetting(r.entry('PolicyDocument')),
        });
        break;
      // SAM functions as written; SAM Globals and the role SAM generates come with the SAM input adapter.
      case 'AWS::Serverless::Function':
      case 'AWS::Lambda::Function': {
        const deadLetter = field(r.prop('DeadLetterConfig') ?? r.prop('DeadLetterQueue'), 'TargetArn')?.value;
        functions.push(
          Object.assign(functionShells.get(e.id)!, {
            vpcConfig: vpcConfig(r.prop('VpcConfig'), (v, at) => list(v, kinds.subnet, at), (v, at) => list(v, kinds.group, at)),
            role: link(r.prop('Role'), kinds.role, e.loc),
            deliveryTargets: deliveryTargetsOf(e.id, [...refTargets(deadLetter), ...destinationTargets(field(r.prop('EventInvokeConfig'), 'DestinationConfig')?.value)]),
          }),
        );
        break;
      }
      case 'AWS::Lambda::EventInvokeConfig': {
        const fn = link(r.prop('FunctionName'), kinds.functionRef, e.loc);
        if (fn.kind === 'resource') deliveryTargetsOf(fn.target.id, destinationTargets(r.prop('DestinationConfig')));
        break;
      }
      case 'AWS::IAM::Role': {
        const docs = inlinePolicies(r.entry('Policies'));
        const managed = r.prop('ManagedPolicyArns');
        const arns = managed === undefined ? [] : managed.kind === 'list' ? managed.items : [managed];
        const self: Link<Role> = { kind: 'resource', target: roles.get(e.id)!, loc: e.loc };
        const ours = (v: Value): v is Extract<Value, { kind: 'ref' }> => v.kind === 'ref' && typeOf(v.target) === 'AWS::IAM::ManagedPolicy';
        Object.assign(roles.get(e.id)!, { managedPolicyArns: arns.filter((a) => !ours(a)) });
        for (const a of arns.filter(ours)) customerPolicyUsers.push({ policy: a.target, role: self });
        for (const d of docs) addRolePolicy(self, d);
        break;
      }
      case 'AWS::IAM::RolePolicy': {
        const doc = policySetting(r.entry('PolicyDocument'));
        if (doc.state !== 'absent') addRolePolicy(link(r.prop('RoleName'), kinds.roleByName, e.loc), doc);
        break;
      }
      case 'AWS::Lambda::EventSourceMapping':
        eventSources.push({ ...e, function: link(r.prop('FunctionName'), kinds.functionRef, e.loc), service: eventSourceService(r.prop('EventSourceArn'), typeOf) });
        break;
      case 'AWS::Route53::HostedZone': {
        const name = r.prop('Name');
        const vpcs = r.prop('VPCs');
        // By shape: `sqs.${AWS::Region}.amazonaws.com` is a zone for SQS in any region.
        const shape = name && knownShape(name);
        const zoneName = shape ? { known: true as const, value: shape } : { known: false as const, reason: name ? whyUnknown(name) : 'no Name' };
        hostedZones.push({ ...e, zoneName, vpcs: vpcs?.kind === 'list' ? vpcs.items.map((v) => link(field(v, 'VPCId')?.value, kinds.vpc, e.loc)) : [] });
        break;
      }
      case 'AWS::IAM::Policy':
      case 'AWS::IAM::ManagedPolicy': {
        const doc = policySetting(r.entry('PolicyDocument'));
        if (doc.state === 'absent') break;
        customerPolicies.set(e.id, doc);
        const attached = r.prop('Roles');
        if (attached?.kind === 'list') for (const role of attached.items) addRolePolicy(link(role, kinds.roleByName, e.loc), doc);
        break;
      }
    }
  }
  for (const { policy, role } of customerPolicyUsers) {
    const doc = customerPolicies.get(policy);
    if (doc) addRolePolicy(role, doc);
  }
  for (const g of [...groups.values(), ...defaultGroups.values()]) g.rules = rules.get(g.id) ?? [];
  for (const [id, role] of roles) role.policies = rolePolicies.get(id) ?? [];
  return new NetworkModel({
    vpcs: [...vpcs.values()],
    subnets: [...subnets.values()],
    routeTables: [...routeTables.values()],
    mainRouteTables: [...mainTables.values()],
    associations,
    routes,
    internetGateways: [...igws.values()],
    securityGroups: [...groups.values()],
    defaultSecurityGroups: [...defaultGroups.values()],
    endpoints,
    functions,
    roles: [...roles.values()],
    eventSources,
    hostedZones,
    targets: privateTargets(views, (v, at) => list(v, kinds.group, at)),
    unattachedRules,
    others: views.map((v) => v.element).filter((e) => !MODELLED_TYPES.has(e.type)),
    resourceTypes: resolver.resourceTypes,
    region: resolver.region,
  });
}

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

/** A role's inline policies (maps, or JSON strings as CloudFormation parses them); what cannot be read says why. */
function inlinePolicies(entry: PropertyEntry | undefined): RolePolicy[] {
  if (entry === undefined) return [];
  const items = entry.value.kind === 'list' ? entry.value.items : [entry.value];
  return items.flatMap((item): RolePolicy[] => {
    if (item.kind !== 'map') return [{ state: 'unknown', reason: whyUnknown(item), loc: item.loc }];
    const doc = policySetting(field(item, 'PolicyDocument'));
    return doc.state === 'absent' ? [] : [doc];
  });
}

/** The resources a value names by `Ref` or `Fn::GetAtt` (a queue's ARN, a topic). */
function refTargets(v: Value | undefined): string[] {
  return v?.kind === 'ref' ? [v.target] : [];
}

/** OnSuccess/OnFailure destinations of an asynchronous invocation configuration. */
function destinationTargets(config: Value | undefined): string[] {
  return ['OnSuccess', 'OnFailure'].flatMap((key) => refTargets(field(field(config, key)?.value, 'Destination')?.value));
}

/** The service an event-source mapping polls: from the resource type its ARN comes from, or the ARN's service. */
function eventSourceService(v: Value | undefined, typeOf: (id: string) => string | undefined): Known<string> {
  if (v === undefined) return { known: false, reason: 'no EventSourceArn (a self-managed source)' };
  const byType: Record<string, string> = {
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
  return service ? { known: true, value: service } : { known: false, reason: whyUnknown(v) };
}

function append<K, V>(m: Map<K, V[]>, key: K, value: V): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

/** `constructPaths`: CDK construct paths from the cloud assembly's manifest, for templates without `aws:cdk:path`. */
function resourceViews(root: MapNode, resolver: Resolver, constructPaths: ReadonlyMap<string, string>): ResourceView[] {
  const resources = child(root, 'Resources');
  if (resources?.kind !== 'map') return [];
  const views: ResourceView[] = [];
  for (const entry of resources.entries) {
    const typeNode = child(entry.value, 'Type');
    if (typeNode?.kind !== 'scalar' || typeof typeNode.value !== 'string') continue;
    const condition = child(entry.value, 'Condition');
    if (condition?.kind === 'scalar' && resolver.condition(String(condition.value)) === false) continue;
    const props = child(entry.value, 'Properties');
    const metadata = child(entry.value, 'Metadata');
    const pathNode = child(metadata, 'aws:cdk:path');
    const path = pathNode?.kind === 'scalar' && typeof pathNode.value === 'string' ? pathNode.value : constructPaths.get(entry.key);
    const name = child(metadata, NAME_METADATA);
    const element: Element = {
      id: entry.key,
      name: name?.kind === 'scalar' && typeof name.value === 'string' ? name.value : entry.key,
      type: typeNode.value,
      loc: entry.keyLoc,
      ...(path !== undefined ? { path } : {}),
      tags: tagsOf(resolver.resolve(child(props, 'Tags'))),
      suppressions: metadataSuppressions(child(child(metadata, 'endpoint-guard'), 'suppress')),
    };
    const keyLoc = (name: string) => (props?.kind === 'map' ? props.entries.find((p) => p.key === name)?.keyLoc : undefined);
    const prop = (name: string) => resolver.resolve(child(props, name));
    views.push({
      element,
      prop,
      propEntryLoc: keyLoc,
      metadata: (key) => child(metadata, key),
      entry: (name) => {
        const value = prop(name);
        return value === undefined ? undefined : { value, keyLoc: keyLoc(name) ?? value.loc };
      },
    });
  }
  return views;
}

/** `Tags: [{Key, Value}]` (most resources) or `Tags: {Key: Value}` (a few, and SAM). */
function tagsOf(v: Value | undefined): ReadonlyMap<string, Value> {
  const tags = new Map<string, Value>();
  if (v?.kind === 'list') {
    for (const t of v.items) {
      const key = knownString(field(t, 'Key')?.value);
      const value = field(t, 'Value')?.value;
      if (key !== undefined && value) tags.set(key, value);
    }
  } else if (v?.kind === 'map') for (const e of v.entries) tags.set(e.key, e.value);
  return tags;
}

/** `Metadata: endpoint-guard: suppress: [{rule: slug, reason: "…"}]` (a single map is accepted too). */
function metadataSuppressions(node: SourceNode | undefined): Suppression[] {
  if (!node) return [];
  const list = node.kind === 'seq' ? node.items : [node];
  return list.flatMap((item) => {
    const rule = child(item, 'rule');
    const reason = child(item, 'reason');
    if (rule?.kind !== 'scalar' || rule.value === null) return [];
    const why = reason?.kind === 'scalar' && reason.value !== null && String(reason.value).trim() !== '' ? String(reason.value) : undefined;
    return [{ rule: String(rule.value), reason: why, loc: item.loc, via: 'metadata' as const }];
  });
}

function zoneOf(r: ResourceView): Zone {
  const zoneId = r.prop('AvailabilityZoneId');
  const v = r.prop('AvailabilityZone');
  if (v === undefined && zoneId !== undefined) {
    const id = knownString(zoneId);
    return id !== undefined ? { kind: 'zone-id', zoneId: id } : { kind: 'unknown', reason: whyUnknown(zoneId) };
  }
  if (v === undefined) return { kind: 'unknown', reason: 'no AvailabilityZone: AWS picks one' };
  const name = knownString(v);
  if (name !== undefined) return { kind: 'name', name };
  if (v.kind === 'text' && v.parts.length === 1 && v.parts[0]!.kind === 'zone') return { kind: 'indexed', region: v.parts[0]!.region, index: v.parts[0]!.index };
  // `!Sub '${AWS::Region}a'`: a named zone of the stack's region (equal to itself, unlike any other name).
  const [first, second] = v.kind === 'text' ? v.parts : [];
  if (v.kind === 'text' && v.parts.length === 2 && first?.kind === 'pseudo' && first.name === 'AWS::Region' && second?.kind === 'text' && /^[a-z]$/.test(second.text)) {
    return { kind: 'name', name: `\${AWS::Region}${second.text}` };
  }
  return { kind: 'unknown', reason: whyUnknown(v) };
}

/**
 * `com.amazonaws.<region>.<service>` (and the global `com.amazonaws.iam`) is an AWS service;
 * `com.amazonaws.vpce.<region>.vpce-svc-…` and others are not.
 */
function endpointService(v: Value | undefined): EndpointService {
  if (v === undefined) return { kind: 'unknown', reason: 'no ServiceName' };
  const p = pattern(v);
  if (p === undefined) return { kind: 'unknown', reason: whyUnknown(v) };
  if (p === 'com.amazonaws.iam') return { kind: 'aws', name: 'iam' };
  // An unknown region part does not matter; an unknown service part does.
  const aws = /^com\.amazonaws\.(?!vpce\.)[^.]+\.(.+)$/.exec(p);
  if (aws && isKnownShape(aws[1]!)) return { kind: 'aws', name: aws[1]! };
  // A partner's or one's own endpoint service is never an AWS service, whatever its unknown parts.
  if (p.startsWith('com.amazonaws.vpce.')) return { kind: 'other', shown: display(v) };
  if (aws || !isKnownShape(p)) return { kind: 'unknown', reason: whyUnknown(v) };
  return { kind: 'other', shown: p };
}

const ROUTE_TARGETS: ReadonlyArray<[string, Exclude<RouteTarget['kind'], 'internet-gateway' | 'unknown'>]> = [
  ['NatGatewayId', 'nat-gateway'],
  ['EgressOnlyInternetGatewayId', 'egress-only-internet-gateway'],
  ['TransitGatewayId', 'transit-gateway'],
  ['VpcEndpointId', 'vpc-endpoint'],
  ['InstanceId', 'instance'],
  ['NetworkInterfaceId', 'network-interface'],
  ['VpcPeeringConnectionId', 'vpc-peering'],
  ['CarrierGatewayId', 'carrier-gateway'],
  ['LocalGatewayId', 'local-gateway'],
  ['CoreNetworkArn', 'core-network'],
];

/** GatewayId is an internet gateway when it links to one, or resolves to an `igw-…` ID (`!Sub igw-${Suffix}` too). */
function routeTarget(r: ResourceView, igwLink: (v: Value) => Link<InternetGateway>): RouteTarget {
  const gateway = r.prop('GatewayId');
  if (gateway !== undefined) {
    const loc = r.propEntryLoc('GatewayId') ?? gateway.loc;
    const literal = knownString(gateway);
    const prefix = literal ?? (gateway.kind === 'text' && gateway.parts[0]?.kind === 'text' ? gateway.parts[0].text : undefined);
    if (literal === 'local') return { kind: 'local', loc };
    if (prefix?.startsWith('vgw-')) return { kind: 'vpn-gateway', loc };
    if (prefix?.startsWith('igw-')) return { kind: 'internet-gateway', gateway: { kind: 'external', id: display(gateway), loc: gateway.loc }, loc };
    const linked = igwLink(gateway);
    if (linked.kind === 'resource') return { kind: 'internet-gateway', gateway: linked, loc };
    if (gateway.kind === 'ref') return { kind: 'vpn-gateway', loc }; // a GatewayId resource that is not an IGW: a VPN gateway
    return { kind: 'unknown', reason: whyUnknown(gateway), loc };
  }
  for (const [key, kind] of ROUTE_TARGETS) {
    if (r.prop(key) !== undefined) return { kind, loc: r.propEntryLoc(key) ?? r.element.loc };
  }
  return { kind: 'unknown', reason: 'no route target', loc: r.element.loc };
}

function sgRule(item: Value, direction: 'ingress' | 'egress', origin: SecurityGroupRule['origin'], groupLink: (v: Value) => Link<SecurityGroup>): SecurityGroupRule {
  const get = (k: string) => field(item, k)?.value;
  const port = (k: string) => {
    const v = get(k);
    return v === undefined ? { known: 'absent' as const } : knownNumber(v);
  };
  return { direction, protocol: protocol(get('IpProtocol'), item.loc), fromPort: port('FromPort'), toPort: port('ToPort'), peer: peerOf(get, direction, groupLink), loc: item.loc, origin };
}

function peerOf(get: (k: string) => Value | undefined, direction: 'ingress' | 'egress', groupLink: (v: Value) => Link<SecurityGroup>): Peer {
  const prefix = direction === 'ingress' ? 'Source' : 'Destination';
  // A CIDR source whose value is unknown is still a CIDR source, unless the property itself may not exist.
  const range = (v: Value, kind: 'cidr' | 'cidr-ipv6'): Peer => {
    if (v.kind === 'unknown' && v.mayBeAbsent) return { kind: 'unknown', reason: v.reason };
    const value = knownString(v);
    return { kind, range: value !== undefined ? { known: true, value } : { known: false, reason: whyUnknown(v) } };
  };
  const cidr = get('CidrIp');
  if (cidr) return range(cidr, 'cidr');
  const cidr6 = get('CidrIpv6');
  if (cidr6) return range(cidr6, 'cidr-ipv6');
  const prefixList = get(`${prefix}PrefixListId`);
  if (prefixList) return { kind: 'prefix-list', prefixList };
  const group = get(`${prefix}SecurityGroupId`) ?? get(`${prefix}SecurityGroupName`);
  if (group) return { kind: 'security-group', group: groupLink(group) };
  return { kind: 'none' };
}

function vpcConfig(
  v: Value | undefined,
  subnetList: (v: Value | undefined, keyLoc: Loc) => LinkList<Subnet>,
  groupList: (v: Value | undefined, keyLoc: Loc) => LinkList<SecurityGroup>,
): VpcConfig {
  if (v === undefined) return { state: 'absent' };
  if (v.kind !== 'map') return { state: 'unknown', reason: whyUnknown(v), loc: v.loc };
  const subnets = field(v, 'SubnetIds');
  const groups = field(v, 'SecurityGroupIds');
  if (subnets === undefined && groups === undefined) return { state: 'absent' };
  return { state: 'set', loc: v.loc, subnets: subnetList(subnets?.value, subnets?.keyLoc ?? v.loc), securityGroups: groupList(groups?.value, groups?.keyLoc ?? v.loc) };
}
