/**
 * Every `npx endpoint-guard …` command of the README's shell blocks, run as written in a user's project (a Git work
 * tree with the examples, endpoint-guard installed in node_modules as npm links it), with the exit code the README
 * promises: findings fail the run (1), recording a baseline passes (0), a run against that baseline passes (0).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { ROOT } from './helpers/paths.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const COMMANDS = [...README.matchAll(/^```sh\n([\s\S]*?)^```/gm)]
  .flatMap((m) => m[1]!.split('\n'))
  .map((line) =>
    line
      .replace(/\s+#.*$/, '')
      .replace(/^npm ci && /, '')
      .trim(),
  )
  .filter((line) => line.startsWith('npx endpoint-guard'));

/** What each README command must exit with in a project holding the examples (which include four violations). */
const EXPECTED: Record<string, number> = {
  'npx endpoint-guard check .': 1,
  'npx endpoint-guard check --write-baseline .endpoint-guard-baseline.sarif .': 0,
  'npx endpoint-guard check --baseline .endpoint-guard-baseline.sarif .': 0,
  // Two of the example's four findings have a mechanical fix (DNS hostnames, the endpoint's ingress): two remain.
  'npx endpoint-guard check --fix-dry-run examples/qldb-four-violations.yaml': 1,
  'npx endpoint-guard check --fix examples/qldb-four-violations.yaml': 1,
  'npx endpoint-guard policy examples/qldb-four-violations.yaml': 0,
};

test('the README shell blocks hold the commands this test knows, and nothing it does not', () => {
  expect([...new Set(COMMANDS)].filter((c) => !c.startsWith('npx endpoint-guard check examples/')).sort()).toEqual(Object.keys(EXPECTED).sort());
});

test('each README command works as written, in order, in a user project', () => {
  const project = mkdtempSync(join(tmpdir(), 'eg-readme-project-'));
  spawnSync('git', ['init', '-q'], { cwd: project });
  cpSync(join(ROOT, 'examples'), join(project, 'examples'), { recursive: true });
  mkdirSync(join(project, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(ROOT, join(project, 'node_modules', 'endpoint-guard'), 'dir');
  symlinkSync(join('..', 'endpoint-guard', 'bin', 'endpoint-guard.js'), join(project, 'node_modules', '.bin', 'endpoint-guard'));
  for (const command of COMMANDS.filter((c) => c in EXPECTED)) {
    const r = spawnSync('sh', ['-c', command], { cwd: project, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' } });
    expect({ command, code: r.status, stderr: r.stderr.replace(/^npm warn.*\n/gm, '') }).toEqual({
      command,
      code: EXPECTED[command],
      stderr: expect.not.stringMatching(/internal error|input error/),
    });
  }
});

test('the set-up command checks the bundled examples: the violating one fails the run', () => {
  const setUp = COMMANDS.find((c) => c.startsWith('npx endpoint-guard check examples/'));
  expect(setUp).toBe('npx endpoint-guard check examples/');
  const r = spawnSync('sh', ['-c', setUp!], { cwd: ROOT, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' } });
  expect(r.stdout).toMatch(/examples\/qldb-four-violations\.yaml\n( {2}\d+:\d+ .*\n){4}/);
  expect(r.stdout).not.toMatch(/qldb-private-subnet\.yaml/);
  expect(r.status).toBe(1);
});
