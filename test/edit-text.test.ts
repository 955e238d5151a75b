/**
 * The fixer's text editors (src/engine/fix/edit-yaml.ts, edit-json.ts): each change kind spliced into YAML and JSON,
 * the rest of the file byte for byte, and each refusal with its reason. The CLI tests show whole fixes; these show
 * each edit.
 */
import { describe, expect, test } from '@jest/globals';
import { editableJson } from '../src/engine/fix/edit-json.js';
import { editableYaml, type EditableText } from '../src/engine/fix/edit-yaml.js';
import { applied } from '../src/engine/fix/fix-files.js';
import type { FixChange } from '../src/engine/fix/intent.js';
import type { Written } from '../src/engine/fix/written.js';

function edited(file: EditableText, change: FixChange): string {
  const r = file.edit(change);
  return 'refused' in r ? `refused: ${r.refused}` : applied(file.text, r.splices);
}

const set = (property: string, value: Written, ifAbsent = false): FixChange =>
  ifAbsent ? { kind: 'set', resource: 'Ep', property, value, ifAbsent: true } : { kind: 'set', resource: 'Ep', property, value };
const replace = (property: string, value: Written): FixChange => ({ kind: 'replace', resource: 'Ep', property, value });
const elsewhere = (resource: string): FixChange => ({ kind: 'set', resource, property: 'X', value: 1 });
const append = (property: string, ...items: string[]): FixChange => ({ kind: 'append', resource: 'Ep', property, items });

describe('YAML', () => {
  const YAML = `Resources:
  Ep:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      # the service
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.sqs
      PrivateDnsEnabled: false # keep this comment
      RouteTableIds:
        - !Ref A
      SubnetIds: [a]
      Empty: []
      Sub: "\${Var}"
      # trailing comment of Properties
  # about the next resource
  Other:
    Type: AWS::SQS::Queue
`;
  const yaml = (style: 'yaml-short' | 'yaml-long' = 'yaml-short') => editableYaml(YAML, style);

  test('set: the value replaced in place, comments kept', () => {
    expect(edited(yaml(), set('PrivateDnsEnabled', true))).toBe(YAML.replace('PrivateDnsEnabled: false #', 'PrivateDnsEnabled: true #'));
  });

  test('set when absent: a new line at the keys’ indentation, after the comments that belong to the mapping', () => {
    expect(edited(yaml(), set('VpcEndpointType', 'Interface', true))).toBe(
      YAML.replace('      # trailing comment of Properties\n', '      # trailing comment of Properties\n      VpcEndpointType: Interface\n'),
    );
  });

  test('a new property holding a document: its block beneath, short forms in a short-form file, long forms otherwise', () => {
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: { 'Fn::GetAtt': ['Role', 'Arn'] } }, Resource: { Ref: 'Q' } }] };
    const added = (style: 'yaml-short' | 'yaml-long') => {
      const text = edited(yaml(style), set('PolicyDocument', policy));
      return text.slice(text.indexOf('      PolicyDocument:'), text.indexOf('  # about the next resource'));
    };
    expect(added('yaml-short')).toBe(
      "      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: !GetAtt Role.Arn\n            Resource: !Ref Q\n",
    );
    expect(added('yaml-long')).toContain('              AWS:\n                Fn::GetAtt:\n');
    expect(edited(yaml('yaml-long'), set('Single', { Ref: 'X' }))).toContain('      Single: { Ref: X }\n');
    expect(edited(yaml(), set('Single', { Ref: 'X' }))).toContain('      Single: !Ref X\n');
  });

  test('append: a new line under the last item of a block list, in a flow list after the last item or alone', () => {
    expect(edited(yaml(), append('RouteTableIds', 'rtb-1', 'rtb-2'))).toBe(
      YAML.replace('        - !Ref A\n', '        - !Ref A\n        - rtb-1\n        - rtb-2\n'),
    );
    expect(edited(yaml(), append('SubnetIds', 'b'))).toBe(YAML.replace('SubnetIds: [a]', 'SubnetIds: [a, b]'));
    expect(edited(yaml(), append('Empty', 'x'))).toBe(YAML.replace('Empty: []', 'Empty: [x]'));
    expect(edited(yaml(), append('New', 'x'))).toContain('      # trailing comment of Properties\n      New:\n        - x\n');
  });

  test('replace: a flow list on its line, a block list under its key', () => {
    const rules = [{ IpProtocol: 'tcp', FromPort: 443 }];
    expect(edited(yaml(), replace('SubnetIds', rules))).toBe(YAML.replace('SubnetIds: [a]', 'SubnetIds: [ { IpProtocol: tcp, FromPort: 443 } ]'));
    expect(edited(yaml(), replace('RouteTableIds', rules))).toBe(YAML.replace('        - !Ref A\n', '        - IpProtocol: tcp\n          FromPort: 443\n'));
  });

  test.each([
    ['set of an expression', set('ServiceName', 'x'), 'refused: ServiceName is written as an expression'],
    ['set of a list', set('SubnetIds', 'x'), 'refused: SubnetIds is written as an expression'],
    ['set of a variable', set('Sub', 'x'), 'refused: Sub is a variable'],
    ['set when absent of one that is there', set('PrivateDnsEnabled', true, true), 'refused: PrivateDnsEnabled is already set'],
    ['append to a scalar', append('PrivateDnsEnabled', 'x'), 'refused: PrivateDnsEnabled is written as an expression, not a list'],
    ['replace of an expression', replace('ServiceName', []), 'refused: ServiceName is written as an expression'],
    ['a resource not in the file', elsewhere('Nope'), 'refused: Nope is not written in this file'],
    ['a resource without Properties', elsewhere('Other'), 'refused: Other has no Properties mapping to add to'],
  ])('refused: %s', (_name, change, expected) => {
    expect(edited(yaml(), change)).toBe(expected);
  });

  test.each([
    ['flow Properties', 'Resources:\n  Ep:\n    Properties: {A: 1}\n', 'refused: the Properties of Ep are written in flow style ({ … })'],
    ['a flow resource', 'Resources:\n  Ep: {Properties: {A: 1}}\n', 'refused: the Properties of Ep are written in flow style ({ … })'],
    ['a property written twice', 'Resources:\n  Ep:\n    Properties:\n      A: 1\n      A: 2\n', 'refused: A is written twice'],
    [
      'Properties written twice',
      'Resources:\n  Ep:\n    Properties:\n      A: 1\n    Properties:\n      A: 2\n',
      'refused: Ep or its Properties are written twice',
    ],
    ['replace of an intrinsic map', 'Resources:\n  Ep:\n    Properties:\n      A:\n        Fn::If: [C, [], []]\n', 'refused: A is written as an expression'],
    ['replace of a tagged list', 'Resources:\n  Ep:\n    Properties:\n      A: !Split [",", x]\n', 'refused: A is written as an expression'],
  ])('refused: %s', (_name, text, expected) => {
    expect(edited(editableYaml(text, 'yaml-short'), replace('A', [1]))).toBe(expected);
  });

  test('a Serverless service: resources.Resources; a file without a final newline gets one before the new line', () => {
    const text = 'service: s\nresources:\n  Resources:\n    Ep:\n      Properties:\n        A: 1';
    expect(edited(editableYaml(text, 'yaml-short'), set('B', 2))).toBe(`${text}\n        B: 2\n`);
  });
});

describe('JSON', () => {
  const JSON_TEXT = `{
    "Resources": {
        "Ep": {
            "Properties": {
                "PrivateDnsEnabled": false,
                "SubnetIds": ["a"],
                "RouteTableIds": [
                    "rtb-a"
                ],
                "ServiceName": {"Fn::Sub": "x"},
                "Sub": "\${Var}",
                "Empty": []
            }
        },
        "Bare": {"Properties": {}},
        "Other": {"Type": "AWS::SQS::Queue"}
    }
}
`;
  const json = () => editableJson(JSON_TEXT);

  test('set in place; a new member after the last, in the file’s indentation', () => {
    expect(edited(json(), set('PrivateDnsEnabled', true))).toBe(JSON_TEXT.replace('"PrivateDnsEnabled": false', '"PrivateDnsEnabled": true'));
    expect(edited(json(), set('VpcEndpointType', 'Interface', true))).toBe(
      JSON_TEXT.replace('"Empty": []\n', '"Empty": [],\n                "VpcEndpointType": "Interface"\n'),
    );
    expect(edited(json(), set('Doc', { A: [1] }))).toBe(
      JSON_TEXT.replace(
        '"Empty": []\n',
        '"Empty": [],\n                "Doc": {\n                    "A": [\n                        1\n                    ]\n                }\n',
      ),
    );
  });

  test('append to a list on one line, on lines of its own, empty; a new list', () => {
    expect(edited(json(), append('SubnetIds', 'b', 'c'))).toBe(JSON_TEXT.replace('["a"]', '["a", "b", "c"]'));
    expect(edited(json(), append('RouteTableIds', 'rtb-b'))).toBe(JSON_TEXT.replace('"rtb-a"\n', '"rtb-a",\n                    "rtb-b"\n'));
    expect(edited(json(), append('Empty', 'x'))).toBe(JSON_TEXT.replace('"Empty": []', '"Empty": [\n                    "x"\n                ]'));
    expect(edited(json(), { kind: 'append', resource: 'Bare', property: 'New', items: ['x'] })).toBe(
      JSON_TEXT.replace('"Bare": {"Properties": {}}', '"Bare": {"Properties": {\n            "New": [\n                "x"\n            ]\n        }}'),
    );
  });

  test('replace a list where it is', () => {
    expect(edited(json(), replace('RouteTableIds', ['z']))).toBe(
      JSON_TEXT.replace('[\n                    "rtb-a"\n                ]', '[\n                    "z"\n                ]'),
    );
  });

  test.each([
    ['set of an expression', set('ServiceName', 'x'), 'refused: ServiceName is written as an expression'],
    ['set of a variable', set('Sub', 'x'), 'refused: Sub is a variable'],
    ['set when absent', set('PrivateDnsEnabled', true, true), 'refused: PrivateDnsEnabled is already set'],
    ['append to a scalar', append('PrivateDnsEnabled', 'x'), 'refused: PrivateDnsEnabled is written as an expression, not a list'],
    ['replace of an intrinsic', replace('ServiceName', []), 'refused: ServiceName is written as an expression'],
    ['replace of a scalar', replace('Sub', []), 'refused: Sub is written as an expression'],
    ['a resource not in the file', elsewhere('Nope'), 'refused: Nope is not written in this file'],
    ['a resource without Properties', elsewhere('Other'), 'refused: Other has no Properties object to add to'],
  ])('refused: %s', (_name, change, expected) => {
    expect(edited(json(), change)).toBe(expected);
  });

  test('a key written twice, and a file that is not JSON', () => {
    expect(edited(editableJson('{"Resources": {"Ep": {"Properties": {"A": 1, "A": 2}}}}'), set('A', 3))).toBe(
      'refused: Ep, its Properties or A is written twice',
    );
    expect(edited(editableJson(''), set('A', 3))).toBe('refused: Ep is not written in this file');
    expect(edited(editableJson('{"Resources": {"Ep": {"Properties": {"A": 1}}}}'), set('A', 3))).toBe('{"Resources": {"Ep": {"Properties": {"A": 3}}}}');
    expect(edited(editableJson('{"Resources": {"Ep": {"Properties": {"A": 1}}}}'), set('B', 'x'))).toBe(
      '{"Resources": {"Ep": {"Properties": {"A": 1, "B": "x"}}}}',
    );
  });
});
