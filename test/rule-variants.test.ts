/**
 * Each rule on the safe pattern (test/templates/variants/safe-pattern.json, no finding) changed in one place at a
 * time: the exact findings of the rule (level, logical ID, message, fix) for each change. The fixtures show a rule
 * on whole templates; these pin each branch of it, its wording and its fixes, with one line per case.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { TEMPLATES } from './helpers/paths.js';

type Json = Record<string, unknown>;
interface Template {
  Parameters?: Record<string, Json>;
  Resources: Record<string, { Type: string; Properties: Json }>;
}

const BASE = readFileSync(join(TEMPLATES, 'variants', 'safe-pattern.json'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'eg-variants-'));
let count = 0;

/** The findings of `ruleId` on the safe pattern after `change`: `level logicalId: message`, and `  fix: …` after a fixed one. */
async function findingsOf(ruleId: string, change: (t: Template) => void, config?: string): Promise<string[]> {
  const template = JSON.parse(BASE) as Template;
  change(template);
  const folder = join(dir, String(++count));
  mkdirSync(folder);
  const file = join(folder, 'template.json');
  writeFileSync(file, JSON.stringify(template, null, 2));
  if (config !== undefined) writeFileSync(join(folder, '.endpoint-guard.yml'), config);
  const result = await check([file]);
  expect(result.problems).toEqual([]);
  const found = result.findings
    .filter((f) => f.ruleId === ruleId)
    .flatMap((f) => [`${f.level} ${f.logicalId}: ${f.message}`, ...(f.fix ? [`  fix: ${f.fix.description} ${JSON.stringify(f.fix.changes)}`] : [])]);
  // RECORD_VARIANTS=file: what each case found, to read (and then paste) when writing new cases.
  if (process.env.RECORD_VARIANTS) appendFileSync(process.env.RECORD_VARIANTS, JSON.stringify(found) + '\n');
  return found;
}

const props = (t: Template, id: string): Json => {
  const resource = t.Resources[id];
  if (!resource) throw new Error(`no resource ${id} in the safe pattern`);
  return resource.Properties;
};
const ref = (id: string) => ({ Ref: id });
const groupId = (id: string) => ({ 'Fn::GetAtt': [id, 'GroupId'] });
const noDefault = (t: Template, name: string) => {
  t.Parameters = { ...t.Parameters, [name]: { Type: 'String' } };
  return ref(name);
};
const ingress = (t: Template, ...rules: Json[]) => {
  props(t, 'EndpointSecurityGroup').SecurityGroupIngress = rules;
};

test('the safe pattern has no finding of any rule', async () => {
  const result = await check([join(TEMPLATES, 'variants', 'safe-pattern.json')]);
  expect(result.problems).toEqual([]);
  expect(result.findings).toEqual([]);
});

describe('endpoint-sg-ingress', () => {
  const cidr = (range: string) => ({ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: range });
  const fromLambda = { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: groupId('LambdaSecurityGroup') };
  const noFunction = (t: Template) => {
    delete t.Resources.Function;
  };
  const cases: [string, (t: Template) => void, string[], string?][] = [
    [
      'a CIDR source, fixed to the function group',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
        '  fix: allow only tcp 443 from LambdaSecurityGroup into EndpointSecurityGroup [{"kind":"replace","resource":"EndpointSecurityGroup","property":"SecurityGroupIngress","value":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"SourceSecurityGroupId":{"Fn::GetAtt":["LambdaSecurityGroup","GroupId"]}}]}]',
      ],
    ],
    [
      'no SecurityGroupIds',
      (t) => delete props(t, 'SqsEndpoint').SecurityGroupIds,
      [
        "error SqsEndpoint: SqsEndpoint has no SecurityGroupIds, so it gets the VPC's default security group; give it a group that allows only tcp 443 from the Lambda function's group",
      ],
    ],
    [
      'SecurityGroupIds empty',
      (t) => (props(t, 'SqsEndpoint').SecurityGroupIds = []),
      [
        "error SqsEndpoint: SqsEndpoint has no SecurityGroupIds, so it gets the VPC's default security group; give it a group that allows only tcp 443 from the Lambda function's group",
      ],
    ],
    [
      'SecurityGroupIds unknown',
      (t) => (props(t, 'SqsEndpoint').SecurityGroupIds = noDefault(t, 'Groups')),
      ['note SqsEndpoint: cannot verify the security groups of SqsEndpoint: parameter Groups has no default'],
    ],
    [
      'one group unknown',
      (t) => (props(t, 'SqsEndpoint').SecurityGroupIds = [ref('EndpointSecurityGroup'), noDefault(t, 'Extra')]),
      ['note SqsEndpoint: cannot verify a security group of SqsEndpoint: parameter Extra has no default'],
    ],
    [
      'the same group listed twice: one finding, with the fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        props(t, 'SqsEndpoint').SecurityGroupIds = [ref('EndpointSecurityGroup'), groupId('EndpointSecurityGroup')];
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
        '  fix: allow only tcp 443 from LambdaSecurityGroup into EndpointSecurityGroup [{"kind":"replace","resource":"EndpointSecurityGroup","property":"SecurityGroupIngress","value":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"SourceSecurityGroupId":{"Fn::GetAtt":["LambdaSecurityGroup","GroupId"]}}]}]',
      ],
    ],
    [
      'a partner service: its own port, no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        props(t, 'SqsEndpoint').ServiceName = 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0';
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only the endpoint service's port from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'a service on other ports: no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.email-smtp' };
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: ports 443-443 are not a port of email-smtp; the CIDR range 10.0.0.0/16 is a source; only tcp 25, 465, 587, 2465 or 2587 from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'an unknown service: tcp 443 assumed, no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        props(t, 'SqsEndpoint').ServiceName = noDefault(t, 'Service');
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'no function in the template: a range inside the VPC is a consumer',
      (t) => {
        noFunction(t);
        ingress(t, cidr('10.0.0.0/16'));
      },
      [],
    ],
    [
      'no function: a range wider than the VPC',
      (t) => {
        noFunction(t);
        props(t, 'Vpc').CidrBlock = '10.0.0.0/20';
        ingress(t, cidr('10.0.0.0/16'));
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is wider than the VPC's range 10.0.0.0/20; only tcp 443 from the consumers' security groups or ranges of the VPC is allowed",
      ],
    ],
    [
      'no function: a range wider than any VPC',
      (t) => {
        noFunction(t);
        ingress(t, cidr('10.0.0.0/8'));
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/8: the CIDR range 10.0.0.0/8 is wider than any VPC's range; only tcp 443 from the consumers' security groups or ranges of the VPC is allowed",
      ],
    ],
    [
      'no function: a range of the VPC with an unknown VPC range',
      (t) => {
        noFunction(t);
        props(t, 'Vpc').CidrBlock = noDefault(t, 'VpcRange');
        ingress(t, cidr('10.0.0.0/16'));
      },
      [],
    ],
    [
      'no function: an unknown range',
      (t) => {
        noFunction(t);
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: noDefault(t, 'Range') });
      },
      ['note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: the source range: parameter Range has no default'],
    ],
    [
      'no function: a prefix list',
      (t) => {
        noFunction(t);
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourcePrefixListId: 'pl-0123456789abcdef0' });
      },
      [],
    ],
    [
      'the group shared with a second endpoint: no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        const second = structuredClone(t.Resources.SqsEndpoint);
        if (second)
          t.Resources.SnsEndpoint = { ...second, Properties: { ...second.Properties, ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.sns' } } };
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'the group also a function group: no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'), fromLambda);
        props(t, 'Function').VpcConfig = {
          SecurityGroupIds: [ref('LambdaSecurityGroup'), ref('EndpointSecurityGroup')],
          SubnetIds: [ref('SubnetA'), ref('SubnetB')],
        };
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup or EndpointSecurityGroup is allowed",
      ],
    ],
    [
      'a standalone ingress beside the inline one: no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        t.Resources.MoreIngress = { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: groupId('EndpointSecurityGroup'), ...fromLambda } };
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'an inline rule with an unknown port: a note, no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'), {
          IpProtocol: 'tcp',
          FromPort: noDefault(t, 'Port'),
          ToPort: 443,
          SourceSecurityGroupId: groupId('LambdaSecurityGroup'),
        });
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
        'note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: FromPort parameter Port has no default',
      ],
    ],
    [
      'an unknown inline list: a note',
      (t) => {
        props(t, 'EndpointSecurityGroup').SecurityGroupIngress = { 'Fn::If': ['Maybe', [fromLambda], []] };
        t.Parameters = { Flag: { Type: 'String' } };
        (t as unknown as Json).Conditions = { Maybe: { 'Fn::Equals': [ref('Flag'), 'on'] } };
      },
      ['note EndpointSecurityGroup: cannot verify the ingress of EndpointSecurityGroup: condition Maybe cannot be evaluated'],
    ],
    [
      'no ingress: the functions cannot reach it',
      (t) => delete props(t, 'EndpointSecurityGroup').SecurityGroupIngress,
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows no ingress, so Function cannot reach the endpoint; allow tcp 443 from the Lambda function's group LambdaSecurityGroup",
      ],
    ],
    [
      'no ingress, no function: nothing to say',
      (t) => {
        noFunction(t);
        delete props(t, 'EndpointSecurityGroup').SecurityGroupIngress;
      },
      [],
    ],
    [
      'no inline ingress and a standalone rule of an unknown group: a note',
      (t) => {
        delete props(t, 'EndpointSecurityGroup').SecurityGroupIngress;
        t.Resources.SomeIngress = { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: noDefault(t, 'Group'), ...fromLambda } };
      },
      [
        'note EndpointSecurityGroup: cannot verify the ingress of EndpointSecurityGroup: ingress rule SomeIngress: parameter Group has no default may belong to it',
      ],
    ],
    [
      'two function groups: no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        t.Resources.OtherGroup = { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'other', VpcId: ref('Vpc') } };
        props(t, 'Function').VpcConfig = { SecurityGroupIds: [ref('LambdaSecurityGroup'), ref('OtherGroup')], SubnetIds: [ref('SubnetA'), ref('SubnetB')] };
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup or OtherGroup is allowed",
      ],
    ],
    [
      'a function with unknown groups: the source may be theirs',
      (t) => {
        t.Resources.OtherGroup = { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'other', VpcId: ref('Vpc') } };
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: groupId('OtherGroup') });
        const other = structuredClone(t.Resources.Function);
        if (other)
          t.Resources.OtherFunction = {
            ...other,
            Properties: { ...other.Properties, VpcConfig: { SecurityGroupIds: noDefault(t, 'Groups'), SubnetIds: [ref('SubnetA'), ref('SubnetB')] } },
          };
      },
      [
        'note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: the source group OtherGroup may belong to OtherFunction, whose security groups are not known before deployment',
      ],
    ],
    [
      'a source group no function uses',
      (t) => {
        t.Resources.OtherGroup = { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'other', VpcId: ref('Vpc') } };
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: groupId('OtherGroup') });
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from OtherGroup: no Lambda function uses the source group OtherGroup; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
        '  fix: allow only tcp 443 from LambdaSecurityGroup into EndpointSecurityGroup [{"kind":"replace","resource":"EndpointSecurityGroup","property":"SecurityGroupIngress","value":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"SourceSecurityGroupId":{"Fn::GetAtt":["LambdaSecurityGroup","GroupId"]}}]}]',
      ],
    ],
    [
      'an external source group a function names: fine',
      (t) => {
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: 'sg-0123456789abcdef0' });
        props(t, 'Function').VpcConfig = { SecurityGroupIds: ['sg-0123456789abcdef0'], SubnetIds: [ref('SubnetA'), ref('SubnetB')] };
      },
      [],
    ],
    [
      'an external source group: a note',
      (t) => {
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: 'sg-0123456789abcdef0' });
      },
      ['note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: source group sg-0123456789abcdef0 is not in this template'],
    ],
    [
      'an unknown source group: a note',
      (t) => {
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourceSecurityGroupId: noDefault(t, 'Source') });
      },
      ['note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: source group: parameter Source has no default'],
    ],
    [
      'an unknown CIDR source: an error whatever its value, no fix',
      (t) => {
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: noDefault(t, 'Range') });
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from a CIDR range not known before deployment (parameter Range has no default): a CIDR range is a source, whatever its value; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'the VPC default group',
      (t) => (props(t, 'SqsEndpoint').SecurityGroupIds = [{ 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] }]),
      [
        "error SqsEndpoint: SqsEndpoint uses the default security group of Vpc, which admits all traffic from every member of that group; give it a group that allows only tcp 443 from the Lambda function's group LambdaSecurityGroup",
      ],
    ],
    [
      'a source allowed by the allowedSources option',
      (t) => {
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, SourcePrefixListId: 'pl-0123456789abcdef0' });
      },
      [],
      'rules:\n  endpoint-sg-ingress:\n    allowedSources: [pl-0123456789abcdef0]\n',
    ],
    [
      'an unknown service on more ports than 443',
      (t) => {
        ingress(t, { ...fromLambda, ToPort: 8443 });
        props(t, 'SqsEndpoint').ServiceName = noDefault(t, 'Service');
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443-8443 from LambdaSecurityGroup: ports 443-8443 are not 443; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'a service on one other port: no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.cassandra' };
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: ports 443-443 are not 9142; the CIDR range 10.0.0.0/16 is a source; only tcp 9142 from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'a service on 443 and another port: no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.iot.data' };
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 or 8883 from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'functions with groups of other stacks only',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        props(t, 'Function').VpcConfig = { SecurityGroupIds: ['sg-0123456789abcdef0'], SubnetIds: [ref('SubnetA'), ref('SubnetB')] };
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from a Lambda function's group is allowed",
      ],
    ],
    [
      'the endpoint group is the only function group: no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        props(t, 'Function').VpcConfig = { SecurityGroupIds: [ref('EndpointSecurityGroup')], SubnetIds: [ref('SubnetA'), ref('SubnetB')] };
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group EndpointSecurityGroup is allowed",
      ],
    ],
    [
      'the function uses the VPC default group: no fix',
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        props(t, 'Function').VpcConfig = { SecurityGroupIds: [{ 'Fn::GetAtt': ['Vpc', 'DefaultSecurityGroup'] }], SubnetIds: [ref('SubnetA'), ref('SubnetB')] };
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from a Lambda function's group is allowed",
      ],
    ],
    [
      'an inline rule under a condition beside a bad one: no fix',
      (t) => {
        t.Parameters = { Flag: { Type: 'String' } };
        (t as unknown as Json).Conditions = { Maybe: { 'Fn::Equals': [ref('Flag'), 'on'] } };
        ingress(t, cidr('10.0.0.0/16'), { 'Fn::If': ['Maybe', fromLambda, ref('AWS::NoValue')] });
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
        'note EndpointSecurityGroup: cannot verify the ingress of EndpointSecurityGroup: condition Maybe cannot be evaluated',
      ],
    ],
    [
      "an endpoint whose VpcId is a parameter: its VPC is its subnets' one, fixed",
      (t) => {
        ingress(t, cidr('10.0.0.0/16'));
        props(t, 'SqsEndpoint').VpcId = noDefault(t, 'VpcId');
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
        '  fix: allow only tcp 443 from LambdaSecurityGroup into EndpointSecurityGroup [{"kind":"replace","resource":"EndpointSecurityGroup","property":"SecurityGroupIngress","value":[{"IpProtocol":"tcp","FromPort":443,"ToPort":443,"SourceSecurityGroupId":{"Fn::GetAtt":["LambdaSecurityGroup","GroupId"]}}]}]',
      ],
    ],
    [
      'an unknown protocol: no fix',
      (t) => {
        ingress(t, { ...cidr('10.0.0.0/16'), IpProtocol: noDefault(t, 'Protocol') });
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows some protocol 443 from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'an unknown ToPort: no fix',
      (t) => {
        ingress(t, { ...cidr('10.0.0.0/16'), ToPort: noDefault(t, 'Port') });
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp on ports not known before deployment from 10.0.0.0/16: the CIDR range 10.0.0.0/16 is a source; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'an unknown IPv6 range: no fix',
      (t) => {
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIpv6: noDefault(t, 'Range') });
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from a CIDR range not known before deployment (parameter Range has no default): a CIDR range is a source, whatever its value; only tcp 443 from the Lambda function's group LambdaSecurityGroup is allowed",
      ],
    ],
    [
      'a rule without a source',
      (t) => {
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443 });
      },
      [],
    ],
    [
      'two unknowns in one rule',
      (t) => {
        ingress(t, { IpProtocol: 'tcp', FromPort: noDefault(t, 'Port'), ToPort: 443, SourceSecurityGroupId: 'sg-0123456789abcdef0' });
      },
      [
        'note EndpointSecurityGroup: cannot verify an ingress rule of EndpointSecurityGroup: FromPort parameter Port has no default; source group sg-0123456789abcdef0 is not in this template',
      ],
    ],
    [
      'no function: an IPv6 range wider than any VPC',
      (t) => {
        noFunction(t);
        ingress(t, { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIpv6: '::/0' });
      },
      [
        "error EndpointSecurityGroup: EndpointSecurityGroup (security group of SqsEndpoint) allows tcp 443 from ::/0: the CIDR range ::/0 is wider than any VPC's range; only tcp 443 from the consumers' security groups or ranges of the VPC is allowed",
      ],
    ],
    [
      'no function: a range that is not a CIDR',
      (t) => {
        noFunction(t);
        ingress(t, cidr('10.0.0.300/16'));
      },
      [],
    ],
    [
      'no function: a VPC range that is not a CIDR',
      (t) => {
        noFunction(t);
        props(t, 'Vpc').CidrBlock = '10.0.0.300/16';
        ingress(t, cidr('10.0.0.0/16'));
      },
      [],
    ],
  ];
  // A rest parameter: a callback with more declared parameters than a row has would be taken for `done`.
  test.each(cases)('%s', async (_name, change, expected, ...config) => {
    expect(await findingsOf('endpoint-sg-ingress', change, config[0])).toEqual(expected);
  });
});

describe('endpoint-policy-scoped', () => {
  const role = { 'Fn::GetAtt': ['LambdaRole', 'Arn'] };
  const queue = { 'Fn::GetAtt': ['Queue', 'Arn'] };
  const scoped = { Effect: 'Allow', Principal: { AWS: role }, Action: 'sqs:SendMessage', Resource: queue };
  const statements = (t: Template, ...list: unknown[]) => {
    props(t, 'SqsEndpoint').PolicyDocument = { Version: '2012-10-17', Statement: list };
  };
  const anyoneWith = (operator: string, arns: unknown) => ({ ...scoped, Principal: '*', Condition: { [operator]: { 'aws:PrincipalArn': arns } } });
  const cases: [string, (t: Template) => void, string[], string?][] = [
    [
      'no PolicyDocument',
      (t) => delete props(t, 'SqsEndpoint').PolicyDocument,
      [
        'error SqsEndpoint: SqsEndpoint has no PolicyDocument: the default endpoint policy allows every principal every action on every resource of com.amazonaws.${AWS::Region}.sqs',
        '  fix: add the least-privilege PolicyDocument to SqsEndpoint [{"kind":"set","resource":"SqsEndpoint","property":"PolicyDocument","value":{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":{"Fn::GetAtt":["LambdaRole","Arn"]}},"Action":"sqs:SendMessage","Resource":{"Fn::GetAtt":["Queue","Arn"]}}]},"ifAbsent":true}]',
      ],
    ],
    [
      'an S3 gateway endpoint without a policy',
      (t) => {
        t.Resources.S3Endpoint = {
          Type: 'AWS::EC2::VPCEndpoint',
          Properties: { ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' }, VpcId: ref('Vpc'), RouteTableIds: [ref('RouteTable')] },
        };
      },
      [
        'error S3Endpoint: S3Endpoint has no PolicyDocument: the default endpoint policy allows every principal every action on every resource of com.amazonaws.${AWS::Region}.s3',
      ],
    ],
    [
      'a service without endpoint policies, with a policy',
      (t) => {
        props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.codepipeline' };
      },
      [
        'note SqsEndpoint: SqsEndpoint: codepipeline does not enforce endpoint policies, so AWS allows full access through the endpoint whatever this policy says',
      ],
    ],
    [
      'a service without endpoint policies, without one',
      (t) => {
        props(t, 'SqsEndpoint').ServiceName = { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.codepipeline' };
        delete props(t, 'SqsEndpoint').PolicyDocument;
      },
      [],
    ],
    [
      'a policy from a parameter',
      (t) => (props(t, 'SqsEndpoint').PolicyDocument = noDefault(t, 'Policy')),
      ['note SqsEndpoint: cannot verify the policy of SqsEndpoint: parameter Policy has no default'],
    ],
    [
      'a statement list from a parameter',
      (t) => (props(t, 'SqsEndpoint').PolicyDocument = { Statement: noDefault(t, 'Statements') }),
      ['note SqsEndpoint: cannot verify a statement of the policy of SqsEndpoint: parameter Statements has no default'],
    ],
    [
      'NotPrincipal',
      (t) => {
        statements(t, { Effect: 'Allow', NotPrincipal: { AWS: role }, Action: 'sqs:SendMessage', Resource: queue });
      },
      [
        'error SqsEndpoint: SqsEndpoint, statement 1: an Allow statement with NotPrincipal allows every principal but those listed; name the execution role in Principal',
      ],
    ],
    [
      'no Principal',
      (t) => {
        statements(t, { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: queue });
      },
      ['error SqsEndpoint: SqsEndpoint, statement 1: an Allow statement without Principal applies to every principal; name the execution role'],
    ],
    [
      'Principal * without a condition',
      (t) => {
        statements(t, { ...scoped, Principal: '*' });
      },
      [
        'error SqsEndpoint: SqsEndpoint, statement 1: Principal "*" without a Condition on aws:PrincipalArn naming role ARNs allows every principal, of any account; name the execution role',
      ],
    ],
    [
      'Principal AWS * without a condition',
      (t) => {
        statements(t, { ...scoped, Principal: { AWS: '*' } });
      },
      [
        'error SqsEndpoint: SqsEndpoint, statement 1: Principal "*" without a Condition on aws:PrincipalArn naming role ARNs allows every principal, of any account; name the execution role',
      ],
    ],
    [
      'Principal *, aws:PrincipalArn equal to the role',
      (t) => {
        statements(t, anyoneWith('StringEquals', [role]));
      },
      [],
    ],
    [
      'Principal *, aws:PrincipalArn like an account',
      (t) => {
        statements(t, anyoneWith('ArnLike', 'arn:aws:iam::111122223333:*'));
      },
      [
        'error SqsEndpoint: SqsEndpoint, statement 1: Principal "*" without a Condition on aws:PrincipalArn naming role ARNs allows every principal, of any account; name the execution role',
      ],
    ],
    [
      'Principal *, aws:PrincipalArn from a parameter',
      (t) => {
        statements(t, anyoneWith('ArnEquals', noDefault(t, 'Arn')));
      },
      ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: the aws:PrincipalArn condition names values not known before deployment'],
    ],
    [
      'Principal *, a condition on another key',
      (t) => {
        statements(t, { ...scoped, Principal: '*', Condition: { StringEquals: { 'aws:SourceVpc': ref('Vpc') } } });
      },
      [
        'error SqsEndpoint: SqsEndpoint, statement 1: Principal "*" without a Condition on aws:PrincipalArn naming role ARNs allows every principal, of any account; name the execution role',
      ],
    ],
    [
      'Principal *, a condition that is not a restriction',
      (t) => {
        statements(t, { ...scoped, Principal: '*', Condition: { Null: { 'aws:PrincipalArn': 'false' } } });
      },
      [
        'error SqsEndpoint: SqsEndpoint, statement 1: Principal "*" without a Condition on aws:PrincipalArn naming role ARNs allows every principal, of any account; name the execution role',
      ],
    ],
    [
      'Principal *, a condition from a parameter',
      (t) => {
        statements(t, { ...scoped, Principal: '*', Condition: noDefault(t, 'Condition') });
      },
      ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: the aws:PrincipalArn condition names values not known before deployment'],
    ],
    [
      'an account root principal',
      (t) => {
        statements(t, { ...scoped, Principal: { AWS: 'arn:aws:iam::111122223333:root' } });
      },
      [
        "error SqsEndpoint: SqsEndpoint, statement 1: Principal arn:aws:iam::111122223333:root is the account root (every principal of the account); allow only the function's execution role",
      ],
    ],
    [
      'an account principal allowed by option',
      (t) => {
        statements(t, { ...scoped, Principal: { AWS: 'arn:aws:iam::111122223333:root' } });
      },
      [],
      'rules:\n  endpoint-policy-scoped:\n    allowedPrincipals: [arn:aws:iam::111122223333:*]\n',
    ],
    [
      'a service principal',
      (t) => {
        statements(t, { ...scoped, Principal: { Service: 'lambda.amazonaws.com' } });
      },
      ["error SqsEndpoint: SqsEndpoint, statement 1: Principal Service lambda.amazonaws.com is not an IAM role; allow only the function's execution role"],
    ],
    [
      'a principal from a parameter',
      (t) => {
        statements(t, { ...scoped, Principal: { AWS: noDefault(t, 'Principal') } });
      },
      ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: parameter Principal has no default'],
    ],
    [
      'Action *',
      (t) => {
        statements(t, { ...scoped, Action: ['sqs:SendMessage', '*'] });
      },
      ['error SqsEndpoint: SqsEndpoint, statement 1: Action * allows every action; list the actions the function calls'],
    ],
    [
      'Action sqs:*',
      (t) => {
        statements(t, { ...scoped, Action: 'sqs:*' });
      },
      ['error SqsEndpoint: SqsEndpoint, statement 1: Action sqs:* allows every action; list the actions the function calls'],
    ],
    [
      'NotAction',
      (t) => {
        statements(t, { Effect: 'Allow', Principal: { AWS: role }, NotAction: 'sqs:DeleteQueue', Resource: queue });
      },
      [
        'error SqsEndpoint: SqsEndpoint, statement 1: an Allow statement with NotAction allows every action but those listed; list the actions the function calls',
      ],
    ],
    [
      'Action from a parameter',
      (t) => {
        statements(t, { ...scoped, Action: noDefault(t, 'Action') });
      },
      ['note SqsEndpoint: cannot verify the Action of SqsEndpoint, statement 1: parameter Action has no default'],
    ],
    [
      'Resource *',
      (t) => {
        statements(t, { ...scoped, Resource: '*' });
      },
      ['error SqsEndpoint: SqsEndpoint, statement 1: Resource * allows every resource; name the specific ARNs'],
    ],
    [
      'no Resource',
      (t) => {
        statements(t, { Effect: 'Allow', Principal: { AWS: role }, Action: 'sqs:SendMessage' });
      },
      ['error SqsEndpoint: SqsEndpoint, statement 1: an Allow statement without Resource applies to every resource; list the resource ARNs'],
    ],
    [
      'NotResource',
      (t) => {
        statements(t, { Effect: 'Allow', Principal: { AWS: role }, Action: 'sqs:SendMessage', NotResource: queue });
      },
      ['error SqsEndpoint: SqsEndpoint, statement 1: an Allow statement with NotResource allows every resource but those listed; list the resource ARNs'],
    ],
    [
      'a Deny statement is not judged',
      (t) => {
        statements(t, scoped, { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' });
      },
      [],
    ],
    [
      'a Gateway Load Balancer endpoint is not judged',
      (t) => {
        t.Resources.Inspection = {
          Type: 'AWS::EC2::VPCEndpoint',
          Properties: {
            VpcEndpointType: 'GatewayLoadBalancer',
            ServiceName: 'com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0',
            VpcId: ref('Vpc'),
            SubnetIds: [ref('SubnetA')],
          },
        };
      },
      [],
    ],
    [
      'two principals, one of them not a role',
      (t) => {
        statements(t, { ...scoped, Principal: { AWS: [role, 'arn:aws:iam::111122223333:user/alice'] } });
      },
      ["error SqsEndpoint: SqsEndpoint, statement 1: Principal arn:aws:iam::111122223333:user/alice is an IAM user; allow only the function's execution role"],
    ],
    [
      'a principal and an unknown one',
      (t) => {
        statements(t, { ...scoped, Principal: { AWS: [role, noDefault(t, 'Other')] } });
      },
      ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: parameter Other has no default'],
    ],
    [
      'aws:PrincipalArn naming a role and an unknown value',
      (t) => {
        statements(t, anyoneWith('ArnEquals', [role, noDefault(t, 'Arn')]));
      },
      ['note SqsEndpoint: cannot verify the Principal of SqsEndpoint, statement 1: the aws:PrincipalArn condition names values not known before deployment'],
    ],
    [
      'a statement that is not a map',
      (t) => {
        statements(t, scoped, 's3:GetObject');
      },
      ['note SqsEndpoint: cannot verify a statement of the policy of SqsEndpoint: s3:GetObject is not a statement (a map)'],
    ],
  ];
  test.each(cases)('%s', async (_name, change, expected, ...config) => {
    expect(await findingsOf('endpoint-policy-scoped', change, config[0])).toEqual(expected);
  });
});

describe('endpoint-private-dns', () => {
  const cases: [string, (t: Template) => void, string[]][] = [
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
  test.each(cases)('%s', async (_name, change, expected) => {
    expect(await findingsOf('endpoint-private-dns', change)).toEqual(expected);
  });
});
