/**
 * KICS-style fixture test: every template in test/templates/rules/<rule-id>/ is checked, and the error/warning
 * findings of that rule must be exactly those listed in the folder's expected.json (line and logical ID, and a
 * message pattern where the wording is the point of the case). An `unknown-` case has none, but a "cannot verify"
 * note of the rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { builtinRules } from '../rules/index.js';
import { TEMPLATES } from './helpers/paths.js';

interface Expected {
  line: number;
  logicalId: string;
  /** A regular expression the finding's message must match, where the message itself is the point of the case. */
  message?: string;
}

const rulesDir = join(TEMPLATES, 'rules');
const byPosition = (a: Expected, b: Expected) => a.line - b.line || a.logicalId.localeCompare(b.logicalId);

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
      const found = result.findings.filter((f) => f.ruleId === ruleId && f.level !== 'note').sort(byPosition);
      const actual = found.map((f) => ({ line: f.line, logicalId: f.logicalId }));
      const wanted = [...(expected[name] ?? [])].sort(byPosition);
      expect(actual).toEqual(wanted.map(({ line, logicalId }) => ({ line, logicalId })));
      wanted.forEach((w, i) => {
        if (w.message) expect(found[i]!.message).toMatch(new RegExp(w.message));
      });
      const kind = name.replace(/^sls-/, '');
      if (kind.startsWith('good-') || kind.startsWith('unknown-')) expect(actual).toEqual([]);
      else expect(actual.length).toBeGreaterThan(0);
      // What cannot be known is said: a "cannot verify" note of the rule.
      if (kind.startsWith('unknown-')) {
        expect(result.findings.filter((f) => f.ruleId === ruleId && f.level === 'note').map((f) => f.message)).toContainEqual(
          expect.stringMatching(/^cannot verify /),
        );
      }
    });
  });
}
