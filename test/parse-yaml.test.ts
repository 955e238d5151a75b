/**
 * parseYaml (src/engine/load/parse-yaml.ts) as a tree with every position: what each YAML construct becomes, where
 * findings will point (a short form at its tag), and each refusal with its message and place. Rules and reporters
 * only ever see this tree, so a node at the wrong line here is a finding at the wrong line everywhere.
 */
import { describe, expect, test } from '@jest/globals';
import { parseYaml } from '../src/engine/load/parse-yaml.js';
import { type Loc, type SourceNode } from '../src/engine/load/source-node.js';
import { inputErrorOf } from './helpers/input-error.js';

const at = (loc: Loc) => `${loc.line}:${loc.column}${loc.lines ? `[${loc.lines.first}+${loc.lines.indent}]` : ''}`;

/** The tree in one line: `{key@line:col: value}@line:col`, scalars as JSON, a literal block's lines in brackets. */
function shape(node: SourceNode): string {
  switch (node.kind) {
    case 'scalar':
      return `${JSON.stringify(node.value)}@${at(node.loc)}`;
    case 'seq':
      return `[${node.items.map(shape).join(', ')}]@${at(node.loc)}`;
    case 'map':
      return `{${node.entries.map((e) => `${e.key}@${at(e.keyLoc)}: ${shape(e.value)}`).join(', ')}}@${at(node.loc)}`;
  }
}

function refusal(text: string): [string, string, Loc | undefined] {
  const e = inputErrorOf(() => parseYaml('t.yaml', text));
  return [e.file, e.message, e.loc];
}

describe('the tree, with the position of every key and value', () => {
  test.each([
    [
      'scalars: a string, a number, a boolean, null written and left out, a date as its text',
      'a: x\nb: 2\nc: true\nd: ~\ne:\nf: 1.5\ng: 2010-09-09\nh: "q"\n',
      '{a@1:1: "x"@1:4, b@2:1: 2@2:4, c@3:1: true@3:4, d@4:1: null@4:4, e@5:1: null@5:3, f@6:1: 1.5@6:4, g@7:1: "2010-09-09"@7:4, h@8:1: "q"@8:4}@1:1',
    ],
    [
      'short forms become long forms, at the tag; !GetAZs alone is the current region',
      'A: !Ref X\nB:    !Ref   Y\nC: !GetAZs\nD: !GetAZs ""\nE: !Sub [a, {b: c}]\nF: !Base64 {Fn::Sub: x}\n',
      '{A@1:1: {Ref@1:4: "X"@1:4}@1:4, B@2:1: {Ref@2:7: "Y"@2:7}@2:7, C@3:1: {Fn::GetAZs@3:4: ""@3:4}@3:4, D@4:1: {Fn::GetAZs@4:4: ""@4:4}@4:4, E@5:1: {Fn::Sub@5:4: ["a"@5:10, {b@5:14: "c"@5:17}@5:13]@5:4}@5:4, F@6:1: {Fn::Base64@6:4: {Fn::Sub@6:13: "x"@6:22}@6:4}@6:4}@1:1',
    ],
    ['a standard tag (`!!str`) is kept at its tag too, and read as YAML reads it', 'A: !!str 123\nB: !!int "7"\n', '{A@1:1: "123"@1:4, B@2:1: 7@2:4}@1:1'],
    [
      'a tag far above its value (past a long comment): the value is where the finding points',
      `A: !Sub\n  # ${'x'.repeat(100)}\n  text\n`,
      '{A@1:1: {Fn::Sub@3:3: "text"@3:3}@3:3}@1:1',
    ],
    ['a tag just within reach of its value', `A: !Sub\n  # ${'x'.repeat(56)}\n  text\n`, '{A@1:1: {Fn::Sub@1:4: "text"@1:4}@1:4}@1:1'],
    ['a tag one character out of reach', `A: !Sub\n  # ${'x'.repeat(57)}\n  text\n`, '{A@1:1: {Fn::Sub@3:3: "text"@3:3}@3:3}@1:1'],
    ['a tag at the very start of the text', '!Sub x\n', '{Fn::Sub@1:1: "x"@1:1}@1:1'],
    ['a verbatim tag, not written as its short name: at the value', 'A: !<tag:yaml.org,2002:str> 5\n', '{A@1:1: "5"@1:29}@1:1'],
    ['a comment right after a value, which strict YAML refuses and PyYAML reads', 'A: "a"#c\nB: [b]#d\n', '{A@1:1: "a"@1:4, B@2:1: ["b"@2:5]@2:4}@1:1'],
    ['an empty key is the null scalar’s text', ': v\n', '{null@1:1: "v"@1:3}@1:1'],
    ['a literal block with a chomping indicator: its text on the next lines', 'A: |-\n    text\n', '{A@1:1: "text"@1:4[2+4]}@1:1'],
    ['a literal block whose first line has a tab after its indent', 'A: |\n  \tx\n  y\n', '{A@1:1: "\\tx\\ny\\n"@1:4[2+2]}@1:1'],
    ['an empty literal block', 'A: |\nB: 1\n', '{A@1:1: ""@1:4[2+0], B@2:1: 1@2:4}@1:1'],
    // The reach is the tag's full name and 64: `tag:yaml.org,2002:str` is 21 characters.
    ['a standard tag within its reach', `A: !!str\n  # ${'x'.repeat(72)}\n  text\n`, '{A@1:1: "text"@1:4}@1:1'],
    ['a standard tag out of its reach', `A: !!str\n  # ${'x'.repeat(73)}\n  text\n`, '{A@1:1: "text"@3:3}@1:1'],
    ['a tag that is not a short form is dropped', 'x: !Unknown y\n', '{x@1:1: "y"@1:4}@1:1'],
    ['a binary value is kept as its text', 'x: !!binary aGVsbG8=\n', '{x@1:1: "hello"@1:4}@1:1'],
    [
      'merge keys: the keys written win, merged keys follow; a quoted "<<" is a key like any other',
      'base: &b {x: 1, y: 2}\nother: &o {z: 3}\nm:\n  <<: *b\n  y: 9\nn:\n  <<: [*b, *o]\n  "<<": q\n',
      '{base@1:1: {x@1:11: 1@1:14, y@1:17: 2@1:20}@1:10, other@2:1: {z@2:12: 3@2:15}@2:11, m@3:1: {y@5:3: 9@5:6, x@1:11: 1@1:14}@4:3, n@6:1: {<<@8:3: "q"@8:9, x@1:11: 1@1:14, y@1:17: 2@1:20, z@2:12: 3@2:15}@7:3}@1:1',
    ],
    ['a merge of something that is not a map adds nothing', 'm:\n  <<: [1, [2]]\n  k: v\n', '{m@1:1: {k@3:3: "v"@3:6}@2:3}@1:1'],
    [
      'an alias is its anchor’s node, at the anchor',
      'list: &l [1, 2]\nuse: *l\nb: [*l]\n',
      '{list@1:1: [1@1:11, 2@1:14]@1:10, use@2:1: [1@1:11, 2@1:14]@1:10, b@3:1: [[1@1:11, 2@1:14]@1:10]@3:4}@1:1',
    ],
    ['a flow map key without a value is null at the key', '{a}\n', '{a@1:2: null@1:2}@1:1'],
    ['a complex key is its text', '[a, b]: c\n', '{["a","b"]@1:1: "c"@1:9}@1:1'],
    ['an empty explicit key', '? \n: v\n', '{null@1:3: "v"@2:3}@1:1'],
    [
      'a literal block knows where its lines are; a folded one does not keep them',
      'Code: |\n    line1\n    line2\nFolded: >\n  x\nEmpty: |\n\nZip: |\n  a\n',
      '{Code@1:1: "line1\\nline2\\n"@1:7[2+4], Folded@4:1: "x\\n"@4:9, Empty@6:1: ""@6:8[7+0], Zip@8:1: "a\\n"@8:6[9+2]}@1:1',
    ],
    ['a document start marker', '---\na: 1\n', '{a@2:1: 1@2:4}@2:1'],
    ['a sequence at the top', '- a\n- !Ref b\n', '["a"@1:3, {Ref@2:3: "b"@2:3}@2:3]@1:1'],
  ])('a0: &a0 x\n' + Array.from({ length: 52 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]\n`).join(''), (_name, text, expected) => {
    const { root, notes } = parseYaml('t.yaml', text);
    expect(shape(root)).toBe(expected);
    expect(notes).toStrictEqual([]);
  });

  test('a repeated key: the last one is used, in its own place, with a note at it', () => {
    const { root, notes } = parseYaml('t.yaml', 'A: 1\nB: 2\nA: 3\n');
    expect(shape(root)).toBe('{B@2:1: 2@2:4, A@3:1: 3@3:4}@1:1');
    expect(notes).toStrictEqual([{ message: "duplicate key 'A' (also on line 1): the last one is used", loc: { line: 3, column: 1 } }]);
  });

  test('YAML that CloudFormation reads but strict YAML refuses: read, with a note at the strict error', () => {
    const { root, notes } = parseYaml('t.yaml', 'Description: "one\ntwo"\nResources: {}\n');
    expect(shape(root)).toBe('{Description@1:1: "one two"@1:14, Resources@3:1: {}@3:12}@1:1');
    expect(notes).toStrictEqual([
      { message: 'not strict YAML (invalid YAML: Missing closing "quote); read as CloudFormation reads it', loc: { line: 1, column: 18 } },
    ]);
  });

  test('nesting: 500 sequences under the top map are read, 501 are refused where the 501st begins', () => {
    const nested = (levels: number) => `x: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
    expect(shape(parseYaml('t.yaml', nested(500)).root).startsWith(`{x@1:1: ${'['.repeat(500)}]@1:503]@1:502]`)).toBe(true);
    expect(refusal(nested(501))).toStrictEqual(['t.yaml', 'nested deeper than 500 levels', { line: 1, column: 504 }]);
  });
});

test.each([
  ['!Ref', 'Ref'],
  ['!Condition', 'Condition'],
  ['!GetAtt', 'Fn::GetAtt'],
  ['!Sub', 'Fn::Sub'],
  ['!Join', 'Fn::Join'],
  ['!If', 'Fn::If'],
  ['!Select', 'Fn::Select'],
  ['!Split', 'Fn::Split'],
  ['!FindInMap', 'Fn::FindInMap'],
  ['!ImportValue', 'Fn::ImportValue'],
  ['!Equals', 'Fn::Equals'],
  ['!Not', 'Fn::Not'],
  ['!And', 'Fn::And'],
  ['!Or', 'Fn::Or'],
  ['!Base64', 'Fn::Base64'],
  ['!Cidr', 'Fn::Cidr'],
  ['!GetAZs', 'Fn::GetAZs'],
  ['!Transform', 'Fn::Transform'],
  ['!ToJsonString', 'Fn::ToJsonString'],
  ['!Length', 'Fn::Length'],
])('%s is %s, as a scalar, a sequence and a mapping', (tag, long) => {
  const text = `S: ${tag} x\nQ: ${tag} [a]\nM: ${tag} {k: v}\n`;
  expect(shape(parseYaml('t.yaml', text).root)).toBe(
    `{S@1:1: {${long}@1:4: "x"@1:4}@1:4, Q@2:1: {${long}@2:4: ["a"@2:${6 + tag.length}]@2:4}@2:4, M@3:1: {${long}@3:4: {k@3:${6 + tag.length}: "v"@3:${9 + tag.length}}@3:4}@3:4}@1:1`,
  );
});

test('aliases nested 51 deep are read', () => {
  const text = 'a0: &a0 x\n' + Array.from({ length: 51 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]\n`).join('');
  const root = parseYaml('t.yaml', text).root;
  expect(root.kind === 'map' && root.entries.map((e) => e.key)).toStrictEqual(Array.from({ length: 52 }, (_, i) => `a${i}`));
});

describe('refusals, each with its message and place', () => {
  test.each([
    ['an empty file', '', 'empty file: no YAML content', undefined],
    ['blank lines', '\n\n', 'empty file: no YAML content', undefined],
    ['only a comment', '# only a comment\n', 'empty file: no YAML content', undefined],
    ['two documents', 'a: 1\n---\nb: 2\n', 'several YAML documents in one file; a template is one document', { line: 2, column: 1 }],
    ['a trailing document marker', '---\na: 1\n---\n', 'several YAML documents in one file; a template is one document', { line: 3, column: 1 }],
    [
      'invalid YAML, its first line only',
      'A: [1, 2\nB: 3\n',
      'invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      { line: 2, column: 1 },
    ],
    ['an alias without its anchor', 'a: *nothing\n', 'unknown YAML alias *nothing', { line: 1, column: 4 }],
    [
      'aliases nested 52 deep',
      'a0: &a0 x\n' + Array.from({ length: 52 }, (_, i) => `a${i + 1}: &a${i + 1} [*a${i}]\n`).join(''),
      'YAML aliases nested too deeply',
      { line: 2, column: 10 },
    ],
  ])('%s', (_name, text, message, loc) => {
    expect(refusal(text)).toStrictEqual(['t.yaml', message, loc]);
  });

  test('an alias bomb is refused before anything is expanded', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const levels = names.map(
      (name, i) =>
        `${name}: &${name} [${Array<string>(10)
          .fill(i === 0 ? 'x' : `*${names[i - 1] ?? ''}`)
          .join(',')}]`,
    );
    expect(refusal(levels.join('\n'))).toStrictEqual(['t.yaml', 'YAML aliases expand to more than 2000000 nodes (an alias bomb?)', undefined]);
  });

  test('an alias cycle is refused, not followed', () => {
    expect(refusal('a: &a [*a]\n')[1]).toMatch(/alias|invalid YAML/);
  });
});
