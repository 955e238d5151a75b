/** The seed architecture: the compliant QLDB example has no finding; the broken one has exactly the four violations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { ROOT, TEMPLATES } from './helpers/paths.js';

const expected = JSON.parse(readFileSync(join(TEMPLATES, 'examples-expected.json'), 'utf8')) as Record<string, Array<{ ruleId: string; line: number; column: number; logicalId: string }>>;

test.each(Object.keys(expected))('examples/%s', (name) => {
  const result = check([join(ROOT, 'examples', name)]);
  expect(result.problems).toEqual([]);
  const actual = result.findings.filter((f) => f.level !== 'note').map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, logicalId: f.logicalId }));
  expect(actual).toEqual([...expected[name]!].sort((a, b) => a.line - b.line));
});

test('the compliant example has no note either: everything in it is knowable', () => {
  expect(check([join(ROOT, 'examples', 'qldb-private-subnet.yaml')]).findings).toEqual([]);
});
