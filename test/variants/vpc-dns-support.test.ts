/** vpc-dns-support on the safe pattern changed in one place at a time (see variants.ts). */
import { add, noDefault, props, ref, testCases, type Case, type Template } from './variants.js';

const vpc = (t: Template) => props(t, 'Vpc');
/** A second Interface endpoint in the VPC, like SqsEndpoint. */
const secondEndpoint = (t: Template, extra: Record<string, unknown> = {}) => {
  add(t, 'KmsEndpoint', 'AWS::EC2::VPCEndpoint', {
    VpcEndpointType: 'Interface',
    ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.kms' },
    VpcId: ref('Vpc'),
    PrivateDnsEnabled: true,
    SubnetIds: [ref('SubnetA'), ref('SubnetB')],
    SecurityGroupIds: [{ 'Fn::GetAtt': ['EndpointSecurityGroup', 'GroupId'] }],
    ...extra,
  });
};

const cases: Case[] = [
  [
    'DNS support off',
    (t) => (vpc(t).EnableDnsSupport = false),
    [
      "error Vpc: Vpc sets EnableDnsSupport false but hosts Interface endpoint SqsEndpoint: nothing in the VPC can resolve the endpoint's DNS names",
      '  fix: set EnableDnsSupport true on Vpc [{"kind":"set","resource":"Vpc","property":"EnableDnsSupport","value":true}]',
    ],
  ],
  [
    'DNS support off, two Interface endpoints',
    (t) => {
      vpc(t).EnableDnsSupport = false;
      secondEndpoint(t);
    },
    [
      "error Vpc: Vpc sets EnableDnsSupport false but hosts Interface endpoints SqsEndpoint, KmsEndpoint: nothing in the VPC can resolve the endpoints' DNS names",
      '  fix: set EnableDnsSupport true on Vpc [{"kind":"set","resource":"Vpc","property":"EnableDnsSupport","value":true}]',
    ],
  ],
  ['DNS support unset (CloudFormation default: true)', (t) => delete vpc(t).EnableDnsSupport, []],
  [
    'DNS support from a parameter',
    (t) => (vpc(t).EnableDnsSupport = noDefault(t, 'DnsSupport')),
    ['note Vpc: cannot verify EnableDnsSupport of Vpc: parameter DnsSupport has no default'],
  ],
  [
    'DNS support from a parameter with a default of false',
    (t) => {
      t.Parameters = { DnsSupport: { Type: 'String', Default: 'false', AllowedValues: ['true', 'false'] } };
      vpc(t).EnableDnsSupport = ref('DnsSupport');
    },
    [
      "error Vpc: Vpc sets EnableDnsSupport false but hosts Interface endpoint SqsEndpoint: nothing in the VPC can resolve the endpoint's DNS names",
      '  fix: set EnableDnsSupport true on Vpc [{"kind":"set","resource":"Vpc","property":"EnableDnsSupport","value":true}]',
    ],
  ],
  [
    'DNS hostnames off',
    (t) => (vpc(t).EnableDnsHostnames = false),
    [
      "error Vpc: Vpc sets EnableDnsHostnames false, but Interface endpoint SqsEndpoint sets PrivateDnsEnabled true: private DNS needs EnableDnsHostnames true, or the SDK's default service hostname keeps resolving to the public endpoint",
      '  fix: set EnableDnsHostnames true on Vpc [{"kind":"set","resource":"Vpc","property":"EnableDnsHostnames","value":true}]',
    ],
  ],
  [
    'DNS hostnames unset',
    (t) => delete vpc(t).EnableDnsHostnames,
    [
      "error Vpc: Vpc leaves EnableDnsHostnames unset (CloudFormation default: false), but Interface endpoint SqsEndpoint sets PrivateDnsEnabled true: private DNS needs EnableDnsHostnames true, or the SDK's default service hostname keeps resolving to the public endpoint",
      '  fix: set EnableDnsHostnames true on Vpc [{"kind":"set","resource":"Vpc","property":"EnableDnsHostnames","value":true}]',
    ],
  ],
  [
    'DNS hostnames off, two endpoints with private DNS',
    (t) => {
      vpc(t).EnableDnsHostnames = false;
      secondEndpoint(t);
    },
    [
      "error Vpc: Vpc sets EnableDnsHostnames false, but Interface endpoints SqsEndpoint, KmsEndpoint set PrivateDnsEnabled true: private DNS needs EnableDnsHostnames true, or the SDK's default service hostname keeps resolving to the public endpoint",
      '  fix: set EnableDnsHostnames true on Vpc [{"kind":"set","resource":"Vpc","property":"EnableDnsHostnames","value":true}]',
    ],
  ],
  [
    'DNS hostnames from a parameter',
    (t) => (vpc(t).EnableDnsHostnames = noDefault(t, 'Hostnames')),
    ['note Vpc: cannot verify EnableDnsHostnames of Vpc: parameter Hostnames has no default'],
  ],
  [
    'DNS hostnames off, private DNS off',
    (t) => {
      vpc(t).EnableDnsHostnames = false;
      props(t, 'SqsEndpoint').PrivateDnsEnabled = false;
    },
    [],
  ],
  [
    'DNS hostnames off, private DNS from a parameter',
    (t) => {
      vpc(t).EnableDnsHostnames = false;
      props(t, 'SqsEndpoint').PrivateDnsEnabled = noDefault(t, 'PrivateDns');
    },
    [
      'note Vpc: cannot verify that Vpc resolves private DNS names: PrivateDnsEnabled of SqsEndpoint is not known (parameter PrivateDns has no default); if it is true, EnableDnsHostnames must be true',
    ],
  ],
  ['DNS hostnames on, private DNS from a parameter', (t) => (props(t, 'SqsEndpoint').PrivateDnsEnabled = noDefault(t, 'PrivateDns')), []],
  [
    'DNS hostnames off, one endpoint with private DNS off and one on',
    (t) => {
      vpc(t).EnableDnsHostnames = false;
      props(t, 'SqsEndpoint').PrivateDnsEnabled = false;
      secondEndpoint(t);
    },
    [
      "error Vpc: Vpc sets EnableDnsHostnames false, but Interface endpoint KmsEndpoint sets PrivateDnsEnabled true: private DNS needs EnableDnsHostnames true, or the SDK's default service hostname keeps resolving to the public endpoint",
      '  fix: set EnableDnsHostnames true on Vpc [{"kind":"set","resource":"Vpc","property":"EnableDnsHostnames","value":true}]',
    ],
  ],
  [
    'DNS support and hostnames off, no Interface endpoint',
    (t) => {
      vpc(t).EnableDnsSupport = false;
      vpc(t).EnableDnsHostnames = false;
      delete t.Resources.SqsEndpoint;
    },
    [],
  ],
  [
    'DNS support off, a Gateway endpoint only',
    (t) => {
      vpc(t).EnableDnsSupport = false;
      delete t.Resources.SqsEndpoint;
      add(t, 'S3Endpoint', 'AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'Gateway',
        ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' },
        VpcId: ref('Vpc'),
        RouteTableIds: [ref('RouteTable')],
      });
    },
    [],
  ],
];
testCases('vpc-dns-support', cases);
