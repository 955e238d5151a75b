/** The base of every variant: the safe pattern, with no finding of any rule. */
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { check } from '../../src/engine/check.js';
import { TEMPLATES } from '../helpers/paths.js';

test('the safe pattern has no finding of any rule', async () => {
  const result = await check([join(TEMPLATES, 'variants', 'safe-pattern.json')]);
  expect(result.problems).toEqual([]);
  expect(result.findings).toEqual([]);
});
