/**
 * Stryker copies the project into a sandbox, leaving out what `ignorePatterns` names (gitignore rules: a pattern
 * without a slash matches a file or folder of that name at any depth). A pattern that matches a test's data makes the
 * test fail in the sandbox's first run, or, worse, pass without what it reads: `reports` once left out
 * test/golden/reports/, so the reporters' golden tests could not run under mutation testing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { ROOT } from './helpers/paths.js';

const { default: config } = (await import(pathToFileURL(join(ROOT, 'stryker.config.mjs')).href)) as { default: { ignorePatterns?: string[] } };
const patterns: readonly string[] = config.ignorePatterns ?? [];

/** Whether a gitignore-style pattern of plain names (no globs) leaves out `file`. */
function leavesOut(pattern: string, file: string): boolean {
  const segments = file.split('/');
  const trimmed = pattern.replace(/\/$/, '');
  if (trimmed.startsWith('/')) return file === trimmed.slice(1) || file.startsWith(`${trimmed.slice(1)}/`);
  if (trimmed.includes('/') || trimmed.includes('*')) return false; // not plain: checked by the sandbox's own run
  return segments.includes(trimmed);
}

describe('the mutation sandbox', () => {
  test('the matcher reads patterns as gitignore does', () => {
    expect(leavesOut('reports', 'test/golden/reports/a.txt')).toBe(true);
    expect(leavesOut('/reports', 'test/golden/reports/a.txt')).toBe(false);
    expect(leavesOut('/reports', 'reports/index.html')).toBe(true);
    expect(leavesOut('.stryker-tmp', 'a/.stryker-tmp/b')).toBe(true);
  });

  test('holds every file of the tests and the sources', () => {
    const files = ['test', 'src', 'rules'].flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`));
    expect(files).toContain('test/golden/reports/examples.json.txt');
    const left = files.flatMap((file) => patterns.filter((p) => leavesOut(p, file)).map((p) => `${p}: ${file}`));
    expect(left).toEqual([]);
  });
});
