/**
 * Every example and test template, checked one input at a time, gives byte for byte the findings, notes and input
 * errors recorded in test/golden/findings.json. A change meant to be behaviour-neutral (speed, refactoring) must leave
 * this file untouched; a change of behaviour rewrites it with `UPDATE_GOLDEN=1 npm test -- findings-golden`, and the
 * diff shows every finding it moved.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { ROOT } from './helpers/paths.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'findings.json');
const TEMPLATE_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template', '.tf']);

/** Each template file once; a folder of .tf files is one input (its first file stands for it, as on the command line). */
function inputs(): string[] {
  const files = ['examples', 'test/templates', 'test/practice']
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)))
    .filter((f) => TEMPLATE_EXTENSIONS.has(extname(f)) && !f.includes('expected'))
    .sort();
  const modules = new Set<string>();
  return files.filter((f) => {
    if (extname(f) !== '.tf') return true;
    if (modules.has(dirname(f))) return false;
    modules.add(dirname(f));
    return true;
  });
}

async function record(input: string): Promise<unknown> {
  const { findings, problems, notices, checked } = await check([join(ROOT, input)]);
  return { input, checked, findings, problems, notices };
}

test('findings of every example and test template are byte-identical to test/golden/findings.json', async () => {
  const records = [];
  for (const input of inputs()) records.push(await record(input));
  const text = JSON.stringify(records, null, 1).split(ROOT).join('<root>') + '\n';
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, text);
  const golden = readFileSync(GOLDEN, 'utf8');
  expect(records.length).toBeGreaterThan(250);
  // Compared line by line first, so that a difference is shown where it is rather than as two 1 MB strings.
  const lines = text.split('\n');
  const first = golden.split('\n').findIndex((line, i) => line !== lines[i]);
  expect(first === -1 ? '' : `line ${first + 1}: ${lines[first]}`).toBe(first === -1 ? '' : `line ${first + 1}: ${golden.split('\n')[first]}`);
  expect(text).toBe(golden);
});

test('the golden inputs are named relative to the repository', () => {
  expect(inputs().every((f) => !f.startsWith('/') && relative(ROOT, join(ROOT, f)) === f)).toBe(true);
});
