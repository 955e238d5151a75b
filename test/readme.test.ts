/** The README lists every rule with its level and title, linked to its doc page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { builtinRules } from '../rules/index.js';
import { ROOT } from './helpers/paths.js';

test.each(builtinRules.map((r) => [r.id, r] as const))('README lists %s', (id, rule) => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain(`| [\`${id}\`](rules/${id}.md) | ${rule.level} | ${rule.title} |`);
});
