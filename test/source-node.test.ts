/** The position tree's helpers (src/engine/load/source-node.ts): line and column of an offset, and plain data. */
import { expect, test } from '@jest/globals';
import { child, entry, lineLocator, toPlain, type SourceNode } from '../src/engine/load/source-node.js';

test('lineLocator: 1-based lines and columns; a line starts right after its line break', () => {
  const at = lineLocator('ab\ncd\n\nef');
  expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((offset) => `${at(offset).line}:${at(offset).column}`)).toStrictEqual([
    '1:1',
    '1:2',
    '1:3',
    '2:1',
    '2:2',
    '2:3',
    '3:1',
    '4:1',
    '4:2',
    '4:3',
  ]);
  expect(lineLocator('')(0)).toStrictEqual({ line: 1, column: 1 });
  const many = lineLocator('x\n'.repeat(1000));
  expect([many(0), many(1), many(2), many(1998), many(1999)]).toStrictEqual([
    { line: 1, column: 1 },
    { line: 1, column: 2 },
    { line: 2, column: 1 },
    { line: 1000, column: 1 },
    { line: 1000, column: 2 },
  ]);
});

test('child and entry find a key of a map only; toPlain gives plain data', () => {
  const loc = { line: 1, column: 1 };
  const node: SourceNode = {
    kind: 'map',
    loc,
    entries: [
      {
        key: 'a',
        keyLoc: loc,
        value: {
          kind: 'seq',
          loc,
          items: [
            { kind: 'scalar', value: 1, loc },
            { kind: 'scalar', value: null, loc },
          ],
        },
      },
      { key: 'b', keyLoc: { line: 2, column: 1 }, value: { kind: 'scalar', value: 'x', loc } },
    ],
  };
  expect(toPlain(node)).toStrictEqual({ a: [1, null], b: 'x' });
  expect([entry(node, 'b')?.keyLoc.line, child(node, 'b'), child(node, 'c'), child(child(node, 'a'), '0'), child(undefined, 'a')]).toStrictEqual([
    2,
    { kind: 'scalar', value: 'x', loc },
    undefined,
    undefined,
    undefined,
  ]);
});
