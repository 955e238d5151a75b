import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  assemblyTemplates,
  isCloudAssembly,
  policyDocument
} from "./chunk-VRRO44KN.mjs";
import {
  validateShape
} from "./chunk-7MQX2RYR.mjs";
import {
  SERVERLESS_NAMES,
  readTemplate
} from "./chunk-FX6ZCERX.mjs";
import {
  parseYaml
} from "./chunk-LP5P5KEG.mjs";
import {
  parseJson,
  parseTree,
  printParseErrorCode
} from "./chunk-G4VHN3IG.mjs";
import {
  NetworkModel,
  comparable,
  isGatewayEndpoint,
  isInterfaceEndpoint,
  isKnownOn,
  isKnownZone,
  label,
  labels,
  linkList,
  linkTargets,
  linkTo,
  linkedItems,
  listOf,
  nounWithLabels,
  rangeText,
  tableText,
  targetOf,
  whyUnlinked,
  writtenAt,
  zoneClass,
  zoneKey,
  zoneName
} from "./chunk-KEUAAFSI.mjs";
import {
  WIDEST_VPC_PREFIX,
  cidrContains,
  parseCidr
} from "./chunk-ZC4EM7FW.mjs";
import {
  ExpansionBudget
} from "./chunk-NGY2WI6S.mjs";
import {
  Resolver
} from "./chunk-2OS3UWEG.mjs";
import {
  readRegularFile
} from "./chunk-5SOEJORG.mjs";
import {
  display,
  field,
  fromParts,
  knownString
} from "./chunk-QEXY4FWD.mjs";
import {
  refName,
  text
} from "./chunk-N3VBY6XR.mjs";
import {
  firstWhere,
  getOrMake,
  soleItem
} from "./chunk-RWOBXVY3.mjs";
import {
  InputError,
  NAME_METADATA,
  NO_DEFAULT_EGRESS,
  child,
  lineLocator
} from "./chunk-KVGTMRYX.mjs";

// src/engine/run/rule.ts
var DOCS_BASE = "https://github.com/endpoint-guard/endpoint-guard/blob/main/rules";
function defineRule(rule) {
  return { ...rule, docsUrl: rule.docsUrl ?? `${DOCS_BASE}/${rule.id}.md` };
}

// src/engine/model/aws-services.ts
var IRREGULAR = {
  // Gateway endpoints exist (and are free) for these two; an Interface endpoint serves them too.
  s3: { kind: "endpoint", names: ["s3"], gateway: true },
  dynamodb: { kind: "endpoint", names: ["dynamodb"], gateway: true },
  // QLDB's data API (SendCommand) is served by the session endpoint; `qldb` alone is the control plane.
  qldb: { kind: "endpoint", names: ["qldb.session"] },
  // ECR's API calls go to ecr.api (ecr.dkr serves image layer pulls, which a function's code does not make).
  ecr: { kind: "endpoint", names: ["ecr.api"] },
  // The IAM prefix differs from the endpoint name for these.
  kinesis: { kind: "endpoint", names: ["kinesis-streams"] },
  firehose: { kind: "endpoint", names: ["kinesis-firehose"] },
  cloudwatch: { kind: "endpoint", names: ["monitoring"] },
  ses: { kind: "endpoint", names: ["email", "email-smtp"] },
  "execute-api": { kind: "endpoint", names: ["execute-api"] },
  appconfig: { kind: "endpoint", names: ["appconfigdata", "appconfig"] },
  bedrock: { kind: "endpoint", names: ["bedrock-runtime", "bedrock", "bedrock-agent-runtime"] },
  sagemaker: { kind: "endpoint", names: ["sagemaker.runtime", "sagemaker.api"] },
  // IAM's endpoint is global: com.amazonaws.iam, without a region.
  iam: { kind: "endpoint", names: ["iam"], global: true },
  // OpenSearch Serverless endpoints are service-managed (AWS::OpenSearchServerless::VpcEndpoint), not EC2 ones.
  aoss: { kind: "endpoint", names: ["aoss"], resourceType: "AWS::OpenSearchServerless::VpcEndpoint" },
  // Connecting to a database or cache inside the VPC with an IAM token: the token is signed locally.
  "rds-db": { kind: "none", why: "rds-db:connect signs a token locally; the database is in the VPC" },
  "neptune-db": { kind: "none", why: "Neptune is reached in the VPC; IAM authentication signs locally" },
  // Data-plane calls to resources that live in the VPC itself (domains, clusters) reach them directly.
  es: { kind: "none", why: "OpenSearch domain requests go to the domain, which a VPC function reaches in its VPC" },
  "kafka-cluster": { kind: "none", why: "MSK cluster actions are made against brokers in the VPC" },
  dax: { kind: "none", why: "DAX clusters are reached in the VPC" },
  // Global services without a VPC endpoint.
  cloudfront: { kind: "no-endpoint", why: "CloudFront has no VPC endpoint" },
  route53: { kind: "no-endpoint", why: "Route 53 has no VPC endpoint" }
};
var IRREGULAR_ACTIONS = {
  // Synchronous Express workflows run at their own host (sync-states.<region>.amazonaws.com).
  "states:startsyncexecution": { kind: "endpoint", names: ["sync-states"] },
  // AppSync's data plane (GraphQL queries) is appsync-api; `appsync` is the control plane.
  "appsync:graphql": { kind: "endpoint", names: ["appsync-api"] },
  // IAM authentication to a cache in the VPC: the token is signed locally and sent to the cache.
  "elasticache:connect": { kind: "none", why: "elasticache:Connect signs a token locally; the cache is in the VPC" }
};
var POLLER_ACTIONS = {
  // GetQueueUrl: CDK's grantConsumeMessages, which SqsEventSource uses, grants it with the others.
  sqs: [
    "sqs:receivemessage",
    "sqs:deletemessage",
    "sqs:deletemessagebatch",
    "sqs:getqueueattributes",
    "sqs:getqueueurl",
    "sqs:changemessagevisibility",
    "sqs:changemessagevisibilitybatch"
  ],
  kinesis: [
    "kinesis:getrecords",
    "kinesis:getsharditerator",
    "kinesis:describestream",
    "kinesis:describestreamsummary",
    "kinesis:listshards",
    "kinesis:liststreams",
    "kinesis:subscribetoshard"
  ],
  dynamodb: ["dynamodb:getrecords", "dynamodb:getsharditerator", "dynamodb:describestream", "dynamodb:liststreams"],
  kafka: ["kafka:describecluster", "kafka:describeclusterv2", "kafka:getbootstrapbrokers", "kafka:listscramsecrets"]
};
var DELIVERY_ACTIONS = {
  sqs: ["sqs:sendmessage", "sqs:getqueueattributes", "sqs:getqueueurl"],
  sns: ["sns:publish"],
  lambda: ["lambda:invokefunction"],
  events: ["events:putevents"]
};
function endpointNeed(action) {
  const a = action.toLowerCase();
  if (isLambdaServiceAction(a)) return { kind: "none", why: "the Lambda service makes these calls itself" };
  if (/^(elasticfilesystem|s3files):client/.test(a)) return { kind: "none", why: "file system mounts go to mount targets in the VPC" };
  const prefix = serviceOfAction(a);
  return IRREGULAR_ACTIONS[a] ?? IRREGULAR[prefix] ?? { kind: "endpoint", names: [prefix] };
}
function isLambdaServiceAction(a) {
  return a.startsWith("logs:") || a.startsWith("ec2:") && a.includes("networkinterface") || a.startsWith("ec2:describe") || a === "ec2:assignprivateipaddresses" || a === "ec2:unassignprivateipaddresses";
}
var MANAGED_POLICY_SERVICES = {
  AWSLambdaBasicExecutionRole: [],
  AWSLambdaVPCAccessExecutionRole: [],
  AWSLambdaENIManagementAccess: [],
  // Event-source pollers run in the Lambda service, outside the VPC, with the execution role.
  AWSLambdaSQSQueueExecutionRole: [],
  AWSLambdaKinesisExecutionRole: [],
  AWSLambdaDynamoDBExecutionRole: [],
  AWSLambdaMSKExecutionRole: [],
  AmazonSQSFullAccess: ["sqs"],
  AmazonSQSReadOnlyAccess: ["sqs"],
  AmazonSNSFullAccess: ["sns"],
  AmazonSNSReadOnlyAccess: ["sns"],
  AmazonS3FullAccess: ["s3"],
  AmazonS3ReadOnlyAccess: ["s3"],
  AmazonDynamoDBFullAccess: ["dynamodb"],
  AmazonDynamoDBReadOnlyAccess: ["dynamodb"],
  SecretsManagerReadWrite: ["secretsmanager"],
  AmazonSSMReadOnlyAccess: ["ssm"],
  AmazonKinesisFullAccess: ["kinesis"],
  AmazonKinesisReadOnlyAccess: ["kinesis"],
  AmazonKinesisFirehoseFullAccess: ["firehose"],
  AWSXRayDaemonWriteAccess: ["xray"],
  AWSXrayWriteOnlyAccess: ["xray"],
  AWSStepFunctionsFullAccess: ["states"],
  AmazonEventBridgeFullAccess: ["events"],
  AWSKeyManagementServicePowerUser: ["kms"],
  AmazonQLDBFullAccess: ["qldb"],
  AmazonQLDBReadOnly: ["qldb"],
  CloudWatchFullAccess: ["cloudwatch"],
  AmazonAPIGatewayInvokeFullAccess: ["execute-api"]
};
var HTTPS_ONLY = { policySupported: true, ports: [443] };
var IRREGULAR_ENDPOINT_SERVICES = {
  // SES SMTP interface: STARTTLS on 25, 587, 2587; TLS Wrapper on 465, 2465 (SES Developer Guide, "Connecting to an
  // Amazon SES SMTP endpoint").
  "email-smtp": { policySupported: true, ports: [25, 465, 587, 2465, 2587] },
  // Amazon Keyspaces (for Apache Cassandra): CQL over TLS on 9142 (Keyspaces Developer Guide, "Using interface VPC endpoints").
  cassandra: { policySupported: true, ports: [9142] },
  "cassandra-fips": { policySupported: true, ports: [9142] },
  // AWS IoT Core data plane: MQTT over TLS on 8883, HTTPS and MQTT over WebSocket on 443 (IoT Developer Guide,
  // "Protocols, port mappings, and authentication"); VpcEndpointPolicySupported false in DescribeVpcEndpointServices.
  "iot.data": { policySupported: false, ports: [443, 8883] },
  // VpcEndpointPolicySupported false in DescribeVpcEndpointServices (as recorded by moto 5.2, the AWS emulator).
  "redshift-data": { policySupported: false, ports: [443] },
  codepipeline: { policySupported: false, ports: [443] }
};
function endpointServiceFacts(service) {
  return IRREGULAR_ENDPOINT_SERVICES[service] ?? HTTPS_ONLY;
}
function endpointPorts(service) {
  if (service.kind === "other") return "own";
  return service.kind === "aws" ? endpointServiceFacts(service.name).ports : HTTPS_ONLY.ports;
}
function serviceOfAction(action) {
  const colon = action.indexOf(":");
  return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}

// src/engine/model/iam.ts
var SYMBOL = "";
var PSEUDO_SHAPES = {
  "AWS::AccountId": "000000000000",
  "AWS::Partition": "aws",
  "AWS::Region": "region-1",
  "AWS::URLSuffix": "amazonaws.com"
};
function pattern(v) {
  const plain = (text2) => text2.replace(/#\{(AWS::\w+)\}/g, (m, name) => PSEUDO_SHAPES[name] ?? SYMBOL);
  switch (v.kind) {
    case "string":
      return plain(v.value);
    case "number":
      return String(v.value);
    case "text":
      return v.parts.map((p) => p.kind === "text" ? plain(p.text) : p.kind === "pseudo" ? PSEUDO_SHAPES[p.name] ?? SYMBOL : SYMBOL).join("");
    default:
      return void 0;
  }
}
function isKnownShape(shape) {
  return !shape.includes(SYMBOL);
}
function knownShape(v) {
  const p = pattern(v);
  return p !== void 0 && isKnownShape(p) ? p : void 0;
}
function values(v) {
  return v.kind === "list" ? v.items : [v];
}
function classifyAwsPrincipal(v, typeOf) {
  const entry = classify(v, typeOf);
  const shape = pattern(v);
  return shape !== void 0 ? { ...entry, shape } : entry;
}
function classify(v, typeOf) {
  const shown = display(v);
  if (v.kind === "ref") {
    const type = typeOf(v.target);
    if (type === "AWS::IAM::Role" && v.attribute === "Arn") return { kind: "role", shown };
    if (type === "AWS::IAM::User" && v.attribute === "Arn") return { kind: "user", shown };
    return { kind: "other", shown };
  }
  if (v.kind === "unknown") return { kind: "unknown", shown: v.reason };
  const p = pattern(v);
  if (p === void 0) return { kind: "unknown", shown };
  if (p === "*") return { kind: "any", shown };
  if (/^\d{12}$/.test(p)) return { kind: "account-id", shown };
  const arn = /^arn:[^:]+:(iam|sts)::([^:]*):(.*)/s.exec(p);
  if (!arn) return { kind: p === SYMBOL ? "unknown" : "other", shown };
  const [, service = "", account = "", resource = ""] = arn;
  if (account.includes("*")) return { kind: "other", shown };
  if (resource === "root") return { kind: "account-root", shown };
  if (service === "iam" && /^role\/./.test(resource) && !/^role\/[*/]*$/.test(resource)) return { kind: "role", shown };
  if (service === "sts" && resource.startsWith("assumed-role/")) return { kind: "role", shown };
  if (resource.startsWith("user/")) return { kind: "user", shown };
  if (resource.includes(SYMBOL) && !resource.startsWith("role/")) return { kind: "unknown", shown };
  return { kind: "other", shown };
}
function isWildcardAction(v) {
  const p = pattern(v);
  return p !== void 0 && (p === "*" || /^[A-Za-z0-9-]+:\*$/.test(p));
}
function isWildcardResource(v) {
  const p = pattern(v);
  if (p === void 0) return false;
  if (p === "*") return true;
  const parts = p.split(":");
  if (parts[0] !== "arn") return false;
  return /^[*/]+$/.test(parts.slice(5).join(":"));
}

// src/engine/model/grants.ts
function grantsOf(role) {
  const actions = [];
  const unreadable = [];
  const name = label(role);
  for (const policy of role.policies) {
    if (policy.state === "unknown") {
      unreadable.push(`${name} has a policy that cannot be read (${policy.reason})`);
      continue;
    }
    for (const why of policy.document.unreadable) unreadable.push(`${name} has a statement that cannot be read (${why})`);
    for (const s of policy.document.statements) {
      if (!s.effect.known || s.effect.value !== "Allow") continue;
      if (s.notAction.present) {
        unreadable.push(`${name} allows every action but some (NotAction)`);
        continue;
      }
      if (!s.action.present) continue;
      for (const v of values(s.action.value)) {
        const a = knownShape(v);
        if (a === void 0) unreadable.push(`${name} allows ${display(v)}`);
        else if (a.startsWith("*")) unreadable.push(`${name} allows ${a} (every service)`);
        else actions.push({ action: a, resources: s.resource.present ? values(s.resource.value) : "any", why: `${a} is granted to ${name}` });
      }
    }
  }
  for (const arn of role.managedPolicyArns) {
    const p = pattern(arn);
    const policy = p ? /:policy\/(?:service-role\/)?([\w+=,.@-]+)$/.exec(p)?.[1] : void 0;
    const services = policy ? MANAGED_POLICY_SERVICES[policy] : void 0;
    if (services)
      actions.push(
        ...services.map((svc) => ({ action: `${svc}:*`, resources: "any", why: `the managed policy ${policy} of ${name} grants ${svc} actions` }))
      );
    else if (arn.kind === "unknown") unreadable.push(`${name} has managed policies that are not known (${arn.reason})`);
    else unreadable.push(`${name} has the managed policy ${display(arn)}, whose grants are not known here`);
  }
  return { actions, unreadable };
}
function isLambdaServiceCall(grant, fn, model) {
  const action = grant.action.toLowerCase();
  const prefix = serviceOfAction(action);
  if (model.polledServicesOf(fn).has(prefix) && POLLER_ACTIONS[prefix]?.includes(action)) return true;
  if (!DELIVERY_ACTIONS[prefix]?.includes(action) || grant.resources === "any" || grant.resources.length === 0) return false;
  return grant.resources.every(
    (r) => r.kind === "ref" && fn.deliveryTargets.has(r.target) && DELIVERY_TARGET_SERVICES[model.typeOf(r.target) ?? ""] === prefix
  );
}
var DELIVERY_TARGET_SERVICES = {
  "AWS::SQS::Queue": "sqs",
  "AWS::SNS::Topic": "sns",
  "AWS::Lambda::Function": "lambda",
  "AWS::Serverless::Function": "lambda",
  "AWS::Events::EventBus": "events"
};

// src/engine/fix/endpoint-policy.ts
var MAX_ROLES = 20;
function endpointPolicies(model, options = {}) {
  return model.endpoints.filter((e) => options.endpoint === void 0 || e.id === options.endpoint).flatMap((endpoint) => endpointPolicy(model, endpoint, options) ?? []);
}
function endpointPolicy(model, endpoint, options = {}) {
  if (endpoint.service.kind !== "aws" || !(isInterfaceEndpoint(endpoint) || isGatewayEndpoint(endpoint))) return void 0;
  return policyOf(model, endpoint, endpoint.service.name, options);
}
function policyOf(model, endpoint, service, options) {
  const callers = callersIn(model, model.vpcOfEndpoint(endpoint));
  const remarks = [...callers.remarks];
  const roles = callers.byService.get(service) ?? [];
  const statements = [];
  if (roles.length > MAX_ROLES)
    remarks.push(
      `${roles.length} roles are granted ${service} actions: more than one policy should name one by one; write it by hand (a condition on the roles' path or tags)`
    );
  else {
    for (const { role, functions } of roles) {
      const statement = roleStatement(model, role, functions, service, options, remarks);
      if (statement) statements.push(statement);
    }
  }
  if (callers.functions === 0) remarks.push(`no Lambda function of this template is in the VPC of ${label(endpoint)}`);
  else if (statements.length === 0 && roles.length <= MAX_ROLES) remarks.push(`no function in the VPC of ${label(endpoint)} is granted ${service} actions`);
  return { endpoint, service, statements, remarks };
}
var callersByModel = /* @__PURE__ */ new WeakMap();
function callersIn(model, vpc) {
  const cache = callersByModel.get(model) ?? /* @__PURE__ */ new Map();
  callersByModel.set(model, cache);
  const known = cache.get(vpc);
  if (known) return known;
  const functions = vpc ? model.functionsIn(vpc) : [];
  const byRole = /* @__PURE__ */ new Map();
  const roleless = [];
  for (const fn of functions) {
    const role = model.roleOf(fn);
    if (!role) roleless.push(fn);
    else getOrMake(byRole, role, () => []).push(fn);
  }
  const byService = /* @__PURE__ */ new Map();
  for (const [role, fns] of byRole) {
    for (const service of new Set(grantsOfRole(role).actions.flatMap(servicesOf))) {
      const callers2 = byService.get(service) ?? [];
      callers2.push({ role, functions: fns });
      byService.set(service, callers2);
    }
  }
  const remarks = roleless.length > 0 ? [`the role of ${labels(roleless)} is not in this template: its calls are not in this policy`] : [];
  const callers = { functions: functions.length, byService, remarks };
  cache.set(vpc, callers);
  return callers;
}
var grantsByRole = /* @__PURE__ */ new WeakMap();
function grantsOfRole(role) {
  const known = grantsByRole.get(role);
  if (known) return known;
  const grants = grantsOf(role);
  grantsByRole.set(role, grants);
  return grants;
}
function roleStatement(model, role, functions, service, options, remarks) {
  const grants = grantsOfRole(role);
  const served = grants.actions.filter((g) => servesOf(g, service) && !functions.every((fn) => isLambdaServiceCall(g, fn, model)));
  remarks.push(...grants.unreadable.map((why) => `${why}: not in this policy`));
  const actions = /* @__PURE__ */ new Map();
  const resources = /* @__PURE__ */ new Map();
  let anyResource = false;
  for (const grant of served) {
    const broadAction = grant.action.includes("*");
    const broadResource = grant.resources === "any" || grant.resources.some(isWildcardResource);
    if ((broadAction || broadResource) && !options.allowBroad) {
      remarks.push(
        `${grant.why}${broadResource ? " on every resource" : ""}: left out as broader than an endpoint policy should allow (--allow-broad keeps it)`
      );
      continue;
    }
    actions.set(grant.action.toLowerCase(), actions.get(grant.action.toLowerCase()) ?? grant.action);
    if (broadResource) anyResource = true;
    else for (const r of grant.resources) resources.set(display(r), r);
  }
  if (actions.size === 0) return void 0;
  return { role, actions: [...actions.values()], resources: anyResource ? "any" : [...resources.values()] };
}
function servicesOf(grant) {
  const need = endpointNeed(grant.action);
  return need.kind === "endpoint" ? need.names : [];
}
function servesOf(grant, service) {
  return servicesOf(grant).includes(service);
}

// rules/vpc-dns-support.ts
var vpc_dns_support_default = defineRule({
  id: "vpc-dns-support",
  level: "error",
  title: "A VPC with Interface endpoints keeps DNS support on, and DNS hostnames on when an endpoint uses private DNS",
  help: `Interface endpoints are reached by DNS. With \`EnableDnsSupport: false\` the VPC resolver is off and nothing in
the VPC can resolve the endpoint's names. With private DNS (\`PrivateDnsEnabled: true\`), the endpoint makes the
service's default hostname (\`sqs.eu-west-1.amazonaws.com\`) resolve to its private addresses, but only in a VPC with
\`EnableDnsHostnames: true\` \u2014 which CloudFormation leaves **false** by default. Without it the SDK keeps resolving the
public name and, from a private subnet, its calls hang until the function times out.

Fix: turn both on.

\`\`\`yaml
Vpc:
  Type: AWS::EC2::VPC
  Properties:
    CidrBlock: 10.0.0.0/16
    EnableDnsSupport: true
    EnableDnsHostnames: true
\`\`\`
`,
  check({ model, report }) {
    for (const vpc of model.vpcs) {
      const interfaces = model.endpointsIn(vpc).filter(isInterfaceEndpoint);
      if (interfaces.length === 0) continue;
      const names = nounWithLabels("Interface endpoint", interfaces);
      const support = vpc.dnsSupport;
      if (support.state === "set" && !support.value) {
        report({
          subject: vpc,
          loc: support.loc,
          message: `${label(vpc)} sets EnableDnsSupport false but hosts ${names}: nothing in the VPC can resolve the ${interfaces.length > 1 ? "endpoints'" : "endpoint's"} DNS names`,
          fix: {
            description: `set EnableDnsSupport true on ${vpc.id}`,
            changes: [{ kind: "set", resource: vpc.id, property: "EnableDnsSupport", value: true }]
          }
        });
      } else if (support.state === "unknown") {
        report({ subject: vpc, loc: support.loc, level: "note", message: `cannot verify EnableDnsSupport of ${label(vpc)}: ${support.reason}` });
      }
      const privateDns = interfaces.filter((e) => isKnownOn(e.privateDns));
      const hostnames = vpc.dnsHostnames;
      if (privateDns.length === 0) {
        const maybe = interfaces.filter((e) => e.privateDns.state === "unknown");
        const first = maybe[0]?.privateDns;
        if (first?.state === "unknown" && !isKnownOn(hostnames)) {
          report({
            subject: vpc,
            level: "note",
            message: `cannot verify that ${label(vpc)} resolves private DNS names: PrivateDnsEnabled of ${labels(maybe)} is not known (${first.reason}); if it is true, EnableDnsHostnames must be true`
          });
        }
        continue;
      }
      const which = `${nounWithLabels("Interface endpoint", privateDns)} ${privateDns.length > 1 ? "set" : "sets"}`;
      if (hostnames.state === "unknown") {
        report({ subject: vpc, loc: hostnames.loc, level: "note", message: `cannot verify EnableDnsHostnames of ${label(vpc)}: ${hostnames.reason}` });
      } else if (!hostnames.value) {
        const how = hostnames.state === "set" ? "sets EnableDnsHostnames false" : "leaves EnableDnsHostnames unset (CloudFormation default: false)";
        report({
          subject: vpc,
          loc: writtenAt(hostnames),
          message: `${label(vpc)} ${how}, but ${which} PrivateDnsEnabled true: private DNS needs EnableDnsHostnames true, or the SDK's default service hostname keeps resolving to the public endpoint`,
          fix: {
            description: `set EnableDnsHostnames true on ${vpc.id}`,
            changes: [{ kind: "set", resource: vpc.id, property: "EnableDnsHostnames", value: true }]
          }
        });
      }
    }
  }
});

// src/engine/fix/policy-fix.ts
function policyFix(model, endpoint) {
  const policy = endpointPolicy(model, endpoint);
  if (!policy || policy.statements.length === 0 || policy.remarks.length > 0) return void 0;
  const { document, remarks } = policyDocument(policy);
  if (remarks.length > 0) return void 0;
  return {
    description: `add the least-privilege PolicyDocument to ${endpoint.id}`,
    changes: [{ kind: "set", resource: endpoint.id, property: "PolicyDocument", value: document, ifAbsent: true }]
  };
}

// rules/endpoint-policy-scoped.ts
var NOT_A_ROLE = {
  "account-root": "the account root (every principal of the account)",
  "account-id": "an account ID (every principal of the account)",
  user: "an IAM user",
  other: "not an IAM role"
};
var UNKNOWN_CONSUMERS = "this template holds no Lambda function in the endpoint's VPC, so its consumers are not known here: name their roles in Principal, or accept these principals with the allowedPrincipals option";
var RESTRICTING_OPERATORS = /^(ForAnyValue:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike)$/i;
var endpoint_policy_scoped_default = defineRule({
  id: "endpoint-policy-scoped",
  options: {
    schema: {
      type: "object",
      properties: {
        allowedPrincipals: {
          description: "Principal ARNs or account IDs accepted although they are not IAM roles (`*` matches any characters).",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    defaults: { allowedPrincipals: [] }
  },
  level: "error",
  title: "A VPC endpoint policy allows only named IAM roles, specific actions and specific resources",
  help: `A VPC endpoint without a \`PolicyDocument\` gets the default policy, which allows every principal every action
on every resource of the service through the endpoint \u2014 including resources of other accounts, an exfiltration
path. Scope each Allow statement: \`Principal\` the function's execution role (or \`"*"\` with a Condition on
\`aws:PrincipalArn\` naming role ARNs), \`Action\` the calls the function makes, \`Resource\` the ARNs it uses.
\`NotAction\`/\`NotResource\` in an Allow statement allow everything else and count as unscoped; Deny statements are fine.

Scope: endpoint services that are not AWS services (\`vpce-svc-\u2026\`) and AWS services that do not enforce endpoint
policies (\`redshift-data\`, \`codepipeline\`, \`iot.data\`) get full access whatever the policy says, so the rule does not
apply (a policy there is a note). A ServiceName not known before deployment (\`!Ref ServiceName\` without a default)
may be either, so it is a note; \`com.amazonaws.\${AWS::Region}.\${Service}\` is an AWS service and is checked. Where
the template holds no Lambda function in the endpoint's VPC, it cannot know the consumers' roles: a principal that is
not a role is a note that says to name them (or to accept them with \`allowedPrincipals\`); a missing policy,
\`Action "*"\` and \`Resource "*"\` stay errors. Each finding names its statement (its \`Sid\`, or \`statement 2\`) and points
at its line, inside a JSON-string policy too when it is a literal block.

Fix:

\`\`\`yaml
QldbEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.qldb.session
    PolicyDocument:
      Version: '2012-10-17'
      Statement:
        - Effect: Allow
          Principal:
            AWS: !GetAtt FunctionRole.Arn
          Action: qldb:SendCommand
          Resource: !Sub arn:\${AWS::Partition}:qldb:\${AWS::Region}:\${AWS::AccountId}:ledger/\${Ledger}
\`\`\`
`,
  check({ model, report, options }) {
    const typeOf = (id) => model.typeOf(id);
    const allowed = options.allowedPrincipals.map(globToRegExp);
    for (const endpoint of model.endpoints) {
      if (!isInterfaceEndpoint(endpoint) && !isGatewayEndpoint(endpoint)) continue;
      if (endpoint.service.kind === "other") continue;
      const policy = endpoint.policy;
      if (endpoint.service.kind === "unknown" && !endpoint.service.awsShaped) {
        report({
          subject: endpoint,
          ...endpoint.serviceName ? { loc: endpoint.serviceName.loc } : {},
          level: "note",
          message: `cannot verify the policy of ${label(endpoint)}: its ServiceName: ${endpoint.service.reason}`
        });
        continue;
      }
      if (endpoint.service.kind === "aws" && !endpointServiceFacts(endpoint.service.name).policySupported) {
        if (policy.state !== "absent")
          report({
            subject: endpoint,
            loc: policy.loc,
            level: "note",
            message: `${label(endpoint)}: ${endpoint.service.name} does not enforce endpoint policies, so AWS allows full access through the endpoint whatever this policy says`
          });
        continue;
      }
      if (policy.state === "absent") {
        const fix = policyFix(model, endpoint);
        report({
          subject: endpoint,
          message: `${label(endpoint)} has no PolicyDocument: the default endpoint policy allows every principal every action on every resource of ${display(endpoint.serviceName ?? { kind: "null", loc: endpoint.loc })}`,
          ...fix ? { fix } : {}
        });
        continue;
      }
      if (policy.state === "unknown") {
        report({ subject: endpoint, loc: policy.loc, level: "note", message: `cannot verify the policy of ${label(endpoint)}: ${policy.reason}` });
        continue;
      }
      for (const why of policy.document.unreadable)
        report({ subject: endpoint, loc: policy.loc, level: "note", message: `cannot verify a statement of the policy of ${label(endpoint)}: ${why}` });
      const consumersKnown = model.hasLambdaConsumers(endpoint);
      for (const statement of policy.document.statements) {
        if (!statement.effect.known || statement.effect.value !== "Allow") continue;
        for (const r of checkStatement(endpoint, statement, typeOf, allowed, consumersKnown)) report(r);
      }
    }
  }
});
function checkStatement(endpoint, s, typeOf, allowed, consumersKnown) {
  const found = [];
  const at = (loc, problem, fix) => found.push({ subject: endpoint, loc, message: `${label(endpoint)}, ${s.name}: ${problem}; ${fix}` });
  const principalAt = (loc, problem, fix) => consumersKnown ? at(loc, problem, fix) : found.push({ subject: endpoint, loc, level: "note", message: `${label(endpoint)}, ${s.name}: ${problem}; ${UNKNOWN_CONSUMERS}` });
  const unverifiable = (field2, name) => {
    const unknown = values(field2.value).find((v) => v.kind === "unknown");
    if (unknown?.kind === "unknown")
      found.push({
        subject: endpoint,
        loc: field2.keyLoc,
        level: "note",
        message: `cannot verify the ${name} of ${label(endpoint)}, ${s.name}: ${unknown.reason}`
      });
  };
  if (s.notPrincipal.present)
    principalAt(s.notPrincipal.keyLoc, "an Allow statement with NotPrincipal allows every principal but those listed", "name the execution role in Principal");
  else if (!s.principal.present) principalAt(s.loc, "an Allow statement without Principal applies to every principal", "name the execution role");
  else {
    const verdict = principalProblem(s.principal.value, s, typeOf, allowed);
    if (verdict && "problem" in verdict) principalAt(s.principal.keyLoc, verdict.problem, verdict.fix);
    else if (verdict)
      found.push({
        subject: endpoint,
        loc: s.principal.keyLoc,
        level: "note",
        message: `cannot verify the Principal of ${label(endpoint)}, ${s.name}: ${verdict.unknown}`
      });
  }
  if (s.notAction.present)
    at(s.notAction.keyLoc, "an Allow statement with NotAction allows every action but those listed", "list the actions the function calls");
  else if (s.action.present) {
    const wild = values(s.action.value).filter(isWildcardAction).map(display);
    if (wild.length > 0) at(s.action.keyLoc, `Action ${wild.join(", ")} allows every action`, "list the actions the function calls");
    else unverifiable(s.action, "Action");
  }
  if (s.notResource.present) at(s.notResource.keyLoc, "an Allow statement with NotResource allows every resource but those listed", "list the resource ARNs");
  else if (!s.resource.present) at(s.loc, "an Allow statement without Resource applies to every resource", "list the resource ARNs");
  else {
    const wild = values(s.resource.value).filter(isWildcardResource).map(display);
    if (wild.length > 0) at(s.resource.keyLoc, `Resource ${wild.join(", ")} allows every resource`, "name the specific ARNs");
    else unverifiable(s.resource, "Resource");
  }
  return found;
}
function principalProblem(principal, s, typeOf, allowed) {
  const entries = [];
  if (pattern(principal) === "*") entries.push({ kind: "any", shown: "*" });
  else if (principal.kind === "map") {
    for (const { key, value } of principal.entries) {
      for (const v of values(value)) {
        entries.push(key === "AWS" ? classifyAwsPrincipal(v, typeOf) : { kind: "other", shown: `${key} ${display(v)}` });
      }
    }
  } else return principal.kind === "unknown" ? { unknown: principal.reason } : void 0;
  if (entries.some((e) => e.kind === "any")) {
    const restricted = principalArnRestriction(s, typeOf);
    if (restricted === "roles") return void 0;
    if (restricted === "unknown") return { unknown: "the aws:PrincipalArn condition names values not known before deployment" };
    return {
      problem: 'Principal "*" without a Condition on aws:PrincipalArn naming role ARNs allows every principal, of any account',
      fix: "name the execution role"
    };
  }
  const bad = entries.filter((e) => e.kind in NOT_A_ROLE && !allowed.some((a) => a.test(e.shown) || e.shape !== void 0 && a.test(e.shape)));
  const unknowns = entries.filter((e) => e.kind === "unknown");
  if (bad.length === 0) return unknowns.length > 0 ? { unknown: unknowns.map((e) => e.shown).join("; ") } : void 0;
  return { problem: `Principal ${bad.map((b) => `${b.shown} is ${NOT_A_ROLE[b.kind]}`).join("; ")}`, fix: "allow only the function's execution role" };
}
function globToRegExp(glob) {
  return new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`);
}
function principalArnRestriction(s, typeOf) {
  if (!s.condition.present) return "none";
  if (s.condition.value.kind !== "map") return s.condition.value.kind === "unknown" ? "unknown" : "none";
  let verdict = "none";
  for (const { key, value } of s.condition.value.entries) {
    if (!RESTRICTING_OPERATORS.test(key) || value.kind !== "map") continue;
    const arns = value.entries.find((e) => e.key.toLowerCase() === "aws:principalarn")?.value;
    if (!arns) continue;
    const kinds = values(arns).map((a) => classifyAwsPrincipal(a, typeOf).kind);
    if (kinds.length > 0 && kinds.every((k) => k === "role")) return "roles";
    if (kinds.length > 0 && kinds.every((k) => k === "role" || k === "unknown")) verdict = "unknown";
  }
  return verdict;
}

// src/engine/model/rule-text.ts
function describeRule(rule) {
  const { protocol: protocol2, fromPort, toPort, peer } = rule;
  const allTraffic = protocol2.known && protocol2.value === "-1";
  const proto = protocol2.known ? allTraffic ? "all traffic" : protocol2.value : "some protocol";
  return `${proto}${allTraffic ? "" : portsText(fromPort, toPort)} ${rule.direction === "ingress" ? "from" : "to"} ${peerText(peer)}`;
}
function portsText(fromPort, toPort) {
  if (fromPort.known === false || toPort.known === false) return " on ports not known before deployment";
  if (fromPort.known === "absent" || toPort.known === "absent" || fromPort.value < 0) return " on all ports";
  return fromPort.value === toPort.value ? ` ${fromPort.value}` : ` ${fromPort.value}-${toPort.value}`;
}
function peerText(peer) {
  switch (peer.kind) {
    case "cidr":
    case "cidr-ipv6":
      return rangeText(peer.range);
    case "prefix-list":
      return `prefix list ${display(peer.prefixList)}`;
    case "security-group":
      if (peer.group.kind === "resource") return label(peer.group.target);
      return peer.group.kind === "external" ? peer.group.id : "a group not known before deployment";
    default:
      return "an unknown source";
  }
}
function maybeElsewhereNote(group, direction, reasons) {
  return `cannot verify the ${direction} of ${label(group)}: ${direction} rule ${listOf(reasons, 5, "; ")} may belong to it`;
}
function unknownRulesNote(group, direction, reason) {
  return `cannot verify the ${direction} of ${label(group)}: ${reason}`;
}
function assessPorts({ protocol: protocol2, fromPort, toPort }, ports, what, { problems, unknowns }) {
  if (!protocol2.known) unknowns.push(`the protocol: ${protocol2.reason}`);
  else if (protocol2.value === "-1") problems.push("all protocols and ports are open");
  else if (protocol2.value !== "tcp") problems.push(`protocol ${protocol2.value} is not tcp`);
  if (!protocol2.known || protocol2.value === "-1") return;
  if (fromPort.known === false) unknowns.push(`FromPort: ${fromPort.reason}`);
  else if (toPort.known === false) unknowns.push(`ToPort: ${toPort.reason}`);
  else if (fromPort.known === "absent" || toPort.known === "absent") problems.push("no port range given");
  else if (fromPort.value === -1 || toPort.value === -1) problems.push("all ports are open");
  else if (!(fromPort.value === toPort.value && ports.includes(fromPort.value))) {
    const expected = ports.length === 1 ? String(ports[0]) : `a port of ${what}`;
    problems.push(
      fromPort.value === toPort.value ? `port ${fromPort.value} is not ${expected}` : `ports ${fromPort.value}-${toPort.value} are a range, not ${expected}`
    );
  }
}
function allowedByOption(peer, allowed) {
  switch (peer.kind) {
    case "cidr":
    case "cidr-ipv6":
      return peer.range.known && allowed.has(peer.range.value);
    case "prefix-list":
      return allowed.has(display(peer.prefixList));
    case "security-group":
      return peer.group.kind === "resource" ? allowed.has(peer.group.target.id) : peer.group.kind === "external" && allowed.has(peer.group.id);
    default:
      return false;
  }
}
function tcpPortsText(ports) {
  return `tcp ${ports.length === 1 ? String(ports[0]) : `${ports.slice(0, -1).join(", ")} or ${String(ports.at(-1))}`}`;
}

// rules/endpoint-sg-ingress.ts
var endpoint_sg_ingress_default = defineRule({
  id: "endpoint-sg-ingress",
  options: {
    schema: {
      type: "object",
      properties: {
        allowedSources: {
          description: "Extra sources allowed on tcp 443: a security group's logical ID or sg- ID (e.g. a shared-services group), a CIDR, or a prefix list ID.",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    defaults: { allowedSources: [] }
  },
  level: "error",
  title: "An Interface endpoint's security groups allow only tcp 443 from the Lambda functions' security groups",
  help: `An Interface endpoint is a set of network interfaces in your subnets; its security groups decide who may use
it. Functions call AWS services over HTTPS, so the endpoint needs exactly one kind of ingress: tcp 443 from the
functions' own security group. A CIDR range (even the VPC's), a prefix list, other ports or protocols, or a group
that no function uses let other workloads reach the service through your endpoint. An endpoint without
\`SecurityGroupIds\`, or naming \`!GetAtt Vpc.DefaultSecurityGroup\`, gets the VPC's default group, which admits all
traffic from everything in that group (the finding is then the endpoint's); a group with no ingress at all blocks the
functions.

Scope: where the template holds no Lambda function in the endpoint's VPC (a shared network stack, endpoints for
instances or a load balancer), it cannot know the consumers: any security group or prefix list is a fine source, and
only a CIDR range wider than the VPC's own (\`0.0.0.0/0\`, \`10.0.0.0/8\` in a /16 VPC) and other ports stay errors. Services
that listen on other ports are checked against theirs (\`email-smtp\`: 25, 465, 587, 2465, 2587; \`cassandra\`: 9142); a
partner's or your own endpoint service (\`com.amazonaws.vpce.<region>.vpce-svc-\u2026\`) listens on its own port, so only the
sources are checked.

Fix:

\`\`\`yaml
EndpointSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: HTTPS from the function only
    VpcId: !Ref Vpc
    SecurityGroupIngress:
      - IpProtocol: tcp
        FromPort: 443
        ToPort: 443
        SourceSecurityGroupId: !GetAtt FunctionSecurityGroup.GroupId
\`\`\`
`,
  check(ctx) {
    const { model, report } = ctx;
    const checked = /* @__PURE__ */ new Set();
    const lambda = { groups: model.securityGroups.filter((g) => model.isFunctionGroup(g)), unknownFunctions: model.functionsWithUnknownGroups().map(label) };
    for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
      const groups = endpoint.securityGroups;
      if (groups.state === "absent" || groups.state === "set" && groups.items.length === 0) {
        report({
          subject: endpoint,
          loc: writtenAt(groups),
          message: `${label(endpoint)} has no SecurityGroupIds, so it gets the VPC's default security group; give it a group that allows only tcp 443 from the Lambda function's group`
        });
        continue;
      }
      if (groups.state === "unknown") {
        report({ subject: endpoint, loc: groups.loc, level: "note", message: `cannot verify the security groups of ${label(endpoint)}: ${groups.reason}` });
        continue;
      }
      const scope = scopeOf(endpoint, model, lambda);
      for (const link of groups.items) {
        if (link.kind !== "resource") {
          report({ subject: endpoint, loc: link.loc, level: "note", message: `cannot verify a security group of ${label(endpoint)}: ${whyUnlinked(link)}` });
          continue;
        }
        if (link.target.vpcDefault) {
          report({
            subject: endpoint,
            loc: link.loc,
            message: `${label(endpoint)} uses the ${link.target.name}, which admits all traffic from every member of that group; give it a group that allows only ${scope.allowed}`
          });
          continue;
        }
        if (checked.has(link.target)) continue;
        checked.add(link.target);
        checkGroup(link.target, endpoint, ctx, scope);
      }
    }
  }
});
function scopeOf(endpoint, model, lambda) {
  const service = endpoint.service;
  const ports = endpointPorts(service);
  const portsText2 = ports === "own" ? "the endpoint service's port" : tcpPortsText(ports);
  const serviceName = service.kind === "aws" ? service.name : "the service";
  if (model.hasLambdaConsumers(endpoint)) {
    const from = lambda.groups.length > 0 ? `the Lambda function's group ${labels(lambda.groups, 3, " or ")}` : "a Lambda function's group";
    return { ports, portsText: portsText2, serviceName, consumers: { kind: "lambda", ...lambda }, allowed: `${portsText2} from ${from}` };
  }
  const vpc = model.vpcOfEndpoint(endpoint);
  const vpcBlocks = (vpc?.cidrBlocks ?? []).flatMap((b) => b.known ? [parseCidr(b.value)].filter((c) => c !== void 0) : []);
  return {
    ports,
    portsText: portsText2,
    serviceName,
    consumers: { kind: "not-in-template", vpcBlocks },
    allowed: `${portsText2} from the consumers' security groups or ranges of the VPC`
  };
}
function checkGroup(group, endpoint, { model, report, options }, scope) {
  const ingress = model.groupRules(group, "ingress");
  if (ingress.kind === "maybe-elsewhere") {
    report({ subject: group, level: "note", message: maybeElsewhereNote(group, "ingress", ingress.reasons) });
    return;
  }
  if (ingress.kind === "none") {
    const functions = model.functionsNear(endpoint);
    if (functions.length > 0) {
      report({
        subject: group,
        message: `${label(group)} (security group of ${label(endpoint)}) allows no ingress, so ${labels(functions)} cannot reach the endpoint; allow ${scope.allowed}`
      });
    }
    return;
  }
  for (const u of ingress.unknown) report({ subject: group, loc: u.loc, level: "note", message: unknownRulesNote(group, "ingress", u.reason) });
  const allowedSources = new Set(options.allowedSources);
  const fix = narrowingFix(group, endpoint, model, scope);
  for (const rule of ingress.rules) {
    const { problems, unknowns } = assess(
      rule,
      scope,
      { resource: (g) => model.isFunctionGroup(g), external: (id) => model.isExternalFunctionGroup(id) },
      allowedSources
    );
    const subject = rule.origin.kind === "standalone" ? rule.origin.resource : group;
    if (problems.length > 0) {
      report({
        subject,
        loc: rule.loc,
        message: `${label(group)} (security group of ${label(endpoint)}) allows ${describeRule(rule)}: ${problems.join("; ")}; only ${scope.allowed} is allowed`,
        // (there is a fix only where every rule of the group is inline)
        ...fix ? { fix } : {}
      });
    } else if (unknowns.length > 0) {
      report({ subject, loc: rule.loc, level: "note", message: `cannot verify an ingress rule of ${label(group)}: ${unknowns.join("; ")}` });
    }
  }
}
function assess(rule, scope, isFunctionGroup, allowedSources) {
  const found = { problems: [], unknowns: [] };
  if (scope.ports !== "own") assessPorts(rule, scope.ports, scope.serviceName, found);
  if (allowedByOption(rule.peer, allowedSources)) return found;
  if (scope.consumers.kind === "lambda") assessLambdaSource(rule.peer, isFunctionGroup, scope.consumers.unknownFunctions, found);
  else assessAnySource(rule.peer, scope.consumers.vpcBlocks, found);
  return found;
}
function assessLambdaSource(peer, isFunctionGroup, unknownFunctions, { problems, unknowns }) {
  switch (peer.kind) {
    case "cidr":
    case "cidr-ipv6":
      problems.push(peer.range.known ? `the CIDR range ${peer.range.value} is a source` : "a CIDR range is a source, whatever its value");
      break;
    case "prefix-list":
      problems.push(`the prefix list ${display(peer.prefixList)} is a source`);
      break;
    case "security-group":
      if (peer.group.kind === "resource") {
        if (isFunctionGroup.resource(peer.group.target)) break;
        if (unknownFunctions.length === 0) problems.push(`no Lambda function uses the source group ${label(peer.group.target)}`);
        else
          unknowns.push(
            `the source group ${label(peer.group.target)} may belong to ${listOf(unknownFunctions)}, whose security groups are not known before deployment`
          );
      } else if (peer.group.kind === "external") {
        if (!isFunctionGroup.external(peer.group.id)) unknowns.push(`source group ${peer.group.id} is not in this template`);
      } else unknowns.push(`source group: ${peer.group.reason}`);
      break;
    case "unknown":
      unknowns.push(`source ${peer.reason}`);
      break;
    case "none":
      break;
  }
}
function assessAnySource(peer, vpcBlocks, { problems, unknowns }) {
  if (peer.kind !== "cidr" && peer.kind !== "cidr-ipv6") return;
  if (!peer.range.known) {
    unknowns.push(`the source range: ${peer.range.reason}`);
    return;
  }
  const range = parseCidr(peer.range.value);
  if (range === void 0) return;
  if (range.prefix < WIDEST_VPC_PREFIX[range.family]) problems.push(`the CIDR range ${range.text} is wider than any VPC's range`);
  else {
    const covered = vpcBlocks.find((b) => b.prefix > range.prefix && cidrContains(range, b));
    if (covered) problems.push(`the CIDR range ${range.text} is wider than the VPC's range ${covered.text}`);
  }
}
function narrowingFix(group, endpoint, model, scope) {
  if (scope.consumers.kind !== "lambda" || endpoint.service.kind !== "aws") return void 0;
  if (scope.ports === "own") return void 0;
  if (scope.ports.length !== 1 || scope.ports[0] !== 443) return void 0;
  if (model.endpointsUsing(group).length !== 1 || model.functionsUsing(group).length > 0) return void 0;
  const ingress = model.rulesOf(group, "ingress");
  if (ingress.some((r) => r.origin.kind !== "inline") || group.unknownRules.length > 0) return void 0;
  if (ingress.some(hasUnknownValue)) return void 0;
  const vpc = model.vpcOfEndpoint(endpoint);
  const groups = vpc ? model.functionGroupsIn(vpc) : [];
  const source = groups.length === 1 ? groups[0] : void 0;
  if (!source || source.vpcDefault || model.functionsWithUnknownGroups().length > 0) return void 0;
  const rule = { IpProtocol: "tcp", FromPort: 443, ToPort: 443, SourceSecurityGroupId: { "Fn::GetAtt": [source.id, "GroupId"] } };
  return {
    description: `allow only tcp 443 from ${source.id} into ${group.id}`,
    changes: [{ kind: "replace", resource: group.id, property: "SecurityGroupIngress", value: [rule] }]
  };
}
function hasUnknownValue(rule) {
  const { protocol: protocol2, fromPort, toPort, peer } = rule;
  const unknownRange = (peer.kind === "cidr" || peer.kind === "cidr-ipv6") && !peer.range.known;
  return !protocol2.known || fromPort.known === false || toPort.known === false || peer.kind === "unknown" || unknownRange;
}

// rules/lambda-subnet-no-igw.ts
var lambda_subnet_no_igw_default = defineRule({
  id: "lambda-subnet-no-igw",
  level: "error",
  title: "A Lambda function's subnets have no route to an internet gateway",
  help: `A function in a VPC gets only private addresses. In a subnet whose route table sends traffic to an internet
gateway (a public subnet), it can neither reach the internet nor AWS services' public endpoints \u2014 its calls hang
until it times out \u2014 and the subnet is not the private network the design relies on. Put functions in private
subnets: route their outbound traffic to a NAT gateway, or to nothing but VPC endpoints.

Fix: associate the function's subnets with a private route table.

\`\`\`yaml
PrivateRouteTable:
  Type: AWS::EC2::RouteTable
  Properties:
    VpcId: !Ref Vpc
PrivateDefaultRoute:            # optional: only if the function needs the internet
  Type: AWS::EC2::Route
  Properties:
    RouteTableId: !Ref PrivateRouteTable
    DestinationCidrBlock: 0.0.0.0/0
    NatGatewayId: !Ref NatGateway
PrivateSubnetARouteTable:
  Type: AWS::EC2::SubnetRouteTableAssociation
  Properties:
    SubnetId: !Ref PrivateSubnetA
    RouteTableId: !Ref PrivateRouteTable
\`\`\`
`,
  check({ model, report }) {
    for (const fn of model.functions) {
      const { exposures, unverifiable } = inspect(fn, model);
      const [first, ...more] = exposures;
      if (first) report(publicSubnetFinding(fn, [first, ...more]));
      else if (unverifiable.size > 0)
        report({
          subject: fn,
          loc: model.unknownCauseOf(fn),
          level: "note",
          message: `cannot verify that ${label(fn)} has no route to an internet gateway: ${[...unverifiable].join("; ")}`
        });
    }
  }
});
function inspect(fn, model) {
  const exposures = [];
  const unverifiable = /* @__PURE__ */ new Set();
  if (fn.vpcConfig.state === "unknown") unverifiable.add(`its VpcConfig: ${fn.vpcConfig.reason}`);
  if (fn.vpcConfig.state === "set" && fn.vpcConfig.subnets.state === "unknown") unverifiable.add(`its subnets: ${fn.vpcConfig.subnets.reason}`);
  for (const link of model.subnetLinksOf(fn)) {
    if (link.kind === "external") unverifiable.add(`subnet ${link.id} is not in this template`);
    if (link.kind === "unknown") unverifiable.add(`a subnet: ${link.reason}`);
    if (link.kind !== "resource") continue;
    const tables = model.routeTablesOf(link.target);
    if (tables.length === 0) unverifiable.add(model.whyRouteTablesUnknown(link.target));
    for (const table of tables) {
      for (const route of model.routesOf(table)) {
        if (route.target.kind === "internet-gateway") exposures.push({ link, subnet: link.target, table, route, gateway: route.target.gateway });
        if (route.target.kind === "unknown") unverifiable.add(`route ${label(route)}: ${route.target.reason}`);
      }
    }
  }
  return { exposures, unverifiable };
}
function publicSubnetFinding(fn, exposures) {
  const byRoute = /* @__PURE__ */ new Map();
  for (const x of exposures) getOrMake(byRoute, x.route, () => ({ table: x.table, route: x.route, gateway: x.gateway, subnets: [] })).subnets.push(x.subnet);
  const routes = [...byRoute.values()];
  return {
    subject: fn,
    loc: exposures[0].link.loc,
    message: `${label(fn)} runs in a public subnet: ${routes.map(describeRoute).join("; ")}; use private subnets (a NAT gateway or VPC endpoints for outbound traffic)`,
    related: [
      ...[...new Set(exposures.map((x) => x.subnet))].map((subnet) => ({ message: `subnet ${label(subnet)}`, loc: subnet.loc, logicalId: subnet.name })),
      ...routes.flatMap((x) => [
        { message: tableText(x.table), loc: x.table.loc, logicalId: x.table.name },
        { message: `route ${label(x.route)} to an internet gateway`, loc: x.route.loc, logicalId: x.route.name }
      ])
    ]
  };
}
function describeRoute(x) {
  const igw = x.gateway.kind === "resource" ? label(x.gateway.target) : x.gateway.id;
  const dest = x.route.destination.known ? x.route.destination.value : "a destination";
  return `${nounWithLabels("subnet", x.subnets, 5)} ${x.subnets.length > 1 ? "use" : "uses"} ${tableText(x.table)}, whose route ${label(x.route)} sends ${dest} to internet gateway ${igw}`;
}

// rules/endpoint-private-dns.ts
var endpoint_private_dns_default = defineRule({
  id: "endpoint-private-dns",
  level: "warning",
  title: "An Interface endpoint to an AWS service in a VPC with Lambda functions enables private DNS",
  help: `AWS SDKs call a service at its default hostname (\`sqs.eu-west-1.amazonaws.com\`). Only with private DNS does
that name resolve to the endpoint's addresses inside the VPC; without it, the SDK still goes to the public endpoint,
which a function in a private subnet cannot reach \u2014 its calls hang until it times out \u2014 unless every client is
configured with the endpoint-specific hostname. CloudFormation's default for \`PrivateDnsEnabled\` is false.

Not concerned: endpoint services of partners or your own (\`com.amazonaws.vpce.<region>.vpce-svc-\u2026\`), and an S3 or
DynamoDB Interface endpoint in a VPC that also has a Gateway endpoint for the service: calls from the VPC take the
(free) gateway, and the Interface endpoint serves clients outside the VPC.

Fix (the VPC also needs \`EnableDnsSupport\` and \`EnableDnsHostnames\`, see vpc-dns-support):

\`\`\`yaml
SqsEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.sqs
    VpcId: !Ref Vpc
    PrivateDnsEnabled: true
\`\`\`
`,
  check({ model, report }) {
    for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
      const functions = model.functionsNear(endpoint);
      if (functions.length === 0) continue;
      const { service, privateDns } = endpoint;
      if (service.kind === "other") continue;
      if (service.kind === "unknown" || privateDns.state === "unknown") {
        if (!isKnownOn(privateDns)) {
          const why = service.kind === "unknown" ? `its ServiceName: ${service.reason}` : `PrivateDnsEnabled: ${privateDns.state === "unknown" ? privateDns.reason : ""}`;
          report({ subject: endpoint, level: "note", message: `cannot verify private DNS of ${label(endpoint)}: ${why}` });
        }
        continue;
      }
      if (privateDns.value) continue;
      const vpc = model.vpcOfEndpoint(endpoint);
      if (vpc && model.endpointTypesOf(vpc, service.name).has("gateway")) continue;
      report({
        subject: endpoint,
        loc: writtenAt(privateDns),
        message: `${label(endpoint)} (${model.endpointServiceName(service.name)}) ${privateDns.state === "set" ? "sets PrivateDnsEnabled false" : "leaves PrivateDnsEnabled unset (CloudFormation default: false)"}: the SDK's default hostname of ${service.name} will not reach it from ${labels(functions)}; set PrivateDnsEnabled true`,
        fix: privateDnsFix(endpoint, model.vpcOfEndpoint(endpoint))
      });
    }
  }
});
function privateDnsFix(endpoint, vpc) {
  const changes = [{ kind: "set", resource: endpoint.id, property: "PrivateDnsEnabled", value: true }];
  if (vpc && !isKnownOn(vpc.dnsHostnames)) changes.push({ kind: "set", resource: vpc.id, property: "EnableDnsHostnames", value: true });
  if (vpc && !isKnownOn(vpc.dnsSupport)) changes.push({ kind: "set", resource: vpc.id, property: "EnableDnsSupport", value: true });
  return {
    // Stryker disable next-line OptionalChaining,StringLiteral: only the VPC's changes make more than one, so vpc is there
    description: `set PrivateDnsEnabled true on ${endpoint.id}${changes.length > 1 ? `, and the DNS settings it needs on ${vpc?.id ?? ""}` : ""}`,
    changes
  };
}

// rules/lambda-service-endpoints.ts
var EGRESS_TARGETS = /* @__PURE__ */ new Set(["nat-gateway", "instance", "network-interface", "transit-gateway", "core-network"]);
var MAYBE_EGRESS_TARGETS = /* @__PURE__ */ new Set(["vpc-endpoint", "unknown"]);
var NEVER_EGRESS_TARGETS = /* @__PURE__ */ new Set(["vpc-peering", "local", "vpn-gateway", "local-gateway", "carrier-gateway", "egress-only-internet-gateway"]);
var lambda_service_endpoints_default = defineRule({
  id: "lambda-service-endpoints",
  options: {
    schema: {
      type: "object",
      properties: {
        ignoreServices: { description: "IAM service prefixes (sqs, s3, \u2026) not to demand endpoints for.", type: "array", items: { type: "string" } },
        assumeEgress: {
          description: "Assume the functions have a NAT or transit gateway route defined elsewhere (another stack): the rule stays silent.",
          type: "boolean"
        }
      }
    },
    defaults: { ignoreServices: [], assumeEgress: false }
  },
  level: "error",
  title: "A VPC Lambda function without a NAT route has a VPC endpoint for every AWS service its role lets it call",
  help: `A function in a private subnet with no default route to a NAT gateway, NAT instance or transit gateway can
reach AWS services only through VPC endpoints. For every service its execution role grants actions on \u2014 the calls
the function is written to make \u2014 the VPC needs an endpoint; without one, the SDK's calls hang until the function
times out ("everything broke when I moved it into the VPC"). S3 and DynamoDB take a Gateway (or Interface) endpoint;
QLDB's data API is \`qldb.session\`; the others an Interface endpoint \`com.amazonaws.<region>.<service>\`. CloudWatch
Logs actions of the basic execution role do not count: the Lambda service ships function logs itself, as it polls
event sources and delivers to dead-letter queues and asynchronous-invocation destinations (grants on exactly those
resources do not count either). A Gateway
endpoint must also be on the route tables of the function's subnets: gateway-endpoint-routes checks that.

Fix: add the endpoint the message names (or a NAT route, if the function needs the internet anyway).

\`\`\`yaml
SecretsManagerEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.secretsmanager
    VpcId: !Ref Vpc
    PrivateDnsEnabled: true
    SubnetIds: [!Ref PrivateSubnetA, !Ref PrivateSubnetB]
    SecurityGroupIds: [!Ref EndpointSecurityGroup]
\`\`\`
`,
  check({ model, report, options }) {
    if (options.assumeEgress) return;
    const ignored = new Set(options.ignoreServices.map((s) => s.toLowerCase()));
    for (const fn of model.functions) {
      if (fn.vpcConfig.state !== "set") continue;
      const name = label(fn);
      const note = (why) => {
        report({ subject: fn, loc: model.unknownCauseOf(fn), level: "note", message: `cannot verify that ${name} reaches the AWS services it calls: ${why}` });
      };
      const links = model.subnetLinksOf(fn);
      const subnets = linkTargets(links);
      if (subnets.length === 0) {
        note(fn.vpcConfig.subnets.state === "unknown" ? `its subnets: ${fn.vpcConfig.subnets.reason}` : "its subnets are not in this template");
        continue;
      }
      const egress = subnets.map((s) => [s, leadsOut(model, s)]);
      const isolated = egress.filter(([, out]) => out === false).map(([s]) => s);
      if (isolated.length === 0) {
        if (egress.some(([, out]) => out === "unknown") || subnets.length < links.length)
          note("the default routes of its subnets are not all known before deployment");
        continue;
      }
      const role = model.roleOf(fn);
      if (!role) {
        note(fn.role.kind === "unknown" ? `its role: ${fn.role.reason}` : `its role ${fn.role.kind === "external" ? fn.role.id : ""} is not in this template`);
        continue;
      }
      const grants = grantsOf(role);
      const services = /* @__PURE__ */ new Map();
      for (const grant of grants.actions) {
        const prefix = serviceOfAction(grant.action);
        if (isLambdaServiceCall(grant, fn, model)) continue;
        const need = endpointNeed(grant.action);
        const key = need.kind === "endpoint" ? need.names.join("|") : prefix;
        if (need.kind !== "none" && !ignored.has(prefix) && !services.has(key)) services.set(key, { grant, need });
      }
      const vpc = model.vpcsOfFunction(fn)[0];
      const sharedZones = vpc ? model.awsHostedZonesOf(vpc) : [];
      const unreadableEndpoints = vpc ? model.unreadableEndpointsIn(vpc) : [];
      const missing = [];
      const unverifiable = [...grants.unreadable];
      for (const { grant, need } of services.values()) {
        const why = grant.why;
        if (need.kind === "none") continue;
        if (need.kind === "no-endpoint") {
          missing.push(`${need.why}, so only a NAT route reaches it: ${why}`);
          continue;
        }
        if (need.resourceType && model.hasOtherOfType(need.resourceType)) continue;
        const served = (
          // Stryker disable next-line ConditionalExpression: a VPC that is not known has no endpoints either
          vpc !== void 0 && need.names.some((n) => model.endpointTypesOf(vpc, n).has("interface") || need.gateway === true && model.endpointTypesOf(vpc, n).has("gateway"))
        );
        if (served) continue;
        const [serviceName = serviceOfAction(grant.action)] = need.names;
        const name2 = need.global ? `com.amazonaws.${serviceName}` : model.endpointServiceName(serviceName);
        const add = `add ${need.resourceType ? `an ${need.resourceType}` : need.gateway ? "a Gateway or Interface endpoint" : "an Interface endpoint"} ${need.resourceType ? `for ${serviceName}` : name2}: ${why}`;
        const doubt = !vpc ? "its VPC is not in this template" : unreadableEndpoints.length > 0 ? `the service of ${labels(unreadableEndpoints)} is not known` : sharedZones.length > 0 ? `private hosted zone ${labels(sharedZones)} may send it to an endpoint shared from another VPC` : void 0;
        if (doubt) unverifiable.push(`maybe ${add} (${doubt})`);
        else missing.push(add);
      }
      if (missing.length > 0) {
        report({
          subject: fn,
          message: `${name} has no default route (0.0.0.0/0) to a NAT or transit gateway from ${nounWithLabels("subnet", isolated)}, so it reaches AWS services only through VPC endpoints: ${missing.join("; ")}`,
          related: [
            ...isolated.map((s) => ({ message: `subnet ${label(s)}, without a default route out`, loc: s.loc, logicalId: s.name })),
            ...[...new Set(isolated.flatMap((s) => model.routeTablesOf(s)))].map((t) => ({
              message: tableText(t),
              loc: t.loc,
              logicalId: t.main ? void 0 : t.name
            }))
          ]
        });
      } else if (unverifiable.length > 0) note(unverifiable.join("; "));
    }
  }
});
function leadsOut(model, subnet) {
  const tables = model.routeTablesOf(subnet);
  if (tables.length === 0) return "unknown";
  let unknown = false;
  for (const route of tables.flatMap((t) => model.routesOf(t))) {
    if (NEVER_EGRESS_TARGETS.has(route.target.kind)) continue;
    if (!route.destination.known) unknown = true;
    else if (route.destination.value !== "0.0.0.0/0") continue;
    else if (EGRESS_TARGETS.has(route.target.kind)) return true;
    else if (MAYBE_EGRESS_TARGETS.has(route.target.kind)) unknown = true;
  }
  return unknown ? "unknown" : false;
}

// rules/endpoint-az-coverage.ts
var endpoint_az_coverage_default = defineRule({
  id: "endpoint-az-coverage",
  level: "warning",
  title: "An Interface endpoint has a subnet in every Availability Zone of the VPC's Lambda functions",
  help: `An Interface endpoint answers in the zones of its subnets. A function running in a zone where the endpoint
has no network interface still reaches it across zones \u2014 until that other zone fails, and then the function loses the
service although its own zone is healthy; cross-zone traffic is also billed. Give the endpoint a subnet in every
zone the functions run in.

Fix:

\`\`\`yaml
SqsEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Interface
    SubnetIds:            # the same zones as the functions' subnets
      - !Ref PrivateSubnetA
      - !Ref PrivateSubnetB
\`\`\`
`,
  check({ model, report }) {
    const zonesOfVpc = /* @__PURE__ */ new Map();
    for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
      const functions = model.functionsNear(endpoint);
      if (functions.length === 0) continue;
      if (endpoint.subnets.state === "unknown" || endpoint.subnets.state === "set" && endpoint.subnets.items.some((l) => l.kind !== "resource")) {
        report({ subject: endpoint, level: "note", message: `cannot verify the zones of ${label(endpoint)}: its subnets are not all known before deployment` });
        continue;
      }
      const zones = getOrMake(zonesOfVpc, model.vpcOfEndpoint(endpoint), () => functionZones(model, functions));
      const ownSubnets = new Set(linkTargets(linkedItems(endpoint.subnets)));
      const coverage = coverageOf(
        [...ownSubnets].map((s) => s.zone),
        zones
      );
      switch (coverage.kind) {
        case "uncovered": {
          const shown = coverage.first.map(
            (u) => u.zone.kind === "unknown" ? `the zone of subnet ${labels(u.subnets)}` : `${zoneName(u.zone)} (subnet ${labels(u.subnets)})`
          );
          const more = coverage.count - shown.length;
          report({
            subject: endpoint,
            loc: writtenAt(endpoint.subnets),
            message: `${label(endpoint)} has no subnet in ${shown.join(", ")}${more > 0 ? ` and ${more} more zone${more > 1 ? "s" : ""}` : ""}, where Lambda functions of its VPC run; add a subnet in each of these zones to its SubnetIds`
          });
          break;
        }
        case "unverifiable":
          report({
            subject: endpoint,
            level: "note",
            message: `cannot verify the zones of ${label(endpoint)}: ${whyNotComparable([...ownSubnets])}`
          });
          break;
        case "covered": {
          const unknown = zones.unknown;
          const open = firstWhere(unknown.keys(), (s) => !ownSubnets.has(s), 3);
          const [first] = open;
          const reason = first && unknown.get(first);
          if (reason === void 0) break;
          const more = unknown.size - [...ownSubnets].filter((s) => unknown.has(s)).length - open.length;
          report({
            subject: endpoint,
            level: "note",
            message: `cannot verify that ${label(endpoint)} covers the zones of the Lambda functions of its VPC: ${zonesNotKnown(open, reason, { more })}`
          });
        }
      }
    }
  }
});
function functionZones(model, functions) {
  const byClass = /* @__PURE__ */ new Map();
  const unknown = /* @__PURE__ */ new Map();
  let count = 0;
  for (const fn of functions) {
    for (const link of model.subnetLinksOf(fn)) {
      if (link.kind !== "resource") continue;
      const subnet = link.target;
      const zone = subnet.zone;
      if (zone.kind === "unknown") {
        unknown.set(subnet, zone.reason);
        continue;
      }
      const zones = getOrMake(byClass, zoneClass(zone), () => /* @__PURE__ */ new Map());
      const entry = getOrMake(zones, zoneKey(zone), () => ({ zone, subnets: /* @__PURE__ */ new Set() }));
      if (entry.subnets.size === 0) count++;
      entry.subnets.add(subnet);
    }
  }
  return { byClass, count, unknown };
}
function coverageOf(own, functions) {
  const known = own.filter(isKnownZone);
  const ownKeys = new Set(known.map(zoneKey));
  const ownClasses = new Set(known.map(zoneClass));
  if (own.length === 0) {
    const knownFirst = [...functions.byClass.values()].flatMap((zones) => firstWhere(zones.values(), () => true, 3));
    const unknownFirst = firstWhere(functions.unknown.keys(), () => true, 3).map((s) => ({ zone: s.zone, subnets: /* @__PURE__ */ new Set([s]) }));
    const count = functions.count + functions.unknown.size;
    return count > 0 ? { kind: "uncovered", count, first: [...knownFirst, ...unknownFirst].slice(0, 3) } : { kind: "covered" };
  }
  const [only] = ownClasses;
  if (ownClasses.size > 1 || known.length < own.length || only === void 0) return coverageAcrossClasses(ownKeys, functions);
  const same = functions.byClass.get(only) ?? /* @__PURE__ */ new Map();
  const missing = same.size - coveredIn(ownKeys, same);
  if (missing > 0) return { kind: "uncovered", count: missing, first: firstWhere(same.values(), (e) => !ownKeys.has(zoneKey(e.zone)), 3) };
  return functions.count > same.size ? { kind: "unverifiable" } : { kind: "covered" };
}
function whyNotComparable(own) {
  const unknown = own.filter((s) => s.zone.kind === "unknown");
  const [first] = unknown;
  if (first?.zone.kind !== "unknown") return "zones are written in ways that cannot be compared before deployment";
  return zonesNotKnown(unknown, first.zone.reason, { whose: "its " });
}
function zonesNotKnown(subnets, reason, { whose = "", more = 0 } = {}) {
  const many = subnets.length + more > 1;
  return `the zone${many ? "s" : ""} of ${whose}${nounWithLabels("subnet", subnets)}${more > 0 ? ` and ${more} more` : ""} ${many ? "are" : "is"} not known before deployment (${reason})`;
}
function coverageAcrossClasses(ownKeys, functions) {
  const covered = [...functions.byClass.values()].reduce((n, zones) => n + coveredIn(ownKeys, zones), 0);
  return covered < functions.count ? { kind: "unverifiable" } : { kind: "covered" };
}
function coveredIn(ownKeys, zones) {
  return [...ownKeys].filter((k) => zones.has(k)).length;
}

// rules/gateway-endpoint-routes.ts
var gateway_endpoint_routes_default = defineRule({
  id: "gateway-endpoint-routes",
  level: "warning",
  title: "A Gateway endpoint is in the route tables of every subnet of the Lambda functions of its VPC",
  help: `A Gateway endpoint (S3, DynamoDB) works by routes: it adds the service's prefix list to the route tables listed
in \`RouteTableIds\`, and only those. A function in a subnet whose route table is not listed sends its S3 or DynamoDB
calls to its default route instead \u2014 through a NAT gateway (billed per GB), or, in a private subnet without one,
nowhere: the calls hang until the function times out.

Fix: list every route table of the functions' subnets.

\`\`\`yaml
S3Endpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    VpcEndpointType: Gateway
    ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
    VpcId: !Ref Vpc
    RouteTableIds:
      - !Ref PrivateRouteTableA
      - !Ref PrivateRouteTableB
\`\`\`
`,
  check({ model, report }) {
    const tablesOfVpc = /* @__PURE__ */ new Map();
    for (const endpoint of model.endpoints) {
      if (!isGatewayEndpoint(endpoint)) continue;
      const functions = model.functionsNear(endpoint);
      if (functions.length === 0) continue;
      const tables = endpoint.routeTables;
      if (tables.state === "unknown" || tables.state === "set" && tables.items.some((l) => l.kind !== "resource")) {
        report({ subject: endpoint, level: "note", message: `cannot verify the route tables of ${label(endpoint)}: they are not all known before deployment` });
        continue;
      }
      const vpc = model.vpcOfEndpoint(endpoint);
      if (!vpc) continue;
      const { used, mains, unknown } = getOrMake(tablesOfVpc, vpc, () => functionTables(model, functions));
      const listed = new Set(linkTargets(linkedItems(tables)));
      const missing = used.size - [...listed].filter((t) => used.has(t)).length;
      if (missing === 0) {
        if (unknown.size > 0)
          report({
            subject: endpoint,
            level: "note",
            message: `cannot verify that ${label(endpoint)} is in the route tables of the Lambda functions of its VPC: ${listOf(unknown, 5, "; ")}`
          });
        continue;
      }
      const shown = [];
      for (const [table, subnets] of used) {
        if (shown.length === 5) break;
        if (!listed.has(table)) shown.push(`${tableText(table)} (${nounWithLabels("subnet", subnets)})`);
      }
      const list = `${shown.join(", ")}${missing > shown.length ? ` and ${missing - shown.length} more` : ""}`;
      const fix = mains.some((t) => !listed.has(t)) ? "give those subnets a route table of their own (AWS::EC2::SubnetRouteTableAssociation; a VPC's main route table cannot be named in a template) and add it to RouteTableIds" : `add the table${missing > 1 ? "s" : ""} to RouteTableIds`;
      report({
        subject: endpoint,
        loc: writtenAt(tables),
        message: `${label(endpoint)} is not in ${list} of the Lambda functions of its VPC: their calls to ${endpoint.service.kind === "aws" ? endpoint.service.name : "the service"} do not take the endpoint; ${fix}`,
        ...tablesFix(endpoint, used, listed, missing)
      });
    }
  }
});
function functionTables(model, functions) {
  const used = /* @__PURE__ */ new Map();
  const unknown = /* @__PURE__ */ new Set();
  for (const fn of functions) {
    if (fn.vpcConfig.state === "set" && fn.vpcConfig.subnets.state === "unknown") unknown.add(`the subnets of ${label(fn)}: ${fn.vpcConfig.subnets.reason}`);
    for (const link of model.subnetLinksOf(fn)) {
      if (link.kind !== "resource") {
        unknown.add(`a subnet of ${label(fn)}: ${whyUnlinked(link)}`);
        continue;
      }
      for (const table of model.routeTablesOf(link.target)) used.set(table, (used.get(table) ?? /* @__PURE__ */ new Set()).add(link.target));
    }
  }
  return { used, mains: [...used.keys()].filter((t) => t.main), unknown };
}
var MAX_ADDED_TABLES = 20;
function tablesFix(endpoint, used, listed, missing) {
  if (missing > MAX_ADDED_TABLES) return {};
  const unlisted = [];
  for (const table of used.keys()) {
    if (listed.has(table)) continue;
    if (table.main) return {};
    unlisted.push(table);
    if (unlisted.length === missing) break;
  }
  const ids = unlisted.map((t) => t.id);
  return {
    fix: {
      description: `add ${ids.join(", ")} to RouteTableIds of ${endpoint.id}`,
      changes: [{ kind: "append", resource: endpoint.id, property: "RouteTableIds", items: ids.map((id) => ({ Ref: id })) }]
    }
  };
}

// rules/lambda-multi-az.ts
var lambda_multi_az_default = defineRule({
  id: "lambda-multi-az",
  level: "warning",
  title: "A Lambda function's VPC subnets span at least two Availability Zones",
  help: `Lambda runs a VPC function in the subnets you give it. With all of them in one Availability Zone, an outage of
that zone stops the function, although Lambda itself is a multi-zone service. Give it subnets in two or more zones.

Fix:

\`\`\`yaml
Function:
  Type: AWS::Lambda::Function
  Properties:
    VpcConfig:
      SecurityGroupIds: [!Ref FunctionSecurityGroup]
      SubnetIds:
        - !Ref PrivateSubnetA   # AvailabilityZone: !Select [0, !GetAZs '']
        - !Ref PrivateSubnetB   # AvailabilityZone: !Select [1, !GetAZs '']
\`\`\`
`,
  check({ model, report }) {
    for (const fn of model.functions) {
      if (fn.vpcConfig.state !== "set") continue;
      const links = model.subnetLinksOf(fn);
      const subnets = linkTargets(links);
      const zones = subnets.map((s) => s.zone);
      const known = zones.filter((z) => z.kind !== "unknown");
      const distinct2 = new Set(known.map(zoneKey));
      const allKnown = subnets.length === links.length && known.length === zones.length && fn.vpcConfig.subnets.state === "set";
      const [firstKnown] = known;
      const sameKind = known.every((z) => firstKnown !== void 0 && comparable(z, firstKnown));
      if (distinct2.size >= 2 && sameKind) continue;
      if (!allKnown || !sameKind) {
        const why = !sameKind && allKnown ? "its zones are written in ways that cannot be compared before deployment" : "the zones of its subnets are not all known before deployment";
        report({ subject: fn, loc: model.unknownCauseOf(fn), level: "note", message: `cannot verify that ${label(fn)} spans two Availability Zones: ${why}` });
        continue;
      }
      const where = firstKnown ? zoneName(firstKnown) : "one zone";
      report({
        subject: fn,
        // Stryker disable next-line OptionalChaining: subnets were found, so there is a first link
        loc: links[0]?.loc,
        message: `${label(fn)} runs only in ${where} (${nounWithLabels("subnet", subnets)}): an outage of that zone stops it; add a subnet in a second Availability Zone`,
        related: subnets.map((s) => ({ message: `subnet ${label(s)} (${zoneName(s.zone)})`, loc: s.loc, logicalId: s.name }))
      });
    }
  }
});

// rules/lambda-sg-egress.ts
var ANYWHERE = /* @__PURE__ */ new Set(["0.0.0.0/0", "::/0"]);
var lambda_sg_egress_default = defineRule({
  id: "lambda-sg-egress",
  level: "warning",
  title: "A Lambda function's security group does not allow all traffic to anywhere",
  help: `A function that only calls AWS services through VPC endpoints needs one kind of egress: tcp 443 to the
endpoints' security groups (and to the S3/DynamoDB prefix lists for gateway endpoints). Egress to 0.0.0.0/0 on all
ports \u2014 which is also what a security group gets by default when it has no \`SecurityGroupEgress\` \u2014 lets compromised
code reach anything the network routes to. Any egress rule replaces the default one (CloudFormation revokes the
default rule when the first egress rule is added; CDK's \`allowAllOutbound: false\` relies on it). The VPC's default
security group (\`!GetAtt Vpc.DefaultSecurityGroup\`) is not a resource of the template: its allow-all egress stays
whatever is added to it, and a function using it gets the finding at its \`SecurityGroupIds\` entry.

Fix:

\`\`\`yaml
FunctionSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: Lambda function
    VpcId: !Ref Vpc
    SecurityGroupEgress:
      - IpProtocol: tcp
        FromPort: 443
        ToPort: 443
        DestinationSecurityGroupId: !GetAtt EndpointSecurityGroup.GroupId
\`\`\`
`,
  check({ model, report }) {
    for (const group of [...model.securityGroups, ...model.defaultSecurityGroups]) {
      const functions = model.functionsUsing(group);
      if (functions.length === 0) continue;
      if (group.vpcDefault) {
        for (const fn of functions) {
          const entry = fn.vpcConfig.state === "set" ? linkedItems(fn.vpcConfig.securityGroups).find((l) => l.kind === "resource" && l.target === group) : void 0;
          report({
            subject: fn,
            ...entry ? { loc: entry.loc } : {},
            message: `${label(fn)} uses the ${group.name}, whose egress allows all traffic to 0.0.0.0/0; give it a group of its own that allows only tcp 443 to the endpoints' security groups or prefix lists`
          });
        }
        continue;
      }
      const users = labels(functions);
      const advice = adviceFor(group, model);
      const egress = model.groupRules(group, "egress");
      if (egress.kind === "maybe-elsewhere") {
        report({ subject: group, level: "note", message: maybeElsewhereNote(group, "egress", egress.reasons) });
        continue;
      }
      if (egress.kind === "none") {
        if (!group.defaultEgress) continue;
        report({
          subject: group,
          message: `${label(group)} (security group of ${users}) has no SecurityGroupEgress, so it keeps the default rule allowing all traffic to 0.0.0.0/0; ${advice}`
        });
        continue;
      }
      for (const u of egress.unknown) report({ subject: group, loc: u.loc, level: "note", message: unknownRulesNote(group, "egress", u.reason) });
      for (const rule of egress.rules) {
        const verdict = openToAnywhere(rule);
        if (verdict === true) {
          report({
            subject: group,
            loc: rule.loc,
            message: `${label(group)} (security group of ${users}) allows ${describeRule(rule)}; ${advice}`
          });
        } else if (verdict === "unknown") {
          report({
            subject: group,
            loc: rule.loc,
            level: "note",
            message: `cannot verify an egress rule of ${label(group)}: its protocol, ports or destination are not known before deployment`
          });
        }
      }
    }
  }
});
function adviceFor(group, model) {
  const targets = /* @__PURE__ */ new Set();
  for (const { group: target, rule } of model.ingressFrom(group)) {
    for (const ports of portsTo(target, rule, model)) targets.add(`${ports} to ${label(target)}`);
  }
  for (const rule of model.rulesOf(group, "egress")) {
    if (rule.peer.kind !== "security-group" || rule.peer.group.kind !== "resource") continue;
    targets.add(`${portsOf(rule)} to ${label(rule.peer.group.target)}`);
  }
  const vpc = targetOf(group.vpc);
  for (const service of ["s3", "dynamodb"]) {
    if (vpc && model.endpointTypesOf(vpc, service).has("gateway")) targets.add(`tcp 443 to the prefix list of ${model.endpointServiceName(service)}`);
  }
  if (targets.size === 0)
    return "allow only tcp 443 to the endpoints' security groups or prefix lists, and the ports of the databases or caches the functions use";
  return `allow only what the functions use: ${listOf(targets, 6)}`;
}
function portsTo(target, rule, model) {
  const endpoints = model.endpointsUsing(target);
  const served = /* @__PURE__ */ new Set();
  let ownService = endpoints.length === 0;
  for (const endpoint of endpoints) {
    const ports = endpointPorts(endpoint.service);
    if (ports === "own") ownService = true;
    else for (const port of ports) served.add(port);
  }
  const aws = served.size > 0 ? [tcpPortsText([...served].sort((a, b) => a - b))] : [];
  return ownService ? [...aws, portsOf(rule)] : aws;
}
function portsOf(rule) {
  const { protocol: protocol2, fromPort, toPort } = rule;
  if (!protocol2.known) return "traffic";
  if (protocol2.value === "-1") return "all traffic";
  if (fromPort.known !== true || toPort.known !== true) return protocol2.value;
  return `${protocol2.value} ${fromPort.value === toPort.value ? fromPort.value : `${fromPort.value}-${toPort.value}`}`;
}
function openToAnywhere(rule) {
  const { peer, protocol: protocol2 } = rule;
  if (protocol2.known && protocol2.value !== "-1" && protocol2.value !== "tcp" && protocol2.value !== "udp") return false;
  const all = allPorts(rule);
  if (protocol2.known && protocol2.value !== "-1" && all === false) return false;
  if (peer.kind !== "cidr" && peer.kind !== "cidr-ipv6") return peer.kind === "unknown" ? "unknown" : false;
  if (!peer.range.known) return "unknown";
  if (!ANYWHERE.has(peer.range.value)) return false;
  if (!protocol2.known) return "unknown";
  if (protocol2.value === "-1") return true;
  return all;
}
function allPorts(rule) {
  const { fromPort, toPort } = rule;
  const from = fromPort.known === "absent" ? -1 : fromPort.known ? fromPort.value : void 0;
  const to = toPort.known === "absent" ? -1 : toPort.known ? toPort.value : void 0;
  const fromAll = from === void 0 ? "unknown" : from <= 1;
  const toAll = to === void 0 ? "unknown" : to === -1 || to >= 65535;
  if (fromAll === false || toAll === false) return false;
  return fromAll === "unknown" || toAll === "unknown" ? "unknown" : true;
}

// rules/target-sg-ingress.ts
var KIND_TEXT = { database: "database", "load-balancer": "internal load balancer", cache: "cache cluster" };
var target_sg_ingress_default = defineRule({
  id: "target-sg-ingress",
  options: {
    schema: {
      type: "object",
      properties: {
        allowedSources: {
          description: "CIDR ranges or prefix list IDs allowed as sources besides security groups (e.g. a VPN range for administrators).",
          type: "array",
          items: { type: "string" }
        }
      }
    },
    defaults: { allowedSources: [] }
  },
  level: "error",
  title: "A private target's security groups admit only its port, from security groups, once a Lambda function reaches it",
  help: `A function in a private subnet reaches a database, an internal load balancer or a cache through that target's
security groups. Once a function's group is a source there, the group should admit exactly what the target serves \u2014
the database's \`Port\` (or its engine's default: 3306 MySQL/Aurora MySQL, 5432 PostgreSQL, 1521 Oracle, 1433 SQL
Server; 6379 Redis/Valkey, 11211 Memcached), the load balancer's listener ports \u2014 and only from security groups. A
CIDR range (\`0.0.0.0/0\`, or the whole VPC) lets every workload in it, or the internet through a public subnet, try
the database's password; other ports expose what the target does not serve. A range inside the subnets of the
functions that use the target is accepted, as are the sources the \`allowedSources\` option names.

Scope: RDS instances and clusters (an Aurora instance through its cluster), internal load balancers
(\`Scheme: internal\`), ElastiCache clusters and replication groups; Terraform's \`aws_db_instance\` and \`aws_lb\`. A
target that no function's group reaches is left alone: its clients are not in the template.

Fix:

\`\`\`yaml
DatabaseSecurityGroup:
  Type: AWS::EC2::SecurityGroup
  Properties:
    GroupDescription: PostgreSQL from the function only
    VpcId: !Ref Vpc
    SecurityGroupIngress:
      - IpProtocol: tcp
        FromPort: 5432
        ToPort: 5432
        SourceSecurityGroupId: !GetAtt FunctionSecurityGroup.GroupId
\`\`\`
`,
  check(ctx) {
    const checked = /* @__PURE__ */ new Set();
    for (const target of ctx.model.targets) {
      for (const link of linkedItems(target.securityGroups)) {
        if (link.kind !== "resource" || link.target.vpcDefault || checked.has(link.target)) continue;
        const functions = reachingFunctions(link.target, ctx.model);
        if (functions.length === 0) continue;
        checked.add(link.target);
        checkGroup2(link.target, target, functions, ctx);
      }
    }
  }
});
function reachingFunctions(group, model) {
  const sources = model.rulesOf(group, "ingress").flatMap((r) => r.peer.kind === "security-group" && r.peer.group.kind === "resource" ? [r.peer.group.target] : []);
  return [...new Set(sources.flatMap((g) => model.functionsUsing(g)))];
}
function checkGroup2(group, target, functions, { model, report, options }) {
  const what = `${KIND_TEXT[target.kind]} ${label(target)}`;
  if (!target.ports.known) {
    report({ subject: group, level: "note", message: `cannot verify the ports ${label(group)} admits to ${what}: ${target.ports.reason}` });
  }
  const ports = target.ports.known ? target.ports.value : void 0;
  const subnets = subnetRanges(functions, model);
  const allowed = new Set(options.allowedSources);
  const portsText2 = ports ? `tcp ${ports.join(" or ")}` : "its port";
  for (const rule of model.rulesOf(group, "ingress")) {
    const found = { problems: [], unknowns: [] };
    if (ports) assessPorts(rule, ports, what, found);
    assessSource(rule.peer, subnets, allowed, found);
    const subject = rule.origin.kind === "standalone" ? rule.origin.resource : group;
    if (found.problems.length > 0) {
      report({
        subject,
        loc: rule.loc,
        message: `${label(group)} (security group of ${what}, which ${labels([...functions], 3)} reach${functions.length === 1 ? "es" : ""}) allows ${describeRule(rule)}: ${found.problems.join("; ")}; only ${portsText2} from security groups is allowed`
      });
    } else if (found.unknowns.length > 0) {
      report({ subject, loc: rule.loc, level: "note", message: `cannot verify an ingress rule of ${label(group)}: ${found.unknowns.join("; ")}` });
    }
  }
}
function subnetRanges(functions, model) {
  const known = [];
  let incomplete = false;
  for (const fn of functions) {
    if (fn.vpcConfig.state !== "set" || fn.vpcConfig.subnets.state !== "set") incomplete = true;
    for (const link of model.subnetLinksOf(fn)) {
      const range = link.kind === "resource" && link.target.cidrBlock.known ? parseCidr(link.target.cidrBlock.value) : void 0;
      if (range) known.push(range);
      else incomplete = true;
    }
  }
  return { known, incomplete, vpcs: vpcRanges(functions, model) };
}
function vpcRanges(functions, model) {
  const ranges = [];
  for (const fn of functions) {
    const vpcs = model.vpcsOfFunction(fn);
    if (vpcs.length === 0) return void 0;
    for (const block of vpcs.flatMap((v) => v.cidrBlocks)) {
      const range = block.known ? parseCidr(block.value) : void 0;
      if (!range) return void 0;
      ranges.push(range);
    }
  }
  return ranges;
}
function mayBeFunctionSubnet(range, subnets) {
  if (!subnets.incomplete || range.prefix < WIDEST_VPC_PREFIX[range.family]) return false;
  return subnets.vpcs === void 0 || subnets.vpcs.some((v) => cidrContains(v, range));
}
function assessSource(peer, subnets, allowed, { problems, unknowns }) {
  if (allowedByOption(peer, allowed)) return;
  if (peer.kind === "prefix-list") {
    problems.push(`the prefix list ${display(peer.prefixList)} is a source`);
    return;
  }
  if (peer.kind !== "cidr" && peer.kind !== "cidr-ipv6") return;
  if (!peer.range.known) {
    unknowns.push(`the source range: ${peer.range.reason}`);
    return;
  }
  const range = parseCidr(peer.range.value);
  if (range && subnets.known.some((s) => cidrContains(s, range))) return;
  if (range && mayBeFunctionSubnet(range, subnets)) {
    unknowns.push(`the source range ${range.text} may be a subnet of the functions, whose ranges are not all known here`);
    return;
  }
  problems.push(`the CIDR range ${peer.range.value} is a source`);
}

// rules/index.ts
var builtinRules = [
  vpc_dns_support_default,
  endpoint_policy_scoped_default,
  endpoint_sg_ingress_default,
  lambda_subnet_no_igw_default,
  endpoint_private_dns_default,
  lambda_service_endpoints_default,
  endpoint_az_coverage_default,
  gateway_endpoint_routes_default,
  lambda_multi_az_default,
  lambda_sg_egress_default,
  target_sg_ingress_default
];

// src/engine/config/config.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/engine/config/schema.ts
var LEVEL = { enum: ["off", "note", "warning", "error"] };
var SCHEMA_ID = "https://github.com/endpoint-guard/endpoint-guard/blob/main/schema/config.schema.json";
function configSchema(rules, openRules = false) {
  const ruleProperties = Object.fromEntries(
    rules.map((r) => {
      const optionProps = r.options?.schema.properties ?? {};
      return [
        r.id,
        {
          description: r.title,
          oneOf: [LEVEL, { type: "object", properties: { level: LEVEL, ...optionProps }, additionalProperties: false }]
        }
      ];
    })
  );
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "endpoint-guard configuration (.endpoint-guard.yml / .endpoint-guard.json)",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      rules: {
        description: "Per rule: off | note | warning | error, or { level, ...options }.",
        type: "object",
        properties: ruleProperties,
        additionalProperties: openRules ? { oneOf: [LEVEL, { type: "object", properties: { level: LEVEL } }] } : false
      },
      include: { description: "Globs (relative to this file) of templates a directory scan checks; default: all.", type: "array", items: { type: "string" } },
      exclude: { description: "Globs (relative to this file) of files a directory scan skips.", type: "array", items: { type: "string" } },
      customRules: { description: "Directories (relative to this file) of custom rules (.ts, .mts, .js, .mjs).", type: "array", items: { type: "string" } },
      maxWarnings: { description: "Fail (exit 1) when there are more warnings than this.", type: "integer", minimum: 0 },
      levelThreshold: { description: "The lowest level that fails the run (default: error).", enum: ["note", "warning", "error"] },
      reportUnusedSuppressions: { description: "Report suppressions that cover no finding (as notes).", type: "boolean" }
    }
  };
}

// src/engine/config/config.ts
var CONFIG_NAMES = [".endpoint-guard.yml", ".endpoint-guard.yaml", ".endpoint-guard.json"];
var DEFAULT_CONFIG = { file: void 0, dir: process.cwd(), rules: {} };
var MAX_CONFIG_BYTES = 1024 * 1024;
var FILE_SYSTEM = {
  exists: (file) => existsSync(file),
  read: (file) => {
    const read = readRegularFile(file, MAX_CONFIG_BYTES);
    if (read.ok) return read.bytes.toString("utf8");
    if (read.kind === "missing") return void 0;
    throw new Error(read.reason);
  }
};
function findConfigFile(dir, source = FILE_SYSTEM) {
  return configFinder(source)(dir);
}
function configFinder(source = FILE_SYSTEM) {
  const nearest = /* @__PURE__ */ new Map();
  const find = (dir) => {
    if (nearest.has(dir)) return nearest.get(dir);
    const here = CONFIG_NAMES.map((name) => join(dir, name)).find((file) => source.exists(file));
    const found = here ?? (dirname(dir) === dir ? void 0 : find(dirname(dir)));
    nearest.set(dir, found);
    return found;
  };
  return (dir) => find(resolve(dir));
}
async function readConfig(file, rules, openRules = false, source = FILE_SYSTEM) {
  let text2;
  try {
    text2 = source.read(file);
  } catch (e) {
    throw new InputError(file, `cannot read the configuration file: ${e.code ?? e.message}`);
  }
  if (text2 === void 0) throw new InputError(file, "cannot read the configuration file: ENOENT");
  const root = /\.json$/i.test(file) ? parseJson(file, text2) : text2.trim() === "" ? void 0 : parseYaml(file, text2).root;
  const data = await validateShape(file, root, configSchema(rules, openRules), "invalid configuration");
  return { ...data, rules: data.rules ?? {}, file, dir: dirname(resolve(file)) };
}
function activeRules(config, rules, cliLevels = {}) {
  return rules.flatMap((rule) => {
    const setting = config.rules[rule.id];
    const fromFile = typeof setting === "string" ? setting : setting?.level;
    const level = cliLevels[rule.id] ?? fromFile ?? rule.level;
    if (level === "off") return [];
    const options = typeof setting === "object" ? Object.fromEntries(Object.entries(setting).filter(([key]) => key !== "level")) : {};
    return [{ rule, level, options: { ...rule.options?.defaults ?? {}, ...options } }];
  });
}
async function loadConfig(file, builtins, refuseCustomRules, source = FILE_SYSTEM) {
  let cached;
  const once = {
    // Stryker disable next-line ArrowFunction: readConfig only reads
    exists: (f) => source.exists(f),
    read: (f) => {
      if (f !== file) return source.read(f);
      cached ??= { text: source.read(f) };
      return cached.text;
    }
  };
  const shape = await readConfig(file, builtins, true, once);
  if (refuseCustomRules && shape.customRules?.length) throw new InputError(file, `customRules: ${refuseCustomRules}`);
  const { loadCustomRules } = await import("./custom-rules-XZMUS3J3.mjs");
  const customRules = shape.customRules?.length ? await loadCustomRules(shape.customRules, shape.dir, new Set(builtins.map((r) => r.id))) : [];
  return { config: await readConfig(file, [...builtins, ...customRules], false, once), customRules };
}

// src/engine/load/discover.ts
import { lstatSync, readdirSync, statSync } from "node:fs";
import { join as join2, relative, resolve as resolvePath, sep } from "node:path";
var SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".terraform"]);
var TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template|tf)$/i;
function isTerraformSource(file) {
  return /\.(tf|tfvars|tfvars\.json)$/i.test(file);
}
async function discover(paths, asScan = false) {
  const candidates = [];
  const missing = [];
  const problems = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (file, explicit, stack) => {
    if (seen.has(file)) return;
    seen.add(file);
    candidates.push({ file, explicit, ...stack ? { stack } : {} });
  };
  const assemblies = [];
  const visitDir = (dir) => {
    if (isCloudAssembly(dir)) {
      assemblies.push(dir);
      add(dir, true);
    } else
      walk(
        dir,
        (f) => {
          add(f, false);
        },
        visitDir,
        (file, reason) => skipped.push({ file, reason }),
        (file, message) => problems.push({ file, message })
      );
  };
  const skip = (file, reason) => skipped.push({ file, reason });
  for (const path of paths) {
    const link = asScan ? lstatOrUndefined(path) : void 0;
    const stat = statOrUndefined(path);
    if (link?.isSymbolicLink()) skip(path, SYMLINK);
    else if (stat?.isDirectory()) visitDir(path);
    else if (stat?.isFile()) add(path, !asScan);
    else if (stat) problems.push({ file: path, message: SPECIAL });
    else {
      const { globSync, isDynamicPattern } = await import("./dist-KBQWVTCA.mjs");
      if (!isDynamicPattern(path)) {
        missing.push(path);
        continue;
      }
      const base = staticBase(path, isDynamicPattern);
      const matches = globSync(path, { ignore: ["**/node_modules/**", "**/.git/**"], dot: false, followSymbolicLinks: false }).filter((m) => !inSkippedDir(base, m)).sort();
      if (matches.length === 0) missing.push(path);
      for (const m of matches) {
        const kind = lstatOrUndefined(m);
        if (kind?.isSymbolicLink()) skip(m, SYMLINK);
        else if (kind?.isFile()) add(m, false);
        else skip(m, SPECIAL);
      }
    }
  }
  return { candidates: await withAssemblyTemplates(candidates, assemblies, problems), missing, problems, skipped };
}
async function withAssemblyTemplates(candidates, assemblies, problems) {
  if (assemblies.length === 0) return [...candidates];
  const listed = /* @__PURE__ */ new Map();
  for (const dir of assemblies) {
    const assembly = await assemblyTemplates(dir);
    listed.set(
      dir,
      assembly.templates.map((t) => ({ file: t, explicit: true, ...withStack(assembly.contexts.get(t)) }))
    );
    problems.push(...assembly.problems);
  }
  const seen = /* @__PURE__ */ new Set();
  return candidates.flatMap((c) => listed.get(c.file) ?? [c]).filter((c) => !seen.has(c.file) && seen.add(c.file));
}
function staticBase(pattern2, isDynamic) {
  const segments = pattern2.split(/[\\/]/);
  const firstDynamic = segments.findIndex((segment) => isDynamic(segment));
  return segments.slice(0, firstDynamic).join("/") || ".";
}
function inSkippedDir(base, match) {
  return relative(resolvePath(base), resolvePath(match)).split(sep).slice(0, -1).some((segment) => SKIPPED_DIRS.has(segment));
}
var SYMLINK = "a symbolic link: not followed in scans";
var SPECIAL = "not a regular file (a device, FIFO or socket): not read";
function walk(dir, visit, visitDir, skip, unreadable) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (e) {
    unreadable(dir, `cannot read this directory (${e.code ?? e.message}): its templates are not checked`);
    return;
  }
  const hasServerlessFile = entries.some((e) => e.isFile() && SERVERLESS_NAMES.test(e.name));
  for (const e of entries) {
    const full = join2(dir, e.name);
    if (e.isSymbolicLink()) skip(full, SYMLINK);
    else if (e.isDirectory()) {
      if (SKIPPED_DIRS.has(e.name)) skip(full, "a directory never scanned");
      else if (e.name === ".serverless" && hasServerlessFile) skip(full, "the framework's output of the serverless.yml beside it");
      else visitDir(full);
    } else if (e.isFile() && TEMPLATE_EXTENSIONS.test(e.name)) visit(full);
    else if (e.isFile()) skip(full, "not a template file name (.yaml, .yml, .json, .template, .tf)");
    else skip(full, SPECIAL);
  }
}
function statOrUndefined(path) {
  try {
    return statSync(path);
  } catch {
  }
  return void 0;
}
function lstatOrUndefined(path) {
  try {
    return lstatSync(path);
  } catch {
  }
  return void 0;
}
var withStack = (stack) => stack ? { stack } : {};

// src/engine/run/meta-rules.ts
var SUPPRESSION_REASON = defineRule({
  id: "suppression-reason",
  level: "error",
  title: "A suppression says why",
  help: `A suppression hides a finding from the exit code; the reason is what reviewers read instead of the finding.
endpoint-guard applies a suppression without a reason, but reports it until it has one.

Fix:

\`\`\`yaml
QldbEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Metadata:
    endpoint-guard:
      suppress:
        - rule: endpoint-policy-scoped
          reason: Shared endpoint; access is limited by the ledger's own resource policy (SEC-1234)
\`\`\`
`,
  check: () => void 0
});
var UNUSED_SUPPRESSION = defineRule({
  id: "unused-suppression",
  level: "note",
  title: "A suppression covers a finding (reported with --report-unused-suppressions)",
  help: `A suppression that covers no finding is left over from an earlier version of the template, or names a rule
that does not exist. Stale suppressions hide the next real finding of that rule on the resource.

Fix: remove it.

\`\`\`yaml
Metadata:
  endpoint-guard:
    suppress: []
\`\`\`
`,
  check: () => void 0
});
var metaRules = [SUPPRESSION_REASON, UNUSED_SUPPRESSION];

// src/engine/check.ts
import { dirname as dirname2, relative as relative2, resolve as resolvePath2 } from "node:path";

// src/engine/load/adapters/language-extensions.ts
var SECTIONS = ["Conditions", "Resources", "Outputs"];
function expandForEach(root, budget) {
  if (!SECTIONS.some((s) => entriesOf(child(root, s)).some((e) => e.key.startsWith("Fn::ForEach::")))) return { root, notes: [], uncertain: /* @__PURE__ */ new Map() };
  const notes = [];
  const uncertain = /* @__PURE__ */ new Map();
  const skip = (entry, why) => {
    notes.push({ message: `${entry.key} ${why}: its resources are not checked`, loc: entry.keyLoc });
    for (const id of references(entry.value)) uncertain.set(id, `${entry.key} may add to it`);
  };
  const parameters = child(root, "Parameters");
  const expand = (entries, depth) => entries.flatMap((entry) => {
    if (!entry.key.startsWith("Fn::ForEach::")) return [entry];
    const loop = entry.value.kind === "seq" ? entry.value.items : [];
    const [identifierNode, collectionNode, body] = loop;
    const identifier = text(identifierNode);
    const collection = collectionNode && collectionOf(collectionNode, parameters, child(root, "Mappings"));
    if (loop.length !== 3 || identifier === void 0 || body?.kind !== "map" || depth > 5) {
      skip(entry, "is not a loop this tool can expand");
      return [];
    }
    if (collection === void 0) {
      skip(entry, "loops over a collection not known before deployment");
      return [];
    }
    budget.charge(budget.sizeOf(body) * collection.length, entry.key, entry.keyLoc);
    return collection.flatMap(
      (item) => expand(
        body.entries.map((e) => ({ ...e, key: substituteText(e.key, identifier, item), value: substitute(e.value, identifier, item) })),
        depth + 1
      )
    );
  });
  const rootEntries = root.entries.map(
    (section) => SECTIONS.includes(section.key) && section.value.kind === "map" ? { ...section, value: { ...section.value, entries: expand(section.value.entries, 0) } } : section
  );
  return { root: { ...root, entries: rootEntries }, notes, uncertain };
}
function references(node) {
  if (node.kind === "seq") return node.items.flatMap(references);
  if (node.kind !== "map") return [];
  return node.entries.flatMap((e) => {
    if (e.key === "Ref") return [text(e.value) ?? ""];
    if (e.key === "Fn::GetAtt") return [(e.value.kind === "seq" ? text(e.value.items[0]) : text(e.value)?.split(".")[0]) ?? ""];
    return references(e.value);
  });
}
function entriesOf(node) {
  return node?.kind === "map" ? node.entries : [];
}
function collectionOf(node, parameters, mappings) {
  if (node.kind === "seq") {
    const values2 = node.items.map(text);
    return values2.every((v) => v !== void 0) ? values2 : void 0;
  }
  const lookup = child(node, "Fn::FindInMap");
  if (lookup?.kind === "seq" && lookup.items.length === 3) {
    const [map, top, second] = lookup.items.map(text);
    const found = map !== void 0 && top !== void 0 && second !== void 0 ? child(child(child(mappings, map), top), second) : void 0;
    return found ? collectionOf(found, parameters, void 0) : void 0;
  }
  const ref = refName(node);
  const fallback = ref === void 0 ? void 0 : text(child(child(parameters, ref), "Default"));
  return fallback?.split(",").map((v) => v.trim());
}
function substituteText(value, identifier, item) {
  return value.split(`\${${identifier}}`).join(item).split(`&{${identifier}}`).join(item.replace(/[^A-Za-z0-9]/g, ""));
}
function substitute(node, identifier, item) {
  switch (node.kind) {
    case "scalar":
      return typeof node.value === "string" ? { ...node, value: substituteText(node.value, identifier, item) } : node;
    case "seq":
      return { ...node, items: node.items.map((i) => substitute(i, identifier, item)) };
    case "map":
      if (refName(node) === identifier) return { kind: "scalar", value: item, loc: node.loc };
      return {
        ...node,
        entries: node.entries.map((e) => ({ ...e, key: substituteText(e.key, identifier, item), value: substitute(e.value, identifier, item) }))
      };
  }
}

// src/engine/load/adapters/index.ts
async function toCloudFormation(doc, options = {}) {
  switch (doc.kind) {
    case "cloudformation": {
      const expanded = expandForEach(doc.root, new ExpansionBudget(doc.file));
      return { root: expanded.root, pseudo: {}, notes: expanded.notes, includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
    }
    case "sam": {
      const expanded = expandForEach(doc.root, new ExpansionBudget(doc.file));
      const { samToCloudFormation } = await import("./to-cloudformation-TCSLDAUV.mjs");
      const sam = samToCloudFormation(expanded.root);
      return { root: sam.root, pseudo: {}, notes: [...expanded.notes, ...sam.notes], includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
    }
    case "terraform-plan": {
      const { terraformPlanToCloudFormation } = await import("./to-cloudformation-NTNSHDBA.mjs");
      const t = terraformPlanToCloudFormation(doc.root, doc.file);
      return terraformView(t);
    }
    case "terraform-source": {
      if (!doc.terraform) return { root: doc.root, pseudo: {}, notes: [], includes: [], commentSuppressions: [] };
      const { terraformModuleToCloudFormation } = await import("./source-view-MPVSFP2V.mjs");
      const t = terraformModuleToCloudFormation(doc.terraform);
      return terraformView(t);
    }
    case "serverless": {
      const { serverlessToCloudFormation } = await import("./to-cloudformation-6DP3T7HQ.mjs");
      const s = serverlessToCloudFormation(doc.root, {
        file: doc.file,
        options,
        ...options.env ? { env: options.env } : {},
        ...options.root ? { root: options.root } : {}
      });
      return { root: s.root, pseudo: { "AWS::Region": s.region }, notes: s.notes, includes: s.includes, commentSuppressions: s.commentSuppressions };
    }
  }
}
function terraformView(t) {
  const { region, ...view } = t;
  return { ...view, pseudo: region ? { "AWS::Region": region } : {} };
}

// src/engine/model/coerce.ts
function whyUnknown(v) {
  return v.kind === "unknown" ? v.reason : `${display(v)} is not known before deployment`;
}
function booleanSetting(p, awsDefault) {
  if (p === void 0) return { state: "default", value: awsDefault };
  const { value: v, keyLoc: loc } = p;
  if (v.kind === "boolean") return { state: "set", value: v.value, loc };
  const written = knownString(v);
  const s = written?.toLowerCase();
  if (s === "true" || s === "false") return { state: "set", value: s === "true", loc };
  return { state: "unknown", reason: written === void 0 ? whyUnknown(v) : `'${written}' is not true or false`, loc };
}
function stringSetting(p, awsDefault) {
  if (p === void 0) return { state: "default", value: awsDefault };
  const s = knownString(p.value);
  return s === void 0 ? { state: "unknown", reason: whyUnknown(p.value), loc: p.keyLoc } : { state: "set", value: s, loc: p.keyLoc };
}
function knownText(v, absent) {
  if (v === void 0) return { known: false, reason: absent };
  const s = knownString(v);
  return s === void 0 ? { known: false, reason: whyUnknown(v) } : { known: true, value: s };
}
function knownNumber(v) {
  const s = knownString(v);
  if (s === void 0) return { known: false, reason: whyUnknown(v) };
  const n = s.trim() === "" ? NaN : Number(s);
  return Number.isFinite(n) ? { known: true, value: n } : { known: false, reason: `'${s}' is not a number` };
}
var PROTOCOL_NAMES = { "6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6", all: "-1" };
function protocol(v, loc) {
  if (v === void 0) return { known: false, reason: `no IpProtocol at line ${loc.line}` };
  const s = knownString(v)?.trim().toLowerCase();
  if (s === void 0) return { known: false, reason: whyUnknown(v) };
  return { known: true, value: PROTOCOL_NAMES[s] ?? s };
}

// src/engine/model/policy.ts
function policySetting(p) {
  if (p === void 0) return { state: "absent" };
  const v = p.value;
  if (v.kind !== "string" && v.kind !== "text") {
    if (v.kind !== "map") return { state: "unknown", reason: whyUnknown(v), loc: p.keyLoc };
    return { state: "set", document: policyDocument2(v), loc: p.keyLoc };
  }
  const lines = v.loc.lines && v.loc.line === p.keyLoc.line && v.loc.file === p.keyLoc.file ? v.loc.lines : void 0;
  const doc = parseJsonText({ ...v, loc: lines ? { ...p.keyLoc, lines } : p.keyLoc });
  if (doc.kind !== "map") return { state: "unknown", reason: doc.kind === "unknown" ? doc.reason : "the policy string is not a JSON object", loc: p.keyLoc };
  return { state: "set", document: policyDocument2(doc), loc: p.keyLoc };
}
function policyDocument2(doc) {
  const statement = field(doc, "Statement")?.value;
  const items = statement?.kind === "list" ? statement.items : statement ? [statement] : [];
  const statements = items.flatMap((s, i) => s.kind === "map" ? [policyStatement(s, i + 1)] : []);
  const unreadable = items.filter((s) => s.kind !== "map").map((s) => s.kind === "unknown" ? s.reason : `${display(s)} is not a statement (a map)`);
  return { statements, unreadable };
}
function policyStatement(s, position) {
  const get = (key) => {
    const e = field(s, key);
    return e ? { present: true, keyLoc: e.keyLoc, value: e.value } : { present: false };
  };
  const effect = field(s, "Effect")?.value;
  const effectName = effect && knownString(effect);
  const sid = knownString(field(s, "Sid")?.value);
  return {
    loc: s.loc,
    name: sid ? `statement "${sid}"` : `statement ${position}`,
    effect: effectName !== void 0 ? { known: true, value: effectName } : { known: false, reason: effect ? whyUnknown(effect) : "no Effect" },
    principal: get("Principal"),
    notPrincipal: get("NotPrincipal"),
    action: get("Action"),
    notAction: get("NotAction"),
    resource: get("Resource"),
    notResource: get("NotResource"),
    condition: get("Condition")
  };
}
var MARK = "\uE000";
var RESERVED_MARK = { kind: "unknown", reason: "the text holds a character reserved for endpoint-guard" };
function parseJsonText(v) {
  const symbols = [];
  const source = v.kind === "string" ? v.value : v.parts.map((p) => p.kind === "text" ? p.text : `${MARK}${symbols.push(p) - 1}${MARK}`).join("");
  const errors = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lines = v.loc.lines;
  const { lines: _, ...at } = v.loc;
  const locate = lines ? lineLocator(source) : void 0;
  const locOf = (offset) => {
    if (!locate || !lines) return at;
    const p = locate(offset);
    return { ...at, line: lines.first + p.line - 1, column: lines.indent + p.column };
  };
  const error = errors[0];
  if (error || !tree) {
    const what = error ? `${printParseErrorCode(error.error)} at character ${error.offset + 1}` : "no content";
    return { kind: "unknown", reason: `the policy string is not valid JSON (${what})`, loc: locOf(error?.offset ?? 0) };
  }
  return fromJson(tree, symbols, locOf);
}
function fromJson(node, symbols, locOf) {
  const loc = locOf(node.offset);
  switch (node.type) {
    case "null":
      return { kind: "null", loc };
    case "array":
      return { kind: "list", items: (node.children ?? []).map((c) => fromJson(c, symbols, locOf)), loc };
    case "object": {
      const byKey = /* @__PURE__ */ new Map();
      for (const [k, value] of (node.children ?? []).map((p) => p.children ?? [])) {
        if (!k || !value) continue;
        const key = String(k.value);
        byKey.delete(key);
        byKey.set(key, { key, keyLoc: locOf(k.offset), value: fromJson(value, symbols, locOf) });
      }
      return { kind: "map", entries: [...byKey.values()], loc };
    }
    case "number":
      return { kind: "number", value: node.value, loc };
    case "boolean":
      return { kind: "boolean", value: node.value, loc };
    default: {
      const text2 = String(node.value);
      if (!text2.includes(MARK)) return { kind: "string", value: text2, loc };
      const parts = text2.split(MARK).map((piece, i) => i % 2 === 1 ? symbols[Number(piece)] ?? RESERVED_MARK : { kind: "text", text: piece });
      return fromParts(parts, loc);
    }
  }
}

// src/engine/model/build-compute.ts
var COMPUTE_HANDLERS = {
  // SAM functions as written; SAM Globals and the role SAM generates come with the SAM input adapter.
  "AWS::Serverless::Function": (b, r) => {
    addFunction(b, r);
  },
  "AWS::Lambda::Function": (b, r) => {
    addFunction(b, r);
  },
  "AWS::Lambda::EventInvokeConfig": (b, r) => {
    const fn = b.link(r.prop("FunctionName"), b.kinds.functionRef, r.element.loc);
    if (fn.kind === "resource") b.deliveryTargetsOf(fn.target.id, destinationTargets(r.prop("DestinationConfig")));
  },
  "AWS::IAM::Role": (b, r) => {
    const e = r.element;
    const managed = r.prop("ManagedPolicyArns");
    const arns = managed === void 0 ? [] : managed.kind === "list" ? managed.items : [managed];
    const role = b.shellOf(b.roles, e.id);
    const self = { kind: "resource", target: role, loc: e.loc };
    const ours = (v) => v.kind === "ref" && b.typeOf(v.target) === "AWS::IAM::ManagedPolicy";
    Object.assign(role, { managedPolicyArns: arns.filter((a) => !ours(a)) });
    for (const a of arns.filter(ours)) b.customerPolicyUsers.push({ policy: a.target, role: self });
    for (const d of inlinePolicies(r.entry("Policies"))) b.addRolePolicy(self, d);
  },
  "AWS::IAM::RolePolicy": (b, r) => {
    const doc = policySetting(r.entry("PolicyDocument"));
    if (doc.state !== "absent") b.addRolePolicy(b.link(r.prop("RoleName"), b.kinds.roleByName, r.element.loc), doc);
  },
  "AWS::IAM::Policy": (b, r) => {
    addCustomerPolicy(b, r);
  },
  "AWS::IAM::ManagedPolicy": (b, r) => {
    addCustomerPolicy(b, r);
  },
  "AWS::Lambda::EventSourceMapping": (b, r) => {
    const e = r.element;
    b.eventSources.push({
      ...e,
      function: b.link(r.prop("FunctionName"), b.kinds.functionRef, e.loc),
      service: eventSourceService(r.prop("EventSourceArn"), b.typeOf)
    });
  }
};
function addFunction(b, r) {
  const e = r.element;
  const deadLetter = field(r.prop("DeadLetterConfig") ?? r.prop("DeadLetterQueue"), "TargetArn")?.value;
  b.functions.push(
    Object.assign(b.shellOf(b.functionShells, e.id), {
      vpcConfig: vpcConfig(
        r.prop("VpcConfig"),
        (v, at) => b.list(v, b.kinds.subnet, at),
        (v, at) => b.list(v, b.kinds.group, at)
      ),
      role: b.link(r.prop("Role"), b.kinds.role, e.loc),
      deliveryTargets: b.deliveryTargetsOf(e.id, [
        ...refTargets(deadLetter),
        ...destinationTargets(field(r.prop("EventInvokeConfig"), "DestinationConfig")?.value)
      ])
    })
  );
}
function addCustomerPolicy(b, r) {
  const doc = policySetting(r.entry("PolicyDocument"));
  if (doc.state === "absent") return;
  b.customerPolicies.set(r.element.id, doc);
  const attached = r.prop("Roles");
  if (attached?.kind === "list") for (const role of attached.items) b.addRolePolicy(b.link(role, b.kinds.roleByName, r.element.loc), doc);
}
function inlinePolicies(entry) {
  if (entry === void 0) return [];
  const items = entry.value.kind === "list" ? entry.value.items : [entry.value];
  return items.flatMap((item) => {
    if (item.kind !== "map") return [{ state: "unknown", reason: whyUnknown(item), loc: item.loc }];
    const doc = policySetting(field(item, "PolicyDocument"));
    return doc.state === "absent" ? [] : [doc];
  });
}
function refTargets(v) {
  return v?.kind === "ref" ? [v.target] : [];
}
function destinationTargets(config) {
  return ["OnSuccess", "OnFailure"].flatMap((key) => refTargets(field(field(config, key)?.value, "Destination")?.value));
}
function eventSourceService(v, typeOf) {
  if (v === void 0) return { known: false, reason: "no EventSourceArn (a self-managed source)" };
  const byType = {
    "AWS::SQS::Queue": "sqs",
    "AWS::Kinesis::Stream": "kinesis",
    "AWS::DynamoDB::Table": "dynamodb",
    "AWS::DynamoDB::GlobalTable": "dynamodb",
    "AWS::MSK::Cluster": "kafka",
    "AWS::MSK::ServerlessCluster": "kafka"
  };
  if (v.kind === "ref") {
    const service2 = byType[typeOf(v.target) ?? ""];
    return service2 ? { known: true, value: service2 } : { known: false, reason: `${v.target} is not a queue or stream` };
  }
  const arn = pattern(v);
  const service = arn ? /^arn:[^:]+:([^:]+):/.exec(arn)?.[1] : void 0;
  if (service && isKnownShape(service)) return { known: true, value: service };
  const written = knownString(v);
  return { known: false, reason: written === void 0 ? whyUnknown(v) : `${written} is not an ARN` };
}
function vpcConfig(v, subnetList, groupList) {
  if (v === void 0) return { state: "absent" };
  if (v.kind !== "map") return { state: "unknown", reason: whyUnknown(v), loc: v.loc };
  const subnets = field(v, "SubnetIds");
  const groups = field(v, "SecurityGroupIds");
  if (subnets === void 0 || subnets.value.kind === "list" && subnets.value.items.length === 0) return { state: "absent" };
  return {
    state: "set",
    loc: v.loc,
    subnets: subnetList(subnets.value, subnets.keyLoc),
    securityGroups: groupList(groups?.value, groups?.keyLoc ?? v.loc)
  };
}

// src/engine/model/build-network.ts
var NETWORK_HANDLERS = {
  "AWS::EC2::VPC": (b, r) => {
    const vpc = b.shellOf(b.vpcs, r.element.id);
    Object.assign(vpc, {
      dnsSupport: booleanSetting(r.entry("EnableDnsSupport"), true),
      dnsHostnames: booleanSetting(r.entry("EnableDnsHostnames"), false),
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a shell has none until it is handled
      cidrBlocks: [...vpc.cidrBlocks ?? [], knownText(r.prop("CidrBlock"), "the VPC has no CidrBlock (an IPAM pool allocates it)")]
    });
  },
  "AWS::EC2::VPCCidrBlock": (b, r) => {
    const vpc = b.link(r.prop("VpcId"), b.kinds.vpc, r.element.loc);
    const cidr = r.prop("CidrBlock");
    if (vpc.kind === "resource" && cidr !== void 0) {
      const target = b.shellOf(b.vpcs, vpc.target.id);
      target.cidrBlocks = [...target.cidrBlocks ?? [], knownText(cidr, "no CidrBlock")];
    }
  },
  "AWS::EC2::Subnet": (b, r) => {
    Object.assign(b.shellOf(b.subnets, r.element.id), {
      vpc: b.link(r.prop("VpcId"), b.kinds.vpc, r.element.loc),
      zone: zoneOf(r),
      cidrBlock: knownText(r.prop("CidrBlock"), "no CidrBlock (an IPAM pool allocates it)")
    });
  },
  "AWS::EC2::RouteTable": (b, r) => {
    Object.assign(b.shellOf(b.routeTables, r.element.id), { vpc: b.link(r.prop("VpcId"), b.kinds.vpc, r.element.loc), main: false });
  },
  "AWS::EC2::SubnetRouteTableAssociation": (b, r) => {
    const e = r.element;
    b.associations.push({
      ...e,
      subnet: b.link(r.prop("SubnetId"), b.kinds.subnet, e.loc),
      routeTable: b.link(r.prop("RouteTableId"), b.kinds.routeTable, e.loc)
    });
  },
  "AWS::EC2::Route": (b, r) => {
    const e = r.element;
    const dest = r.prop("DestinationCidrBlock") ?? r.prop("DestinationIpv6CidrBlock") ?? r.prop("DestinationPrefixListId");
    b.routes.push({
      ...e,
      routeTable: b.link(r.prop("RouteTableId"), b.kinds.routeTable, e.loc),
      destination: knownText(dest, "no destination"),
      target: routeTarget(r, (v) => b.link(v, b.kinds.igw, e.loc))
    });
  },
  "AWS::EC2::VPCEndpoint": (b, r) => {
    const e = r.element;
    b.endpoints.push({
      ...e,
      vpc: b.link(r.prop("VpcId"), b.kinds.vpc, e.loc),
      endpointType: stringSetting(r.entry("VpcEndpointType"), "Gateway"),
      serviceName: r.prop("ServiceName") ?? r.prop("ServiceNetworkArn") ?? r.prop("ResourceConfigurationArn"),
      service: endpointService(r.prop("ServiceName")),
      privateDns: booleanSetting(r.entry("PrivateDnsEnabled"), false),
      securityGroups: b.list(r.prop("SecurityGroupIds"), b.kinds.group, r.propEntryLoc("SecurityGroupIds") ?? e.loc),
      subnets: b.list(r.prop("SubnetIds"), b.kinds.subnet, r.propEntryLoc("SubnetIds") ?? e.loc),
      routeTables: b.list(r.prop("RouteTableIds"), b.kinds.routeTable, r.propEntryLoc("RouteTableIds") ?? e.loc),
      policy: policySetting(r.entry("PolicyDocument"))
    });
  },
  "AWS::Route53::HostedZone": (b, r) => {
    const name = r.prop("Name");
    const vpcs = r.prop("VPCs");
    const shape = name && knownShape(name);
    const zoneName2 = shape ? { known: true, value: shape } : { known: false, reason: name ? whyUnknown(name) : "no Name" };
    b.hostedZones.push({
      ...r.element,
      zoneName: zoneName2,
      vpcs: vpcs?.kind === "list" ? vpcs.items.map((v) => b.link(field(v, "VPCId")?.value, b.kinds.vpc, r.element.loc)) : []
    });
  }
};
function zoneOf(r) {
  const zoneId = r.prop("AvailabilityZoneId");
  const v = r.prop("AvailabilityZone");
  if (v === void 0 && zoneId !== void 0) {
    const id = knownString(zoneId);
    return id !== void 0 ? { kind: "zone-id", zoneId: id } : { kind: "unknown", reason: whyUnknown(zoneId) };
  }
  if (v === void 0) return { kind: "unknown", reason: "no AvailabilityZone: AWS picks one" };
  const name = knownString(v);
  if (name !== void 0) return { kind: "name", name };
  const onlyPart = v.kind === "text" ? soleItem(v.parts) : void 0;
  if (onlyPart?.kind === "zone") return { kind: "indexed", region: onlyPart.region, index: onlyPart.index };
  const [first, second] = v.kind === "text" ? v.parts : [];
  if (v.kind === "text" && v.parts.length === 2 && first?.kind === "pseudo" && first.name === "AWS::Region" && second?.kind === "text" && /^[a-z]$/.test(second.text)) {
    return { kind: "name", name: `\${AWS::Region}${second.text}` };
  }
  return { kind: "unknown", reason: whyUnknown(v) };
}
function endpointService(v) {
  if (v === void 0) return { kind: "unknown", reason: "no ServiceName", awsShaped: false };
  const p = pattern(v);
  if (p === void 0) return { kind: "unknown", reason: whyUnknown(v), awsShaped: false };
  if (p === "com.amazonaws.iam") return { kind: "aws", name: "iam" };
  const [, awsService] = /^com\.amazonaws\.(?!vpce\.)[^.]+\.(.+)$/.exec(p) ?? [];
  if (awsService !== void 0 && isKnownShape(awsService)) return { kind: "aws", name: awsService };
  if (p.startsWith("com.amazonaws.vpce.")) return { kind: "other", shown: display(v) };
  if (awsService !== void 0 || !isKnownShape(p)) return { kind: "unknown", reason: whyUnknown(v), awsShaped: awsService !== void 0 };
  return { kind: "other", shown: p };
}
var ROUTE_TARGETS = [
  ["NatGatewayId", "nat-gateway"],
  ["EgressOnlyInternetGatewayId", "egress-only-internet-gateway"],
  ["TransitGatewayId", "transit-gateway"],
  ["VpcEndpointId", "vpc-endpoint"],
  ["InstanceId", "instance"],
  ["NetworkInterfaceId", "network-interface"],
  ["VpcPeeringConnectionId", "vpc-peering"],
  ["CarrierGatewayId", "carrier-gateway"],
  ["LocalGatewayId", "local-gateway"],
  ["CoreNetworkArn", "core-network"]
];
function routeTarget(r, igwLink) {
  const gateway = r.prop("GatewayId");
  if (gateway !== void 0) {
    const loc = r.propEntryLoc("GatewayId") ?? gateway.loc;
    const literal = knownString(gateway);
    const prefix = literal ?? (gateway.kind === "text" && gateway.parts[0]?.kind === "text" ? gateway.parts[0].text : void 0);
    if (literal === "local") return { kind: "local", loc };
    if (prefix?.startsWith("vgw-")) return { kind: "vpn-gateway", loc };
    if (prefix?.startsWith("igw-")) return { kind: "internet-gateway", gateway: { kind: "external", id: display(gateway), loc: gateway.loc }, loc };
    const linked = igwLink(gateway);
    if (linked.kind === "resource") return { kind: "internet-gateway", gateway: linked, loc };
    if (gateway.kind === "ref") return { kind: "vpn-gateway", loc };
    return { kind: "unknown", reason: whyUnknown(gateway), loc };
  }
  for (const [key, kind] of ROUTE_TARGETS) {
    if (r.prop(key) !== void 0) return { kind, loc: r.propEntryLoc(key) ?? r.element.loc };
  }
  return { kind: "unknown", reason: "no route target", loc: r.element.loc };
}

// src/engine/model/build-security-groups.ts
var STANDALONE_RULE_KEYS = [
  "IpProtocol",
  "FromPort",
  "ToPort",
  "CidrIp",
  "CidrIpv6",
  "SourcePrefixListId",
  "SourceSecurityGroupId",
  "SourceSecurityGroupName",
  "DestinationPrefixListId",
  "DestinationSecurityGroupId"
];
var SECURITY_GROUP_HANDLERS = {
  "AWS::EC2::SecurityGroup": (b, r) => {
    const e = r.element;
    const own = b.rules.get(e.id) ?? [];
    b.rules.set(e.id, own);
    const unknownRules = [];
    for (const [direction, key] of [
      ["ingress", "SecurityGroupIngress"],
      ["egress", "SecurityGroupEgress"]
    ]) {
      const v = r.prop(key);
      const items = v === void 0 ? [] : v.kind === "list" ? v.items : [v];
      for (const item of items) {
        if (item.kind === "map") own.push(sgRule(item, direction, { kind: "inline" }, (g) => b.link(g, b.kinds.group, item.loc)));
        else unknownRules.push({ direction, reason: whyUnknown(item), loc: item.loc });
      }
    }
    Object.assign(b.shellOf(b.groups, e.id), {
      vpc: b.link(r.prop("VpcId"), b.kinds.vpc, e.loc),
      unknownRules,
      defaultEgress: r.metadata(NO_DEFAULT_EGRESS) === void 0
    });
  },
  "AWS::EC2::SecurityGroupIngress": (b, r) => {
    standaloneRule(b, r, "ingress");
  },
  "AWS::EC2::SecurityGroupEgress": (b, r) => {
    standaloneRule(b, r, "egress");
  }
};
function standaloneRule(b, r, direction) {
  const e = r.element;
  const whole = {
    kind: "map",
    entries: STANDALONE_RULE_KEYS.flatMap((k) => {
      const p = r.entry(k);
      return p ? [{ key: k, keyLoc: p.keyLoc, value: p.value }] : [];
    }),
    loc: e.loc
  };
  const target = b.link(r.prop("GroupId") ?? r.prop("GroupName"), b.kinds.group, e.loc);
  const rule = sgRule(whole, direction, { kind: "standalone", resource: e }, (g) => b.link(g, b.kinds.group, e.loc));
  if (target.kind === "resource") b.addRule(target.target.id, rule);
  else if (target.kind === "unknown") b.unattachedRules.push({ direction, reason: `${e.id} (its group: ${target.reason})`, loc: e.loc });
}
function sgRule(item, direction, origin, groupLink) {
  const get = (k) => field(item, k)?.value;
  const port = (k) => {
    const v = get(k);
    return v === void 0 ? { known: "absent" } : knownNumber(v);
  };
  return {
    direction,
    protocol: protocol(get("IpProtocol"), item.loc),
    fromPort: port("FromPort"),
    toPort: port("ToPort"),
    peer: peerOf(get, direction, groupLink),
    loc: item.loc,
    origin
  };
}
function peerOf(get, direction, groupLink) {
  const prefix = direction === "ingress" ? "Source" : "Destination";
  const range = (v, kind) => {
    if (v.kind === "unknown" && v.mayBeAbsent) return { kind: "unknown", reason: v.reason };
    const value = knownString(v);
    return { kind, range: value !== void 0 ? { known: true, value } : { known: false, reason: whyUnknown(v) } };
  };
  const cidr = get("CidrIp");
  if (cidr) return range(cidr, "cidr");
  const cidr6 = get("CidrIpv6");
  if (cidr6) return range(cidr6, "cidr-ipv6");
  const prefixList = get(`${prefix}PrefixListId`);
  if (prefixList) return { kind: "prefix-list", prefixList };
  const group = get(`${prefix}SecurityGroupId`) ?? get(`${prefix}SecurityGroupName`);
  if (group) return { kind: "security-group", group: groupLink(group) };
  return { kind: "none" };
}

// src/engine/model/targets.ts
var ENGINE_PORTS = [
  [/^(mysql|mariadb|aurora|aurora-mysql)$/, 3306],
  [/^(postgres|aurora-postgresql)$/, 5432],
  [/^oracle/, 1521],
  [/^sqlserver/, 1433],
  [/^db2/, 5e4],
  [/^(redis|valkey)$/, 6379],
  [/^memcached$/, 11211]
];
var KINDS = {
  "AWS::RDS::DBInstance": { kind: "database", groups: "VPCSecurityGroups" },
  "AWS::RDS::DBCluster": { kind: "database", groups: "VpcSecurityGroupIds" },
  "AWS::ElasticLoadBalancingV2::LoadBalancer": { kind: "load-balancer", groups: "SecurityGroups" },
  "AWS::ElastiCache::CacheCluster": { kind: "cache", groups: "VpcSecurityGroupIds" },
  "AWS::ElastiCache::ReplicationGroup": { kind: "cache", groups: "SecurityGroupIds" }
};
function privateTargets(views, groupList) {
  const listeners = listenerPorts(views);
  const targets = [];
  for (const r of views) {
    const facts = Object.hasOwn(KINDS, r.element.type) ? KINDS[r.element.type] : void 0;
    if (!facts) continue;
    if (r.element.type === "AWS::RDS::DBInstance" && r.prop("DBClusterIdentifier") !== void 0) continue;
    const scheme = knownText(r.prop("Scheme"), "internet-facing");
    if (facts.kind === "load-balancer" && !(scheme.known && scheme.value === "internal")) continue;
    const ports = facts.kind === "load-balancer" ? listeners.get(r.element.id) ?? { known: false, reason: "it has no listener in the template" } : portOf(r);
    targets.push({ ...r.element, kind: facts.kind, securityGroups: groupList(r.prop(facts.groups), r.propEntryLoc(facts.groups) ?? r.element.loc), ports });
  }
  return targets;
}
function portOf(r) {
  const port = r.prop("Port");
  if (port !== void 0) {
    const n = knownNumber(port);
    return n.known ? { known: true, value: [n.value] } : n;
  }
  const engine = knownText(r.prop("Engine"), "no Engine given");
  if (!engine.known) return engine;
  const match = ENGINE_PORTS.find(([pattern2]) => pattern2.test(engine.value.toLowerCase()));
  return match ? { known: true, value: [match[1]] } : { known: false, reason: `the default port of engine ${engine.value} is not known to endpoint-guard` };
}
function listenerPorts(views) {
  const out = /* @__PURE__ */ new Map();
  for (const r of views) {
    if (r.element.type !== "AWS::ElasticLoadBalancingV2::Listener") continue;
    const lb = r.prop("LoadBalancerArn");
    if (lb?.kind !== "ref") continue;
    const port = r.prop("Port");
    const n = port ? knownNumber(port) : { known: false, reason: "a listener has no Port" };
    const before = out.get(lb.target) ?? { known: true, value: [] };
    if (!before.known) continue;
    out.set(lb.target, n.known ? { known: true, value: [...before.value, n.value] } : n);
  }
  return out;
}

// src/engine/model/model-builder.ts
var MODELLED_TYPES = /* @__PURE__ */ new Set([
  "AWS::EC2::VPC",
  "AWS::EC2::Subnet",
  "AWS::EC2::RouteTable",
  "AWS::EC2::SubnetRouteTableAssociation",
  "AWS::EC2::Route",
  "AWS::EC2::InternetGateway",
  "AWS::EC2::SecurityGroup",
  "AWS::EC2::VPCEndpoint",
  "AWS::Lambda::Function",
  "AWS::Serverless::Function",
  "AWS::IAM::Role",
  "AWS::Lambda::EventSourceMapping",
  "AWS::Route53::HostedZone"
]);
var ModelBuilder = class {
  constructor(views, resolver) {
    this.views = views;
    this.resolver = resolver;
    this.vpcs = this.shells("AWS::EC2::VPC");
    this.subnets = this.shells("AWS::EC2::Subnet");
    this.routeTables = this.shells("AWS::EC2::RouteTable");
    this.igws = this.shells("AWS::EC2::InternetGateway");
    this.groups = this.shells("AWS::EC2::SecurityGroup");
    for (const g of this.groups.values()) g.vpcDefault = false;
    this.roles = this.shells("AWS::IAM::Role");
    this.functionShells = new Map([...this.shells("AWS::Lambda::Function"), ...this.shells("AWS::Serverless::Function")]);
    for (const vpc of this.vpcs.values()) this.addVpcDefaults(vpc);
    this.kinds = {
      vpc: { what: "VPC", elements: this.vpcs, identity: [null, "VpcId"] },
      subnet: { what: "subnet", elements: this.subnets, identity: [null, "SubnetId"] },
      routeTable: { what: "route table", elements: this.routeTables, identity: [null, "RouteTableId"] },
      igw: { what: "internet gateway", elements: this.igws, identity: [null, "InternetGatewayId"] },
      group: {
        what: "security group",
        elements: this.groups,
        identity: [null, "GroupId"],
        byAttribute: /* @__PURE__ */ new Map([["DefaultSecurityGroup", this.defaultGroups]])
      },
      role: { what: "IAM role", elements: this.roles, identity: ["Arn"] },
      functionRef: { what: "Lambda function", elements: this.functionShells, identity: [null, "Arn"] },
      roleByName: { what: "IAM role", elements: this.roles, identity: [null] }
    };
  }
  views;
  resolver;
  vpcs;
  subnets;
  routeTables;
  /** Every VPC's main route table: subnets without an association use it. */
  mainTables = /* @__PURE__ */ new Map();
  igws;
  groups;
  defaultGroups = /* @__PURE__ */ new Map();
  roles;
  functionShells;
  kinds;
  /** Security group rules by group ID, inline and standalone alike. */
  rules = /* @__PURE__ */ new Map();
  associations = [];
  routes = [];
  endpoints = [];
  functions = [];
  eventSources = [];
  hostedZones = [];
  unattachedRules = [];
  /** Per function: what the Lambda service delivers to (its own DeadLetterConfig, and EventInvokeConfig resources). */
  deliveries = /* @__PURE__ */ new Map();
  rolePolicies = /* @__PURE__ */ new Map();
  customerPolicies = /* @__PURE__ */ new Map();
  // Stryker disable next-line ArrayDeclaration: a user naming no policy finds no document, and changes nothing
  customerPolicyUsers = [];
  typeOf = (id) => this.resolver.resourceTypes.get(id);
  link(v, kind, loc) {
    return v === void 0 ? { kind: "unknown", reason: `no ${kind.what} given`, loc } : linkTo(v, kind, this.typeOf);
  }
  list(v, kind, loc) {
    return linkList(v, kind, this.typeOf, loc);
  }
  addRolePolicy(role, doc) {
    if (role.kind === "resource") append(this.rolePolicies, role.target.id, doc);
  }
  addRule(groupId, rule) {
    append(this.rules, groupId, rule);
  }
  deliveryTargetsOf(fn, targets) {
    const set = this.deliveries.get(fn) ?? /* @__PURE__ */ new Set();
    this.deliveries.set(fn, set);
    for (const t of targets) set.add(t);
    return set;
  }
  finish() {
    for (const { policy, role } of this.customerPolicyUsers) {
      const doc = this.customerPolicies.get(policy);
      if (doc) this.addRolePolicy(role, doc);
    }
    for (const g of [...this.groups.values(), ...this.defaultGroups.values()]) g.rules = this.rules.get(g.id) ?? [];
    for (const [id, role] of this.roles) role.policies = this.rolePolicies.get(id) ?? [];
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
      region: this.resolver.region
    });
  }
  /** The shell made for a resource of the handled type: every such resource has one, made before any handler runs. */
  shellOf(shells, id) {
    const shell = shells.get(id);
    if (!shell) throw new Error(`internal: no model element for ${id}`);
    return shell;
  }
  shells(type) {
    const m = /* @__PURE__ */ new Map();
    for (const v of this.views) if (v.element.type === type) m.set(v.element.id, { ...v.element });
    return m;
  }
  /**
   * What every VPC has without being written: a main route table (CloudFormation cannot name it, AWS::EC2::VPC has
   * no attribute for it, so it keeps the local route only) and a default security group (all from itself in, all out).
   */
  addVpcDefaults(vpc) {
    const inVpc = { kind: "resource", target: vpc, loc: vpc.loc };
    this.mainTables.set(vpc.id, {
      id: `${vpc.id}#main-route-table`,
      name: `main route table of ${vpc.name}`,
      type: "AWS::EC2::RouteTable",
      loc: vpc.loc,
      tags: /* @__PURE__ */ new Map(),
      suppressions: [],
      owner: vpc,
      vpc: inVpc,
      main: true
    });
    const group = {
      id: `${vpc.id}#default-security-group`,
      name: `default security group of ${vpc.name}`,
      type: "AWS::EC2::SecurityGroup",
      loc: vpc.loc,
      tags: /* @__PURE__ */ new Map(),
      suppressions: [],
      owner: vpc,
      vpc: inVpc,
      vpcDefault: true,
      defaultEgress: true,
      // Stryker disable next-line ArrayDeclaration: finish() sets every group's rules
      rules: [],
      unknownRules: []
    };
    this.defaultGroups.set(vpc.id, group);
    const all = {
      protocol: { known: true, value: "-1" },
      fromPort: { known: "absent" },
      toPort: { known: "absent" },
      loc: group.loc,
      origin: { kind: "vpc-default" }
    };
    this.rules.set(group.id, [
      { ...all, direction: "ingress", peer: { kind: "security-group", group: { kind: "resource", target: group, loc: group.loc } } },
      { ...all, direction: "egress", peer: { kind: "cidr", range: { known: true, value: "0.0.0.0/0" } } }
    ]);
  }
};
function append(m, key, value) {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}

// src/engine/model/resource-view.ts
function resourceViews(root, resolver, constructPaths) {
  const resources = child(root, "Resources");
  if (resources?.kind !== "map") return [];
  const views = [];
  for (const entry of resources.entries) {
    const typeNode = child(entry.value, "Type");
    if (typeNode?.kind !== "scalar" || typeof typeNode.value !== "string") continue;
    const condition = child(entry.value, "Condition");
    if (condition?.kind === "scalar" && resolver.condition(String(condition.value)) === false) continue;
    const props = child(entry.value, "Properties");
    const metadata = child(entry.value, "Metadata");
    const pathNode = child(metadata, "aws:cdk:path");
    const path = pathNode?.kind === "scalar" && typeof pathNode.value === "string" ? pathNode.value : constructPaths.get(entry.key);
    const name = child(metadata, NAME_METADATA);
    const element = {
      id: entry.key,
      name: name?.kind === "scalar" && typeof name.value === "string" ? name.value : entry.key,
      type: typeNode.value,
      loc: entry.keyLoc,
      ...path !== void 0 ? { path } : {},
      tags: tagsOf(resolver.resolve(child(props, "Tags"))),
      suppressions: metadataSuppressions(child(child(metadata, "endpoint-guard"), "suppress"))
    };
    const keyLoc = (name2) => props?.kind === "map" ? props.entries.find((p) => p.key === name2)?.keyLoc : void 0;
    const prop = (name2) => resolver.resolve(child(props, name2));
    views.push({
      element,
      prop,
      propEntryLoc: keyLoc,
      metadata: (key) => child(metadata, key),
      entry: (name2) => {
        const value = prop(name2);
        return value === void 0 ? void 0 : { value, keyLoc: keyLoc(name2) ?? value.loc };
      }
    });
  }
  return views;
}
function tagsOf(v) {
  const tags = /* @__PURE__ */ new Map();
  if (v?.kind === "list") {
    for (const t of v.items) {
      const key = knownString(field(t, "Key")?.value);
      const value = field(t, "Value")?.value;
      if (key !== void 0 && value) tags.set(key, value);
    }
  } else if (v?.kind === "map") for (const e of v.entries) tags.set(e.key, e.value);
  return tags;
}
function metadataSuppressions(node) {
  if (!node) return [];
  const list = node.kind === "seq" ? node.items : [node];
  return list.flatMap((item) => {
    const rule = child(item, "rule");
    const reason = child(item, "reason");
    if (rule?.kind !== "scalar" || rule.value === null) return [];
    const why = reason?.kind === "scalar" && reason.value !== null && String(reason.value).trim() !== "" ? String(reason.value) : void 0;
    return [{ rule: String(rule.value), reason: why, loc: item.loc, via: "metadata" }];
  });
}

// src/engine/model/build.ts
var HANDLERS = new Map(Object.entries({ ...NETWORK_HANDLERS, ...SECURITY_GROUP_HANDLERS, ...COMPUTE_HANDLERS }));
function buildModel(root, resolver, constructPaths = /* @__PURE__ */ new Map()) {
  const builder = new ModelBuilder(resourceViews(root, resolver, constructPaths), resolver);
  for (const view of builder.views) HANDLERS.get(view.element.type)?.(builder, view);
  return builder.finish();
}

// src/engine/run/finding.ts
function compareFindings(a, b) {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

// src/engine/run/run-rules.ts
function runRules(model, rules, file, options = {}) {
  const run = new RuleRun(file, options);
  for (const active of rules) run.check(model, active);
  run.suppressionFindings(model, rules);
  return { findings: groupNotes(run.findings, run.subjectLabels), failures: run.failures };
}
var RuleRun = class {
  constructor(file, options) {
    this.file = file;
    this.options = options;
    this.comments = options.commentSuppressions ?? [];
  }
  file;
  options;
  findings = [];
  failures = [];
  /** How each note names its subject, so that notes alike but for their subject can be told and grouped. */
  subjectLabels = /* @__PURE__ */ new Map();
  used = /* @__PURE__ */ new Map();
  comments;
  check(model, { rule, level, options: ruleOptions }) {
    const before = this.findings.length;
    try {
      rule.check({
        model,
        options: ruleOptions,
        report: (reported) => {
          this.report(rule.id, level, reported);
        }
      });
    } catch (e) {
      this.findings.splice(before);
      this.failures.push(`rule ${rule.id} failed: ${e.message}`);
    }
  }
  report(ruleId, level, reported) {
    const r = reported.subject.owner ? { ...reported, subject: reported.subject.owner } : reported;
    const doubt = this.options.uncertain?.get(r.subject.id);
    const loc = r.loc ?? r.subject.loc;
    const suppression = this.suppressionFor(ruleId, r.subject, loc);
    if (suppression) this.used.set(suppression, r.subject);
    const finding = {
      ruleId,
      level: r.level === "note" || doubt !== void 0 ? "note" : level,
      message: doubt !== void 0 && r.level !== "note" ? `cannot verify (${doubt}): ${r.message}` : r.message,
      file: loc.file ?? this.file,
      line: loc.line,
      column: loc.column,
      logicalId: r.subject.name,
      ...r.subject.path ? { fullyQualifiedName: r.subject.path } : {},
      related: (r.related ?? []).map((x) => ({ ...x, file: x.loc.file ?? this.file })),
      ...suppression ? { suppressed: { justification: suppression.reason ?? "", via: suppression.via } } : {},
      ...r.fix && r.level !== "note" && doubt === void 0 && !suppression ? { fix: r.fix } : {}
    };
    this.findings.push(finding);
    if (finding.level === "note" && !suppression) this.subjectLabels.set(finding, { label: label(r.subject), loc: r.subject.loc });
  }
  suppressionFor(ruleId, subject, loc) {
    const own = subject.suppressions.find((s) => s.rule === ruleId);
    if (own) return own;
    const at = (line, where) => (s) => s.rule === ruleId && s.targetLine === line && (s.loc.file ?? this.file) === where;
    return this.comments.find(at(loc.line, loc.file ?? this.file)) ?? this.comments.find(at(subject.loc.line, subject.loc.file ?? this.file));
  }
  /** A suppression without a reason, and (on request) one that covers no finding, is a finding of its own. */
  suppressionFindings(model, rules) {
    const { file, used } = this;
    const elements = model.elements();
    const commentSubject = (s) => used.get(s) ?? elements.find((e) => e.loc.line === s.targetLine && (e.loc.file ?? file) === (s.loc.file ?? file));
    const all = [
      ...elements.flatMap((e) => e.suppressions.map((s) => ({ s, subject: e }))),
      ...this.comments.map((s) => ({ s, subject: commentSubject(s) }))
    ];
    const active = new Set(rules.map((r) => r.rule.id));
    for (const { s, subject } of all) {
      const meta = (ruleId, level, message) => ({
        ruleId,
        level,
        message,
        file: s.loc.file ?? file,
        line: s.loc.line,
        column: s.loc.column,
        logicalId: subject?.name ?? "",
        related: []
      });
      const on = subject ? ` on ${subject.name}` : "";
      if (s.reason === void 0) {
        const message = `the suppression of ${s.rule}${on} has no reason: say why (reason: "\u2026" or "# endpoint-guard-ignore ${s.rule} -- why")`;
        this.findings.push(meta(SUPPRESSION_REASON.id, SUPPRESSION_REASON.level, message));
      }
      if (this.options.reportUnusedSuppressions && !used.has(s)) {
        const why = active.has(s.rule) ? "it covers no finding" : "no active rule has that id";
        this.findings.push(meta(UNUSED_SUPPRESSION.id, UNUSED_SUPPRESSION.level, `unused suppression of ${s.rule}${on}: ${why}; remove it`));
      }
    }
  }
};
function piecesAround(message, name) {
  return message.split(new RegExp(`(?<![\\w.-])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`));
}
function groupNotes(findings, subjects) {
  const groups = /* @__PURE__ */ new Map();
  for (const [finding, subject] of subjects) {
    const pieces = piecesAround(finding.message, subject.label);
    if (pieces.length < 2) continue;
    const key = JSON.stringify([finding.ruleId, finding.file, finding.line, finding.column, pieces]);
    const group = groups.get(key);
    if (group) group.push({ finding, ...subject });
    else groups.set(key, [{ finding, ...subject }]);
  }
  const replaced = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    const [first, ...rest] = group;
    if (!first || rest.length === 0) continue;
    const everyone = `each of ${listOf(group.map((g) => g.label))}`;
    const [head, ...tail] = piecesAround(first.finding.message, first.label);
    replaced.set(first.finding, {
      ...first.finding,
      message: (head ?? "") + everyone + tail.join("each"),
      related: [
        ...first.finding.related,
        ...group.slice(0, 20).map((g) => ({ message: g.label, loc: g.loc, file: g.loc.file ?? g.finding.file, logicalId: g.finding.logicalId }))
      ]
    });
    for (const r of rest) replaced.set(r.finding, void 0);
  }
  if (replaced.size === 0) return [...findings];
  return findings.flatMap((f) => {
    if (!replaced.has(f)) return [f];
    const grouped = replaced.get(f);
    return grouped ? [grouped] : [];
  });
}

// src/engine/check.ts
async function check(paths, options = {}) {
  const builtins = options.rules ?? builtinRules;
  const { candidates, missing, problems, skipped } = await discover(paths, options.pathsAreFound);
  const configs = await configsFor(candidates, builtins, options);
  const rootConfig = configs.resolve(options.config ?? configs.find(process.cwd()));
  const knownRules = new Map([...builtins, ...metaRules].map((r) => [r.id, r]));
  const result = {
    findings: [],
    problems: [...options.live?.problems ?? [], ...problems, ...configs.problems],
    notices: [],
    checked: [],
    skipped: [...skipped],
    missing,
    rules: [],
    settings: { ...pick(rootConfig?.config) },
    models: []
  };
  const unknownRules = Object.keys(options.ruleLevels ?? {}).filter((id) => !knownRules.has(id) && !configs.customRuleIds.has(id));
  if (unknownRules.length > 0) {
    const problems2 = unknownRules.map((id) => ({ file: `--rule ${id}`, message: "no such rule (endpoint-guard rules lists them)" }));
    return { ...result, problems: [...result.problems, ...problems2], skipped: [], rules: [...knownRules.values()] };
  }
  const run = { result, options, builtins, knownRules, notTemplates: [] };
  const { terraform, plans } = await checkFiles(candidates, configs, run);
  await checkTerraform(terraform, plans, run);
  await checkDeployed(rootConfig, run);
  result.skipped.push(...run.notTemplates);
  if (result.checked.length === 0 && result.problems.length === 0 && missing.length === 0 && !options.allowNoTemplates)
    result.problems.push(nothingChecked(paths, result.skipped.length));
  const findings = distinct(
    result.findings,
    (f) => JSON.stringify([f.ruleId, f.level, f.file, f.line, f.column, f.logicalId, f.message, f.suppressed?.via ?? ""])
  );
  const notices = distinct(result.notices, (n) => JSON.stringify([n.file, n.line, n.column, n.message]));
  return { ...result, findings: findings.sort(compareFindings), notices, rules: [...knownRules.values()] };
}
async function checkFiles(candidates, configs, run) {
  const { result, options } = run;
  const terraform = [];
  const plans = [];
  const keepPlans = candidates.some((c) => isTerraformSource(c.file));
  for (const c of candidates) {
    const governing = configs.forFile(c.file, options.config);
    if (governing === "broken") {
      result.skipped.push({ file: c.file, reason: "its configuration file is invalid" });
      continue;
    }
    const config = governing?.config ?? DEFAULT_CONFIG;
    if (!c.explicit && !await selected(c, config)) {
      result.skipped.push({ file: c.file, reason: `excluded by ${config.file}` });
      continue;
    }
    for (const r of governing?.customRules ?? []) run.knownRules.set(r.id, r);
    const rules = activeRules(config, [...run.builtins, ...governing?.customRules ?? []], options.ruleLevels);
    const reportUnused = options.reportUnusedSuppressions ?? config.reportUnusedSuppressions ?? false;
    if (isTerraformSource(c.file)) {
      terraform.push({ ...c, rules, reportUnused });
      continue;
    }
    const read = readTemplate(c.file, !c.explicit);
    if (keepPlans && read.status === "template" && read.document.kind === "terraform-plan") plans.push({ file: c.file, read });
    await checkRead(result, { ...c, read, rules, reportUnused }, options, run.notTemplates);
  }
  return { terraform, plans };
}
async function checkTerraform(terraform, plans, run) {
  if (terraform.length === 0) return;
  const { readTerraformModules } = await import("./read-terraform-AXUFJO7O.mjs");
  for (const module of await readTerraformModules(terraform, plans, run.result.skipped, run.options.root)) {
    await checkRead(run.result, module, run.options, run.notTemplates);
  }
}
async function checkDeployed(rootConfig, run) {
  const { options } = run;
  if (!options.live?.stacks.length) return;
  const rules = activeRules(rootConfig?.config ?? DEFAULT_CONFIG, [...run.builtins, ...rootConfig?.customRules ?? []], options.ruleLevels);
  const { deployedDocument } = await import("./deployed-BFSQD4HX.mjs");
  for (const stack of options.live.stacks) {
    const { read, context } = deployedDocument(stack);
    const input = { file: stack.uri, explicit: true, stack: context, read, rules, reportUnused: options.reportUnusedSuppressions ?? false };
    await checkRead(run.result, input, options, run.notTemplates);
  }
}
async function checkRead(result, input, options, notTemplates) {
  const { file, explicit, read, rules, reportUnused, stack } = input;
  if (read.status === "error") {
    result.problems.push(problemOf(read.error));
  } else if (read.status === "not-a-template") {
    if (explicit && read.parseError) result.problems.push(problemOf(read.parseError));
    else if (explicit) result.problems.push({ file, message: `not a CloudFormation, SAM or Serverless template (${read.reason})` });
    else notTemplates.push({ file, reason: read.reason });
  } else {
    try {
      const { findings, notes, failures, model } = await checkDocument(read.document, rules, {
        ...options,
        reportUnusedSuppressions: reportUnused,
        ...stack ? { stack } : {}
      });
      if (options.keepModels) result.models.push({ file, model });
      for (const message of failures) result.problems.push({ file, message });
      result.checked.push(file);
      result.notices.push(...notes.map((n) => ({ file: n.loc.file ?? file, message: n.message, line: n.loc.line, column: n.loc.column })));
      result.findings.push(...findings);
    } catch (e) {
      if (e instanceof InputError) result.problems.push(problemOf(e));
      else result.problems.push({ file, message: `internal error while checking this file: ${e.message}` });
    }
  }
}
async function checkDocument(doc, rules, options = {}) {
  const view = await toCloudFormation(doc, options);
  const { stack } = options;
  const pseudo = {
    ...view.pseudo,
    ...stack?.region ? { "AWS::Region": stack.region } : {},
    ...stack?.account ? { "AWS::AccountId": stack.account } : {},
    ...stack?.stackName ? { "AWS::StackName": stack.stackName } : {}
  };
  const resolver = new Resolver(view.root, { pseudo, ...stack?.imports ? { imports: stack.imports } : {} });
  const model = buildModel(view.root, resolver, stack?.constructPaths);
  const { findings, failures } = runRules(model, rules, doc.file, {
    commentSuppressions: [...doc.commentSuppressions, ...view.commentSuppressions],
    reportUnusedSuppressions: options.reportUnusedSuppressions ?? false,
    ...view.uncertain ? { uncertain: view.uncertain } : {}
  });
  return { findings, notes: [...doc.notes, ...view.notes], includes: view.includes, failures, model };
}
async function configsFor(candidates, builtins, options) {
  const { config: explicit, refuseCustomRules, configSource: source = FILE_SYSTEM } = options;
  const loaded = /* @__PURE__ */ new Map();
  const problems = [];
  const find = configFinder(source);
  const files = new Set(explicit ? [explicit] : candidates.map((c) => find(dirname2(c.file))).filter((f) => f !== void 0));
  const root = explicit ? void 0 : find(process.cwd());
  if (root) files.add(root);
  for (const file of files) {
    try {
      loaded.set(file, await loadConfig(file, builtins, refuseCustomRules, source));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(problemOf(e));
      loaded.set(file, "broken");
    }
  }
  const customRuleIds = new Set([...loaded.values()].flatMap((c) => c === "broken" ? [] : c.customRules.map((r) => r.id)));
  const resolve2 = (file) => {
    const c = file ? loaded.get(file) : void 0;
    return c === "broken" ? void 0 : c;
  };
  const forFile = (file, configFile) => {
    const f = configFile ?? find(dirname2(file));
    return f ? loaded.get(f) : void 0;
  };
  return { problems, resolve: resolve2, forFile, customRuleIds, find };
}
async function selected(c, config) {
  const { include = [], exclude = [] } = config;
  if (include.length === 0 && exclude.length === 0) return true;
  let matchers = globMatchers.get(config);
  if (!matchers) {
    const { default: picomatch } = await import("./picomatch-MBBNQJEA.mjs");
    const compile = (globs) => globs.length > 0 ? picomatch([...globs], { dot: true }) : void 0;
    matchers = { include: compile(include), exclude: compile(exclude) };
    globMatchers.set(config, matchers);
  }
  const rel = relative2(config.dir, resolvePath2(c.file)).split("\\").join("/");
  if (matchers.exclude?.(rel)) return false;
  return matchers.include?.(rel) ?? true;
}
var globMatchers = /* @__PURE__ */ new WeakMap();
function distinct(items, key) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
function pick(config) {
  return {
    ...config?.maxWarnings !== void 0 ? { maxWarnings: config.maxWarnings } : {},
    ...config?.levelThreshold !== void 0 ? { levelThreshold: config.levelThreshold } : {}
  };
}
function nothingChecked(paths, skipped) {
  const looked = skipped > 0 ? `${skipped} file${skipped === 1 ? "" : "s"} looked at and skipped (--debug lists them)` : "no file looked at";
  return { file: paths.join(" "), message: `no template found to check: ${looked}; --pass-on-no-templates allows a run that checks nothing` };
}
function problemOf(e) {
  return { file: e.file, message: e.message, ...e.loc ? { line: e.loc.line, column: e.loc.column } : {} };
}

export {
  defineRule,
  endpointPolicies,
  builtinRules,
  findConfigFile,
  loadConfig,
  isTerraformSource,
  metaRules,
  check
};
