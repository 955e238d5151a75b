/**
 * Stryker copies the project into a sandbox, leaving out what `ignorePatterns` names (gitignore rules: a pattern
 * without a slash matches a file or folder of that name at any depth). A pattern that matches a test's data makes the
 * test fail in the sandbox's first run, or, worse, pass without what it reads: `reports` once left out
 * test/golden/reports/, so the reporters' golden tests could not run under mutation testing. The CLI tests kill
 * mutants through test/helpers/mutant-coverage.ts, checked at the end.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { type StrykerContext, withMutantCoverage } from './helpers/mutant-coverage.js';
import { ROOT } from './helpers/paths.js';

const { default: config } = (await import(pathToFileURL(join(ROOT, 'stryker.config.mjs')).href)) as {
  default: { ignorePatterns?: string[]; buildCommand?: string };
};
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

const holder = globalThis as { __stryker__?: StrykerContext };

describe('the CLI tests kill mutants too', () => {
  test('the sandbox builds dist/ from the instrumented sources', () => {
    expect(config.buildCommand).toBe('npm run compile');
  });

  test("a child's mutant coverage counts for the test that spawned it", () => {
    // A child as the instrumented CLI would be: it covers mutant 7 twice at load and mutant 9 once.
    const child = "globalThis.__stryker__ = { mutantCoverage: { static: { '7': 2 }, perTest: { x: { '9': 1 } } } };";
    holder.__stryker__ = { currentTestId: 'a test', mutantCoverage: { static: {}, perTest: { 'a test': { '7': 1 } } } };
    try {
      const run = withMutantCoverage({ ...process.env }, (env) => spawnSync(process.execPath, ['-e', child], { env, encoding: 'utf8' }));
      expect(run.status).toBe(0);
      expect(holder.__stryker__.mutantCoverage?.perTest).toEqual({ 'a test': { '7': 3, '9': 1 } });
    } finally {
      delete holder.__stryker__;
    }
  });

  test('outside StrykerJS the environment is passed as it is', () => {
    const env = { PATH: process.env.PATH ?? '', ONLY: 'this' };
    expect(withMutantCoverage(env, (seen) => seen)).toBe(env);
  });
});
