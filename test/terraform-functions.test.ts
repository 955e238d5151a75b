/**
 * The Terraform functions the source reader evaluates (src/engine/load/adapters/terraform/source/functions.ts): each
 * gives Terraform's own answer, or UNKNOWN with why — never a guess. References (known only after apply) pass through
 * the functions that move values about and make the others UNKNOWN.
 */
import { describe, expect, test } from '@jest/globals';
import { callFunction, concatenate } from '../src/engine/load/adapters/terraform/source/functions.js';
import { Concat, Json, Ref, Unknown, type TfValue } from '../src/engine/load/adapters/terraform/source/tf-value.js';

/** A value in one line: text as JSON, `{k: v}` maps, `ref(a.b)`, `concat(…)`, `json(…)`, `?(why)`. */
function show(v: TfValue): string {
  if (v instanceof Unknown) return `?(${v.why})`;
  if (v instanceof Ref) return `ref(${v.address}${v.attribute === undefined ? '' : `.${v.attribute}`})`;
  if (v instanceof Concat) return `concat(${v.parts.map(show).join(', ')})`;
  if (v instanceof Json) return `json(${show(v.value)})`;
  if (Array.isArray(v)) return `[${(v as readonly TfValue[]).map(show).join(', ')}]`;
  if (v instanceof Map) return `{${[...(v as ReadonlyMap<string, TfValue>)].map(([k, x]) => `${k}: ${show(x)}`).join(', ')}}`;
  return JSON.stringify(v);
}

const files = new Map<string, TfValue>([['policy.json', '{"Statement": []}']]);
const CTX = { readFile: (path: string): TfValue => files.get(path) ?? new Unknown(`file ${path} is not read`) };
const call = (name: string, ...args: TfValue[]) => show(callFunction(name, args, CTX));
const m = (entries: Record<string, TfValue>) => new Map(Object.entries(entries));
const ID = new Ref('aws_subnet.a', 'id');
const LATER = new Unknown('known after apply');
const NOT_KNOWN = (name: string) => `?(${name}(…) of a value that is not known here)`;

describe('text and numbers', () => {
  test.each([
    ['lower', ['AbC'], '"abc"'],
    ['upper', ['AbC'], '"ABC"'],
    ['lower', [5], NOT_KNOWN('lower')],
    ['upper', [LATER], '?(known after apply)'],
    ['tostring', [5], '"5"'],
    ['tostring', [true], '"true"'],
    ['tostring', [[1]], NOT_KNOWN('tostring')],
    ['tonumber', ['42'], '42'],
    ['tonumber', [' 7 '], '7'],
    ['tonumber', [3], '3'],
    ['tonumber', [''], NOT_KNOWN('tonumber')],
    ['tonumber', ['  '], NOT_KNOWN('tonumber')],
    ['tonumber', ['x1'], NOT_KNOWN('tonumber')],
    ['trimspace', ['  a b \n'], '"a b"'],
    ['trimspace', [1], NOT_KNOWN('trimspace')],
    ['split', [',', 'a,b,,c'], '["a", "b", "", "c"]'],
    ['split', ['', 'abc'], NOT_KNOWN('split')],
    ['split', [',', 5], NOT_KNOWN('split')],
    ['startswith', ['arn:aws:s3', 'arn:'], 'true'],
    ['startswith', ['x', 'arn:'], 'false'],
    ['startswith', ['x', 1], NOT_KNOWN('startswith')],
    ['endswith', ['a.json', '.json'], 'true'],
    ['endswith', ['a.yaml', '.json'], 'false'],
    ['endswith', [1, 'x'], NOT_KNOWN('endswith')],
    ['replace', ['a-b-c', '-', '_'], '"a_b_c"'],
    ['replace', ['a-b', '/-/', '_'], NOT_KNOWN('replace')],
    ['replace', ['a-b', '', '_'], NOT_KNOWN('replace')],
    ['replace', ['a-b', '-', 1], NOT_KNOWN('replace')],
    ['replace', ['ab', '/', '_'], '"ab"'],
    ['length', ['héllo👍🏽'], '6'],
    ['length', [[1, 2, 3]], '3'],
    ['length', [m({ a: 1, b: 2 })], '2'],
    ['length', [5], NOT_KNOWN('length')],
    ['length', [LATER], '?(known after apply)'],
    ['length', [[ID, ID]], '2'],
    ['max', [1, 7, 3], '7'],
    ['min', [4, -2, 9], '-2'],
    ['abs', [-3.5], '3.5'],
    ['ceil', [1.2], '2'],
    ['floor', [1.8], '1'],
    ['max', [], '?(a number that is not known here)'],
    ['max', [1, '2'], '?(a number that is not known here)'],
    ['cidrsubnet', ['10.0.0.0/16', 8, 2], '"10.0.2.0/24"'],
    ['cidrsubnet', ['10.0.0.0/16', 8, 256], NOT_KNOWN('cidrsubnet')],
    ['cidrsubnet', ['10.0.0.0/16', '8', 2], NOT_KNOWN('cidrsubnet')],
    ['format', ['%s-%d', 'a', 5], '"a-5"'],
    ['format', ['100%%'], '"100%"'],
    ['format', ['%v', 'x'], '"x"'],
    ['format', ['%s-%s', 'a'], '?(a string built from a value that is not text)'],
    ['format', ['%q', 'a'], NOT_KNOWN('format')],
    ['format', ['50%'], NOT_KNOWN('format')],
    ['format', [5], NOT_KNOWN('format')],
    ['format', ['arn:%s:x', ID], 'concat("arn:", ref(aws_subnet.a.id), ":x")'],
    ['format', ['%s', LATER], '?(known after apply)'],
    ['join', ['-', ['a', 'b', 'c']], '"a-b-c"'],
    ['join', ['-', []], '""'],
    ['join', [',', ['a', ID]], 'concat("a", ",", ref(aws_subnet.a.id))'],
    ['join', [1, ['a']], NOT_KNOWN('join')],
    ['join', ['-', 'a'], NOT_KNOWN('join')],
  ])('%s(%j) is %s', (name, args, expected) => {
    expect(call(name, ...(args as TfValue[]))).toBe(expected);
  });
});

describe('lists and maps', () => {
  test.each([
    ['concat', [[1], [2, 3], []], '[1, 2, 3]'],
    ['concat', [[1], 2], NOT_KNOWN('concat')],
    ['concat', [[ID], [LATER]], '[ref(aws_subnet.a.id), ?(known after apply)]'],
    ['tolist', [['a']], '["a"]'],
    ['tolist', ['a'], NOT_KNOWN('tolist')],
    ['tolist', [], NOT_KNOWN('tolist')],
    ['toset', [['a', 'b', 'a', ID, ID]], '["a", "b", ref(aws_subnet.a.id), ref(aws_subnet.a.id)]'],
    ['toset', ['a'], NOT_KNOWN('toset')],
    ['distinct', [[1, 2, 1, '1']], '[1, 2, "1"]'],
    ['distinct', [5], NOT_KNOWN('distinct')],
    ['element', [['a', 'b', 'c'], 4], '"b"'],
    ['element', [['a', 'b'], -1], NOT_KNOWN('element')],
    ['element', [[], 0], NOT_KNOWN('element')],
    ['element', [['a'], 'x'], NOT_KNOWN('element')],
    ['element', [[ID, 'b'], 0], 'ref(aws_subnet.a.id)'],
    ['merge', [m({ a: 1, b: 1 }), m({ b: 2 })], '{a: 1, b: 2}'],
    ['merge', [m({ a: 1 }), ['x']], NOT_KNOWN('merge')],
    ['lookup', [m({ a: 1 }), 'a'], '1'],
    ['lookup', [m({ a: 1 }), 'b', 'fallback'], '"fallback"'],
    ['lookup', [m({ a: 1 }), 'b'], NOT_KNOWN('lookup')],
    ['lookup', [m({ a: 1 }), 5], NOT_KNOWN('lookup')],
    ['lookup', [['a'], 'a'], NOT_KNOWN('lookup')],
    ['keys', [m({ b: 1, a: 2 })], '["a", "b"]'],
    ['keys', [['a']], NOT_KNOWN('keys')],
    ['values', [m({ b: 1, a: 2, c: 3 })], '[2, 1, 3]'],
    ['values', ['a'], NOT_KNOWN('values')],
    ['zipmap', [['a', 'b'], [1]], '{a: 1, b: null}'],
    [
      'zipmap',
      [
        ['a', 1],
        [1, 2],
      ],
      NOT_KNOWN('zipmap'),
    ],
    ['zipmap', [['a'], 'x'], NOT_KNOWN('zipmap')],
    ['contains', [['a', 'b'], 'b'], 'true'],
    ['contains', [['a', 'b'], 'c'], 'false'],
    ['contains', [['a', ID], 'c'], NOT_KNOWN('contains')],
    ['contains', ['a', 'a'], NOT_KNOWN('contains')],
    ['contains', [['a']], NOT_KNOWN('contains')],
    ['slice', [['a', 'b', 'c'], 1, 3], '["b", "c"]'],
    ['slice', [['a'], '0', 1], NOT_KNOWN('slice')],
    ['slice', [['a'], 0, '1'], NOT_KNOWN('slice')],
    ['slice', ['abc', 0, 1], NOT_KNOWN('slice')],
    ['one', [['x']], '"x"'],
    ['one', [[]], 'null'],
    ['one', [['x', 'y']], NOT_KNOWN('one')],
    ['one', ['x'], NOT_KNOWN('one')],
    ['coalescelist', [[], ['a'], ['b']], '["a"]'],
    ['coalescelist', [[], 'x'], NOT_KNOWN('coalescelist')],
    ['flatten', [[['a', ['b']], 'c', []]], '["a", "b", "c"]'],
    ['flatten', ['a'], NOT_KNOWN('flatten')],
    ['compact', [['a', '', null, 'b']], '["a", "b"]'],
    ['compact', ['a'], NOT_KNOWN('compact')],
    ['coalesce', [null, '', 'x', 'y'], '"x"'],
    ['coalesce', [null, ''], NOT_KNOWN('coalesce')],
    ['try', [LATER, 'fallback'], '"fallback"'],
    ['try', [LATER], NOT_KNOWN('try')],
  ])('%s(%j) is %s', (name, args, expected) => {
    expect(call(name, ...(args as TfValue[]))).toBe(expected);
  });
});

describe('JSON and files', () => {
  test.each([
    [
      'jsonencode',
      [m({ Version: '2012-10-17', Statement: [m({ Effect: 'Allow' })] })],
      '"{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"Allow\\"}]}"',
    ],
    ['jsonencode', [m({ Resource: ID })], 'json({Resource: ref(aws_subnet.a.id)})'],
    ['jsonencode', [], NOT_KNOWN('jsonencode')],
    ['jsondecode', ['{"a": [1, true, null]}'], '{a: [1, true, null]}'],
    ['jsondecode', ['{'], '?(jsondecode(…) of text that is not JSON)'],
    ['jsondecode', [5], NOT_KNOWN('jsondecode')],
    ['file', ['policy.json'], '"{\\"Statement\\": []}"'],
    ['file', ['../etc/passwd'], '?(file ../etc/passwd is not read)'],
    ['file', [5], NOT_KNOWN('file')],
  ])('%s(%j) is %s', (name, args, expected) => {
    expect(call(name, ...(args as TfValue[]))).toBe(expected);
  });

  test('a string over 1 MiB is UNKNOWN, whichever way it is built', () => {
    const half = 'x'.repeat(512 * 1024 + 1);
    expect(call('replace', half, 'x', 'yy')).toBe('?(a string longer than 1 MiB)');
    expect(call('jsonencode', [half, half])).toBe('?(a string longer than 1 MiB)');
    expect(call('format', '%s%s', half, half)).toBe('?(a string longer than 1 MiB)');
    expect(call('join', '', [half, half])).toBe('?(a string longer than 1 MiB)');
    expect(call('join', '', [half, 'x'.repeat(512 * 1024 - 1)])).toBe(`"${'x'.repeat(1024 * 1024)}"`);
  });
});

describe('what is not evaluated', () => {
  test('a function not listed, and any argument not known, except where the function moves values about', () => {
    expect(call('templatefile', 'a.tpl', m({}))).toBe('?(templatefile(…) is not evaluated here)');
    expect(call('upper', ID)).toBe(NOT_KNOWN('upper'));
    expect(call('lower', [LATER])).toBe('?(known after apply)');
    expect(call('length', [LATER])).toBe('1');
    expect(call('tolist', [LATER])).toBe('[?(known after apply)]');
  });

  test('an argument of more than a million values is not walked', () => {
    let big: TfValue = [1, 2];
    for (let i = 0; i < 20; i++) big = [big, big];
    expect(call('flatten', big)).toBe('?(flatten(…) of a value of more than 1,000,000 parts)');
    expect(call('length', [[1]])).toBe('1');
  });
});

test('concatenate: text, a concatenation keeping references, or UNKNOWN', () => {
  expect(show(concatenate(['a', 1, true]))).toBe('"a1true"');
  expect(show(concatenate(['a', ID, new Concat(['b', ID])]))).toBe('concat("a", ref(aws_subnet.a.id), "b", ref(aws_subnet.a.id))');
  expect(show(concatenate(['a', LATER, ID]))).toBe('?(known after apply)');
  expect(show(concatenate(['a', [1]]))).toBe('?(a string built from a value that is not text)');
});
