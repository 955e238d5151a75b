/** The README lists every rule with its level and title, linked to its doc page. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { builtinRules } from '../rules/index.js';
import { loadConfig } from '../src/engine/config/config.js';
import { cli } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

test.each(builtinRules.map((r) => [r.id, r] as const))('README lists %s', (id, rule) => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  expect(readme).toContain(`| [\`${id}\`](rules/${id}.md) | ${rule.level} | ${rule.title} |`);
});

test("the README's configuration example is valid as written", async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const example = /```yaml\n(# yaml-language-server[\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toContain('rules:');
  const dir = mkdtempSync(join(tmpdir(), 'eg-readme-'));
  mkdirSync(join(dir, 'endpoint-guard-rules'));
  writeFileSync(join(dir, '.endpoint-guard.yml'), example!);
  const { config } = await loadConfig(join(dir, '.endpoint-guard.yml'), builtinRules);
  expect(config.rules['lambda-multi-az']).toBe('off');
  expect(config.maxWarnings).toBe(10);
});

test("the README's fixing examples are what the commands print", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const policy = /```yaml\n(# QldbSessionEndpoint[\s\S]*?)```/.exec(readme)?.[1];
  const diff = /```diff\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(cli(['policy', 'examples/qldb-four-violations.yaml']).stdout).toBe(policy);
  expect(cli(['check', '--fix-dry-run', 'examples/qldb-four-violations.yaml']).stdout).toContain(diff);
});
