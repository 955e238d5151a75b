/**
 * Discoverability (issue 6): `endpoint-guard rules [--config F]` lists every rule with its level and title (custom
 * rules of F included); `endpoint-guard explain <slug>` prints the rule's help with its ```yaml fix snippet; an
 * unknown slug is exit 2.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { builtinRules } from '../rules/index.js';
import { metaRules } from '../src/engine/run/meta-rules.js';
import { cli, STACK_TRACE } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

const CUSTOM_CONFIG = 'test/templates/config/custom-rules/.endpoint-guard.yml';
const EXAMPLE_CONFIG = 'examples/custom-rules/.endpoint-guard.yml';

/** `id  level  title` lines of `rules`, as [id, level, title]. */
function listed(stdout: string): string[][] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => {
      const m = /^(\S+)\s{2,}(error|warning|note)\s{2,}(\S.*)$/.exec(line);
      if (!m) throw new Error(`not a rule line: ${JSON.stringify(line)}`);
      return [m[1]!, m[2]!, m[3]!];
    });
}

describe('endpoint-guard rules', () => {
  test('lists every built-in rule and the suppression rules, with level and title', () => {
    const r = cli(['rules']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = listed(r.stdout);
    expect(rows.map(([id]) => id)).toEqual([...builtinRules, ...metaRules].map((rule) => rule.id));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['vpc-dns-support', 'error', expect.stringMatching(/^A VPC with Interface endpoints keeps DNS support on/)],
        ['endpoint-policy-scoped', 'error', expect.stringMatching(/VPC endpoint policy allows only named IAM roles/)],
        ['endpoint-sg-ingress', 'error', expect.any(String)],
        ['lambda-subnet-no-igw', 'error', expect.any(String)],
        ['lambda-service-endpoints', 'error', expect.any(String)],
        ['endpoint-private-dns', 'warning', expect.any(String)],
        ['endpoint-az-coverage', 'warning', expect.any(String)],
        ['gateway-endpoint-routes', 'warning', expect.any(String)],
        ['lambda-multi-az', 'warning', expect.any(String)],
        ['lambda-sg-egress', 'warning', expect.any(String)],
        ['suppression-reason', 'error', 'A suppression says why'],
        ['unused-suppression', 'note', expect.any(String)],
      ]),
    );
    // The columns line up.
    const levelColumn = new Set(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => l.search(/ (error|warning|note) /)),
    );
    expect(levelColumn.size).toBe(1);
  });

  test('--config adds the custom rules of that configuration', () => {
    const r = cli(['rules', '--config', CUSTOM_CONFIG]);
    expect(r.code).toBe(0);
    const rows = listed(r.stdout);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['required-tag', 'error', 'Every Interface VPC endpoint carries the required tag'],
        ['vpc-name-tag', 'warning', 'Every VPC has a Name tag'],
        ['security-group-name-tag', 'note', 'Every security group has a Name tag'],
      ]),
    );
    expect(rows).toHaveLength(builtinRules.length + metaRules.length + 3);
    expect(listed(cli(['rules', '--config', EXAMPLE_CONFIG]).stdout)).toContainEqual([
      'endpoint-cost-center',
      'error',
      'Every Interface VPC endpoint carries a CostCenter tag',
    ]); // the level its configuration sets
  });

  test('without --config, the configuration found from the working directory upward is used', () => {
    const r = cli(['rules'], join(ROOT, 'test/templates/config/custom-rules/rules'));
    expect(r.code).toBe(0);
    expect(listed(r.stdout).map(([id]) => id)).toContain('required-tag');
  });

  test('a configuration whose custom rules are broken: exit 2, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-commands-'));
    writeFileSync(join(dir, 'eg.yml'), 'customRules: [.]\n');
    writeFileSync(join(dir, 'bad.mjs'), "export default { id: 'Not A Slug' };\n");
    const r = cli(['rules', '--config', join(dir, 'eg.yml')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^endpoint-guard: .*bad\.mjs: not a rule: id must be a lowercase slug/)]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  test('an invalid configuration: exit 2 with its line and key', () => {
    const file = 'test/templates/config/invalid/unknown-rule/.endpoint-guard.yml';
    const r = cli(['rules', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`endpoint-guard: ${file}:4:3: invalid configuration: rules.no-such-rule: no such rule`);
  });

  // As for `check --config`: a missing file is the user's mistake, reported as such, not "internal error: ENOENT …".
  test('--config naming a missing file: one line naming it, not an internal error', () => {
    const r = cli(['rules', '--config', 'no/such/config.yml']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^endpoint-guard: no\/such\/config\.yml: /)]);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe('endpoint-guard explain', () => {
  test.each([...builtinRules, ...metaRules].map((r) => [r.id, r.level, r.title]))('%s: title, help with a ```yaml fix, docs link', (id, level, title) => {
    const r = cli(['explain', id]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`${id} (${level}): ${title}`);
    expect(r.stdout).toMatch(/\n```yaml\n[\s\S]+?\n```\n/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`https://github.com/endpoint-guard/endpoint-guard/blob/main/rules/${id}.md`);
  });

  test('endpoint-policy-scoped: the fix snippet is a scoped endpoint policy', () => {
    const r = cli(['explain', 'endpoint-policy-scoped']);
    const snippet = /```yaml\n([\s\S]+?)\n```/.exec(r.stdout)?.[1] ?? '';
    expect(snippet).toMatch(/PolicyDocument:/);
    expect(snippet).toMatch(/Principal:/);
    expect(snippet).not.toMatch(/Principal: '\*'/);
  });

  test('a custom rule, with --config: its help and its own docs URL', () => {
    const r = cli(['explain', 'required-tag', '--config', CUSTOM_CONFIG]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('required-tag (warning): Every Interface VPC endpoint carries the required tag');
    expect(r.stdout).toMatch(/```yaml\nSqsEndpoint:\n {2}Type: AWS::EC2::VPCEndpoint/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('https://wiki.example.com/tags#required-tag');
    const example = cli(['explain', 'endpoint-cost-center', '--config', EXAMPLE_CONFIG]);
    expect(example.code).toBe(0);
    expect(example.stdout).toMatch(/Key: CostCenter/);
  });

  test('an unknown slug: exit 2, a message on stderr, nothing on stdout', () => {
    const r = cli(['explain', 'no-such-rule']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim()).toBe('endpoint-guard: no rule no-such-rule (endpoint-guard rules lists them)');
    // A custom rule is unknown without the configuration that loads it.
    expect(cli(['explain', 'required-tag']).code).toBe(2);
  });

  test('no slug at all is a usage error', () => {
    const r = cli(['explain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument 'rule-id'/);
  });
});
