// Real aws-cdk-lib stacks for test/cdk-plugin.test.ts (CommonJS, as `cdk init` generates apps).
const { Stack } = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const iam = require('aws-cdk-lib/aws-iam');
const lambda = require('aws-cdk-lib/aws-lambda');
const sqs = require('aws-cdk-lib/aws-sqs');

const ENV = { account: '123456789012', region: 'eu-west-1' };
const HANDLER = 'exports.handler = async () => ({ statusCode: 200 });';

function privateVpc(stack) {
  // Isolated subnets only (no NAT, no internet gateway); DNS support and hostnames on (CDK's defaults).
  return new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'private', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
}

/** CDK's defaults: an endpoint open to the VPC's range with no policy, a function whose group allows all egress. */
function violatingStack(app, options = {}) {
  const stack = new Stack(app, 'Network', { env: ENV });
  const vpc = privateVpc(stack);
  const fn = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline(HANDLER), vpc });
  const endpoint = new ec2.InterfaceVpcEndpoint(stack, 'SqsEndpoint', { vpc, service: ec2.InterfaceVpcEndpointAwsService.SQS, open: !options.fixErrors });
  if (options.fixErrors) {
    endpoint.connections.allowFrom(fn, ec2.Port.tcp(443), 'HTTPS from the function');
    endpoint.addToPolicy(new iam.PolicyStatement({ principals: [fn.role], actions: ['sqs:SendMessage'], resources: [new sqs.Queue(stack, 'Queue').queueArn] }));
  }
  if (options.suppressEgress) {
    fn.connections.securityGroups[0].node.defaultChild.addMetadata('endpoint-guard', {
      suppress: [{ rule: 'lambda-sg-egress', reason: 'egress is narrowed by the network firewall (TEST-1)' }],
    });
  }
  return stack;
}

/** Everything as endpoint-guard wants it. */
function compliantStack(app) {
  const stack = new Stack(app, 'Network', { env: ENV });
  const vpc = privateVpc(stack);
  const fnSg = new ec2.SecurityGroup(stack, 'FunctionSg', { vpc, description: 'HTTPS to the SQS endpoint only', allowAllOutbound: false });
  const fn = new lambda.Function(stack, 'Fn', {
    runtime: lambda.Runtime.NODEJS_22_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline(HANDLER),
    vpc,
    securityGroups: [fnSg],
  });
  const queue = new sqs.Queue(stack, 'Queue');
  queue.grantSendMessages(fn);
  const endpointSg = new ec2.SecurityGroup(stack, 'EndpointSg', { vpc, description: 'HTTPS from the function only', allowAllOutbound: false });
  const endpoint = new ec2.InterfaceVpcEndpoint(stack, 'SqsEndpoint', {
    vpc,
    service: ec2.InterfaceVpcEndpointAwsService.SQS,
    securityGroups: [endpointSg],
    open: false,
  });
  endpoint.connections.allowFrom(fn, ec2.Port.tcp(443), 'HTTPS from the function');
  endpoint.addToPolicy(new iam.PolicyStatement({ principals: [fn.role], actions: ['sqs:SendMessage'], resources: [queue.queueArn] }));
  return stack;
}

module.exports = { violatingStack, compliantStack };
