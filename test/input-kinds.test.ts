/**
 * Every input kind gives the findings of the equivalent CloudFormation, at lines of the file the user wrote:
 * test/templates/inputs/<kind>/expected.json lists every error/warning finding (rule, line, subject, file).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { check, type CheckResult } from '../src/engine/check.js';
import type { Finding } from '../src/engine/run/finding.js';
import { ROOT, TEMPLATES } from './helpers/paths.js';

interface Expected {
  ruleId: string;
  line: number;
  logicalId: string;
  file?: string;
}
const order = (a: Expected, b: Expected) => (a.file ?? '').localeCompare(b.file ?? '') || a.line - b.line || a.ruleId.localeCompare(b.ruleId);
const kindDir = (kind: string) => join(TEMPLATES, 'inputs', kind);
const expectations = (kind: string) =>
  Object.entries(JSON.parse(readFileSync(join(kindDir(kind), 'expected.json'), 'utf8')) as Record<string, Expected[]>).filter(([k]) => !k.startsWith('_'));

/** Findings as expected.json writes them: `file` only when it is not the input itself. */
function actual(kind: string, input: string, findings: readonly Finding[]): Expected[] {
  return findings
    .filter((f) => f.level !== 'note')
    .map((f) => {
      const file = relative(kindDir(kind), f.file);
      return { ruleId: f.ruleId, line: f.line, logicalId: f.logicalId, ...(file !== input ? { file } : {}) };
    })
    .sort(order);
}

describe.each(['serverless', 'sam'])('%s', (kind) => {
  test.each(expectations(kind))('%s', async (input, expected) => {
    const result = await check([join(kindDir(kind), input)]);
    expect(result.problems).toEqual([]);
    expect(actual(kind, input, result.findings)).toEqual([...expected].sort(order));
  });

  // Each input and the CloudFormation it stands for, with the logical IDs that the input names differently.
  const equivalence = join(kindDir(kind), 'expected-equivalence.json');
  type Equivalent = string | { template: string; sameAs: Record<string, string> };
  const equivalents = existsSync(equivalence) ? (JSON.parse(readFileSync(equivalence, 'utf8')) as Record<string, Equivalent>) : {};
  test.each(Object.entries(equivalents))('%s finds what the equivalent CloudFormation finds, notes and messages included', async (input, equivalent) => {
    const { template, sameAs } = typeof equivalent === 'string' ? { template: equivalent, sameAs: {} } : equivalent;
    const renamed = (text: string) => text.replace(/[A-Za-z0-9]+/g, (word) => sameAs[word] ?? word);
    const findings = async (file: string, rename: (text: string) => string) =>
      (await check([file])).findings.map((f) => [f.ruleId, f.level, rename(f.logicalId), rename(f.message)].join(' | ')).sort();
    const theirs = await findings(join(ROOT, template), (text) => text);
    expect(theirs.length).toBeGreaterThan(0);
    expect(await findings(join(kindDir(kind), input), renamed)).toEqual(theirs);
  });
});

describe('cdk', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await check([join(kindDir('cdk'), 'cdk.out')]);
  });
  const paths = (JSON.parse(readFileSync(join(kindDir('cdk'), 'expected.json'), 'utf8')) as { _construct_paths: Record<string, string> })._construct_paths;

  test('a cdk.out is one input: the stacks of its manifest and their nested stacks, nothing else', () => {
    expect(result.problems).toEqual([]);
    expect(result.checked.map((f) => relative(kindDir('cdk'), f)).sort()).toEqual(
      expectations('cdk')
        .map(([k]) => k)
        .sort(),
    );
  });

  test.each(expectations('cdk'))('%s', (template, expected) => {
    const own = result.findings.filter((f) => relative(kindDir('cdk'), f.file) === template);
    expect(actual('cdk', template, own)).toEqual([...expected].sort(order));
  });

  test('synthesized without path metadata (--no-path-metadata), the construct paths come from the manifest', async () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'eg-cdk-no-paths-')), 'cdk.out');
    cpSync(join(kindDir('cdk'), 'cdk.out'), copy, { recursive: true });
    for (const name of readdirSync(copy).filter((n) => n.endsWith('.template.json'))) {
      const template = JSON.parse(readFileSync(join(copy, name), 'utf8')) as { Resources: Record<string, { Metadata?: Record<string, unknown> }> };
      for (const resource of Object.values(template.Resources)) delete resource.Metadata?.['aws:cdk:path'];
      writeFileSync(join(copy, name), JSON.stringify(template, null, 1));
    }
    const stripped = await check([copy]);
    const named = (r: CheckResult, dir: string) => r.findings.map((f) => [relative(dir, f.file), f.ruleId, f.logicalId, f.fullyQualifiedName]).sort();
    expect(named(stripped, copy)).toEqual(named(result, join(kindDir('cdk'), 'cdk.out')));
    expect(stripped.findings.some((f) => f.fullyQualifiedName?.startsWith('DefaultsStack/GatewayStack/'))).toBe(true);

    // Older CDK versions write no templateFile entries: a logical ID claimed by two paths gets none, never a wrong one.
    const metadataFile = join(copy, 'DefaultsStack.metadata.json');
    const metadata = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, { type: string; data?: unknown }[]>;
    for (const [path, entries] of Object.entries(metadata)) metadata[path] = entries.filter((e) => e.type !== 'aws:cdk:templateFile');
    metadata['/DefaultsStack/GatewayStack/SqsEndpoint/Resource'] = [{ type: 'aws:cdk:logicalId', data: 'SqsEndpoint763DE34C' }];
    writeFileSync(metadataFile, JSON.stringify(metadata));
    const older = await check([copy]);
    const parent = older.findings.filter((f) => f.file.endsWith('DefaultsStack.template.json'));
    expect(parent.filter((f) => f.logicalId === 'SqsEndpoint763DE34C').map((f) => f.fullyQualifiedName)).toEqual(
      parent.filter((f) => f.logicalId === 'SqsEndpoint763DE34C').map(() => undefined),
    );
    expect(parent.filter((f) => f.logicalId === 'SqsEndpoint763DE34C').length).toBeGreaterThan(0);
    expect(parent.filter((f) => f.logicalId !== 'SqsEndpoint763DE34C').every((f) => f.fullyQualifiedName === paths[f.logicalId])).toBe(true);
  });

  test('the construct path is in the message and the fully qualified name; the logical ID stays the subject', () => {
    const errors = result.findings.filter((f) => f.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const f of errors) {
      expect(f.fullyQualifiedName).toBe(paths[f.logicalId]);
      expect(f.message).toContain(`${f.logicalId} (${paths[f.logicalId]})`);
    }
  });
});
