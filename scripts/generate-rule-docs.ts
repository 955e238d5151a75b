/**
 * Writes rules/<id>.md from each rule's metadata, so the help text has one source (the rule file) and the doc pages
 * linked from SARIF helpUri and the README never drift. `npm run docs`; test/rule-docs.test.ts fails when stale.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules } from '../rules/index.js';
import type { Rule } from '../src/engine/run/rule.js';

export function ruleDoc(rule: Rule): string {
  return `# \`${rule.id}\`

**Level:** ${rule.level} · **Rule:** ${rule.title}

${rule.help.trim()}

<!-- generated from rules/${rule.id}.ts by \`npm run docs\`: edit the rule's help text, not this file -->
`;
}

export function writeRuleDocs(dir: string): void {
  for (const rule of builtinRules) writeFileSync(join(dir, `${rule.id}.md`), ruleDoc(rule));
}
