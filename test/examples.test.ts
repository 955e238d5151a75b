/** The seed architecture: the compliant QLDB example has no finding; the broken one has exactly the four violations. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { ROOT, TEMPLATES } from './helpers/paths.js';

const expected = JSON.parse(readFileSync(join(TEMPLATES, 'examples-expected.json'), 'utf8')) as Record<
  string,
  { ruleId: string; line: number; column: number; logicalId: string }[]
>;

test.each(Object.keys(expected))('examples/%s', async (name) => {
  const result = await check([join(ROOT, 'examples', name)]);
  expect(result.problems).toEqual([]);
  const actual = result.findings.filter((f) => f.level !== 'note').map((f) => ({ ruleId: f.ruleId, line: f.line, column: f.column, logicalId: f.logicalId }));
  expect(actual).toEqual([...expected[name]!].sort((a, b) => a.line - b.line));
});

test('the compliant example has no note either: everything in it is knowable', async () => {
  expect((await check([join(ROOT, 'examples', 'qldb-private-subnet.yaml')])).findings).toEqual([]);
});

test('the seed with its QLDB endpoint removed: exactly one finding, lambda-service-endpoints, naming qldb.session', async () => {
  const text = readFileSync(join(ROOT, 'examples', 'qldb-private-subnet.yaml'), 'utf8');
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === '  QldbSessionEndpoint:');
  const next = lines.findIndex((l, i) => i > start && /^( {2})?\w+:$/.test(l)); // the next resource or section
  expect(start).toBeGreaterThan(0);
  const variant = [...lines.slice(0, start), ...(next > 0 ? lines.slice(next) : [])].join('\n');
  const file = join(mkdtempSync(join(tmpdir(), 'eg-qldb-')), 'qldb-without-endpoint.yaml');
  writeFileSync(file, variant);
  const findings = (await check([file])).findings.filter((f) => f.level !== 'note');
  expect(findings.map((f) => [f.ruleId, f.level, f.logicalId])).toEqual([['lambda-service-endpoints', 'error', 'Function']]);
  expect(findings[0]!.message).toMatch(/add an Interface endpoint com\.amazonaws\.\$\{AWS::Region\}\.qldb\.session: qldb:SendCommand is granted to \w+/);
});
