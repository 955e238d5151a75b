/**
 * Before any test: a dist/ built from other sources than these is rebuilt (`npm run compile`), so that the CLI tests,
 * which spawn the built CLI as users run it, test the code as it is now and never a stale build.
 */
import { spawnSync } from 'node:child_process';
import { builtStamp, ROOT, sourceStamp } from '../scripts/build-stamp.mjs';

export default function globalSetup() {
  if (builtStamp() === sourceStamp()) return;
  process.stderr.write('\ndist/ is older than the sources: npm run compile\n');
  const r = spawnSync('npm', ['run', 'compile'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error('npm run compile failed: the CLI tests would run a stale dist/');
}
