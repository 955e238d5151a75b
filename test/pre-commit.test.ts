/**
 * The pre-commit hook, with the real `pre-commit` (Debian's package; .ci/run installs it): in a fresh git repository,
 * `pre-commit try-repo <this repository> endpoint-guard --files …` fails on a violating template and passes on a
 * compliant one. pre-commit installs the hook as a user's machine would: npm, the system Node, the committed build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { ROOT } from './helpers/paths.js';

const PRE_COMMIT = ['/usr/bin/pre-commit', 'pre-commit'].find((bin) => spawnSync(bin, ['--version']).status === 0);
if (!PRE_COMMIT) console.warn('pre-commit is not installed: skipping the pre-commit hook test (.ci/run installs it: apt-get install pre-commit)');

(PRE_COMMIT ? describe : describe.skip)('pre-commit hook', () => {
  let repo: string;
  const env = { ...process.env, PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'eg-pre-commit-home-')), NO_COLOR: '1' };
  const run = (args: string[]) => spawnSync(PRE_COMMIT!, args, { cwd: repo, encoding: 'utf8', env, timeout: 900000 });

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'eg-pre-commit-'));
    const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    copyFileSync(join(ROOT, 'examples', 'qldb-four-violations.yaml'), join(repo, 'bad.yaml'));
    copyFileSync(join(ROOT, 'examples', 'qldb-private-subnet.yaml'), join(repo, 'good.yaml'));
    writeFileSync(join(repo, 'README.md'), 'not a template\n');
    git('add', '.');
    git('commit', '-qm', 'templates');
  }, 900000);

  test('fails on a violating template, naming the finding', () => {
    const r = run(['try-repo', ROOT, 'endpoint-guard', '--files', 'bad.yaml']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/endpoint-guard\.+Failed/);
    expect(r.stdout).toMatch(/bad\.yaml[\s\S]*197:13\s+error\s+QldbSessionEndpoint, statement \d+: Principal "\*"[\s\S]*endpoint-policy-scoped/);
  }, 900000);

  test('passes on a compliant template (the environment is reused)', () => {
    const r = run(['try-repo', ROOT, 'endpoint-guard', '--files', 'good.yaml', 'README.md']);
    expect(r.stdout).toMatch(/endpoint-guard\.+Passed/);
    expect(r.status).toBe(0);
  }, 900000);
});
