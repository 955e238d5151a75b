#!/usr/bin/env node
/**
 * The build stamp: a hash of everything dist/ is built from (src/, rules/, scripts/, schema/, the build's configs and
 * the lockfile). `npm run compile` writes it to dist/build-stamp; Jest's global setup rebuilds when it differs, so the
 * CLI tests never run a dist/ older than the sources they claim to test.
 *   node scripts/build-stamp.mjs --write   record the stamp of the sources as they are
 *   node scripts/build-stamp.mjs --check   exit 1 when dist/ was built from other sources
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const STAMP = join(ROOT, 'dist', 'build-stamp');
const INPUTS = ['src', 'rules', 'scripts', 'schema', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function files(path) {
  if (!existsSync(path)) return [];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

export function sourceStamp(root = ROOT) {
  const hash = createHash('sha256');
  const all = INPUTS.flatMap((input) => {
    const path = join(root, input);
    return input.includes('.') ? (existsSync(path) ? [path] : []) : files(path);
  }).sort();
  for (const file of all) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export const builtStamp = () => (existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : undefined);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--write')) writeFileSync(STAMP, `${sourceStamp()}\n`);
  else if (builtStamp() !== sourceStamp()) {
    console.error('dist/ was built from other sources: run npm run compile');
    process.exit(1);
  }
}
