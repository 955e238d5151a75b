/**
 * Every reporter, in-process, on inputs that together reach each part of the output (findings of every level,
 * suppressed findings and notes, input errors, lenient-read notices, missing paths, forged text), byte for byte
 * against test/golden/reports/. The CLI tests check the formats end to end through the built dist/; these make the
 * reporters' own code answerable to the tests that mutation testing runs. A change of output rewrites the files with
 * `UPDATE_GOLDEN=1 npm test -- reports-golden`, and the diff shows what moved.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { toBeValidSarifLog } from '@microsoft/jest-sarif';
import { check, type CheckResult } from '../src/engine/check.js';
import { applyBaseline, readBaseline } from '../src/engine/report/baseline.js';
import { formatGithub } from '../src/engine/report/github.js';
import { formatJson } from '../src/engine/report/json.js';
import { formatMermaid } from '../src/engine/report/mermaid.js';
import { formatSarif } from '../src/engine/report/sarif.js';
import { formatStylish } from '../src/engine/report/stylish.js';
import { ROOT } from './helpers/paths.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- jest-sarif ships no types for its matcher
expect.extend({ toBeValidSarifLog });
declare module 'expect' {
  interface Matchers<R> {
    toBeValidSarifLog(): R;
  }
}

const GOLDEN = join(ROOT, 'test', 'golden', 'reports');
const VERSION = '0.0.0-golden';

/** Inputs named relative to the repository (Jest runs there), so the reports name them the same on every machine. */
const CASES: Record<string, readonly string[]> = {
  examples: ['examples'],
  suppressions: ['test/templates/suppressions'],
  'input-errors': ['test/templates/inputs/bad', 'test/templates/inputs/lenient', 'test/templates/inputs/no-such-file.yaml'],
  'forged-text': ['test/golden/report-inputs/forged-text.yaml'],
  'serverless-and-terraform': ['test/templates/inputs/serverless/qldb-four-violations', 'test/templates/inputs/terraform/violations/plan.json'],
  network: ['test/golden/report-inputs/network.yaml'],
  cdk: ['test/templates/inputs/cdk/cdk.out'],
  'no-vpc': ['test/golden/report-inputs/no-vpc.yaml'],
  compliant: ['examples/qldb-private-subnet.yaml'],
  'one-warning': ['test/templates/rules/lambda-multi-az/bad-one-subnet.yaml'],
  'one-input-error': ['test/templates/inputs/bad/malformed.yaml'],
  'one-missing-path': ['test/templates/inputs/no-such-file.yaml'],
};

/** The formats a case is written in, where not all: what the case reaches that the others do not. */
const ONLY: Record<string, readonly string[]> = {
  network: ['mermaid', 'stylish'],
  cdk: ['mermaid', 'sarif', 'github'],
  'no-vpc': ['mermaid'],
  compliant: ['stylish', 'github'],
  'one-warning': ['stylish', 'stylish-color-wrapped'],
  'one-input-error': ['stylish', 'stylish-color-wrapped', 'sarif'],
  'one-missing-path': ['stylish', 'sarif'],
};

type Render = (result: CheckResult) => Promise<string> | string;
const FORMATS: Record<string, Render> = {
  json: (r) => formatJson(r, VERSION),
  'json-baselined': (r) => formatJson(r, VERSION, 3),
  sarif: (r) => formatSarif(r, VERSION),
  'sarif-baseline-source-root': (r) => formatSarif(r, VERSION, { withBaseline: true, sourceRoot: ROOT }),
  github: (r) => formatGithub(r),
  stylish: (r) => formatStylish(r),
  'stylish-color-wrapped': (r) => formatStylish(r, { color: true, width: 72, baselined: 2, hidden: 1 }),
  mermaid: (r) => formatMermaid(r),
  // A baseline of the run's own findings: every finding is known, none is fresh.
  'baseline-applied': async (r) => {
    const file = join(mkdtempSync(join(tmpdir(), 'eg-baseline-')), 'baseline.sarif');
    writeFileSync(file, formatSarif({ ...r, findings: r.findings.filter((f) => !f.suppressed) }, VERSION));
    const { fresh, known } = applyBaseline(r.findings, await readBaseline(file));
    return JSON.stringify({ fresh: fresh.map((f) => `${f.ruleId} ${f.logicalId}${f.suppressed ? ' (suppressed)' : ''}`), known: known.length }, null, 1) + '\n';
  },
};

const results = new Map<string, CheckResult>();
beforeAll(async () => {
  for (const [name, paths] of Object.entries(CASES)) results.set(name, await check([...paths], { keepModels: true }));
});

/** SARIF with the baseline properties and a source root once: its rule metadata makes every SARIF file large. */
const formatsOf = (name: string) => ONLY[name] ?? Object.keys(FORMATS).filter((format) => format !== 'sarif-baseline-source-root' || name === 'examples');

describe.each(Object.keys(CASES))('%s', (name) => {
  test.each(formatsOf(name))('%s', async (format) => {
    const result = results.get(name);
    if (!result) throw new Error(`no result for ${name}`);
    const render = FORMATS[format];
    if (!render) throw new Error(`no format ${format}`);
    const text = (await render(result)).split(ROOT).join('<root>');
    const file = join(GOLDEN, `${name}.${format}.txt`);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
    if (format.startsWith('sarif')) expect(JSON.parse(text)).toBeValidSarifLog();
  });
});

test('the cases reach every level, suppressions, input errors, notices and missing paths', () => {
  const all = [...results.values()];
  const levels = new Set(all.flatMap((r) => r.findings.map((f) => f.level)));
  expect([...levels].sort()).toEqual(['error', 'note', 'warning']);
  expect(all.some((r) => r.findings.some((f) => f.suppressed))).toBe(true);
  expect(all.some((r) => r.problems.length > 0)).toBe(true);
  expect(all.some((r) => r.notices.length > 0)).toBe(true);
  expect(all.some((r) => r.missing.length > 0)).toBe(true);
});
