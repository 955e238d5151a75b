/**
 * The bounds on what one input may cost (src/engine/load/budget.ts): the node estimate made before parsing, the refusal
 * past a limit, and the count of what expansion produces. The hostile tests show the bounds hold end to end; these pin
 * the arithmetic, so that a limit cannot drift by one or stop counting a kind of node unnoticed.
 */
import { describe, expect, test } from '@jest/globals';
import { assertParseable, ExpansionBudget, LIMITS, structureCount } from '../src/engine/load/budget.js';
import { type Loc, type SourceNode } from '../src/engine/load/source-node.js';
import { inputErrorOf } from './helpers/input-error.js';

const AT: Loc = { line: 1, column: 1 };
const scalar = (value: string | number | null): SourceNode => ({ kind: 'scalar', value, loc: AT });
const seq = (...items: SourceNode[]): SourceNode => ({ kind: 'seq', items, loc: AT });
const map = (...values: SourceNode[]): SourceNode => ({ kind: 'map', entries: values.map((value, i) => ({ key: `k${i}`, keyLoc: AT, value })), loc: AT });

describe('structureCount: one node per line break, comma, opening bracket, `: ` and nested `- `', () => {
  test.each([
    ['', 0],
    ['plain', 0],
    ['a\n', 1],
    ['a\nb\nc', 2],
    ['a: b', 1],
    ['a:b', 0],
    ['a:', 0],
    ['a:\n', 2],
    ['a:\tb', 1],
    ['[1,2]', 2],
    ['{a: 1}', 2],
    ['- a', 0],
    ['- - a', 1],
    ['-\t-\ta', 1],
    ['- - - a', 2],
    ['-- a', 1],
    ['-x - a', 0],
    ['-\n- a', 1],
    ['a - - b', 1],
    ['a -b', 0],
    ['a\t\t: b', 1],
  ])('%j has %i', (text, count) => {
    expect(structureCount(text)).toBe(count);
  });
});

describe('assertParseable', () => {
  test('text with more nodes than the limit is refused before parsing, with both numbers written out', () => {
    const e = inputErrorOf(() => {
      assertParseable('big.yaml', '\n'.repeat(1001), 1000, 'YAML');
    });
    expect([e.file, e.message, e.loc]).toStrictEqual([
      'big.yaml',
      'too large to read: about 1,001 YAML nodes, more than the 1,000 this tool reads in one file',
      undefined,
    ]);
    expect(
      inputErrorOf(() => {
        assertParseable('big.json', ','.repeat(12), 10, 'JSON');
      }).message,
    ).toMatch(/^too large to read: about 12 JSON nodes, more than the 10 /);
  });

  test('exactly the limit is read; so is text no longer than the limit, whatever it holds', () => {
    expect(() => {
      assertParseable('at-limit.yaml', `${'\n'.repeat(1000)}x`, 1000, 'YAML');
    }).not.toThrow();
    expect(() => {
      assertParseable('short.yaml', '\n'.repeat(1000), 1000, 'YAML');
    }).not.toThrow();
  });

  test('the limits are the documented ones', () => {
    expect(LIMITS).toStrictEqual({ yamlNodes: 500_000, jsonNodes: 2_000_000, expandedNodes: 1_000_000 });
  });
});

describe('ExpansionBudget', () => {
  test('charges add up; the limit itself is allowed, one more is refused for the input file', () => {
    const budget = new ExpansionBudget('t.yaml', 10);
    budget.charge(4, 'Fn::ForEach');
    budget.charge(6, 'Fn::ForEach');
    const e = inputErrorOf(() => {
      budget.charge(1, 'Fn::ForEach::Subnets');
    });
    expect([e.file, e.message, e.loc]).toStrictEqual(['t.yaml', 'Fn::ForEach::Subnets expands to more than 10 nodes: not expanded', undefined]);
  });

  test('the refusal points at the place that asked, in the file that place is in', () => {
    const inInclude: Loc = { line: 7, column: 3, file: 'fragment.yml' };
    const e = inputErrorOf(() => {
      new ExpansionBudget('serverless.yml', 1500).charge(1501, '${file(fragment.yml)}', inInclude);
    });
    expect([e.file, e.message, e.loc]).toStrictEqual(['fragment.yml', '${file(fragment.yml)} expands to more than 1,500 nodes: not expanded', inInclude]);
    const here: Loc = { line: 2, column: 5 };
    expect(
      inputErrorOf(() => {
        new ExpansionBudget('serverless.yml', 0).charge(1, 'x', here);
      }).file,
    ).toBe('serverless.yml');
  });

  test('by default an input may expand to a million nodes', () => {
    const budget = new ExpansionBudget('t.yaml');
    budget.charge(1_000_000, 'x');
    expect(
      inputErrorOf(() => {
        budget.charge(1, 'x');
      }).message,
    ).toBe('x expands to more than 1,000,000 nodes: not expanded');
  });

  test('sizeOf counts every node, and a long string as one more node per 64 characters', () => {
    const budget = new ExpansionBudget('t.yaml');
    expect(budget.sizeOf(scalar('a'.repeat(63)))).toBe(1);
    expect(budget.sizeOf(scalar('a'.repeat(64)))).toBe(2);
    expect(budget.sizeOf(scalar('a'.repeat(640)))).toBe(11);
    expect(budget.sizeOf(scalar(123456789))).toBe(1);
    expect(budget.sizeOf(scalar(null))).toBe(1);
    expect(budget.sizeOf(seq())).toBe(1);
    expect(budget.sizeOf(map())).toBe(1);
    expect(budget.sizeOf(seq(scalar('a'), scalar('b')))).toBe(3);
    expect(budget.sizeOf(map(scalar('a'), seq(scalar('b'), scalar('c'.repeat(128)))))).toBe(7);
  });

  test('a subtree shared at every level counts each time it occurs, and is measured once', () => {
    // 48 levels of [x, x]: 2^49 - 1 nodes as expansion would produce them; without the memo this would never end.
    let node = scalar('leaf');
    for (let level = 0; level < 48; level++) node = map(node, node);
    const budget = new ExpansionBudget('t.yaml');
    expect(budget.sizeOf(node)).toBe(2 ** 49 - 1);
    expect(budget.sizeOf(seq(node, node))).toBe(2 ** 50 - 1);
  });
});
