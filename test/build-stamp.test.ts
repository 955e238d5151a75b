/**
 * The CLI tests spawn the built dist/: Jest's global setup rebuilds it when it was built from other sources, so a
 * stale dist/ cannot make a test pass.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
// @ts-expect-error -- a plain ES module without types (it runs before any build)
import { builtStamp, sourceStamp } from '../scripts/build-stamp.mjs';

const stamp = sourceStamp as (root?: string) => string;

test('the dist/ these tests run was built from the sources as they are', () => {
  expect((builtStamp as () => string | undefined)()).toBe(stamp());
});

test('the stamp changes with any source, rule or lockfile change, and only with those', () => {
  const root = mkdtempSync(join(tmpdir(), 'eg-stamp-'));
  mkdirSync(join(root, 'src', 'engine'), { recursive: true });
  mkdirSync(join(root, 'rules'));
  writeFileSync(join(root, 'src', 'engine', 'a.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'rules', 'r.ts'), 'export const r = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  const first = stamp(root);
  writeFileSync(join(root, 'README.md'), 'docs are not built\n');
  expect(stamp(root)).toBe(first);
  writeFileSync(join(root, 'src', 'engine', 'a.ts'), 'export const a = 2;\n');
  const second = stamp(root);
  expect(second).not.toBe(first);
  writeFileSync(join(root, 'rules', 'r.ts'), 'export const r = 2;\n');
  const third = stamp(root);
  expect(third).not.toBe(second);
  writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion": 3}\n');
  expect(stamp(root)).not.toBe(third);
});
