/**
 * validateShape (src/engine/load/validate.ts): a configuration, a baseline or a cloud assembly manifest that does not
 * fit its schema is one input error naming the most specific problem, at the line of the offending key.
 */
import { describe, expect, test } from '@jest/globals';
import { parseYaml } from '../src/engine/load/parse-yaml.js';
import type { Loc } from '../src/engine/load/source-node.js';
import { validateShape } from '../src/engine/load/validate.js';
import { inputErrorOfAsync } from './helpers/input-error.js';

const SCHEMA = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    level: { enum: ['error', 'warning'] },
    count: { type: 'integer', minimum: 1 },
    list: { type: 'array', items: { type: 'string' } },
    nested: { type: 'object', properties: { deep: { type: 'object', properties: { value: { type: 'string' } } } } },
    paths: { type: 'object', additionalProperties: { type: 'number' } },
    rules: { type: 'object', additionalProperties: false, properties: { 'vpc-dns-support': { type: 'string' } } },
    either: { oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: false, properties: { on: { type: 'boolean' } } }] },
  },
};

async function problem(yaml: string | undefined): Promise<[string, Loc | undefined]> {
  const e = await inputErrorOfAsync(() =>
    validateShape('c.yaml', yaml === undefined ? undefined : parseYaml('c.yaml', yaml).root, SCHEMA, 'invalid configuration'),
  );
  expect(e.file).toBe('c.yaml');
  return [e.message, e.loc];
}

test('data that fits is returned as plain data', async () => {
  const root = parseYaml('c.yaml', 'name: x\nlist: [a, b]\nnested: {deep: {value: v}}\neither: {on: true}\n').root;
  expect(await validateShape('c.yaml', root, SCHEMA, 'invalid configuration')).toStrictEqual({
    name: 'x',
    list: ['a', 'b'],
    nested: { deep: { value: 'v' } },
    either: { on: true },
  });
});

describe('the most specific problem, at its key', () => {
  test.each([
    ['a missing required key: at the top', 'level: error\n', "invalid configuration: must have required property 'name'", { line: 1, column: 1 }],
    ['an unknown key', 'name: x\n\nextra: 1\n', 'invalid configuration: extra: unknown key', { line: 3, column: 1 }],
    [
      'an unknown rule',
      'name: x\nrules:\n  vpc-dns-support: a\n  no-such-rule: b\n',
      'invalid configuration: rules.no-such-rule: no such rule',
      { line: 4, column: 3 },
    ],
    ['a value not in the list', 'name: x\nlevel: fatal\n', 'invalid configuration: level: must be one of error, warning', { line: 2, column: 1 }],
    ['a wrong type', 'name: 5\n', 'invalid configuration: name: must be string', { line: 1, column: 1 }],
    ['below the minimum', 'name: x\ncount: 0\n', 'invalid configuration: count: must be >= 1', { line: 2, column: 1 }],
    ['a list item', 'name: x\nlist:\n  - a\n  - 7\n', 'invalid configuration: list[1]: must be string', { line: 4, column: 5 }],
    ['deep in maps', 'name: x\nnested:\n  deep:\n    value: [1]\n', 'invalid configuration: nested.deep.value: must be string', { line: 4, column: 5 }],
    ['a key with a slash and a tilde', 'name: x\npaths:\n  a/b~c: text\n', 'invalid configuration: paths.a/b~c: must be number', { line: 3, column: 3 }],
    [
      'one of two shapes: the deeper problem',
      'name: x\neither:\n  on: true\n  off: false\n',
      'invalid configuration: either.off: unknown key',
      { line: 4, column: 3 },
    ],
    ['one of two shapes, neither near', 'name: x\neither: 5\n', 'invalid configuration: either: must be string', { line: 2, column: 1 }],
    [
      'an unknown key counts one level below its map, so it comes first',
      'name: x\ncount: 0\nlevel: x\nzzz: 1\n',
      'invalid configuration: zzz: unknown key',
      { line: 4, column: 1 },
    ],
    [
      'of two problems at one depth, the list of values before the type',
      'name: x\nlevel: x\nlist: 5\n',
      'invalid configuration: level: must be one of error, warning',
      { line: 2, column: 1 },
    ],
    [
      'of two problems at one depth, the minimum before the type',
      'name: x\nlist: 5\ncount: 0\n',
      'invalid configuration: count: must be >= 1',
      { line: 3, column: 1 },
    ],
    ['not a map at all', '- a\n', 'invalid configuration: must be object', { line: 1, column: 1 }],
    [
      'the minimum before the type, whichever the schema lists first',
      'name: 5\ncount: 0\n',
      'invalid configuration: count: must be >= 1',
      { line: 2, column: 1 },
    ],
    [
      'the deeper problem, whatever its kind and place in the schema',
      'name: x\nlevel: fatal\nnested: {deep: {value: [1]}}\n',
      'invalid configuration: nested.deep.value: must be string',
      { line: 3, column: 17 },
    ],
    ['a key with digits is a key', 'name: x\npaths:\n  v2: a\n', 'invalid configuration: paths.v2: must be number', { line: 3, column: 3 }],
    ['a key that starts with digits is a key', 'name: x\npaths:\n  2v: a\n', 'invalid configuration: paths.2v: must be number', { line: 3, column: 3 }],
    [
      'an index of two digits',
      `name: x\nlist: [${Array.from({ length: 12 }, (_, i) => `s${i}`).join(', ')}, 7]\n`,
      'invalid configuration: list[12]: must be string',
      { line: 2, column: 58 },
    ],
  ])('%s', async (_name, yaml, message, loc) => {
    expect(await problem(yaml)).toStrictEqual([message, loc]);
  });

  test('a schema with keywords ajv does not know (a custom rule’s option schema) is still used', async () => {
    const root = parseYaml('c.yaml', 'a: 1\n').root;
    const schema = { type: 'object', markdownDescription: 'shown by editors', properties: { a: { type: 'string', deprecationMessage: 'x' } } };
    expect((await inputErrorOfAsync(() => validateShape('c.yaml', root, schema, 'invalid options'))).message).toBe('invalid options: a: must be string');
  });

  test('no file content: checked as an empty map, with no place to point at', async () => {
    expect(await problem(undefined)).toStrictEqual(["invalid configuration: must have required property 'name'", undefined]);
  });
});
