/** Loading: positions, short-form tags, lenient reading as CloudFormation does, and hostile input. */
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parseJson } from '../src/engine/load/parse-json.js';
import { parseAllDocuments } from 'yaml';
import { CUSTOM_TAGS, parseYaml, SHORT_FORMS } from '../src/engine/load/parse-yaml.js';
import { relaxIndentation } from '../src/engine/load/relax-yaml.js';
import { readTemplate } from '../src/engine/load/read-template.js';
import { child, InputError, toPlain } from '../src/engine/load/source-node.js';
import { inputErrorOf } from './helpers/input-error.js';
import { TEMPLATES } from './helpers/paths.js';

const bad = (name: string) => join(TEMPLATES, 'inputs', 'bad', name);

/** The InputError that `parse` throws; anything else, or nothing, fails the test. */
describe('YAML', () => {
  test('short-form tags become their long form, with the position of the tag', () => {
    const { root } = parseYaml('t.yaml', 'A:\n  B: !GetAtt Sg.GroupId\n  C: !Sub\n    - "${X}"\n    - X: 1\n  D: !GetAZs\n');
    expect(toPlain(root)).toEqual({ A: { B: { 'Fn::GetAtt': 'Sg.GroupId' }, C: { 'Fn::Sub': ['${X}', { X: 1 }] }, D: { 'Fn::GetAZs': '' } } });
    expect(child(child(root, 'A'), 'B')?.loc).toEqual({ line: 2, column: 6 });
  });

  test('a duplicate key is read as CloudFormation reads it (the last wins), with a note', () => {
    const { root, notes } = parseYaml('t.yaml', 'A: 1\nB: 2\nA: 3\n');
    expect(toPlain(root)).toEqual({ B: 2, A: 3 });
    expect(notes).toEqual([{ message: "duplicate key 'A' (also on line 1): the last one is used", loc: { line: 3, column: 1 } }]);
  });

  test('a quoted scalar continued at the key indentation is read, with a note that it is not strict YAML', () => {
    const { root, notes } = parseYaml('t.yaml', 'Description: "one\ntwo"\nResources: {}\n');
    expect(toPlain(root)).toEqual({ Description: 'one two', Resources: {} });
    expect(notes[0]?.message).toMatch(/^not strict YAML/);
  });

  test.each([
    [
      'a tagged scalar',
      'Tags:\n  - Key: Name\n    Value: !Sub "vpc of ${AWS::StackName}\n    in region"\nX: 1\n',
      { Tags: [{ Key: 'Name', Value: { 'Fn::Sub': 'vpc of ${AWS::StackName} in region' } }], X: 1 },
    ],
    ['a quoted key', 'A:\n  "Value": "a long\n  value"\nX: 1\n', { A: { Value: 'a long value' }, X: 1 }],
    ['a key with a colon', 'C:\n  aws:PrincipalArn: "arn:aws:iam::1:role/a\n  b"\nX: 1\n', { C: { 'aws:PrincipalArn': 'arn:aws:iam::1:role/a b' }, X: 1 }],
    ['a list item', 'L:\n  - "one\n  two"\n  - x\n', { L: ['one two', 'x'] }],
    ["single quotes with ''", "D: 'it''s\nlong'\nX: 1\n", { D: "it's long", X: 1 }],
    [
      'a flow map closed at the key indentation',
      'P:\n  Statement: [{\n    "Effect": "Allow",\n    "Action": "s3:GetObject"\n  }]\nX: 1\n',
      { P: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject' }] }, X: 1 },
    ],
    [
      'a flow sequence continued at the key indentation',
      'P:\n  Action: [\n  "sqs:SendMessage", # send\n  "sqs:GetQueueUrl"]\nX: 1\n',
      { P: { Action: ['sqs:SendMessage', 'sqs:GetQueueUrl'] }, X: 1 },
    ],
    [
      'a tagged flow sequence',
      'P:\n  Ids: !Split [",", !Join [",", [\n  a, b]]]\nX: 1\n',
      { P: { Ids: { 'Fn::Split': [',', { 'Fn::Join': [',', ['a', 'b']] }] } }, X: 1 },
    ],
  ])('a quoted scalar or flow collection continued at the key indentation after %s is read too', (_name, text, expected) => {
    const { root, notes } = parseYaml('t.yaml', text);
    expect(toPlain(root)).toEqual(expected);
    expect(notes[0]?.message).toMatch(/^not strict YAML/);
  });

  test('relaxing reads a quote inside a plain flow scalar as text, and leaves block scalars as they are', () => {
    const bob = parseYaml('t.yaml', 'Description: "one\ntwo"\nTags: [{Key: Owner, Value: Bob\'s team}]\n');
    expect(toPlain(bob.root)).toEqual({ Description: 'one two', Tags: [{ Key: 'Owner', Value: "Bob's team" }] });
    const zip = parseYaml(
      't.yaml',
      'Description: "one\ntwo"\nR:\n  Code:\n    ZipFile: |\n      x = {\n      "headers": {\n        "a": 1\n      },\n      }\n  Next: 1\n',
    );
    expect(toPlain(zip.root)).toEqual({ Description: 'one two', R: { Code: { ZipFile: 'x = {\n"headers": {\n  "a": 1\n},\n}\n' }, Next: 1 } });
  });

  test('a bracket or quote that never closes stops the relaxing: each line is re-indented at most once', () => {
    const openBrackets = 'Resources:\n  X:\n    Type: AWS::SNS::Topic\n' + '    {\n'.repeat(4000);
    expect(relaxIndentation(openBrackets)!.length).toBeLessThanOrEqual(openBrackets.length + 2 * 4000);
    const openSequences = 'a: [\n'.repeat(4000);
    expect(relaxIndentation(openSequences)!.length).toBeLessThanOrEqual(openSequences.length + 2 * 4000);
    expect(() => parseYaml('t.yaml', openBrackets)).toThrow(InputError);
  });

  test('malformed YAML is an InputError with line and column', () => {
    expect.assertions(3);
    expect(() => parseYaml('t.yaml', 'A: [1, 2\nB: 3\n')).toThrow(InputError);
    const error = inputErrorOf(() => parseYaml('t.yaml', 'A:\n  - x\n y: [\n'));
    expect(error.loc).toEqual({ line: 3, column: 1 });
    expect(error.message).toMatch(/invalid YAML: All mapping items must start at the same column/);
  });

  test('an alias bomb stops at the node budget instead of exhausting memory', () => {
    const result = readTemplate(bad('alias-bomb.yaml'));
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.error.message).toMatch(/alias/);
  });
});

describe('JSON', () => {
  test('positions of keys and values', () => {
    const root = parseJson('t.json', '{\n  "A": {\n    "B": true\n  }\n}');
    const a = root.kind === 'map' ? root.entries[0] : undefined;
    expect(a?.keyLoc).toEqual({ line: 2, column: 3 });
    expect(child(a?.value, 'B')?.loc).toEqual({ line: 3, column: 10 });
  });

  test('comments and trailing commas are errors with their position', () => {
    expect.assertions(3);
    expect(inputErrorOf(() => parseJson('t.json', '{"a": 1,}')).message).toMatch(/invalid JSON/);
    expect(inputErrorOf(() => parseJson('t.json', '{"a": 1,}')).loc).toEqual({ line: 1, column: 9 });
    expect(inputErrorOf(() => parseJson('t.json', '{\n  "a": 1 // no\n}')).loc).toEqual({ line: 2, column: 10 });
  });

  test.each([
    ['{"a": 1,}', 'invalid JSON: property name expected', { line: 1, column: 9 }],
    ['{"a" 1}', 'invalid JSON: colon expected', { line: 1, column: 6 }],
    ['{"a": 1} // c', 'invalid JSON: invalid comment token', { line: 1, column: 10 }],
    ['[1,]', 'invalid JSON: value expected', { line: 1, column: 4 }],
    ['', 'empty file: no JSON content', undefined],
    [' \n ', 'empty file: no JSON content', undefined],
  ])('%j: %s', (text, message, loc) => {
    const error = inputErrorOf(() => parseJson('t.json', text));
    expect([error.file, error.message, error.loc]).toEqual(['t.json', message, loc]);
  });

  test('nesting: 500 levels below the root are read, the 501st is an error at its position', () => {
    expect(parseJson('t.json', '['.repeat(501) + ']'.repeat(501)).kind).toBe('seq');
    const error = inputErrorOf(() => parseJson('t.json', '['.repeat(502) + ']'.repeat(502)));
    expect([error.message, error.loc]).toEqual(['nested deeper than 500 levels', { line: 1, column: 502 }]);
  });

  test('a key given twice: the last value wins, in its own place (as JSON.parse)', () => {
    const root = parseJson('t.json', '{"a": 1, "b": 2, "a": 3}');
    expect(root.kind === 'map' ? root.entries.map((e) => [e.key, e.value.kind === 'scalar' ? e.value.value : undefined]) : []).toEqual([
      ['b', 2],
      ['a', 3],
    ]);
  });
});

describe('recognising templates', () => {
  test.each([
    ['empty.yaml', 'not-a-template', /empty file/],
    ['binary.yaml', 'not-a-template', /binary/],
    ['not-a-template.yaml', 'not-a-template', /no AWSTemplateFormatVersion/],
    ['no-resources.yaml', 'error', /no Resources section/],
    ['malformed.yaml', 'error', /invalid YAML/],
    ['malformed.json', 'error', /invalid JSON/],
  ])('%s → %s', (name, status, message) => {
    const r = readTemplate(bad(name));
    expect(r.status).toBe(status);
    const text = r.status === 'error' ? r.error.message : r.status === 'not-a-template' ? r.reason : '';
    expect(text).toMatch(message);
  });

  test('a CloudFormation template is recognised by content, whatever its name', () => {
    const r = readTemplate(join(TEMPLATES, 'inputs', 'mixed-dir', 'template.yaml'));
    expect(r.status === 'template' && r.document.kind).toBe('cloudformation');
  });
});

test('every CloudFormation short form is a registered tag, as a scalar, a sequence and a mapping: no per-tag warning objects', () => {
  const forms = [...SHORT_FORMS.keys()];
  const text = forms.map((tag, i) => `S${i}: ${tag} x\nQ${i}: ${tag} [a, b]\nM${i}: ${tag} {k: v}\n`).join('');
  const [doc] = parseAllDocuments(text, { uniqueKeys: false, strict: false, customTags: CUSTOM_TAGS });
  expect(doc!.warnings).toEqual([]);
  const [bare] = parseAllDocuments(text, { uniqueKeys: false, strict: false });
  expect(bare!.warnings.length).toBe(forms.length * 3);
  // The tree is the same: the tags stay on the nodes, which parseYaml turns into the long forms.
  const root = parseYaml('t.yaml', text).root;
  expect(toPlain(root)).toMatchObject({ S0: { Ref: 'x' }, Q1: { Condition: ['a', 'b'] }, M2: { 'Fn::GetAtt': { k: 'v' } } });
});
