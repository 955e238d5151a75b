/** Each rule is one file named after its slug, with a doc page generated from its metadata and a fix snippet that parses. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { builtinRules } from '../rules/index.js';
import { parseYaml } from '../src/engine/load/parse-yaml.js';
import { configSchemaFile, documentedRules, ruleDoc } from '../scripts/generate-rule-docs.js';
import { ROOT } from './helpers/paths.js';

test.each(documentedRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  if (builtinRules.includes(rule)) expect(existsSync(join(ROOT, 'rules', `${id}.ts`))).toBe(true);
  expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  expect(rule.docsUrl).toMatch(new RegExp(`/rules/${id}\\.md$`));
  expect(rule.help).toMatch(/Fix/);
  const snippet = /```yaml\n([\s\S]*?)```/.exec(rule.help)?.[1];
  expect(snippet).toBeDefined();
  expect(() => parseYaml(`${id}.md`, snippet!)).not.toThrow();
  expect(readFileSync(join(ROOT, 'rules', `${id}.md`), 'utf8')).toBe(ruleDoc(rule)); // else: npm run docs
});

test('the contract’s rules, in its order and at its levels (core rules, lambda-service-endpoints and target-sg-ingress: error)', () => {
  expect(builtinRules.map((r) => [r.id, r.level])).toEqual([
    ['vpc-dns-support', 'error'],
    ['endpoint-policy-scoped', 'error'],
    ['endpoint-sg-ingress', 'error'],
    ['lambda-subnet-no-igw', 'error'],
    ['endpoint-private-dns', 'warning'],
    ['lambda-service-endpoints', 'error'],
    ['endpoint-az-coverage', 'warning'],
    ['gateway-endpoint-routes', 'warning'],
    ['lambda-multi-az', 'warning'],
    ['lambda-sg-egress', 'warning'],
    ['target-sg-ingress', 'error'],
  ]);
});

test('schema/config.schema.json is generated from the rules (else: npm run docs)', () => {
  expect(readFileSync(join(ROOT, 'schema', 'config.schema.json'), 'utf8')).toBe(configSchemaFile());
});
