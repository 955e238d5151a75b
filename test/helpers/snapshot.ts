/**
 * This repository as it is in the working tree, committed in a clone of its own: what pre-commit and npm fetch from a
 * Git URL, but with the changes not yet committed here (a rebuilt dist/ with new chunk files included), so that the
 * tests that install from Git test the code under test. The clone's branch has the name of this one (main in CI).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './paths.js';

export function workingTreeSnapshot(): { repo: string; branch: string } {
  const repo = mkdtempSync(join(tmpdir(), 'eg-snapshot-'));
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const branch = git(ROOT, 'branch', '--show-current').trim() || 'main';
  git(repo, 'clone', '-q', '--no-checkout', ROOT, '.');
  git(repo, 'checkout', '-q', '-B', branch);
  git(repo, 'rm', '-rq', '--cached', '.');
  for (const file of git(ROOT, 'ls-files', '-co', '--exclude-standard', '-z')
    .split('\0')
    .filter((f) => f !== '')) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    try {
      copyFileSync(join(ROOT, file), join(repo, file));
    } catch {
      // deleted in the working tree, not yet in the index: not part of the snapshot
    }
  }
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'working tree', '--allow-empty');
  return { repo, branch };
}
