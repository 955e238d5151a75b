import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  TerraformSources
} from "./chunk-6OT53A4C.js";
import {
  UNKNOWN_MARKER
} from "./chunk-6UCDO5DJ.js";
import {
  moduleConfigs,
  plannedResources
} from "./chunk-GOS2ZUCQ.js";
import {
  intrinsicArgument,
  items,
  map,
  refName,
  relocate,
  scalar,
  seq,
  soleItem,
  text,
  withEntry
} from "./chunk-GTRBZQRG.js";
import {
  NAME_METADATA,
  NO_DEFAULT_EGRESS,
  child,
  toPlain
} from "./chunk-Y6C3IO4F.js";

// src/engine/load/adapters/terraform/to-cloudformation.ts
import { dirname } from "node:path";

// src/engine/load/adapters/terraform/values.ts
var LINK = /^(vpc_id|subnet_ids?|subnets|security_group_ids?|vpc_security_group_ids|security_groups|route_table_ids?|gateway_id|nat_gateway_id|transit_gateway_id|vpc_endpoint_id|egress_only_gateway_id|vpc_peering_connection_id|role|referenced_security_group_id|source_security_group_id|policy_arn|network_interface_id)$/;
var LIST = /(_ids|security_groups|subnets)$/;
var RESOURCE_REFERENCE = /^([a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)(\[[^\]]+\])?(?:\.([a-z0-9_]+))?/;
var MAX_HOPS = 32;
var MAX_STEPS = 2e5;
var PlanValues = class {
  constructor(instances, modules) {
    this.instances = instances;
    this.modules = modules;
  }
  instances;
  modules;
  steps = 0;
  /** `source`: where planned values, `after_unknown` and expressions are read (a resource, or one of its blocks). */
  attribute(source, path, loc) {
    const planned = at(source.values, path);
    const unknown = at(source.afterUnknown, path);
    const expression = at(source.expressions, path);
    const afterApply = knownOnlyAfterApply(unknown);
    if (planned !== void 0 && !(planned.kind === "scalar" && planned.value === null) && !afterApply) return planned;
    if (!afterApply || expression === void 0) return void 0;
    return this.fromReferences(
      path.at(-1) ?? "",
      planned,
      this.sameInstance(expression, this.references(expression, source.modulePrefix), source.address),
      loc
    );
  }
  /**
   * `aws_subnet.private[count.index].id` is recorded as references to `aws_subnet.private` and `count.index`: in
   * instance `[1]` of a counted resource it is instance `[1]` of the block (and likewise for `each.key`).
   */
  sameInstance(expression, references, address) {
    const key = address ? /\[[^\]]+\]$/.exec(address)?.[0] : void 0;
    const names = collectReferences(expression);
    if (!key || !names.some((n) => n === "count.index" || n.startsWith("each."))) return references;
    return references.map(
      (x) => x.kind === "resource" && x.ref.index === void 0 && (this.instances.get(x.ref.block) ?? []).includes(`${x.ref.block}${key}`) ? { kind: "resource", ref: { ...x.ref, index: key } } : x
    );
  }
  /** The value of an attribute known only after apply, from what its expression references. */
  fromReferences(name, planned, references, loc) {
    const resources = references.flatMap((x) => x.kind === "resource" ? [x.ref] : []);
    const others = references.flatMap((x) => x.kind === "other" ? [x.name] : []);
    if (LINK.test(name) && resources.length > 0 && others.length === 0) {
      const linked = resources.flatMap((ref) => this.targets(ref, loc));
      const known = planned?.kind === "seq" ? planned.items.filter((i) => !(i.kind === "scalar" && i.value === null)) : [];
      if (LIST.test(name)) return seq([...known, ...linked], loc);
      const only = soleItem(linked);
      if (only) return only;
    }
    const named = [...resources.map((x) => `${x.block}${x.index ?? ""}${x.attribute ? `.${x.attribute}` : ""}`), ...others];
    const why = named.length > 0 ? `${named.join(", ")} ${named.length === 1 ? "is" : "are"} known only after apply` : "known only after apply";
    return map([[UNKNOWN_MARKER, scalar(why, loc)]], loc);
  }
  /**
   * The references of an expression, each target once and the most specific form only (`aws_iam_role.fn.arn`, not
   * also `aws_iam_role.fn`); module outputs and input variables followed to what they stand for.
   */
  references(expression, modulePrefix, hops = 0) {
    const names = [...new Set(collectReferences(expression))];
    const prefixes = /* @__PURE__ */ new Set();
    for (const n of names) {
      const parts = n.split(".");
      for (let i = 1; i < parts.length; i++) prefixes.add(parts.slice(0, i).join("."));
    }
    const specific = names.filter((n) => !prefixes.has(n));
    const out = [];
    for (const name of specific) out.push(...this.resolve(name, modulePrefix, hops));
    const seen = /* @__PURE__ */ new Set();
    return out.filter((x) => {
      const key = x.kind === "resource" ? `${x.ref.block}${x.ref.index ?? ""}` : x.name;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  resolve(name, modulePrefix, hops) {
    const other = [{ kind: "other", name: `${modulePrefix}${name}` }];
    if (hops > MAX_HOPS || ++this.steps > MAX_STEPS) return other;
    const [, call, outputName] = /^module\.([^.[\]]+)\.([^.[\]]+)/.exec(name) ?? [];
    if (call !== void 0 && outputName !== void 0) {
      const inner = `${modulePrefix}module.${call}.`;
      const expression = child(child(child(this.modules.get(inner)?.config, "outputs"), outputName), "expression");
      return expression ? this.references(expression, inner, hops + 1) : other;
    }
    const [, variable] = /^var\.([^.[\]]+)/.exec(name) ?? [];
    const module = this.modules.get(modulePrefix);
    if (variable !== void 0 && module?.call) {
      const expression = child(module.call, variable);
      return expression ? this.references(expression, module.parentPrefix, hops + 1) : other;
    }
    const root = name.split(".")[0] ?? "";
    const m = RESOURCE_REFERENCE.exec(name);
    if (!m || ["var", "local", "module", "data", "path", "count", "each", "self", "terraform"].includes(root))
      return ["path", "count", "each"].includes(root) ? [] : other;
    return [{ kind: "resource", ref: { block: `${modulePrefix}${m[1]}`, ...m[2] ? { index: m[2] } : {}, ...m[3] ? { attribute: m[3] } : {} } }];
  }
  /** The CloudFormation value a reference stands for: one node per instance it names. */
  targets(ref, loc) {
    const all = this.instances.get(ref.block) ?? [];
    const chosen = ref.index !== void 0 ? all.filter((a) => a === `${ref.block}${ref.index}`) : all;
    return chosen.map((id) => reference(id, ref.attribute, loc));
  }
};
function reference(id, attribute, loc) {
  if (attribute === void 0 || attribute === "id" || attribute === "name") return map([["Ref", scalar(id, loc)]], loc);
  return map([["Fn::GetAtt", seq([scalar(id, loc), scalar(pascal(attribute), loc)], loc)]], loc);
}
function pascal(name) {
  return name.split("_").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
}
function collectReferences(node) {
  if (node === void 0) return [];
  if (node.kind === "seq") return node.items.flatMap(collectReferences);
  if (node.kind !== "map") return [];
  const own = items(child(node, "references")).map((r) => text(r) ?? "");
  return [...own, ...node.entries.filter((e) => e.key !== "references").flatMap((e) => collectReferences(e.value))];
}
function knownOnlyAfterApply(unknown) {
  return unknown !== void 0 && JSON.stringify(toPlain(unknown)).includes("true");
}
function at(node, path) {
  let current = node;
  for (const key of path) {
    if (current?.kind === "seq") current = current.items[0];
    current = child(current, key);
  }
  return current;
}

// src/engine/load/adapters/terraform/blocks.ts
function nestedBlocks(r, name, values, loc) {
  const planned = child(r.values, name);
  const unknown = child(r.afterUnknown, name);
  if (unknown?.kind === "scalar" && unknown.value === true) {
    if (child(r.expressions, name) === void 0) return [];
    return map([[UNKNOWN_MARKER, scalar(`the ${name} blocks are known only after apply`, loc)]], loc);
  }
  const unknownItems = items(unknown);
  const slots = items(planned).flatMap((_, i) => unknownFields(unknownItems[i]).map((field) => `${i}:${field}`));
  const references = values.references(child(r.expressions, name), r.modulePrefix);
  return items(planned).map((block, i) => ({
    planned: block,
    field: (field) => {
      const value = child(block, field);
      if (!unknownFields(unknownItems[i]).includes(field)) return value === void 0 || value.kind === "scalar" && value.value === null ? void 0 : value;
      return values.fromReferences(field, value, slots.length === 1 ? references : [{ kind: "other", name: `${field} of a ${name} block` }], loc);
    }
  }));
}
function unknownFields(unknown) {
  if (unknown?.kind !== "map") return [];
  return unknown.entries.filter((e) => knownOnlyAfterApply(e.value)).map((e) => e.key);
}

// src/engine/load/adapters/terraform/nested-blocks.ts
function inlineRules(r, values, blockLoc, loc) {
  if (r.type !== "aws_security_group") return [];
  return ["ingress", "egress"].map((direction) => {
    const key = direction === "ingress" ? "SecurityGroupIngress" : "SecurityGroupEgress";
    const blocks = nestedBlocks(r, direction, values, loc);
    if (!Array.isArray(blocks)) return [key, blocks];
    return [
      key,
      seq(
        blocks.flatMap((block) => ruleItems(block, direction, r.address, blockLoc(direction, block))),
        loc
      )
    ];
  });
}
function ruleItems(block, direction, self, loc) {
  const at2 = (name) => {
    const v = block.field(name);
    return v ? relocate(v, loc) : void 0;
  };
  const base = [
    ["IpProtocol", at2("protocol")],
    ["FromPort", at2("from_port")],
    ["ToPort", at2("to_port")]
  ];
  return rulePeers(at2, direction, "security_groups", map([["Ref", scalar(self, loc)]], loc)).map(([key, value]) => map([...base, [key, value]], loc));
}
function rulePeers(field, direction, groupsField, self) {
  const peer = direction === "ingress" ? "Source" : "Destination";
  const each = (name, key) => items(field(name)).map((c) => [key, c]);
  const selfRef = field("self");
  return [
    ...each("cidr_blocks", "CidrIp"),
    ...each("ipv6_cidr_blocks", "CidrIpv6"),
    ...each("prefix_list_ids", `${peer}PrefixListId`),
    ...each(groupsField, `${peer}SecurityGroupId`),
    ...selfRef?.kind === "scalar" && selfRef.value === true && self ? [[`${peer}SecurityGroupId`, self]] : []
  ];
}
function inlineRoutes(r, values, blockLoc, loc) {
  if (r.type !== "aws_route_table") return [];
  const blocks = nestedBlocks(r, "route", values, loc);
  if (!Array.isArray(blocks)) return [];
  return blocks.map((block, i) => {
    const at2 = blockLoc("route", block);
    const field = (name) => {
      const v = block.field(name);
      return v && !(v.kind === "scalar" && v.value === "") ? relocate(v, at2) : void 0;
    };
    const properties = map(
      [
        ["RouteTableId", map([["Ref", scalar(r.address, at2)]], at2)],
        ["DestinationCidrBlock", field("cidr_block")],
        ["DestinationIpv6CidrBlock", field("ipv6_cidr_block")],
        ["GatewayId", field("gateway_id")],
        ["NatGatewayId", field("nat_gateway_id")],
        ["TransitGatewayId", field("transit_gateway_id")],
        ["VpcEndpointId", field("vpc_endpoint_id")],
        ["EgressOnlyInternetGatewayId", field("egress_only_gateway_id")],
        ["VpcPeeringConnectionId", field("vpc_peering_connection_id")]
      ],
      at2
    );
    return [
      `${r.address}.route[${i}]`,
      map(
        [
          ["Type", scalar("AWS::EC2::Route", at2)],
          ["Properties", properties]
        ],
        at2
      )
    ];
  });
}

// src/engine/load/adapters/terraform/extras.ts
var ENDPOINT_ASSOCIATIONS = /* @__PURE__ */ new Map([
  ["aws_vpc_endpoint_route_table_association", ["route_table_id", "RouteTableIds"]],
  ["aws_vpc_endpoint_subnet_association", ["subnet_id", "SubnetIds"]],
  ["aws_vpc_endpoint_security_group_association", ["security_group_id", "SecurityGroupIds"]]
]);
var Extras = class {
  /** Whether resources of a type add to the mapped ones. */
  static reads(type) {
    return ["aws_security_group_rule", "aws_vpc_endpoint_policy", "aws_iam_role_policy_attachment"].includes(type) || ENDPOINT_ASSOCIATIONS.has(type);
  }
  out = [];
  folds = [];
  collect(r, get, loc) {
    if (r.type === "aws_security_group_rule") this.securityGroupRule(r, get, loc);
    else if (r.type === "aws_vpc_endpoint_policy") this.endpointPolicy(r, get);
    else if (r.type === "aws_iam_role_policy_attachment") this.attachment(r, get);
    else {
      const association = ENDPOINT_ASSOCIATIONS.get(r.type);
      if (association) this.endpointAssociation(association, get);
    }
  }
  /** An `aws_vpc_endpoint_*_association`: one more route table, subnet or security group on the endpoint. */
  endpointAssociation([attribute, property], get) {
    const endpoint = refTarget(get("vpc_endpoint_id"));
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
    const direction = text(get("type")) === "egress" ? "egress" : "ingress";
    const peers = rulePeers(get, direction, "source_security_group_id", get("security_group_id"));
    peers.forEach(([key, value], i) => {
      const properties = map(
        [
          ["GroupId", get("security_group_id")],
          ["IpProtocol", get("protocol")],
          ["FromPort", get("from_port")],
          ["ToPort", get("to_port")],
          [key, value]
        ],
        loc
      );
      const type = direction === "ingress" ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress";
      const id = peers.length === 1 ? r.address : `${r.address}#${i + 1}`;
      this.out.push([
        id,
        map(
          [
            ["Type", scalar(type, loc)],
            ["Metadata", map([[NAME_METADATA, scalar(r.address, loc)]], loc)],
            ["Properties", properties]
          ],
          loc
        )
      ]);
    });
  }
  endpointPolicy(r, get) {
    const endpoint = refTarget(get("vpc_endpoint_id"));
    const policy = get("policy");
    if (endpoint && policy)
      this.folds.push((resources) => {
        setProperty(resources, endpoint, "PolicyDocument", policy);
      });
  }
  /** A managed policy attached to a role: an AWS one goes to the role's ManagedPolicyArns, one of ours gets the role. */
  attachment(r, get) {
    const role = get("role");
    const arn = get("policy_arn");
    if (!role || !arn) return;
    const policy = getAttTarget(arn);
    const roleId = refTarget(role);
    if (policy)
      this.folds.push((resources) => {
        appendProperty(resources, policy, "Roles", role);
      });
    else if (roleId)
      this.folds.push((resources) => {
        appendProperty(resources, roleId, "ManagedPolicyArns", arn);
      });
  }
  /** Applies what other resources add to the mapped ones. */
  fold(resources) {
    for (const f of this.folds) f(resources);
  }
};
var refTarget = refName;
function getAttTarget(node) {
  const getAtt = intrinsicArgument(node, "Fn::GetAtt");
  return getAtt?.kind === "seq" ? text(getAtt.items[0]) : void 0;
}
function setProperty(resources, id, key, value) {
  const i = indexOf(resources, id);
  const resource = resources[i]?.[1];
  const properties = child(resource, "Properties");
  if (resource?.kind !== "map" || properties?.kind !== "map") return;
  resources[i] = [id, withEntry(resource, "Properties", withEntry(properties, key, value))];
}
var positions = /* @__PURE__ */ new WeakMap();
function indexOf(resources, id) {
  let index = positions.get(resources);
  if (!index) positions.set(resources, index = new Map(resources.map(([k], i) => [k, i])));
  return index.get(id) ?? -1;
}
function appendProperty(resources, id, key, value) {
  const properties = child(resources[indexOf(resources, id)]?.[1], "Properties");
  const existing = items(child(properties, key));
  setProperty(resources, id, key, seq([...existing, value], value.loc));
}

// src/engine/load/adapters/terraform/mappings.ts
var rule = (direction) => ({
  type: direction === "ingress" ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress",
  properties: (get) => [
    ["GroupId", get("security_group_id")],
    ["IpProtocol", get("ip_protocol")],
    ["FromPort", get("from_port")],
    ["ToPort", get("to_port")],
    ["CidrIp", get("cidr_ipv4")],
    ["CidrIpv6", get("cidr_ipv6")],
    [direction === "ingress" ? "SourcePrefixListId" : "DestinationPrefixListId", get("prefix_list_id")],
    [direction === "ingress" ? "SourceSecurityGroupId" : "DestinationSecurityGroupId", get("referenced_security_group_id")]
  ]
});
var MAPPINGS = {
  aws_vpc: {
    type: "AWS::EC2::VPC",
    properties: (get) => [
      ["CidrBlock", get("cidr_block")],
      ["EnableDnsSupport", get("enable_dns_support")],
      ["EnableDnsHostnames", get("enable_dns_hostnames")]
    ]
  },
  aws_subnet: {
    type: "AWS::EC2::Subnet",
    properties: (get) => [
      ["VpcId", get("vpc_id")],
      ["CidrBlock", get("cidr_block")],
      ["AvailabilityZone", get("availability_zone")]
    ]
  },
  aws_route_table: { type: "AWS::EC2::RouteTable", properties: (get) => [["VpcId", get("vpc_id")]] },
  aws_route: { type: "AWS::EC2::Route", properties: (get) => routeProperties(get) },
  aws_route_table_association: {
    type: "AWS::EC2::SubnetRouteTableAssociation",
    properties: (get) => [
      ["SubnetId", get("subnet_id")],
      ["RouteTableId", get("route_table_id")]
    ]
  },
  aws_internet_gateway: { type: "AWS::EC2::InternetGateway", properties: () => [] },
  aws_nat_gateway: { type: "AWS::EC2::NatGateway", properties: (get) => [["SubnetId", get("subnet_id")]] },
  aws_security_group: {
    type: "AWS::EC2::SecurityGroup",
    noDefaultEgress: true,
    properties: (get) => [
      ["GroupDescription", get("description")],
      ["VpcId", get("vpc_id")]
    ]
  },
  aws_vpc_security_group_ingress_rule: rule("ingress"),
  aws_vpc_security_group_egress_rule: rule("egress"),
  aws_vpc_endpoint: {
    type: "AWS::EC2::VPCEndpoint",
    properties: (get) => [
      ["VpcId", get("vpc_id")],
      ["ServiceName", get("service_name")],
      ["VpcEndpointType", get("vpc_endpoint_type")],
      ["PrivateDnsEnabled", get("private_dns_enabled")],
      ["SubnetIds", get("subnet_ids")],
      ["SecurityGroupIds", get("security_group_ids")],
      ["RouteTableIds", get("route_table_ids")],
      ["PolicyDocument", get("policy")]
    ]
  },
  aws_lambda_function: {
    type: "AWS::Lambda::Function",
    properties: (get) => {
      const subnets = get("vpc_config", "subnet_ids");
      const groups = get("vpc_config", "security_group_ids");
      const either = subnets ?? groups;
      const config = either ? map(
        [
          ["SubnetIds", subnets],
          ["SecurityGroupIds", groups]
        ],
        either.loc
      ) : void 0;
      return [
        ["Role", get("role")],
        ["VpcConfig", config]
      ];
    }
  },
  aws_iam_role: {
    type: "AWS::IAM::Role",
    properties: (get) => {
      const inline = get("inline_policy");
      const policies = inline?.kind === "seq" ? seq(
        inline.items.filter((b) => child(b, "policy") !== void 0).map(
          (b) => map(
            [
              ["PolicyName", child(b, "name")],
              ["PolicyDocument", child(b, "policy")]
            ],
            b.loc
          )
        ),
        inline.loc
      ) : inline;
      return [
        ["AssumeRolePolicyDocument", get("assume_role_policy")],
        ["ManagedPolicyArns", get("managed_policy_arns")],
        ["Policies", policies]
      ];
    }
  },
  aws_iam_role_policy: {
    type: "AWS::IAM::Policy",
    properties: (get) => {
      const role = get("role");
      return [
        ["PolicyName", get("name")],
        ["PolicyDocument", get("policy")],
        ["Roles", role ? seq([role], role.loc) : void 0]
      ];
    }
  },
  aws_iam_policy: { type: "AWS::IAM::ManagedPolicy", properties: (get) => [["PolicyDocument", get("policy")]] },
  // What functions call and endpoints serve: resources in the template, so that their ARNs are specific resources.
  aws_sqs_queue: { type: "AWS::SQS::Queue", properties: () => [] },
  aws_sns_topic: { type: "AWS::SNS::Topic", properties: () => [] },
  aws_dynamodb_table: { type: "AWS::DynamoDB::Table", properties: () => [] },
  aws_s3_bucket: { type: "AWS::S3::Bucket", properties: () => [] },
  aws_kms_key: { type: "AWS::KMS::Key", properties: () => [] },
  aws_secretsmanager_secret: { type: "AWS::SecretsManager::Secret", properties: () => [] },
  aws_db_instance: {
    type: "AWS::RDS::DBInstance",
    properties: (get) => [
      ["VPCSecurityGroups", get("vpc_security_group_ids")],
      ["Port", get("port")],
      ["Engine", get("engine")]
    ]
  },
  aws_lb: {
    type: "AWS::ElasticLoadBalancingV2::LoadBalancer",
    properties: (get) => {
      const internal = get("internal");
      return [
        ["Scheme", internal?.kind === "scalar" && internal.value === true ? scalar("internal", internal.loc) : void 0],
        ["SecurityGroups", get("security_groups")],
        ["Subnets", get("subnets")]
      ];
    }
  }
};
function routeProperties(get) {
  return [
    ["RouteTableId", get("route_table_id")],
    ["DestinationCidrBlock", get("destination_cidr_block")],
    ["DestinationIpv6CidrBlock", get("destination_ipv6_cidr_block")],
    ["GatewayId", get("gateway_id")],
    ["NatGatewayId", get("nat_gateway_id")],
    ["TransitGatewayId", get("transit_gateway_id")],
    ["VpcEndpointId", get("vpc_endpoint_id")],
    ["EgressOnlyInternetGatewayId", get("egress_only_gateway_id")],
    ["VpcPeeringConnectionId", get("vpc_peering_connection_id")]
  ];
}

// src/engine/load/adapters/terraform/to-cloudformation.ts
function terraformPlanToCloudFormation(planRoot, file) {
  const modules = moduleConfigs(planRoot);
  const resources = plannedResources(planRoot, modules);
  const sources = TerraformSources.inFolder(dirname(file));
  const instances = /* @__PURE__ */ new Map();
  for (const r of resources) {
    const block = `${r.modulePrefix}${r.blockAddress}`;
    const list = instances.get(block);
    if (list) list.push(r.address);
    else instances.set(block, [r.address]);
  }
  const entries = resourcesToCloudFormation(resources, new PlanValues(instances, modules), (r) => r.modulePrefix === "" ? sources : void 0);
  const root = map([["Resources", map(entries, planRoot.loc)]], planRoot.loc);
  return { root, region: regionOf(planRoot), notes: [], includes: sources.files, commentSuppressions: sources.commentSuppressions };
}
function resourcesToCloudFormation(resources, values, sourcesFor) {
  const entries = [];
  const extra = new Extras();
  for (const r of resources) {
    const sources = sourcesFor(r);
    const loc = sources?.blockLoc(r.blockAddress) ?? r.loc;
    const get = (...path) => {
      const attrLoc = sources?.attributeLoc(r.blockAddress, path) ?? (loc.file ? loc : at(r.values, path)?.loc ?? loc);
      const v = values.attribute(r, path, attrLoc);
      return v && loc.file ? relocate(v, attrLoc) : v;
    };
    const blockLoc = (name, block) => sources?.nestedLoc(r.blockAddress, name, toPlain(block.planned)) ?? (loc.file ? loc : block.planned.loc);
    extra.collect(r, get, loc);
    const mapping = Object.hasOwn(MAPPINGS, r.type) ? MAPPINGS[r.type] : void 0;
    if (!mapping) continue;
    entries.push([r.address, resourceNode(r, mapping, get, values, blockLoc, loc)], ...inlineRoutes(r, values, blockLoc, loc));
  }
  entries.push(...extra.resources());
  extra.fold(entries);
  return entries;
}
function resourceNode(r, mapping, get, values, blockLoc, loc) {
  const metadata = map(
    [
      [NAME_METADATA, scalar(r.address, loc)],
      [NO_DEFAULT_EGRESS, mapping.noDefaultEgress ? scalar(true, loc) : void 0]
    ],
    loc
  );
  const properties = [...mapping.properties(get, r), ...inlineRules(r, values, blockLoc, loc)];
  return map(
    [
      ["Type", scalar(mapping.type, loc)],
      ["Metadata", metadata],
      ["Properties", map(properties, loc)]
    ],
    loc
  );
}
function regionOf(planRoot) {
  const providers = child(child(planRoot, "configuration"), "provider_config");
  const aws = child(providers, "aws");
  const region = child(child(child(aws, "expressions"), "region"), "constant_value");
  return text(region);
}

export {
  PlanValues,
  reference,
  Extras,
  MAPPINGS,
  terraformPlanToCloudFormation,
  resourcesToCloudFormation
};
