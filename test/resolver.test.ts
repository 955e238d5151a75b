/** The resolver on intrinsic-function traps: every case asserts the exact resolved value or its UNKNOWN reason. */
import { describe, expect, test } from '@jest/globals';
import { parseYaml } from '../src/engine/load/parse-yaml.js';
import { child, type MapNode } from '../src/engine/load/source-node.js';
import { Resolver } from '../src/engine/resolve/resolver.js';
import { display, type Value } from '../src/engine/resolve/value.js';

const HEADER = `
Parameters:
  Env: {Type: String, Default: prod}
  NoDefault: {Type: String}
  Port: {Type: Number, Default: "443"}
  Subnets: {Type: CommaDelimitedList, Default: "subnet-a, subnet-b"}
  FromSsm: {Type: 'AWS::SSM::Parameter::Value<String>', Default: /my/param}
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
Resources:
  Role: {Type: 'AWS::IAM::Role'}
  Sg: {Type: 'AWS::EC2::SecurityGroup', Properties: {GroupDescription: x, VpcId: !Ref Vpc}}
  Vpc: {Type: 'AWS::EC2::VPC', Properties: {CidrBlock: 10.4.0.0/16}}
  Network: {Type: 'AWS::CloudFormation::Stack', Properties: {TemplateURL: 'https://example.com/net.yaml'}}
  Lookup: {Type: 'Custom::SubnetLookup', Properties: {ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:lookup'}}
  Subnet: {Type: 'AWS::EC2::Subnet', Properties: {VpcId: !Ref Vpc, CidrBlock: !Ref NoDefault, AvailabilityZone: !Select [1, !GetAZs '']}}
`;

function resolve(expr: string): Value | undefined {
  const text = `${HEADER}\nOutputs:\n  X:\n    Value: ${expr}\n`;
  const root = parseYaml('t.yaml', text).root as MapNode;
  const resolver = new Resolver(root);
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
