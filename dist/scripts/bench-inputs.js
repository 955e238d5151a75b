/**
 * Inputs for `npm run bench`: short-form YAML templates of realistic private networks (one VPC per function, each
 * with two subnets, a route table, a function group, an endpoint group admitting 443 from it, a queue, the function's
 * role granting it, and the SQS interface endpoint with a scoped policy), and a Terraform plan of the same shape.
 */
/** Resources per network unit below. */
export const UNIT_SIZE = 12;
function unit(i) {
    const octet = i % 250;
    return `  Vpc${i}:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.${octet}.0.0/16
      EnableDnsSupport: true
      EnableDnsHostnames: true
  SubnetA${i}:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc${i}
      CidrBlock: 10.${octet}.1.0/24
      AvailabilityZone: !Select [0, !GetAZs '']
  SubnetB${i}:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc${i}
      CidrBlock: 10.${octet}.2.0/24
      AvailabilityZone: !Select [1, !GetAZs '']
  RouteTable${i}:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: !Ref Vpc${i}
  RouteA${i}:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref SubnetA${i}
      RouteTableId: !Ref RouteTable${i}
  RouteB${i}:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref SubnetB${i}
      RouteTableId: !Ref RouteTable${i}
  FunctionSg${i}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: function ${i}
      VpcId: !Ref Vpc${i}
      SecurityGroupEgress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 10.${octet}.0.0/16
  EndpointSg${i}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: endpoint ${i}
      VpcId: !Ref Vpc${i}
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          SourceSecurityGroupId: !GetAtt FunctionSg${i}.GroupId
  Queue${i}:
    Type: AWS::SQS::Queue
  Role${i}:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole
      Policies:
        - PolicyName: send
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: sqs:SendMessage
                Resource: !GetAtt Queue${i}.Arn
  Function${i}:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Code: { ZipFile: 'def handler(event, context): return None' }
      Role: !GetAtt Role${i}.Arn
      VpcConfig:
        SubnetIds: [!Ref SubnetA${i}, !Ref SubnetB${i}]
        SecurityGroupIds: [!Ref FunctionSg${i}]
  Endpoint${i}:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc${i}
      VpcEndpointType: Interface
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.sqs
      PrivateDnsEnabled: true
      SubnetIds: [!Ref SubnetA${i}, !Ref SubnetB${i}]
      SecurityGroupIds: [!Ref EndpointSg${i}]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: !GetAtt Role${i}.Arn }
            Action: sqs:SendMessage
            Resource: !GetAtt Queue${i}.Arn
`;
}
/** A template of about `resources` resources (whole units of UNIT_SIZE). */
export function yamlTemplate(resources, first = 0) {
    const units = Math.max(1, Math.round(resources / UNIT_SIZE));
    const parts = ["AWSTemplateFormatVersion: '2010-09-09'\nDescription: endpoint-guard benchmark\nResources:\n"];
    for (let i = first; i < first + units; i++)
        parts.push(unit(i));
    return parts.join('');
}
/**
 * The same kind of network as a Terraform plan of a new stack (`terraform show -json`): every ID known only after
 * apply, so every link goes through the configuration's references, as in a real first plan.
 */
export function terraformPlan(units) {
    const planned = [];
    const changes = [];
    const config = [];
    const add = (type, name, values, unknown, expressions) => {
        const address = `${type}.${name}`;
        planned.push({ address, mode: 'managed', type, name, values });
        changes.push({ address, change: { after_unknown: { id: true, ...unknown } } });
        config.push({ address, mode: 'managed', type, name, expressions });
    };
    const ref = (...names) => ({ references: names.flatMap((x) => [`${x}.id`, x]) });
    for (let i = 0; i < units; i++) {
        const vpc = `aws_vpc.v${i}`;
        add('aws_vpc', `v${i}`, { cidr_block: '10.0.0.0/16', enable_dns_support: true, enable_dns_hostnames: true }, {}, {});
        for (const [s, az] of [
            ['a', 'eu-west-1a'],
            ['b', 'eu-west-1b'],
        ]) {
            add('aws_subnet', `${s}${i}`, { cidr_block: '10.0.0.0/24', availability_zone: az }, { vpc_id: true }, { vpc_id: ref(vpc) });
            add('aws_route_table_association', `${s}${i}`, {}, { subnet_id: true, route_table_id: true }, { subnet_id: ref(`aws_subnet.${s}${i}`), route_table_id: ref(`aws_route_table.rt${i}`) });
        }
        add('aws_route_table', `rt${i}`, {}, { vpc_id: true, route: true }, { vpc_id: ref(vpc) });
        const ingress = [{ from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: [], ipv6_cidr_blocks: [], prefix_list_ids: [], self: false }];
        add('aws_security_group', `fn${i}`, {}, { vpc_id: true, egress: true, ingress: true }, { vpc_id: ref(vpc) });
        add('aws_security_group', `ep${i}`, { ingress }, { vpc_id: true, egress: true, ingress: [{ security_groups: true }] }, { vpc_id: ref(vpc), ingress: ref(`aws_security_group.fn${i}`) });
        const subnets = ref(`aws_subnet.a${i}`, `aws_subnet.b${i}`);
        add('aws_lambda_function', `f${i}`, { role: 'arn:aws:iam::123456789012:role/x', vpc_config: [{}] }, { vpc_config: [{ subnet_ids: true, security_group_ids: true }] }, { vpc_config: [{ subnet_ids: subnets, security_group_ids: ref(`aws_security_group.fn${i}`) }] });
        add('aws_vpc_endpoint', `sqs${i}`, { service_name: 'com.amazonaws.eu-west-1.sqs', vpc_endpoint_type: 'Interface', private_dns_enabled: true }, { vpc_id: true, subnet_ids: true, security_group_ids: true }, { vpc_id: ref(vpc), subnet_ids: subnets, security_group_ids: ref(`aws_security_group.ep${i}`) });
    }
    return JSON.stringify({
        format_version: '1.2',
        terraform_version: '1.11.0',
        planned_values: { root_module: { resources: planned } },
        resource_changes: changes,
        configuration: { root_module: { resources: config } },
    });
}
//# sourceMappingURL=bench-inputs.js.map