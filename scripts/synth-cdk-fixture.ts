/**
 * Dev-only: synthesizes the checked-in CDK fixture test/templates/inputs/cdk/cdk.out with the real aws-cdk-lib.
 * Tests never synthesize at run time; re-run this (`npm run fixtures:cdk`) after a CDK upgrade, then review the diff
 * and test/templates/inputs/cdk/expected.json (its line numbers point into the generated templates).
 *
 * The output is deterministic: fixed account/region, the availability-zone lookup answered from context (as a
 * cdk.context.json would), no analytics (no CDKMetadata resource), no stack traces in metadata, inline Lambda code
 * only (no Docker/esbuild bundling), and the previous cdk.out is removed first so that no stale file survives.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, NestedStack, Stack, type NestedStackProps, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const ENV = { account: ACCOUNT, region: REGION };

const HANDLER = 'exports.handler = async () => ({ statusCode: 200 });';

/** The repository root: the nearest ancestor of this script (src or dist/) whose package.json is endpoint-guard's. */
function repoRoot(): string {
  const starts = [dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    for (let dir = start; ; dir = dirname(dir)) {
      const pkg = join(dir, 'package.json');
      if (existsSync(pkg)) {
        try {
          if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'endpoint-guard') return dir;
        } catch {
          // not ours: keep walking up
        }
      }
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('cannot find the endpoint-guard repository root (package.json named "endpoint-guard")');
}

function vpc(scope: Construct): ec2.Vpc {
  // Defaults: public + private-with-egress subnets per AZ, EnableDnsHostnames/EnableDnsSupport true.
  return new ec2.Vpc(scope, 'Vpc', { maxAzs: 2, natGateways: 1 });
}

/** Everything as endpoint-guard wants it: no error or warning of any rule. */
class CompliantStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    const network = vpc(this);

    const fnSg = new ec2.SecurityGroup(this, 'FunctionSg', {
      vpc: network,
      description: 'Lambda function: HTTPS to the SQS endpoint only',
      allowAllOutbound: false,
    });
    const fn = new lambda.Function(this, 'Fn', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(HANDLER),
      vpc: network,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [fnSg],
    });
    const queue = new sqs.Queue(this, 'Queue');

    const endpointSg = new ec2.SecurityGroup(this, 'EndpointSg', {
      vpc: network,
      description: 'SQS interface endpoint: HTTPS from the Lambda function only',
      allowAllOutbound: false,
    });
    const endpoint = new ec2.InterfaceVpcEndpoint(this, 'SqsEndpoint', {
      vpc: network,
      service: ec2.InterfaceVpcEndpointAwsService.SQS,
      securityGroups: [endpointSg],
      open: false,
      privateDnsEnabled: true,
    });
    // Ingress tcp 443 on the endpoint group from the function's group (and, as fnSg has allowAllOutbound false,
    // the matching egress tcp 443 on the function's group).
    endpoint.connections.allowFrom(fn, ec2.Port.tcp(443), 'HTTPS from the Lambda function');
    endpoint.addToPolicy(
      new iam.PolicyStatement({
        principals: [fn.role!],
        actions: ['sqs:SendMessage'],
        resources: [queue.queueArn],
      }),
    );
  }
}

/** A Gateway endpoint for S3 with CDK's defaults (no policy), in a nested stack of DefaultsStack. */
class GatewayStack extends NestedStack {
  constructor(scope: Construct, id: string, props: NestedStackProps & { vpc: ec2.IVpc }) {
    super(scope, id, props);
    new ec2.GatewayVpcEndpoint(this, 'S3Endpoint', { vpc: props.vpc, service: ec2.GatewayVpcEndpointAwsService.S3 });
  }
}

/** CDK defaults that endpoint-guard reports. */
class DefaultsStack extends Stack {
  constructor(scope: Construct, id: string, props: StackProps) {
    super(scope, id, props);
    const network = vpc(this);

    // Default Interface endpoint: a new group admitting tcp 443 from the VPC CIDR, no policy, private DNS on.
    new ec2.InterfaceVpcEndpoint(this, 'SqsEndpoint', {
      vpc: network,
      service: ec2.InterfaceVpcEndpointAwsService.SQS,
    });

    // A function in the public subnets (routed to the internet gateway).
    new lambda.Function(this, 'PublicFn', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(HANDLER),
      vpc: network,
      vpcSubnets: { subnetType: ec2.SubnetType.PUBLIC },
      allowPublicSubnet: true,
    });
    // A function in the private subnets (routed to the NAT gateway): fine.
    new lambda.Function(this, 'PrivateFn', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline(HANDLER),
      vpc: network,
    });

    new GatewayStack(this, 'GatewayStack', { vpc: network });
  }
}

const outdir = join(repoRoot(), 'test', 'templates', 'inputs', 'cdk', 'cdk.out');
rmSync(outdir, { recursive: true, force: true });

// The same output whatever the shell says: CDK_DEBUG adds creation stack traces, CDK_CONTEXT_JSON (set by the CDK
// CLI) would add context (feature flags, lookups) to ours.
delete process.env.CDK_DEBUG;
delete process.env.CDK_CONTEXT_JSON;

const app = new App({
  outdir,
  analyticsReporting: false,
  // No stack traces in the metadata (they hold absolute paths and line numbers of this script).
  stackTraces: false,
  // No validation-report.json: CDK's built-in CloudFormation validation writes absolute paths and stack traces into it.
  builtinCloudFormationValidation: false,
  context: {
    // What `cdk synth` would store in cdk.context.json after the lookup; without it the VPC gets dummy zones and
    // the manifest a "missing context" entry.
    [`availability-zones:account=${ACCOUNT}:region=${REGION}`]: [`${REGION}a`, `${REGION}b`, `${REGION}c`],
    // No `aws:cdk:creationStack` metadata either (same reason as stackTraces).
    'aws:cdk:disable-creation-stack-traces': true,
    // What the CDK CLI passes to the app by default (`cdk synth` without --no-path-metadata/--no-asset-metadata):
    // `aws:cdk:path` in every resource's Metadata, and `aws:asset:path` on the nested stack resource.
    'aws:cdk:enable-path-metadata': true,
    'aws:cdk:enable-asset-metadata': true,
  },
});
new CompliantStack(app, 'CompliantStack', { env: ENV });
new DefaultsStack(app, 'DefaultsStack', { env: ENV });
const assembly = app.synth();

// CDK 2.276 records a stack trace with every acknowledged validation rule (`aws:cdk:acknowledged-rules`, e.g. the
// Vpc's W3010 for literal AZs) whatever `stackTraces` says; it names this script by absolute path and line. Drop it.
for (const file of readdirSync(assembly.directory).filter((f) => f.endsWith('.metadata.json') || f === 'manifest.json')) {
  const path = join(assembly.directory, file);
  const text = readFileSync(path, 'utf8');
  const stripped = JSON.stringify(
    JSON.parse(text, (key, value: unknown) => (key === 'trace' && Array.isArray(value) ? undefined : value)),
    undefined,
    2,
  );
  if (stripped !== text) writeFileSync(path, stripped);
}

console.log(`synthesized ${relative(process.cwd(), outdir) || '.'}`);
