/**
 * Every example and test template, checked one input at a time, gives byte for byte the findings, notes and input
 * errors recorded in test/golden/findings.json. A change meant to be behaviour-neutral (speed, refactoring) must leave
 * this file untouched; a change of behaviour rewrites it with `UPDATE_GOLDEN=1 npm test -- findings-golden`, and the
 * diff shows every finding it moved.
 *
 * One test per input, so that a failure names the input, and so that mutation testing runs only the inputs whose
 * checks reach a mutant.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { ROOT } from './helpers/paths.js';

const GOLDEN = join(ROOT, 'test', 'golden', 'findings.json');
const TEMPLATE_EXTENSIONS = new Set(['.yaml', '.yml', '.json', '.template', '.tf']);
const UPDATING = process.env.UPDATE_GOLDEN === '1';

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

interface GoldenRecord {
  input: string;
}

/** The file's text is JSON.stringify(records, null, 1) with the repository's path written <root>. */
function serialise(records: unknown[]): string {
  return JSON.stringify(records, null, 1).split(ROOT).join('<root>') + '\n';
}

async function record(input: string): Promise<GoldenRecord> {
  const { findings, problems, notices, checked } = await check([join(ROOT, input)]);
  return { input, checked, findings, problems, notices } as GoldenRecord;
}

const goldenByInput = new Map((JSON.parse(readFileSync(GOLDEN, 'utf8')) as GoldenRecord[]).map((entry) => [entry.input, entry]));
const recorded = new Map<string, GoldenRecord>();

describe('findings of every example and test template are byte-identical to test/golden/findings.json', () => {
  test.each(inputs())('%s', async (input) => {
    const actual = await record(input);
    recorded.set(input, actual);
    if (UPDATING) return;
    // Compared as text, so that a changed key order or an extra undefined-valued key is a difference too.
    expect(serialise([actual])).toBe(serialise([goldenByInput.get(input) ?? { input, missing: 'not in the golden file' }]));
  });

  afterAll(() => {
    if (UPDATING) writeFileSync(GOLDEN, serialise(inputs().flatMap((input) => recorded.get(input) ?? [])));
  });
});

// Read again: with UPDATE_GOLDEN the file was just rewritten.
test('the golden file lists exactly the inputs, in order, written as the tests compare them', () => {
  const text = readFileSync(GOLDEN, 'utf8');
  const entries = JSON.parse(text) as GoldenRecord[];
  expect(inputs().length).toBeGreaterThan(250);
  expect(entries.map((entry) => entry.input)).toEqual(inputs());
  expect(serialise(entries)).toBe(text);
});

test('the golden inputs are named relative to the repository', () => {
  expect(inputs().every((f) => !f.startsWith('/') && relative(ROOT, join(ROOT, f)) === f)).toBe(true);
});
