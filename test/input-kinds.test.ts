/**
 * Every input kind gives the findings of the equivalent CloudFormation, at lines of the file the user wrote:
 * test/templates/inputs/<kind>/expected.json lists every error/warning finding (rule, line, subject, file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
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
function actual(kind: string, input: string, findings = check([join(kindDir(kind), input)]).findings): Expected[] {
  return findings
    .filter((f) => f.level !== 'note')
    .map((f) => {
      const file = relative(kindDir(kind), f.file);
      return { ruleId: f.ruleId, line: f.line, logicalId: f.logicalId, ...(file !== input ? { file } : {}) };
    })
    .sort(order);
}

describe.each(['serverless', 'sam'])('%s', (kind) => {
  test.each(expectations(kind))('%s', (input, expected) => {
    const result = check([join(kindDir(kind), input)]);
    expect(result.problems).toEqual([]);
    expect(actual(kind, input, result.findings)).toEqual([...expected].sort(order));
  });

  const equivalence = join(kindDir(kind), 'expected-equivalence.json');
  test.each(Object.entries(existsSync(equivalence) ? (JSON.parse(readFileSync(equivalence, 'utf8')) as Record<string, string>) : {}))(
    '%s finds what the equivalent CloudFormation %s finds',
    (input, cfn) => {
      const rules = (file: string) => check([file]).findings.filter((f) => f.level !== 'note').map((f) => f.ruleId).sort();
      expect(rules(join(kindDir(kind), input))).toEqual(rules(join(ROOT, cfn)));
    },
  );
});

describe('cdk', () => {
  const result = check([join(kindDir('cdk'), 'cdk.out')]);
  const paths = JSON.parse(readFileSync(join(kindDir('cdk'), 'expected.json'), 'utf8'))._construct_paths as Record<string, string>;

  test('a cdk.out is one input: the stacks of its manifest and their nested stacks, nothing else', () => {
    expect(result.problems).toEqual([]);
    expect(result.checked.map((f) => relative(kindDir('cdk'), f)).sort()).toEqual(expectations('cdk').map(([k]) => k).sort());
  });

  test.each(expectations('cdk'))('%s', (template, expected) => {
    const own = result.findings.filter((f) => relative(kindDir('cdk'), f.file) === template);
    expect(actual('cdk', template, own)).toEqual([...expected].sort(order));
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
