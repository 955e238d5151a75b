/**
 * The one door to the file system (src/engine/load/input-files.ts): what is read, what is refused and why, and
 * where a Serverless service's project root is. Each refusal kind decides an exit code elsewhere (`missing` is the
 * only one that is not the input's fault), so each is asked for here.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import {
  ConfinedFiles,
  isInside,
  MAX_INPUT_BYTES,
  projectRootOf,
  readRegularFile,
  realPath,
  workTreeAround,
  type FileRead,
} from '../src/engine/load/input-files.js';

const BASE = mkdtempSync(join(tmpdir(), 'eg-input-files-'));
const ROOT = join(BASE, 'project');
const OUTSIDE = join(BASE, 'outside');
for (const dir of [ROOT, join(ROOT, 'sub'), OUTSIDE]) mkdirSync(dir, { recursive: true });
writeFileSync(join(ROOT, 'a.yaml'), 'a: 1\n');
writeFileSync(join(ROOT, 'empty.yaml'), '');
writeFileSync(join(OUTSIDE, 'secret.txt'), 'secret');
symlinkSync(join(ROOT, 'a.yaml'), join(ROOT, 'link-in.yaml'));
symlinkSync(join(OUTSIDE, 'secret.txt'), join(ROOT, 'link-out.txt'));
symlinkSync(OUTSIDE, join(ROOT, 'out-dir'));
symlinkSync(ROOT, join(BASE, 'root-link'));
symlinkSync(join(ROOT, 'loop-b'), join(ROOT, 'loop-a'));
symlinkSync(join(ROOT, 'loop-a'), join(ROOT, 'loop-b'));
execFileSync('mkfifo', [join(ROOT, 'pipe.yaml')]);

const outcome = (r: FileRead) => (r.ok ? `ok: ${r.bytes.toString('utf8')}` : `${r.kind}: ${r.reason.replaceAll(BASE, '<base>')}`);

describe('readRegularFile', () => {
  test.each([
    ['a file', 'a.yaml', 'ok: a: 1\n'],
    ['an empty file', 'empty.yaml', 'ok: '],
    ['a link to a file (the caller decides about links)', 'link-in.yaml', 'ok: a: 1\n'],
    ['nothing there', 'none.yaml', 'missing: no such file'],
    ['a path through a file', 'a.yaml/x', 'missing: cannot read: ENOTDIR'],
    ['a loop of links: unreadable, not missing', 'loop-a', 'unreadable: cannot read: ELOOP'],
    ['a directory', 'sub', 'special: a directory, not a file'],
    ['a FIFO, without blocking', 'pipe.yaml', 'special: not a regular file (a device, FIFO or socket): not read'],
  ])('%s', (_name, file, expected) => {
    expect(outcome(readRegularFile(join(ROOT, file)))).toBe(expected);
  });

  test('a device is never read', () => {
    expect(outcome(readRegularFile('/dev/zero'))).toBe('special: not a regular file (a device, FIFO or socket): not read');
  });

  test('the size limit: exactly the limit is read whole, one byte more is refused with the limit in MiB', () => {
    const limit = 2 * 1024 * 1024;
    const atLimit = join(ROOT, 'at-limit.bin');
    writeFileSync(atLimit, Buffer.alloc(limit, 0x61));
    const read = readRegularFile(atLimit, limit);
    expect(read.ok && read.bytes.length === limit && read.bytes.every((b) => b === 0x61)).toBe(true);
    const over = join(ROOT, 'over.bin');
    writeFileSync(over, Buffer.alloc(limit + 1));
    expect(outcome(readRegularFile(over, limit))).toBe('too-large: file is larger than 2 MiB');
    expect(MAX_INPUT_BYTES).toBe(20 * 1024 * 1024);
  });
});

test.each([
  ['/a', '/a', true],
  ['/a', '/a/b/c', true],
  ['/a', '/a/..b', true],
  ['/a', '/ab', false],
  ['/a', '/', false],
  ['/a', '/b/a', false],
  ['/a/b', '/a', false],
])('isInside(%s, %s): %s', (root, path, expected) => {
  expect(isInside(root, path)).toBe(expected);
});

test('realPath resolves links, and is undefined for nothing', () => {
  expect([realPath(join(ROOT, 'link-in.yaml')), realPath(join(ROOT, 'none'))]).toStrictEqual([join(ROOT, 'a.yaml'), undefined]);
});

describe('ConfinedFiles: only regular files below the root, links resolved', () => {
  const files = new ConfinedFiles(ROOT);
  test.each([
    ['a file inside', 'a.yaml', 'ok: a: 1\n'],
    ['a link that stays inside', 'link-in.yaml', 'ok: a: 1\n'],
    ['a link that leads out', 'link-out.txt', 'outside: it is outside <base>/project'],
    ['a file through a linked folder that leads out', 'out-dir/secret.txt', 'outside: it is outside <base>/project'],
    ['nothing, through a linked folder that leads out', 'out-dir/none/deeper.txt', 'outside: it is outside <base>/project'],
    ['nothing, above the root', '../outside/none.txt', 'outside: it is outside <base>/project'],
    ['a file above the root', '../outside/secret.txt', 'outside: it is outside <base>/project'],
    ['nothing, inside', 'sub/none/deeper.yaml', 'missing: no such file'],
    ['a folder inside', 'sub', 'special: a directory, not a file'],
    ['a FIFO inside', 'pipe.yaml', 'special: not a regular file (a device, FIFO or socket): not read'],
  ])('%s', (_name, file, expected) => {
    expect(outcome(files.read(join(ROOT, file)))).toBe(expected);
  });

  test('a root given through a link is the folder it leads to; the message names the root as given', () => {
    const linked = new ConfinedFiles(join(BASE, 'root-link'));
    expect([outcome(linked.read(join(ROOT, 'a.yaml'))), outcome(linked.read(join(OUTSIDE, 'secret.txt')))]).toStrictEqual([
      'ok: a: 1\n',
      'outside: it is outside <base>/root-link',
    ]);
  });

  test('a root that does not exist confines to where it would be', () => {
    const ghost = new ConfinedFiles(join(BASE, 'ghost'));
    expect([outcome(ghost.read(join(BASE, 'ghost', 'x.yaml'))), outcome(ghost.read(join(ROOT, 'a.yaml')))]).toStrictEqual([
      'missing: no such file',
      'outside: it is outside <base>/ghost',
    ]);
  });

  test('its size limit', () => {
    expect(outcome(new ConfinedFiles(ROOT, 2).read(join(ROOT, 'a.yaml')))).toBe('too-large: file is larger than 0.0000019073486328125 MiB');
  });
});

describe('the project root of a service', () => {
  test('the nearest folder with a .git (a folder or a worktree file), else the service’s own folder', () => {
    const repo = join(BASE, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'services', 'api'), { recursive: true });
    const worktree = join(repo, 'services', 'wt');
    mkdirSync(worktree);
    writeFileSync(join(worktree, '.git'), 'gitdir: ../../.git/worktrees/wt\n');
    mkdirSync(join(worktree, 'svc'));
    expect(projectRootOf(join(repo, 'services', 'api', 'serverless.yml'))).toBe(repo);
    expect(projectRootOf(join(worktree, 'svc', 'serverless.yml'))).toBe(worktree);
    expect(projectRootOf(join(ROOT, 'sub', 'serverless.yml'))).toBe(join(ROOT, 'sub'));
    expect(workTreeAround(repo)).toBe(repo);
    expect(workTreeAround(`${ROOT}/sub/../sub`)).toBe(join(ROOT, 'sub'));
  });
});
