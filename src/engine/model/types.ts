import type { Loc } from '../load/source-node.js';
import type { Value } from '../resolve/value.js';

/** A value the template may not let us know. */
export type Known<T> = { readonly known: true; readonly value: T } | { readonly known: false; readonly reason: string };

/**
 * A resource property as CloudFormation sees it: written by the user (with where), left to its AWS default,
 * or not knowable before deployment.
 */
export type Setting<T> =
  | { readonly state: 'set'; readonly value: T; readonly loc: Loc }
  | { readonly state: 'default'; readonly value: T }
  | { readonly state: 'unknown'; readonly reason: string; readonly loc: Loc };

/** The switch is known to be on: written true, or true by CloudFormation's default. */
export function isKnownOn(setting: Setting<boolean>): boolean {
  // Stryker disable next-line ConditionalExpression,StringLiteral: an unknown setting has no value, so dropping the state test reads it as off all the same
  return setting.state !== 'unknown' && setting.value;
}

/** Where a setting or list is written: a finding about it points there, and at its resource when it is not written. */
export function writtenAt(item: Setting<unknown> | LinkList<unknown>): Loc | undefined {
  // Stryker disable next-line ConditionalExpression: what is not written has no loc, so reading it anyway gives undefined too
  return 'loc' in item ? item.loc : undefined;
}

/**
 * A reference from one element to another, normalised once: `Ref X`, `!GetAtt X.GroupId` and friends all become
 * `resource`; a literal ID (`sg-0123…`) that matches nothing in the template is `external`; the rest is `unknown`.
 */
export type Link<T> =
  | { readonly kind: 'resource'; readonly target: T; readonly loc: Loc }
  | { readonly kind: 'external'; readonly id: string; readonly loc: Loc }
  | { readonly kind: 'unknown'; readonly reason: string; readonly loc: Loc };

/** A list property of links: absent, unknowable as a whole (`!Split` of an import), or a list of items. */
export type LinkList<T> =
  | { readonly state: 'absent' }
  | { readonly state: 'unknown'; readonly reason: string; readonly loc: Loc }
  | { readonly state: 'set'; readonly items: readonly Link<T>[]; readonly loc: Loc };

/** What every model element carries: its logical ID, CloudFormation type, and where it is written. */
export interface Element {
  /** The CloudFormation logical ID: what references resolve to. */
  readonly id: string;
  /** What the user calls it, and the finding's logical location: the logical ID, or a Serverless function's key. */
  readonly name: string;
  readonly type: string;
  readonly loc: Loc;
  /** The CDK construct path (`aws:cdk:path`), when the input has one. */
  readonly path?: string;
  /** Tags as written (`Tags: [{Key, Value}]`); values may be unknown. */
  readonly tags: ReadonlyMap<string, Value>;
  /** `Metadata: endpoint-guard: suppress: [{rule, reason}]` on the resource. */
  readonly suppressions: readonly Suppression[];
  /**
   * For what AWS creates with a resource and the template cannot declare (a VPC's main route table and default
   * security group): that resource. A finding about such an element is the owner's (its logical ID, its suppressions).
   */
  readonly owner?: Element;
}

/** A user's "not here, and here is why" for one rule on one resource or line. */
export interface Suppression {
  readonly rule: string;
  /** Required: a suppression without a reason is itself a finding. */
  readonly reason: string | undefined;
  /** Where the suppression is written. */
  readonly loc: Loc;
  readonly via: 'metadata' | 'comment';
  /** A comment suppresses findings on this line (its own, or the next one when the comment stands alone). */
  readonly targetLine?: number;
}

/** A route table for messages: `route table PrivateRouteTable`, or `the main route table of Vpc`. */
export function tableText(t: RouteTable): string {
  return t.main ? `the ${t.name}` : `route table ${label(t)}`;
}

/** A CIDR range for messages: its value, or why it is not known. */
export function rangeText(range: Known<string>): string {
  return range.known ? range.value : `a CIDR range not known before deployment (${range.reason})`;
}

/** How messages name an element: its name, with the construct path when there is one. */
export function label(e: Element): string {
  return e.path ? `${e.name} (${e.path})` : e.name;
}

/** Names a few elements for a message: `A, B, C and 7 more` (messages stay readable, and cheap, on big templates). */
export function labels(elements: Iterable<Element>, max = 3, joiner = ', '): string {
  // Only the elements shown are labelled: a subject's message must not cost the size of the whole list.
  const shown: string[] = [];
  let count = 0;
  for (const e of elements) {
    if (count++ < max) shown.push(label(e));
  }
  return count > max ? `${shown.join(joiner)} and ${count - max} more` : shown.join(joiner);
}

/** `subnet A` or `subnets A, B`: the noun, plural for more than one element, and their labels. */
export function nounWithLabels(noun: string, elements: readonly Element[] | ReadonlySet<Element>, max = 3): string {
  const count = 'size' in elements ? elements.size : elements.length;
  return `${noun}${count > 1 ? 's' : ''} ${labels(elements, max)}`;
}

/**
 * The first `max` texts and how many more: a message names what a reader can act on, and its length stays bounded
 * by the subject, not by the size of the template (one subject per element would otherwise make output quadratic).
 */
export function listOf(texts: Iterable<string>, max = 5, joiner = ', '): string {
  const all = [...texts];
  const shown = all.slice(0, max).join(joiner);
  return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}

export interface Vpc extends Element {
  readonly dnsSupport: Setting<boolean>;
  readonly dnsHostnames: Setting<boolean>;
  /** Its IPv4 blocks: `CidrBlock` and those of `AWS::EC2::VPCCidrBlock` resources (unknown: a parameter, an IPAM pool). */
  readonly cidrBlocks: readonly Known<string>[];
}

/** An Availability Zone as far as the template tells it. */
export type Zone =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'zone-id'; readonly zoneId: string }
  /** `!Select [index, !GetAZs region]`: same index, same zone; different index, different zone. */
  | { readonly kind: 'indexed'; readonly region: string; readonly index: number }
  | { readonly kind: 'unknown'; readonly reason: string };

export interface Subnet extends Element {
  readonly vpc: Link<Vpc>;
  readonly zone: Zone;
  readonly cidrBlock: Known<string>;
}

export interface RouteTable extends Element {
  readonly vpc: Link<Vpc>;
  /** The VPC's main route table: not a resource of the template, and one it cannot name (so only the local route). */
  readonly main: boolean;
}

export interface SubnetRouteTableAssociation extends Element {
  readonly subnet: Link<Subnet>;
  readonly routeTable: Link<RouteTable>;
}

export type InternetGateway = Element;

/** Where a route sends its traffic. */
export type RouteTarget =
  | { readonly kind: 'internet-gateway'; readonly gateway: Exclude<Link<InternetGateway>, { kind: 'unknown' }>; readonly loc: Loc }
  | {
      readonly kind:
        | 'nat-gateway'
        | 'egress-only-internet-gateway'
        | 'transit-gateway'
        | 'vpc-endpoint'
        | 'instance'
        | 'network-interface'
        | 'vpc-peering'
        | 'vpn-gateway'
        | 'carrier-gateway'
        | 'local-gateway'
        | 'core-network'
        | 'local';
      readonly loc: Loc;
    }
  | { readonly kind: 'unknown'; readonly reason: string; readonly loc: Loc };

export interface Route extends Element {
  readonly routeTable: Link<RouteTable>;
  /** `0.0.0.0/0`, `::/0`, a prefix list ID, or unknown. */
  readonly destination: Known<string>;
  readonly target: RouteTarget;
}

/** The other side of a security group rule. */
export type Peer =
  /** A CIDR range, still a CIDR range when its value is not known before deployment. */
  | { readonly kind: 'cidr'; readonly range: Known<string> }
  | { readonly kind: 'cidr-ipv6'; readonly range: Known<string> }
  | { readonly kind: 'prefix-list'; readonly prefixList: Value }
  | { readonly kind: 'security-group'; readonly group: Link<SecurityGroup> }
  | { readonly kind: 'none' }
  | { readonly kind: 'unknown'; readonly reason: string };

export interface SecurityGroupRule {
  readonly direction: 'ingress' | 'egress';
  /** Normalised: 'tcp' | 'udp' | 'icmp' | 'icmpv6' | '-1' (all) | another protocol number. */
  readonly protocol: Known<string>;
  readonly fromPort: Known<number> | { readonly known: 'absent' };
  readonly toPort: Known<number> | { readonly known: 'absent' };
  readonly peer: Peer;
  readonly loc: Loc;
  /** Inline in the group's `SecurityGroupIngress`/`Egress`, a standalone resource, or a rule AWS gives every VPC's default group. */
  readonly origin: { readonly kind: 'inline' } | { readonly kind: 'standalone'; readonly resource: Element } | { readonly kind: 'vpc-default' };
}

export interface SecurityGroup extends Element {
  readonly vpc: Link<Vpc>;
  /**
   * The default security group AWS creates with a VPC (`!GetAtt Vpc.DefaultSecurityGroup`): not a resource of the
   * template; it admits all traffic from its own members and allows all egress.
   */
  readonly vpcDefault: boolean;
  /**
   * Whether AWS's allow-all egress rule stays while the group has no egress rule of its own (CloudFormation); false
   * where the tool removes it on creation (Terraform's aws_security_group).
   */
  readonly defaultEgress: boolean;
  readonly rules: readonly SecurityGroupRule[];
  /** Inline rule lists (or items) not known before deployment: the group may have more rules than `rules`. */
  readonly unknownRules: readonly { readonly direction: 'ingress' | 'egress'; readonly reason: string; readonly loc: Loc }[];
}

/**
 * A private target a Lambda function may connect to inside the VPC, behind security groups of its own: an RDS
 * database (instance or cluster), an internal load balancer, an ElastiCache cluster.
 */
export interface PrivateTarget extends Element {
  readonly kind: 'database' | 'load-balancer' | 'cache';
  readonly securityGroups: LinkList<SecurityGroup>;
  /** The tcp ports its clients use: the `Port`, else the engine's default; a load balancer's listener ports. */
  readonly ports: Known<readonly number[]>;
}

export type EndpointType = 'Interface' | 'Gateway' | 'GatewayLoadBalancer' | 'Resource' | 'ServiceNetwork';

/** What an endpoint connects to: an AWS service (`com.amazonaws.<region>.<name>`), something else, or unknown. */
export type EndpointService =
  | { readonly kind: 'aws'; readonly name: string }
  | { readonly kind: 'other'; readonly shown: string }
  /** `awsShaped`: `com.amazonaws.<region>.<unknown>`, an AWS service not known before deployment, never an endpoint service. */
  | { readonly kind: 'unknown'; readonly reason: string; readonly awsShaped: boolean };

export interface VpcEndpoint extends Element {
  readonly vpc: Link<Vpc>;
  // A type AWS may add later is kept as written: the known ones, or any other string.
  readonly endpointType: Setting<EndpointType | (string & {})>;
  readonly serviceName: Value | undefined;
  readonly service: EndpointService;
  readonly privateDns: Setting<boolean>;
  readonly securityGroups: LinkList<SecurityGroup>;
  readonly subnets: LinkList<Subnet>;
  readonly routeTables: LinkList<RouteTable>;
  readonly policy: PolicySetting;
}

export type PolicySetting =
  | { readonly state: 'absent' }
  | { readonly state: 'unknown'; readonly reason: string; readonly loc: Loc }
  | { readonly state: 'set'; readonly document: PolicyDocument; readonly loc: Loc };

export interface PolicyDocument {
  readonly statements: readonly PolicyStatement[];
  /** Why some statements cannot be read (an `Fn::If` on a condition that cannot be evaluated, an import). */
  readonly unreadable: readonly string[];
}

/** A statement element as written: absent, or present with its key's position and resolved value. */
export type StatementField = { readonly present: false } | { readonly present: true; readonly keyLoc: Loc; readonly value: Value };

export interface PolicyStatement {
  readonly loc: Loc;
  /** How messages name it: `statement "AllowSend"` (its Sid), or by position, `statement 2`. */
  readonly name: string;
  readonly effect: Known<string>;
  readonly principal: StatementField;
  readonly notPrincipal: StatementField;
  readonly action: StatementField;
  readonly notAction: StatementField;
  readonly resource: StatementField;
  readonly notResource: StatementField;
  readonly condition: StatementField;
}

/** A policy a role has: its document, or why it cannot be read (an invalid JSON string, an unknown value). */
export type RolePolicy = Exclude<PolicySetting, { readonly state: 'absent' }>;

export interface Role extends Element {
  /** Inline policies, and customer policies of the template attached to the role (either side naming the other). */
  readonly policies: readonly RolePolicy[];
  /** Managed policy ARNs that are not policies of this template (AWS managed ones, or unknown). */
  readonly managedPolicyArns: readonly Value[];
}

export type VpcConfig =
  | { readonly state: 'absent' }
  | { readonly state: 'unknown'; readonly reason: string; readonly loc: Loc }
  | { readonly state: 'set'; readonly loc: Loc; readonly subnets: LinkList<Subnet>; readonly securityGroups: LinkList<SecurityGroup> };

export interface LambdaFunction extends Element {
  /** absent: the function does not run in a VPC. */
  readonly vpcConfig: VpcConfig;
  readonly role: Link<Role>;
  /**
   * Resources the Lambda service itself sends to for the function, from outside its VPC: the dead-letter queue or topic
   * (DeadLetterConfig, SAM DeadLetterQueue) and asynchronous-invocation destinations (EventInvokeConfig), as logical IDs.
   */
  readonly deliveryTargets: ReadonlySet<string>;
}

/** An event-source mapping: the Lambda service polls `service` (sqs, kinesis, dynamodb, kafka) for the function. */
export interface EventSource extends Element {
  readonly function: Link<LambdaFunction>;
  readonly service: Known<string>;
}

/** A Route 53 private hosted zone: with a name under amazonaws.com, it can send a service's calls to a shared endpoint. */
export interface HostedZone extends Element {
  readonly zoneName: Known<string>;
  readonly vpcs: readonly Link<Vpc>[];
}

/**
 * A group's rules in one direction, as a check must read them:
 * - `maybe-elsewhere`: none of its own, but rules of the template whose group is not known may be its;
 * - `none`: no rule in that direction at all;
 * - `some`: its rules, and the inline rule lists of it that are not known before deployment.
 */
export type GroupRules =
  | { readonly kind: 'maybe-elsewhere'; readonly reasons: readonly string[] }
  | { readonly kind: 'none' }
  | { readonly kind: 'some'; readonly rules: readonly SecurityGroupRule[]; readonly unknown: SecurityGroup['unknownRules'] };

/** A standalone security group rule whose group cannot be known: it may belong to any group of the template. */
export interface UnattachedRule {
  readonly direction: 'ingress' | 'egress';
  readonly reason: string;
  readonly loc: Loc;
}
