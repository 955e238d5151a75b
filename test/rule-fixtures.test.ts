/**
 * KICS-style fixture test: every template in test/templates/rules/<rule-id>/ is checked with every built-in rule, and
 * its findings must be exactly those listed in the folder's expected.json: the folder's own rule's and every other
 * rule's (`rule`), notes included (`level: "note"`), each with its line and logical ID, and a message pattern where
 * the wording is the point of the case. So a rule that misfires on another rule's fixture fails here too. An
 * `unknown-` case has no error or warning of its rule, but a "cannot verify" note of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { builtinRules } from '../rules/index.js';
import { TEMPLATES } from './helpers/paths.js';

interface Expected {
  /** The rule, when it is not the folder's. */
  rule?: string;
  /** `note` for a note; errors and warnings have the rule's level. */
  level?: 'note';
  line: number;
  logicalId: string;
  /** A regular expression the finding's message must match, where the message itself is the point of the case. */
  message?: string;
}

const rulesDir = join(TEMPLATES, 'rules');
interface Seen {
  rule: string;
  kind: 'note' | 'finding';
  line: number;
  logicalId: string;
}
const byPosition = (a: Seen, b: Seen) =>
  a.line - b.line || a.logicalId.localeCompare(b.logicalId) || a.rule.localeCompare(b.rule) || a.kind.localeCompare(b.kind);

for (const ruleId of readdirSync(rulesDir).sort()) {
  describe(ruleId, () => {
    const dir = join(rulesDir, ruleId);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected[]>;
    // Templates, and Serverless cases as `sls-<case>/serverless.yml` (the framework's file name is fixed).
    const templates = readdirSync(dir, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? [`${e.name}/serverless.yml`] : e.name === 'expected.json' ? [] : [e.name]))
      .sort();

    test('is a built-in rule', () => {
      expect(builtinRules.map((r) => r.id)).toContain(ruleId);
    });

    test('every template has an expectation and every expectation a template', () => {
      expect(Object.keys(expected).sort()).toEqual(templates);
    });

    test('has violating, compliant and unknown cases in YAML and JSON', () => {
      for (const prefix of ['bad-', 'good-', 'unknown-'])
        expect(templates.filter((t) => t.startsWith(prefix)).length).toBeGreaterThanOrEqual(prefix === 'bad-' ? 4 : 2);
      // (sls- cases come on top of these)
      expect(templates.some((t) => t.endsWith('.json'))).toBe(true);
      expect(templates.some((t) => t.endsWith('.yaml'))).toBe(true);
    });

    test.each(templates)('%s', async (name) => {
      const result = await check([join(dir, name)]);
      expect(result.problems).toEqual([]);
      const actual = result.findings
        .map((f): Seen => ({ rule: f.ruleId, kind: f.level === 'note' ? 'note' : 'finding', line: f.line, logicalId: f.logicalId }))
        .sort(byPosition);
      const wanted = expected[name] ?? [];
      const seen = (w: Expected): Seen => ({ rule: w.rule ?? ruleId, kind: w.level === 'note' ? 'note' : 'finding', line: w.line, logicalId: w.logicalId });
      expect(actual).toEqual(wanted.map(seen).sort(byPosition));
      for (const w of wanted.filter((x) => x.message !== undefined)) {
        const at = result.findings.filter((f) => f.ruleId === (w.rule ?? ruleId) && f.line === w.line && f.logicalId === w.logicalId);
        expect(at.map((f) => f.message)).toContainEqual(expect.stringMatching(new RegExp(w.message ?? '')));
      }
      const own = actual.filter((a) => a.rule === ruleId && a.kind === 'finding');
      const kind = name.replace(/^sls-/, '');
      if (kind.startsWith('good-') || kind.startsWith('unknown-')) expect(own).toEqual([]);
      else expect(own.length).toBeGreaterThan(0);
      // What cannot be known is said: a "cannot verify" note of the rule.
      if (kind.startsWith('unknown-')) {
        expect(result.findings.filter((f) => f.ruleId === ruleId && f.level === 'note').map((f) => f.message)).toContainEqual(
          expect.stringMatching(/^cannot verify /),
        );
      }
    });
  });
}
