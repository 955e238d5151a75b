/**
 * The reporters on results built by hand, in-process: what no template of the golden reports reaches (a deployed
 * stack's findings, files outside the source root, findings alike in rule, file, subject and message, a word wider than
 * the terminal, an empty message).
 */
import { describe, expect, test } from '@jest/globals';
import { formatGithub } from '../src/engine/report/github.js';
import { artifactOf, formatSarif, SOURCE_ROOT_ID } from '../src/engine/report/sarif.js';
import { formatStylish } from '../src/engine/report/stylish.js';
import { builtinRules } from '../rules/index.js';
import { aFinding, aResult } from './helpers/findings.js';

interface SarifResult {
  ruleIndex?: number;
  partialFingerprints: Record<string, string>;
}
const sarifResults = (text: string) => (JSON.parse(text) as { runs: { results: SarifResult[] }[] }).runs[0]?.results ?? [];

describe('github', () => {
  test("a deployed stack's finding names the stack and the line in its message, with no file property", () => {
    const onStack = aFinding({ file: 'cloudformation://us-east-1/app', line: 7, level: 'warning', message: 'open', logicalId: 'Ep' });
    expect(formatGithub(aResult({ findings: [onStack] }))).toBe('::warning title=r::cloudformation://us-east-1/app:7: open (Ep)\n');
  });

  test('nothing to say: no output at all, not an empty line', () => {
    expect(formatGithub(aResult())).toBe('');
  });
});

describe('sarif', () => {
  test.each([
    ['a file inside the root, relative to it, # and ? escaped', '/repo', '/repo/a b/c#d?.yaml', { uri: 'a%20b/c%23d%3F.yaml', uriBaseId: SOURCE_ROOT_ID }],
    ['the root itself: an absolute file URI', '/repo', '/repo', { uri: 'file:///repo' }],
    ['the folder above the root', '/repo/sub', '/repo', { uri: 'file:///repo' }],
    ['a sibling of the root', '/repo', '/other/t.yaml', { uri: 'file:///other/t.yaml' }],
    ['a file whose name starts with two dots, inside the root', '/repo', '/repo/..t.yaml', { uri: '..t.yaml', uriBaseId: SOURCE_ROOT_ID }],
    ['a deployed stack: its own URI', '/repo', 'cloudformation://us-east-1/app', { uri: 'cloudformation://us-east-1/app' }],
  ])('artifactOf: %s', (_, root, file, artifact) => {
    expect(artifactOf(root, file)).toStrictEqual(artifact);
  });

  test('findings alike in rule, file, subject and message get fingerprints told apart by their order', () => {
    const twin = aFinding({ ruleId: 'endpoint-sg-ingress', file: 't.yaml', logicalId: 'Sg', message: 'allows tcp 80' });
    const prints = sarifResults(formatSarif(aResult({ findings: [twin, { ...twin, line: 9 }, { ...twin, line: 12 }] }), '1.0.0')).map(
      (r) => r.partialFingerprints['endpointGuard/v1'],
    );
    // Literal values: a fingerprint that changes between versions makes every baseline and code-scanning alert new.
    // (sha256 of the rule, file, subject and message joined by NUL, then of that and the occurrence, cut to 32 digits.)
    expect(prints).toStrictEqual(['a8f6f5e840fd64db3af2f65083f2821c', '5ebccc1ba57dfec4f001e78cc0ddf34f', '86124ccdfb45b6ccf149763188b42eb5']);
  });

  test('ruleIndex points into the rules of the run, and is left out for a rule the run does not list', () => {
    const known = aFinding({ ruleId: 'endpoint-policy-scoped' });
    const unknown = aFinding({ ruleId: 'no-such-rule' });
    const results = sarifResults(formatSarif(aResult({ findings: [known, unknown], rules: builtinRules }), '1.0.0'));
    expect(results.map((r) => r.ruleIndex)).toStrictEqual([builtinRules.findIndex((r) => r.id === 'endpoint-policy-scoped'), undefined]);
  });
});

describe('stylish', () => {
  test('a word wider than the terminal keeps a line of its own, with no empty line before it', () => {
    const long = 'x'.repeat(45);
    const text = formatStylish(aResult({ findings: [aFinding({ message: `${long} then short words` })], checked: ['t.yaml'] }), { width: 40 });
    const indent = ' '.repeat(16);
    expect(text).toBe(`t.yaml\n  1:1  error    ${long}\n${indent}then short words  r\n\n✖ 1 problem (1 error, 0 warnings) in 1 template checked\n`);
  });

  test('an empty message keeps its column: the two spaces before the rule id stay', () => {
    expect(formatStylish(aResult({ findings: [aFinding({ message: '' })] }), { width: 80 }).split('\n')[1]).toBe('  1:1  error      r');
  });

  test('without a width, a long message stays on one line', () => {
    const message = 'word '.repeat(40).trim();
    expect(formatStylish(aResult({ findings: [aFinding({ message })] })).split('\n')[1]).toBe(`  1:1  error    ${message}  r`);
  });
});
