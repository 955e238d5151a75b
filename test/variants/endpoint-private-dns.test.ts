/** endpoint-private-dns on the safe pattern changed in one place at a time (see variants.ts). */
import { props, ref, noDefault, testCases, type Case } from './variants.js';

const cases: Case[] = [
  [
    'private DNS off',
    (t) => (props(t, 'SqsEndpoint').PrivateDnsEnabled = false),
    [
      "warning SqsEndpoint: SqsEndpoint (com.amazonaws.${AWS::Region}.sqs) sets PrivateDnsEnabled false: the SDK's default hostname of sqs will not reach it from Function; set PrivateDnsEnabled true",
      '  fix: set PrivateDnsEnabled true on SqsEndpoint [{"kind":"set","resource":"SqsEndpoint","property":"PrivateDnsEnabled","value":true}]',
    ],
  ],
  [
    'a Gateway endpoint of a service from a parameter is not judged',
    (t) => {
      t.Resources.GatewayEndpoint = {
        Type: 'AWS::EC2::VPCEndpoint',
        Properties: { VpcEndpointType: 'Gateway', ServiceName: noDefault(t, 'Service'), VpcId: ref('Vpc'), RouteTableIds: [ref('RouteTable')] },
      };
    },
    [],
  ],
  [
    'an Interface endpoint of a service from a parameter, private DNS on: nothing to verify',
    (t) => (props(t, 'SqsEndpoint').ServiceName = noDefault(t, 'Service')),
    [],
  ],
  [
    'an Interface endpoint of a service from a parameter, private DNS unset',
    (t) => {
      props(t, 'SqsEndpoint').ServiceName = noDefault(t, 'Service');
      delete props(t, 'SqsEndpoint').PrivateDnsEnabled;
    },
    ['note SqsEndpoint: cannot verify private DNS of SqsEndpoint: its ServiceName: parameter Service has no default'],
  ],
];
testCases('endpoint-private-dns', cases);
