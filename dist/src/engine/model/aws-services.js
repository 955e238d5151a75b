const IRREGULAR = {
    // Gateway endpoints exist (and are free) for these two; an Interface endpoint serves them too.
    s3: { kind: 'endpoint', names: ['s3'], gateway: true },
    dynamodb: { kind: 'endpoint', names: ['dynamodb'], gateway: true },
    // QLDB's data API (SendCommand) is served by the session endpoint; `qldb` alone is the control plane.
    qldb: { kind: 'endpoint', names: ['qldb.session'] },
    // ECR's API calls go to ecr.api (ecr.dkr serves image layer pulls, which a function's code does not make).
    ecr: { kind: 'endpoint', names: ['ecr.api'] },
    // The IAM prefix differs from the endpoint name for these.
    kinesis: { kind: 'endpoint', names: ['kinesis-streams'] },
    firehose: { kind: 'endpoint', names: ['kinesis-firehose'] },
    cloudwatch: { kind: 'endpoint', names: ['monitoring'] },
    ses: { kind: 'endpoint', names: ['email', 'email-smtp'] },
    'execute-api': { kind: 'endpoint', names: ['execute-api'] },
    appconfig: { kind: 'endpoint', names: ['appconfigdata', 'appconfig'] },
    bedrock: { kind: 'endpoint', names: ['bedrock-runtime', 'bedrock', 'bedrock-agent-runtime'] },
    sagemaker: { kind: 'endpoint', names: ['sagemaker.runtime', 'sagemaker.api'] },
    // IAM's endpoint is global: com.amazonaws.iam, without a region.
    iam: { kind: 'endpoint', names: ['iam'], global: true },
    // OpenSearch Serverless endpoints are service-managed (AWS::OpenSearchServerless::VpcEndpoint), not EC2 ones.
    aoss: { kind: 'endpoint', names: ['aoss'], resourceType: 'AWS::OpenSearchServerless::VpcEndpoint' },
    // Connecting to a database or cache inside the VPC with an IAM token: the token is signed locally.
    'rds-db': { kind: 'none', why: 'rds-db:connect signs a token locally; the database is in the VPC' },
    'neptune-db': { kind: 'none', why: 'Neptune is reached in the VPC; IAM authentication signs locally' },
    // Data-plane calls to resources that live in the VPC itself (domains, clusters) reach them directly.
    es: { kind: 'none', why: 'OpenSearch domain requests go to the domain, which a VPC function reaches in its VPC' },
    'kafka-cluster': { kind: 'none', why: 'MSK cluster actions are made against brokers in the VPC' },
    dax: { kind: 'none', why: 'DAX clusters are reached in the VPC' },
    // Global services without a VPC endpoint.
    cloudfront: { kind: 'no-endpoint', why: 'CloudFront has no VPC endpoint' },
    route53: { kind: 'no-endpoint', why: 'Route 53 has no VPC endpoint' },
};
/** Actions whose calls go to another endpoint than the rest of their service's. */
const IRREGULAR_ACTIONS = {
    // Synchronous Express workflows run at their own host (sync-states.<region>.amazonaws.com).
    'states:startsyncexecution': { kind: 'endpoint', names: ['sync-states'] },
    // AppSync's data plane (GraphQL queries) is appsync-api; `appsync` is the control plane.
    'appsync:graphql': { kind: 'endpoint', names: ['appsync-api'] },
    // IAM authentication to a cache in the VPC: the token is signed locally and sent to the cache.
    'elasticache:connect': { kind: 'none', why: 'elasticache:Connect signs a token locally; the cache is in the VPC' },
};
/**
 * Actions an event-source mapping's poller uses with the function's role: the Lambda service polls the queue or
 * stream, outside the VPC. They count only for functions that have no event source of that service.
 */
export const POLLER_ACTIONS = {
    // GetQueueUrl: CDK's grantConsumeMessages, which SqsEventSource uses, grants it with the others.
    sqs: [
        'sqs:receivemessage',
        'sqs:deletemessage',
        'sqs:deletemessagebatch',
        'sqs:getqueueattributes',
        'sqs:getqueueurl',
        'sqs:changemessagevisibility',
        'sqs:changemessagevisibilitybatch',
    ],
    kinesis: [
        'kinesis:getrecords',
        'kinesis:getsharditerator',
        'kinesis:describestream',
        'kinesis:describestreamsummary',
        'kinesis:listshards',
        'kinesis:liststreams',
        'kinesis:subscribetoshard',
    ],
    dynamodb: ['dynamodb:getrecords', 'dynamodb:getsharditerator', 'dynamodb:describestream', 'dynamodb:liststreams'],
    kafka: ['kafka:describecluster', 'kafka:describeclusterv2', 'kafka:getbootstrapbrokers', 'kafka:listscramsecrets'],
};
/**
 * Actions the Lambda service uses to deliver to a function's dead-letter queue or topic and asynchronous-invocation
 * destinations, on those resources only (CDK's grants for them add the SQS read actions).
 */
export const DELIVERY_ACTIONS = {
    sqs: ['sqs:sendmessage', 'sqs:getqueueattributes', 'sqs:getqueueurl'],
    sns: ['sns:publish'],
    lambda: ['lambda:invokefunction'],
    events: ['events:putevents'],
};
/** What calling `action` from a function in a private subnet needs. */
export function endpointNeed(action) {
    const a = action.toLowerCase();
    if (isLambdaServiceAction(a))
        return { kind: 'none', why: 'the Lambda service makes these calls itself' };
    // Mounting EFS or S3 Files: `Client*` actions authorise an NFS client at the file system's mount targets, which
    // are in the VPC; no service endpoint is involved.
    if (/^(elasticfilesystem|s3files):client/.test(a))
        return { kind: 'none', why: 'file system mounts go to mount targets in the VPC' };
    const prefix = serviceOfAction(a);
    return IRREGULAR_ACTIONS[a] ?? IRREGULAR[prefix] ?? { kind: 'endpoint', names: [prefix] };
}
/**
 * Actions the Lambda service uses itself, granted by AWSLambdaBasicExecutionRole and AWSLambdaVPCAccessExecutionRole:
 * they never need an endpoint (the service ships logs and manages network interfaces outside the function).
 */
function isLambdaServiceAction(a) {
    return (a.startsWith('logs:') ||
        (a.startsWith('ec2:') && a.includes('networkinterface')) ||
        a.startsWith('ec2:describe') ||
        a === 'ec2:assignprivateipaddresses' ||
        a === 'ec2:unassignprivateipaddresses');
}
/**
 * AWS managed policies whose grants are obvious from their name (service prefixes). The Lambda execution-role
 * policies grant only what the Lambda service uses itself (logs, network interfaces, event-source polling).
 */
export const MANAGED_POLICY_SERVICES = {
    AWSLambdaBasicExecutionRole: [],
    AWSLambdaVPCAccessExecutionRole: [],
    AWSLambdaENIManagementAccess: [],
    // Event-source pollers run in the Lambda service, outside the VPC, with the execution role.
    AWSLambdaSQSQueueExecutionRole: [],
    AWSLambdaKinesisExecutionRole: [],
    AWSLambdaDynamoDBExecutionRole: [],
    AWSLambdaMSKExecutionRole: [],
    AmazonSQSFullAccess: ['sqs'],
    AmazonSQSReadOnlyAccess: ['sqs'],
    AmazonSNSFullAccess: ['sns'],
    AmazonSNSReadOnlyAccess: ['sns'],
    AmazonS3FullAccess: ['s3'],
    AmazonS3ReadOnlyAccess: ['s3'],
    AmazonDynamoDBFullAccess: ['dynamodb'],
    AmazonDynamoDBReadOnlyAccess: ['dynamodb'],
    SecretsManagerReadWrite: ['secretsmanager'],
    AmazonSSMReadOnlyAccess: ['ssm'],
    AmazonKinesisFullAccess: ['kinesis'],
    AmazonKinesisReadOnlyAccess: ['kinesis'],
    AmazonKinesisFirehoseFullAccess: ['firehose'],
    AWSXRayDaemonWriteAccess: ['xray'],
    AWSXrayWriteOnlyAccess: ['xray'],
    AWSStepFunctionsFullAccess: ['states'],
    AmazonEventBridgeFullAccess: ['events'],
    AWSKeyManagementServicePowerUser: ['kms'],
    AmazonQLDBFullAccess: ['qldb'],
    AmazonQLDBReadOnly: ['qldb'],
    CloudWatchFullAccess: ['cloudwatch'],
    AmazonAPIGatewayInvokeFullAccess: ['execute-api'],
};
const HTTPS_ONLY = { policySupported: true, ports: [443] };
/**
 * The irregular endpoint services (by the name after `com.amazonaws.<region>.`), each with where it is documented.
 * Refresh the policy column with `aws ec2 describe-vpc-endpoint-services --query
 * "ServiceDetails[?VpcEndpointPolicySupported==\`false\`].ServiceName"`.
 */
const IRREGULAR_ENDPOINT_SERVICES = {
    // SES SMTP interface: STARTTLS on 25, 587, 2587; TLS Wrapper on 465, 2465 (SES Developer Guide, "Connecting to an
    // Amazon SES SMTP endpoint").
    'email-smtp': { policySupported: true, ports: [25, 465, 587, 2465, 2587] },
    // Amazon Keyspaces (for Apache Cassandra): CQL over TLS on 9142 (Keyspaces Developer Guide, "Using interface VPC endpoints").
    cassandra: { policySupported: true, ports: [9142] },
    'cassandra-fips': { policySupported: true, ports: [9142] },
    // AWS IoT Core data plane: MQTT over TLS on 8883, HTTPS and MQTT over WebSocket on 443 (IoT Developer Guide,
    // "Protocols, port mappings, and authentication"); VpcEndpointPolicySupported false in DescribeVpcEndpointServices.
    'iot.data': { policySupported: false, ports: [443, 8883] },
    // VpcEndpointPolicySupported false in DescribeVpcEndpointServices (as recorded by moto 5.2, the AWS emulator).
    'redshift-data': { policySupported: false, ports: [443] },
    codepipeline: { policySupported: false, ports: [443] },
};
export function endpointServiceFacts(service) {
    return IRREGULAR_ENDPOINT_SERVICES[service] ?? HTTPS_ONLY;
}
/**
 * The tcp ports an endpoint's clients connect to: its AWS service's, 443 when the service is not known yet (nearly all
 * listen there), `own` for an endpoint service (`vpce-svc-…`), whose port the template cannot know.
 */
export function endpointPorts(service) {
    if (service.kind === 'other')
        return 'own';
    return service.kind === 'aws' ? endpointServiceFacts(service.name).ports : HTTPS_ONLY.ports;
}
/** An IAM action's service prefix, in lower case: `SQS:SendMessage` → `sqs`. */
export function serviceOfAction(action) {
    const colon = action.indexOf(':');
    return (colon < 0 ? action : action.slice(0, colon)).toLowerCase();
}
//# sourceMappingURL=aws-services.js.map