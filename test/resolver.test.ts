/** The resolver on intrinsic-function traps: every case asserts the exact resolved value or its UNKNOWN reason. */
import { writeFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { parseYaml } from '../src/engine/load/parse-yaml.js';
import { child, type Loc, type MapNode } from '../src/engine/load/source-node.js';
import { isUnknownMarker, Resolver, type ResolverOptions } from '../src/engine/resolve/resolver.js';
import { display, field, fromParts, knownString, toParts, unknown, type Part, type Value } from '../src/engine/resolve/value.js';

const HEADER = `
Parameters:
  Env: {Type: String, Default: prod}
  NoDefault: {Type: String}
  Port: {Type: Number, Default: "443"}
  Subnets: {Type: CommaDelimitedList, Default: "subnet-a, subnet-b"}
  FromSsm: {Type: 'AWS::SSM::Parameter::Value<String>', Default: /my/param}
  EmptyList: {Type: CommaDelimitedList, Default: ""}
  Ids: {Type: 'List<AWS::EC2::Subnet::Id>', Default: "subnet-1, subnet-2"}
  NullDefault: {Type: String, Default: null}
  ListDefault: {Type: String, Default: [a]}
  Untyped: {Default: plain}
  OddType: {Type: [String], Default: "a,b"}
Mappings:
  Ports: {prod: {https: 443}, dev: {https: 8443}}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Unknowable: !Equals [!Ref NoDefault, x]
  Both: !And [!Condition IsProd, !Condition Unknowable]
  Either: !Or [!Condition IsProd, !Condition Unknowable]
  RegionBased: !Equals [!Ref 'AWS::Region', us-east-1]
  Loop: !Condition Loop
  Yes: true
  NotUnknowable: !Not [!Condition Unknowable]
  NotNothing: {"Fn::Not": []}
  AndFalse: !And [!Condition IsDev, !Condition Unknowable]
  AndTrue: !And [!Condition IsProd, !Equals [a, a]]
  OrFalse: !Or [!Condition IsDev, !Equals [a, b]]
  OrUnknown: !Or [!Condition IsDev, !Condition Unknowable]
  OneArgument: {"Fn::Equals": [a]}
  ConditionList: {Condition: [IsProd]}
  Unsupported: {"Fn::Contains": [[a], a]}
  TwoKeys: {"Fn::Equals": [a, a], "Fn::Not": [x]}
  NumberEquals: !Equals [!Ref Port, 443]
  EqualsUnknown: !Equals [!Ref NoDefault, !Ref NoDefault]
  AText: yes
  AList: [a]
  AndNotAList: {"Fn::And": x}
  OrNotAList: {"Fn::Or": x}
  NotTrue: !Not [!Equals [a, a]]
  OrTrue: !Or [!Condition Unknowable, !Condition IsProd]
  AndOne: {"Fn::And": [!Equals [a, a]]}
  OrOne: {"Fn::Or": [!Equals [a, b]]}
  NotTwo: {"Fn::Not": [!Equals [a, a], !Equals [a, b]]}
  EqualsThree: {"Fn::Equals": [a, a, a]}
  UnknowableRight: !Equals [x, !Ref NoDefault]
Resources:
  Role: {Type: 'AWS::IAM::Role'}
  Sg: {Type: 'AWS::EC2::SecurityGroup', Properties: {GroupDescription: x, VpcId: !Ref Vpc}}
  Vpc: {Type: 'AWS::EC2::VPC', Properties: {CidrBlock: 10.4.0.0/16}}
  Network: {Type: 'AWS::CloudFormation::Stack', Properties: {TemplateURL: 'https://example.com/net.yaml'}}
  Lookup: {Type: 'Custom::SubnetLookup', Properties: {ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:lookup'}}
  NoCidr: {Type: 'AWS::EC2::VPC', Properties: {CidrBlock: !Ref AWS::NoValue}}
  Generic: {Type: 'AWS::CloudFormation::CustomResource', Properties: {ServiceToken: x}}
  TypeMissing: {Properties: {}}
  Queue: {Type: 'AWS::SQS::Queue', Properties: {QueueName: orders}}
  Subnet: {Type: 'AWS::EC2::Subnet', Properties: {VpcId: !Ref Vpc, CidrBlock: !Ref NoDefault, AvailabilityZone: !Select [1, !GetAZs '']}}
`;

const LOC: Loc = { line: 1, column: 1 };

function resolve(expr: string, options?: ResolverOptions): Value | undefined {
  const text = `${HEADER}\nOutputs:\n  X:\n    Value: ${expr}\n`;
  const root = parseYaml('t.yaml', text).root as MapNode;
  const resolver = new Resolver(root, options);
  return resolver.resolve(child(child(child(root, 'Outputs'), 'X'), 'Value'));
}

const shown = (expr: string) => {
  const v = resolve(expr);
  return v === undefined ? 'NoValue' : display(v);
};

describe('Ref', () => {
  test('a parameter takes its Default: a string as Ref returns it (also for Number), a list for list types', () => {
    expect(resolve('!Ref Env')).toMatchObject({ kind: 'string', value: 'prod' });
    expect(resolve('!Ref Port')).toMatchObject({ kind: 'string', value: '443' });
    expect(resolve('!Ref Subnets')).toMatchObject({ kind: 'list', items: [{ value: 'subnet-a' }, { value: 'subnet-b' }] });
  });
  test('a parameter without default, an SSM parameter and an undefined name are UNKNOWN with the reason', () => {
    expect(resolve('!Ref NoDefault')).toMatchObject({ kind: 'unknown', reason: 'parameter NoDefault has no default' });
    expect(resolve('!Ref FromSsm')).toMatchObject({ kind: 'unknown', reason: 'parameter FromSsm is read from SSM' });
    expect(resolve('!Ref Nope')).toMatchObject({ kind: 'unknown' });
  });
  test('a resource is a typed reference, a pseudo parameter stays symbolic, AWS::NoValue removes the value', () => {
    expect(resolve('!Ref Sg')).toMatchObject({ kind: 'ref', target: 'Sg', attribute: null });
    expect(resolve('!Ref AWS::Region')).toMatchObject({ kind: 'text', parts: [{ kind: 'pseudo', name: 'AWS::Region' }] });
    expect(resolve('!Ref AWS::NoValue')).toBeUndefined();
  });
  test('the position is where the Ref is written', () => {
    expect(resolve('!Ref Env')?.loc.line).toBe(HEADER.split('\n').length + 3);
  });
});

describe('Fn::GetAtt', () => {
  test('string and list forms give the same reference', () => {
    expect(resolve('!GetAtt Sg.GroupId')).toMatchObject({ kind: 'ref', target: 'Sg', attribute: 'GroupId' });
    expect(resolve('{"Fn::GetAtt": [Sg, GroupId]}')).toMatchObject({ kind: 'ref', target: 'Sg', attribute: 'GroupId' });
    expect(resolve('!GetAtt Role.Arn')).toMatchObject({ kind: 'ref', target: 'Role', attribute: 'Arn' });
  });
  test('an attribute that mirrors a property as written is that property (CDK writes !GetAtt Vpc.CidrBlock)', () => {
    expect(resolve('!GetAtt Vpc.CidrBlock')).toMatchObject({ kind: 'string', value: '10.4.0.0/16' });
    expect(resolve('!GetAtt Sg.VpcId')).toMatchObject({ kind: 'ref', target: 'Vpc', attribute: null });
    expect(resolve('!GetAtt Subnet.AvailabilityZone')).toMatchObject({ kind: 'text', parts: [{ kind: 'zone', index: 1 }] });
    // ...but never an unknown property in place of the attribute: the reference stays.
    expect(resolve('!GetAtt Subnet.CidrBlock')).toMatchObject({ kind: 'ref', target: 'Subnet', attribute: 'CidrBlock' });
  });

  test('to a resource not in the template is UNKNOWN', () => {
    expect(resolve('!GetAtt Missing.Arn')).toMatchObject({ kind: 'unknown' });
  });
});

describe('Fn::Sub', () => {
  test('pseudo parameters, parameters and resource attributes', () => {
    expect(shown('!Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${Env}-fn')).toBe('arn:${AWS::Partition}:iam::${AWS::AccountId}:role/prod-fn');
    expect(shown('!Sub "${Role.Arn}/x"')).toBe('${Role.Arn}/x');
    expect(resolve('!Sub "${Role.Arn}"')).toMatchObject({ kind: 'ref', target: 'Role', attribute: 'Arn' });
  });
  test('the list form with its own variables, and ${!Literal}', () => {
    expect(shown('!Sub ["${A}-${B}", {A: !Ref Env, B: x}]')).toBe('prod-x');
    expect(shown('!Sub "${!NotAVar}"')).toBe('${NotAVar}');
  });
  test('an unknown part keeps the known text around it', () => {
    expect(resolve('!Sub arn:aws:iam::${NoDefault}:role/fn')).toMatchObject({
      kind: 'text',
      parts: [{ kind: 'text', text: 'arn:aws:iam::' }, { kind: 'unknown' }, { kind: 'text', text: ':role/fn' }],
    });
  });
});

describe('Join, Select, Split, GetAZs', () => {
  test('Fn::Join concatenates known and symbolic parts', () => {
    expect(shown('!Join ["", ["arn:aws:s3:::", !Ref Env, "/*"]]')).toBe('arn:aws:s3:::prod/*');
    expect(shown('!Join [":", [a, !Ref "AWS::Region"]]')).toBe('a:${AWS::Region}');
  });
  test('Fn::Select picks from lists and parameter lists', () => {
    expect(shown('!Select [1, !Ref Subnets]')).toBe('subnet-b');
    expect(shown('!Select ["0", [x, y]]')).toBe('x');
    expect(resolve('!Select [5, [x]]')).toMatchObject({ kind: 'unknown', reason: 'Fn::Select index 5 is out of range' });
  });
  test('!Select [i, !GetAZs ""] is the symbolic zone i of the stack region', () => {
    expect(resolve('!Select [0, !GetAZs ""]')).toMatchObject({ kind: 'text', parts: [{ kind: 'zone', region: 'AWS::Region', index: 0 }] });
    expect(resolve('!Select [1, !GetAZs {Ref: "AWS::Region"}]')).toMatchObject({ parts: [{ kind: 'zone', region: 'AWS::Region', index: 1 }] });
    expect(resolve('!Select [0, !GetAZs eu-west-1]')).toMatchObject({ parts: [{ kind: 'zone', region: 'eu-west-1', index: 0 }] });
  });
  test('Fn::Split of a known string is a list; of an import it is UNKNOWN', () => {
    expect(resolve('!Split [",", "a,b"]')).toMatchObject({ kind: 'list', items: [{ value: 'a' }, { value: 'b' }] });
    expect(resolve('!Split [",", !ImportValue Shared-Subnets]')).toMatchObject({ kind: 'unknown', reason: 'Fn::Split of Fn::ImportValue Shared-Subnets' });
  });
  test('Fn::Split of a Join or Sub of references splits the text between them and keeps each reference whole', () => {
    expect(resolve('!Split [",", !Join [",", [!Ref Subnet, !Ref Sg]]]')).toMatchObject({
      kind: 'list',
      items: [
        { kind: 'ref', target: 'Subnet' },
        { kind: 'ref', target: 'Sg' },
      ],
    });
    expect(resolve('!Split [",", !Sub "${Subnet},subnet-0abc, ${Vpc}"]')).toMatchObject({
      kind: 'list',
      items: [
        { kind: 'ref', target: 'Subnet' },
        { kind: 'string', value: 'subnet-0abc' },
        { kind: 'text', parts: [{ text: ' ' }, { target: 'Vpc', attribute: null }] },
      ],
    });
    expect(resolve('!Split [",", !Join [",", [!Ref Subnet]]]')).toMatchObject({ kind: 'list', items: [{ kind: 'ref', target: 'Subnet' }] });
  });
  test('Fn::Split is UNKNOWN where a reference could hold the delimiter, or an unknown part could', () => {
    expect(resolve('!Split [":", !GetAtt Role.Arn]')).toMatchObject({ kind: 'unknown' });
    expect(resolve('!Split ["/", !Sub "${Role.Arn}/x"]')).toMatchObject({ kind: 'unknown' });
    expect(resolve('!Split [",", !Join [",", [!Ref Subnet, !Ref NoDefault]]]')).toMatchObject({ kind: 'unknown' });
    // An attribute may be a list joined by commas (a nested stack's output, a custom resource's attribute).
    expect(resolve('!Split [",", !GetAtt Network.Outputs.PrivateSubnetIds]')).toMatchObject({ kind: 'unknown' });
    expect(resolve('!Split [",", !Join [",", [!Ref Subnet, !GetAtt Sg.GroupId]]]')).toMatchObject({ kind: 'unknown' });
    expect(resolve('!Split [",", !Ref Lookup]')).toMatchObject({ kind: 'unknown' });
    expect(resolve('!Split [",", !Sub "${AWS::NotificationARNs}"]')).toMatchObject({ kind: 'unknown' });
  });
});

describe('dynamic references', () => {
  test('{{resolve:…}} is read when deploying: UNKNOWN, also when Join or Sub assembles it', () => {
    expect(resolve('"{{resolve:ssm:/net/subnet}}"')).toMatchObject({ kind: 'unknown', reason: 'dynamic reference {{resolve:ssm:/net/subnet}}' });
    expect(resolve('!Join ["", ["{{resolve:ssm:/", !Ref Env, "/subnet}}"]]')).toMatchObject({
      kind: 'unknown',
      reason: 'dynamic reference {{resolve:ssm:/prod/subnet}}',
    });
    expect(resolve('!Sub "{{resolve:ssm:/${NoDefault}/subnet}}"')).toMatchObject({
      kind: 'unknown',
      reason: 'dynamic reference {{resolve:ssm:/<unknown>/subnet}}',
    });
    expect(resolve('!Sub "{{resolve:ssm:/${AWS::StackName}/role-arn}}"')).toMatchObject({
      kind: 'unknown',
      reason: 'dynamic reference {{resolve:ssm:/${AWS::StackName}/role-arn}}',
    });
    expect(resolve('!Join ["", ["{{resolve:ssm:/", !Ref Vpc, "/role-arn}}"]]')).toMatchObject({ kind: 'unknown' });
    expect(shown('!Join ["", ["{{resolve:", "partial"]]')).toBe('{{resolve:partial');
    expect(shown('!Sub "{{resolve:ssm:${AWS::Region}}"')).toBe('{{resolve:ssm:${AWS::Region}}');
  });
});

describe('conditions', () => {
  test('Fn::If evaluates conditions from parameter defaults', () => {
    expect(shown('!If [IsProd, 443, 0]')).toBe('443');
    expect(shown('!If [IsDev, 443, 0]')).toBe('0');
    expect(shown('!If [IsProd, !Ref AWS::NoValue, x]')).toBe('NoValue');
  });
  test('three-valued And/Or: a known side can decide', () => {
    expect(shown('!If [Either, yes, no]')).toBe('yes');
    expect(resolve('!If [Both, yes, no]')).toMatchObject({ kind: 'unknown', reason: 'condition Both cannot be evaluated' });
  });
  test('a condition on a parameter without default, on the region, or a cycle is UNKNOWN, never a branch', () => {
    expect(resolve('!If [Unknowable, a, b]')).toMatchObject({ kind: 'unknown' });
    expect(resolve('!If [RegionBased, a, b]')).toMatchObject({ kind: 'unknown' });
    expect(resolve('!If [Loop, a, b]')).toMatchObject({ kind: 'unknown' });
  });
});

describe('other sources of values', () => {
  test('Fn::FindInMap with known keys; unknown keys are UNKNOWN', () => {
    expect(shown('!FindInMap [Ports, !Ref Env, https]')).toBe('443');
    expect(resolve('!FindInMap [Ports, !Ref AWS::Region, https]')).toMatchObject({ kind: 'unknown' });
    expect(resolve('!FindInMap [Ports, nope, https]')).toMatchObject({ kind: 'unknown', reason: 'Fn::FindInMap Ports/nope/https is not in Mappings' });
    expect(resolve('!FindInMap [Ports, !Ref NoDefault, https]')).toMatchObject({
      kind: 'unknown',
      reason: 'Fn::FindInMap with a key not known before deployment (parameter NoDefault has no default)',
    });
  });
  test('Fn::FindInMap falls back to its DefaultValue (AWS::LanguageExtensions) only where the keys are not in Mappings', () => {
    expect(shown('!FindInMap [Ports, nope, https, {DefaultValue: 8080}]')).toBe('8080');
    expect(shown('!FindInMap [Ports, prod, https, {DefaultValue: 8080}]')).toBe('443');
    expect(resolve('!FindInMap [Ports, !Ref NoDefault, https, {DefaultValue: 8080}]')).toMatchObject({ kind: 'unknown' });
    expect(resolve('!FindInMap [Ports, nope, https, {Other: 8080}]')).toMatchObject({
      kind: 'unknown',
      reason: 'Fn::FindInMap Ports/nope/https is not in Mappings',
    });
    expect(resolve('!FindInMap [Ports, prod]')).toMatchObject({ kind: 'unknown', reason: 'malformed Fn::FindInMap' });
  });
  test('Fn::ImportValue and dynamic references are UNKNOWN, never the export name', () => {
    expect(resolve('!ImportValue SharedVpc')).toMatchObject({ kind: 'unknown', reason: 'Fn::ImportValue SharedVpc' });
    expect(resolve("'{{resolve:ssm:/vpc/id}}'")).toMatchObject({ kind: 'unknown' });
  });
  test('maps keep every key, even a single key holding a list (cfn-resolver-lib collapsed these)', () => {
    expect(resolve('{Statement: [{Effect: Allow}]}')).toMatchObject({ kind: 'map', entries: [{ key: 'Statement', value: { kind: 'list' } }] });
    expect(resolve('{AWS: [a, b]}')).toMatchObject({ kind: 'map', entries: [{ key: 'AWS' }] });
  });
});

/** Every form the resolver reads, as a message shows it: `display` of the value, `<unknown: why>` for UNKNOWN. */
const FORMS: [expr: string, shown: string][] = [
  // plain values
  ['null', 'null'],
  ['42', '42'],
  ['true', 'true'],
  ['[a, 1, false]', '[a, 1, false]'],
  ['{A: 1, B: x}', '{A, B}'],
  ['[a, !Ref AWS::NoValue, b]', '[a, b]'],
  ['{A: !Ref AWS::NoValue, B: x}', '{B}'],
  ['{"EndpointGuard::Unknown": "read from SSM"}', '<unknown: read from SSM>'],
  ['{"EndpointGuard::Unknown": [x]}', '<unknown: unknown>'],
  ['{Ref: Env, Other: x}', '{Ref, Other}'],
  ['{"Fn::Base64": x}', '<unknown: Fn::Base64 is not evaluated>'],
  // Ref
  ['!Ref EmptyList', '[]'],
  ['!Ref Ids', '[subnet-1, subnet-2]'],
  ['!Ref NullDefault', '<unknown: parameter NullDefault has no default>'],
  ['!Ref ListDefault', '<unknown: parameter ListDefault has no default>'],
  ['!Ref Untyped', 'plain'],
  ['!Ref OddType', 'a,b'],
  ['!Ref Nope', '<unknown: Ref to Nope, which is not defined in this template>'],
  ['{Ref: [Env]}', '<unknown: Ref with a computed name>'],
  ['!Ref TypeMissing', 'TypeMissing'],
  // Fn::GetAtt
  ['!GetAtt Missing.Arn', '<unknown: Fn::GetAtt on Missing, which is not defined in this template>'],
  ['!GetAtt NoDot', '<unknown: malformed Fn::GetAtt NoDot>'],
  ['!GetAtt .Arn', '<unknown: malformed Fn::GetAtt .Arn>'],
  ['{"Fn::GetAtt": [Sg]}', '<unknown: malformed Fn::GetAtt>'],
  ['{"Fn::GetAtt": [Sg, GroupId, x]}', '<unknown: malformed Fn::GetAtt>'],
  ['{"Fn::GetAtt": [Sg, !Ref Env]}', 'Sg.prod'],
  ['{"Fn::GetAtt": [Sg, !Ref NoDefault]}', '<unknown: Fn::GetAtt Sg with an attribute not known before deployment (parameter NoDefault has no default)>'],
  ['{"Fn::GetAtt": [[Sg], GroupId]}', '<unknown: malformed Fn::GetAtt>'],
  ['{"Fn::GetAtt": 5}', '<unknown: malformed Fn::GetAtt>'],
  ['!GetAtt Subnet.VpcId', 'Vpc'],
  ['!GetAtt Subnet.AvailabilityZoneId', 'Subnet.AvailabilityZoneId'],
  ['!GetAtt NoCidr.CidrBlock', 'NoCidr.CidrBlock'],
  ['{"Fn::GetAtt": [Sg, [a]]}', '<unknown: malformed Fn::GetAtt>'],
  ['{"Fn::GetAtt": [Sg, !Ref AWS::NoValue]}', '<unknown: malformed Fn::GetAtt>'],
  ['!Join [",", !Ref AWS::NoValue]', '<unknown: Fn::Join over a value that is not a list>'],
  ['!Select [0, !Ref AWS::NoValue]', '<unknown: Fn::Select from a value that is not a list>'],
  ['!Split [",", !Ref AWS::NoValue]', '<unknown: Fn::Split of a value not known before deployment>'],
  ['{"Fn::FindInMap": [Ports, !Ref AWS::NoValue, https]}', '<unknown: Fn::FindInMap with a key not known before deployment>'],
  ['{"Fn::GetAtt": [5, Arn]}', '<unknown: malformed Fn::GetAtt>'],
  ['{"Fn::GetAtt": []}', '<unknown: malformed Fn::GetAtt>'],
  ['{"Fn::FindInMap": [Ports, prod, [x]]}', '<unknown: Fn::FindInMap with a key not known before deployment>'],
  ['!GetAtt Queue.QueueName', 'Queue.QueueName'],
  ['!GetAtt Role.Arn', 'Role.Arn'],
  ['{"Fn::GetAtt": [Sg, !Ref AWS::Region]}', '<unknown: Fn::GetAtt Sg with an attribute not known before deployment (${AWS::Region})>'],
  ['{"Fn::GetAtt": [Sg, !Ref Vpc]}', '<unknown: Fn::GetAtt Sg with an attribute not known before deployment (Vpc)>'],
  // Fn::GetAZs and zones
  ['!GetAZs ""', 'GetAZs(AWS::Region)'],
  ['!GetAZs eu-west-1', 'GetAZs(eu-west-1)'],
  ['{"Fn::GetAZs": !Ref NoDefault}', '<unknown: Fn::GetAZs of an unknown region>'],
  ['{"Fn::GetAZs": !Ref AWS::NoValue}', 'GetAZs(AWS::Region)'],
  ['!Select [0, {"Fn::GetAZs": !Ref AWS::NoValue}]', '<zone 0 of AWS::Region>'],
  ['{"Fn::GetAZs": !Sub "${AWS::AccountId}"}', '<unknown: Fn::GetAZs of an unknown region>'],
  ['{"Fn::GetAZs": !Sub "x${AWS::Region}"}', '<unknown: Fn::GetAZs of an unknown region>'],
  ['!GetAZs [a]', '<unknown: Fn::GetAZs of an unknown region>'],
  ['!Select [2, !GetAZs eu-west-1]', '<zone 2 of eu-west-1>'],
  // Fn::ImportValue
  ['{"Fn::ImportValue": !Ref NoDefault}', '<unknown: Fn::ImportValue (computed name)>'],
  ['{"Fn::ImportValue": [a]}', '<unknown: Fn::ImportValue (computed name)>'],
  // Fn::Join
  ['!Join [",", [a, b]]', 'a,b'],
  ['!Join ["", ["", ""]]', ''],
  ['!Join [",", [1, true]]', '1,true'],
  ['!Join ["-", [!Ref NoDefault]]', '<unknown: parameter NoDefault has no default>'],
  ['!Join ["-", [!Ref NoDefault, x]]', '<unknown>-x'],
  ['{"Fn::Join": [","]}', '<unknown: malformed Fn::Join>'],
  ['{"Fn::Join": ","}', '<unknown: malformed Fn::Join>'],
  ['!Join [!Ref NoDefault, [a]]', '<unknown: Fn::Join with an unknown delimiter>'],
  ['!Join [",", !Ref NoDefault]', '<unknown: Fn::Join over parameter NoDefault has no default>'],
  ['!Join [",", !GetAtt Sg.GroupIds]', '<unknown: Fn::Join over Sg.GroupIds, known only after deployment>'],
  ['!Join [",", !Ref Sg]', '<unknown: Fn::Join over Sg.Ref, known only after deployment>'],
  ['!Join [",", x]', '<unknown: Fn::Join over a value that is not a list>'],
  ['!Join [",", [[a]]]', '<unknown: Fn::Join of a list or map item>'],
  ['!Join [",", [a, !GetAtt Role.Arn]]', 'a,${Role.Arn}'],
  // Fn::Select
  ['!Select [-1, [a]]', '<unknown: Fn::Select with an unknown index>'],
  ['!Select [1.5, [a, b]]', '<unknown: Fn::Select with an unknown index>'],
  ['!Select [x, [a]]', '<unknown: Fn::Select with an unknown index>'],
  ['{"Fn::Select": [0]}', '<unknown: malformed Fn::Select>'],
  ['{"Fn::Select": 0}', '<unknown: malformed Fn::Select>'],
  ['!Select [0, !Ref NoDefault]', '<unknown: Fn::Select from parameter NoDefault has no default>'],
  ['!Select [0, x]', '<unknown: Fn::Select from a value that is not a list>'],
  ['!Select [0, !Ref Ids]', 'subnet-1'],
  // Fn::Split
  ['{"Fn::Split": [","]}', '<unknown: malformed Fn::Split>'],
  ['{"Fn::Split": ","}', '<unknown: malformed Fn::Split>'],
  ['!Split ["", "ab"]', '<unknown: Fn::Split of a value not known before deployment>'],
  ['!Split [!Ref NoDefault, "a,b"]', '<unknown: Fn::Split of a value not known before deployment>'],
  ['!Split [",", [a]]', '<unknown: Fn::Split of a value not known before deployment>'],
  ['!Split [",", !Ref NoDefault]', '<unknown: Fn::Split of parameter NoDefault has no default>'],
  ['!Split ["-", "a-b"]', '[a, b]'],
  ['!Split ["-", !Sub "a-${Subnet}"]', '<unknown: Fn::Split of a value not known before deployment>'],
  ['!Split [";", !Sub "a;${Subnet}"]', '[a, Subnet]'],
  ['!Split [" ", !Sub "a ${Subnet}"]', '[a, Subnet]'],
  ['!Split [",,", !Sub "a,,${Subnet}"]', '[a, Subnet]'],
  ['!Split ["a,", !Sub "ba,${Subnet}"]', '<unknown: Fn::Split of a value not known before deployment>'],
  ['!Split [",a", !Sub "b,a${Subnet}"]', '<unknown: Fn::Split of a value not known before deployment>'],
  ['!Split [",", !Sub "${AWS::Region},x"]', '[${AWS::Region}, x]'],
  ['!Split [",", !Join [",", [!Select [0, !GetAZs ""], x]]]', '[<zone 0 of AWS::Region>, x]'],
  ['!Split [",", !Join [",", [!Ref Generic, x]]]', '<unknown: Fn::Split of a value not known before deployment>'],
  ['!Split [",", !Join [",", [!Ref TypeMissing, x]]]', '<unknown: Fn::Split of a value not known before deployment>'],
  ['!Split [",", !Sub "${NoDefault},x"]', '<unknown: Fn::Split of a value not known before deployment>'],
  // Fn::If and conditions
  ['{"Fn::If": [IsProd, a]}', '<unknown: malformed Fn::If>'],
  ['{"Fn::If": [IsProd, a, b, c]}', '<unknown: malformed Fn::If>'],
  ['{"Fn::If": IsProd}', '<unknown: malformed Fn::If>'],
  ['!If [[IsProd], a, b]', '<unknown: malformed Fn::If>'],
  ['!If [IsProd, !Ref NoDefault, b]', '<unknown: parameter NoDefault has no default>'],
  ['!If [Nope, a, b]', '<unknown: condition Nope cannot be evaluated>'],
  ['!If [Yes, a, b]', 'a'],
  ['!If [NotUnknowable, a, b]', '<unknown: condition NotUnknowable cannot be evaluated>'],
  ['!If [NotNothing, a, b]', '<unknown: condition NotNothing cannot be evaluated>'],
  ['!If [AndFalse, a, b]', 'b'],
  ['!If [AndTrue, a, b]', 'a'],
  ['!If [OrFalse, a, b]', 'b'],
  ['!If [OrUnknown, a, b]', '<unknown: condition OrUnknown cannot be evaluated>'],
  ['!If [OneArgument, a, b]', '<unknown: condition OneArgument cannot be evaluated>'],
  ['!If [ConditionList, a, b]', '<unknown: condition ConditionList cannot be evaluated>'],
  ['!If [Unsupported, a, b]', '<unknown: condition Unsupported cannot be evaluated>'],
  ['!If [TwoKeys, a, b]', '<unknown: condition TwoKeys cannot be evaluated>'],
  ['!If [NumberEquals, a, b]', 'a'],
  ['!If [AText, a, b]', '<unknown: condition AText cannot be evaluated>'],
  ['!If [AList, a, b]', '<unknown: condition AList cannot be evaluated>'],
  ['!If [AndNotAList, a, b]', '<unknown: condition AndNotAList cannot be evaluated>'],
  ['!If [OrNotAList, a, b]', '<unknown: condition OrNotAList cannot be evaluated>'],
  ['!If [NotTrue, a, b]', 'b'],
  ['!If [OrTrue, a, b]', 'a'],
  ['!If [AndOne, a, b]', '<unknown: condition AndOne cannot be evaluated>'],
  ['!If [OrOne, a, b]', '<unknown: condition OrOne cannot be evaluated>'],
  ['!If [NotTwo, a, b]', '<unknown: condition NotTwo cannot be evaluated>'],
  ['!If [EqualsThree, a, b]', '<unknown: condition EqualsThree cannot be evaluated>'],
  ['!If [UnknowableRight, a, b]', '<unknown: condition UnknowableRight cannot be evaluated>'],
  ['!If [5, a, b]', '<unknown: malformed Fn::If>'],
  ['!If [EqualsUnknown, a, b]', '<unknown: condition EqualsUnknown cannot be evaluated>'],
  // Fn::FindInMap
  [
    '{"Fn::FindInMap": [Ports, !Sub "${AWS::Region}", https]}',
    '<unknown: Fn::FindInMap with a key not known before deployment (depends on a pseudo parameter)>',
  ],
  ['{"Fn::FindInMap": [Ports, [prod], https]}', '<unknown: Fn::FindInMap with a key not known before deployment>'],
  ['{"Fn::FindInMap": Ports}', '<unknown: malformed Fn::FindInMap>'],
  ['{"Fn::FindInMap": [!Ref NoDefault, prod, https]}', '<unknown: Fn::FindInMap with a key not known before deployment (parameter NoDefault has no default)>'],
  // Fn::Sub
  ['{"Fn::Sub": 5}', '<unknown: malformed Fn::Sub>'],
  ['{"Fn::Sub": [[x]]}', '<unknown: malformed Fn::Sub>'],
  ['{"Fn::Sub": []}', '<unknown: malformed Fn::Sub>'],
  ['!Sub "${ Env }"', 'prod'],
  ['!Sub ["${A}", {A: [x]}]', '<unknown: Fn::Sub variable A is not a string>'],
  ['!Sub ["${A}-${Env}", {A: !Ref Sg}]', '${Sg}-prod'],
  ['!Sub "a${EndpointGuard::Unknown(from SSM)}b"', 'a<unknown>b'],
  ['!Sub "${xEndpointGuard::Unknown(a)}"', '<unknown: Ref to xEndpointGuard::Unknown(a), which is not defined in this template>'],
  ['!Sub "${EndpointGuard::Unknown(a)x}"', '<unknown: Ref to EndpointGuard::Unknown(a)x, which is not defined in this template>'],
  ['!Sub "${Subnets}"', '<unknown: ${Subnets} is a list, not a string>'],
  ['!Sub "a${AWS::NoValue}b"', 'ab'],
  ['!Sub "${.x}"', '<unknown: Ref to .x, which is not defined in this template>'],
  ['!Sub "${AWS::StackName.x}"', '<unknown: Ref to AWS::StackName.x, which is not defined in this template>'],
  ['!Sub "${Vpc.CidrBlock}/x"', '10.4.0.0/16/x'],
  // dynamic references
  ['!Sub "{${AWS::Region}{resolve:ssm:/a}}"', '{${AWS::Region}{resolve:ssm:/a}}'],
];

test('every form, as a message shows it', () => {
  const found = FORMS.map(([expr]): [string, string] => [expr, shown(expr)]);
  if (process.env.RECORD_FORMS) writeFileSync(process.env.RECORD_FORMS, JSON.stringify(found, null, 1));
  expect(found).toStrictEqual(FORMS);
});

describe('plain values and templates without sections', () => {
  test('a list parameter with an empty default is an empty list', () => {
    expect(resolve('!Ref EmptyList')).toMatchObject({ kind: 'list', items: [] });
    expect(resolve('!Ref EmptyList')).not.toMatchObject({ items: [{}] });
  });
  test("an input adapter's unknown marker in a Sub keeps its reason", () => {
    expect(resolve('!Sub "a${EndpointGuard::Unknown(from SSM)}b"')).toMatchObject({
      kind: 'text',
      parts: [{ text: 'a' }, { kind: 'unknown', reason: 'from SSM' }, { text: 'b' }],
    });
  });
  test('a Sub of AWS::NoValue leaves nothing between the texts', () => {
    expect(resolve('!Sub "a${AWS::NoValue}b"')).toMatchObject({ kind: 'string', value: 'ab' });
  });
  test("an input adapter's marker is a map with that one key", () => {
    const node = (yaml: string) => parseYaml('t.yaml', `X: ${yaml}\n`).root as MapNode;
    const x = (yaml: string) => child(node(yaml), 'X');
    expect(isUnknownMarker(x('{"EndpointGuard::Unknown": why}') ?? node('{}'))).toBe(true);
    expect(isUnknownMarker(x('{"EndpointGuard::Unknown": why, Other: 1}') ?? node('{}'))).toBe(false);
    expect(isUnknownMarker(x('{Other: 1}') ?? node('{}'))).toBe(false);
    expect(isUnknownMarker(x('[a]') ?? node('{}'))).toBe(false);
    expect(isUnknownMarker(x('EndpointGuard::Unknown') ?? node('{}'))).toBe(false);
  });
  test('scalars keep their type', () => {
    expect(resolve('null')).toMatchObject({ kind: 'null' });
    expect(resolve('42')).toMatchObject({ kind: 'number', value: 42 });
    expect(resolve('false')).toMatchObject({ kind: 'boolean', value: false });
    expect(resolve('"42"')).toMatchObject({ kind: 'string', value: '42' });
  });
  test('a template without Resources, or with Resources that are not a map, has no resources to refer to', () => {
    for (const text of ['Outputs: {}\n', 'Resources: [a]\n']) {
      const root = parseYaml('t.yaml', text).root as MapNode;
      const resolver = new Resolver(root);
      expect(resolver.resourceTypes.size).toBe(0);
      expect(resolver.refName('A', LOC)).toMatchObject({ kind: 'unknown', reason: 'Ref to A, which is not defined in this template' });
    }
  });
});

describe('what the context tells', () => {
  test("Fn::ImportValue of a known name is the account's export; a name it lacks says so", () => {
    const imports = new Map([['SharedVpc', 'vpc-0abc']]);
    expect(resolve('!ImportValue SharedVpc', { imports })).toMatchObject({ kind: 'string', value: 'vpc-0abc' });
    expect(resolve('!ImportValue Other', { imports })).toMatchObject({ kind: 'unknown', reason: 'Fn::ImportValue Other: no such export in the account' });
    expect(resolve('{"Fn::ImportValue": !Ref NoDefault}', { imports })).toMatchObject({ kind: 'unknown', reason: 'Fn::ImportValue (computed name)' });
  });
  test('a pseudo parameter the context knows is its value, in a Ref and in a Sub; the region is told to messages', () => {
    const pseudo = { 'AWS::Region': 'eu-west-1' };
    expect(shown('!Ref AWS::Region')).toBe('${AWS::Region}');
    expect(resolve('!Ref AWS::Region', { pseudo })).toMatchObject({ kind: 'string', value: 'eu-west-1' });
    expect(display(resolve('!Sub "arn:${AWS::Region}:${AWS::AccountId}"', { pseudo }) ?? unknown('none', LOC))).toBe('arn:eu-west-1:${AWS::AccountId}');
    const root = parseYaml('t.yaml', 'Resources: {}\n').root as MapNode;
    expect(new Resolver(root, { pseudo }).region).toBe('eu-west-1');
    expect(new Resolver(root).region).toBeUndefined();
  });
});

describe('Fn::If on a condition that cannot be evaluated', () => {
  test('may leave the property absent when a branch is AWS::NoValue, and says so only then', () => {
    expect(resolve('!If [Unknowable, !Ref AWS::NoValue, b]')).toMatchObject({ kind: 'unknown', mayBeAbsent: true });
    expect(resolve('!If [Unknowable, a, !Ref AWS::NoValue]')).toMatchObject({ kind: 'unknown', mayBeAbsent: true });
    expect(resolve('!If [Unknowable, a, b]')).not.toHaveProperty('mayBeAbsent');
  });
});

describe('value helpers', () => {
  const str = (value: string): Value => ({ kind: 'string', value, loc: LOC });
  test('field and knownString read only what they name', () => {
    const map: Value = { kind: 'map', entries: [{ key: 'A', keyLoc: LOC, value: str('a') }], loc: LOC };
    expect(field(map, 'A')?.value).toStrictEqual(str('a'));
    expect(field(map, 'B')).toBeUndefined();
    expect(field({ kind: 'list', items: [], loc: LOC }, 'A')).toBeUndefined();
    expect(field(undefined, 'A')).toBeUndefined();
    expect(knownString(undefined)).toBeUndefined();
    expect(knownString({ kind: 'number', value: 1.5, loc: LOC })).toBe('1.5');
    expect(knownString({ kind: 'boolean', value: false, loc: LOC })).toBe('false');
    expect(knownString({ kind: 'null', loc: LOC })).toBeUndefined();
    expect(knownString({ kind: 'ref', target: 'A', attribute: null, loc: LOC })).toBeUndefined();
  });
  test('toParts turns each string-like value into parts, and nothing else', () => {
    expect(toParts(str('a'))).toStrictEqual([{ kind: 'text', text: 'a' }]);
    expect(toParts({ kind: 'number', value: 2, loc: LOC })).toStrictEqual([{ kind: 'text', text: '2' }]);
    expect(toParts({ kind: 'boolean', value: true, loc: LOC })).toStrictEqual([{ kind: 'text', text: 'true' }]);
    expect(toParts(unknown('why', LOC))).toStrictEqual([{ kind: 'unknown', reason: 'why' }]);
    expect(toParts({ kind: 'null', loc: LOC })).toBeUndefined();
    expect(toParts({ kind: 'list', items: [], loc: LOC })).toBeUndefined();
    expect(toParts({ kind: 'zones', region: 'AWS::Region', loc: LOC })).toBeUndefined();
  });
  test('fromParts merges text, drops empty text and collapses a single part', () => {
    expect(fromParts([], LOC)).toStrictEqual(str(''));
    expect(fromParts([{ kind: 'text', text: '' }], LOC)).toStrictEqual(str(''));
    expect(
      fromParts(
        [
          { kind: 'text', text: 'a' },
          { kind: 'text', text: 'b' },
        ],
        LOC,
      ),
    ).toStrictEqual(str('ab'));
    expect(fromParts([{ kind: 'unknown', reason: 'why' }], LOC)).toStrictEqual(unknown('why', LOC));
    expect(fromParts([{ kind: 'ref', target: 'R', attribute: 'Arn' }], LOC)).toStrictEqual({ kind: 'ref', target: 'R', attribute: 'Arn', loc: LOC });
    expect(
      fromParts(
        [
          { kind: 'pseudo', name: 'AWS::Region' },
          { kind: 'text', text: '' },
          { kind: 'text', text: 'a' },
          { kind: 'text', text: 'b' },
        ],
        LOC,
      ),
    ).toStrictEqual({
      kind: 'text',
      parts: [
        { kind: 'pseudo', name: 'AWS::Region' },
        { kind: 'text', text: 'ab' },
      ],
      loc: LOC,
    });
  });
  test('display shows each kind as written', () => {
    expect(display({ kind: 'null', loc: LOC })).toBe('null');
    expect(display({ kind: 'ref', target: 'R', attribute: null, loc: LOC })).toBe('R');
    expect(display({ kind: 'ref', target: 'R', attribute: 'Arn', loc: LOC })).toBe('R.Arn');
    const parts: Part[] = [
      { kind: 'text', text: 't' },
      { kind: 'pseudo', name: 'AWS::Partition' },
      { kind: 'ref', target: 'R', attribute: null },
      { kind: 'ref', target: 'R', attribute: 'Arn' },
      { kind: 'zone', region: 'eu-west-1', index: 1 },
      { kind: 'unknown', reason: 'why' },
    ];
    expect(display({ kind: 'text', parts, loc: LOC })).toBe('t${AWS::Partition}${R}${R.Arn}<zone 1 of eu-west-1><unknown>');
  });
});

describe('bounds: depth, cycles and shared work', () => {
  /** Resolves `expr` in a template of its own, with these Mappings and Conditions (JSON). */
  function resolveIn(sections: { Mappings?: unknown; Conditions?: unknown }, expr: unknown): Value | undefined {
    const root = parseYaml('t.json', JSON.stringify({ ...sections, Resources: {}, Outputs: { X: { Value: expr } } })).root as MapNode;
    return new Resolver(root).resolve(child(child(child(root, 'Outputs'), 'X'), 'Value'));
  }
  const nested = (levels: number): unknown => (levels === 0 ? 'x' : [nested(levels - 1)]);
  /** The value at the bottom of lists nested in lists. */
  const innermost = (v: Value | undefined): Value | undefined => (v?.kind === 'list' ? innermost(v.items[0]) : v);

  test('values nested past the bound are UNKNOWN; at the bound they resolve', () => {
    expect(innermost(resolveIn({}, nested(200)))).toMatchObject({ kind: 'string', value: 'x' });
    expect(innermost(resolveIn({}, nested(201)))).toMatchObject({ kind: 'unknown', reason: 'intrinsic functions nested deeper than 200 levels' });
  });
  test('a long list is not deep: every item resolves', () => {
    const items = resolveIn(
      {},
      Array.from({ length: 500 }, () => ({ 'Fn::Select': [0, ['x']] })),
    );
    expect(items?.kind === 'list' && items.items.every((i) => i.kind === 'string')).toBe(true);
  });
  test('a Mapping that refers to itself is UNKNOWN, not a stack overflow', () => {
    const Mappings = { M: { a: { b: { 'Fn::FindInMap': ['M', 'a', 'b'] } } } };
    expect(resolveIn({ Mappings }, { 'Fn::FindInMap': ['M', 'a', 'b'] })).toMatchObject({
      kind: 'unknown',
      reason: 'the value refers to itself (a cycle through Mappings)',
    });
  });
  test('conditions chained past the bound are UNKNOWN', () => {
    const chain = (length: number) => ({
      ...Object.fromEntries(Array.from({ length }, (_, i) => [`C${String(i)}`, { Condition: `C${String(i + 1)}` }])),
      // A literal, so that only the bound on conditions (not the one on values) can stop the chain.
      [`C${String(length)}`]: true,
    });
    expect(resolveIn({ Conditions: chain(150) }, { 'Fn::If': ['C0', 'yes', 'no'] })).toMatchObject({ kind: 'string', value: 'yes' });
    expect(resolveIn({ Conditions: chain(250) }, { 'Fn::If': ['C0', 'yes', 'no'] })).toMatchObject({
      kind: 'unknown',
      reason: 'condition C0 cannot be evaluated',
    });
  });
  test('a condition or mapping value used twice is evaluated once (a diamond of 40 levels ends at once)', () => {
    const Conditions = {
      ...Object.fromEntries(
        Array.from({ length: 40 }, (_, i) => [`C${String(i)}`, { 'Fn::And': [{ Condition: `C${String(i + 1)}` }, { Condition: `C${String(i + 1)}` }] }]),
      ),
      C40: { 'Fn::Equals': ['a', 'a'] },
    };
    expect(resolveIn({ Conditions }, { 'Fn::If': ['C0', 'yes', 'no'] })).toMatchObject({ kind: 'string', value: 'yes' });
    const twice = (i: number) => {
      const next = { 'Fn::FindInMap': ['M', 'a', `b${String(i + 1)}`] };
      return { 'Fn::Select': [0, [next, next]] };
    };
    const Mappings = { M: { a: { ...Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`b${String(i)}`, twice(i)])), b40: 'x' } } };
    expect(resolveIn({ Mappings }, { 'Fn::FindInMap': ['M', 'a', 'b0'] })).toMatchObject({ kind: 'string', value: 'x' });
  }, 2000);
});
