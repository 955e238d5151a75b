/** The CLI end to end: the built binary, its exit codes, formats and handling of bad input. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { cli, STACK_TRACE } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

const BAD_DNS = 'test/templates/rules/vpc-dns-support/bad-dns-support-false.yaml';
const GOOD = 'examples/qldb-private-subnet.yaml';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('exit codes', () => {
  test('0 on a compliant template, 1 with an error finding', () => {
    expect(cli(['check', GOOD]).code).toBe(0);
    expect(cli(['check', BAD_DNS]).code).toBe(1);
  });
  test('2 on a usage error: unknown option, unknown format, missing path', () => {
    const unknownOption = cli(['check', '--nope', GOOD]);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toMatch(/unknown option '--nope'/);
    expect(cli(['check', '--format', 'xml', GOOD]).code).toBe(2);
    const missing = cli(['check', 'no/such/file.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stdout + missing.stderr).toMatch(/no\/such\/file\.yaml: no such file/);
  });
  test('--version and --help', () => {
    const v = cli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe(pkg.version);
    const h = cli(['check', '--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/--format <format>/);
  });
});

describe('bad input: one line naming the file, exit 2, no stack trace', () => {
  test.each([
    ['malformed.yaml', /malformed\.yaml:7:7: invalid YAML/],
    ['malformed.json', /malformed\.json:6:51: invalid JSON: property name expected/],
    ['empty.yaml', /empty\.yaml: not a CloudFormation, SAM or Serverless template \(empty file\)/],
    ['binary.yaml', /binary\.yaml: not a CloudFormation.*binary file/],
    ['alias-bomb.yaml', /alias-bomb\.yaml: YAML aliases expand to more than/],
    ['no-resources.yaml', /no-resources\.yaml:1:1: template has no Resources section/],
    ['not-a-template.yaml', /not-a-template\.yaml: not a CloudFormation, SAM or Serverless template/],
    // Too broken to tell what it is: named on the command line, its parse error with the position.
    ['truncated-at-first-key.json', /truncated-at-first-key\.json:1:18: invalid JSON: invalid symbol/],
  ])('%s', (name, message) => {
    const r = cli(['check', '--format', 'json', `test/templates/inputs/bad/${name}`]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  test('a broken input never hides the findings of the others', () => {
    const r = cli(['check', '--format', 'json', 'test/templates/inputs/bad/malformed.yaml', BAD_DNS]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; file: string }[]; inputErrors: { file: string }[] };
    expect(report.findings.map((f) => [f.ruleId, f.file])).toContainEqual(['vpc-dns-support', BAD_DNS]);
    expect(report.inputErrors.map((e) => e.file)).toEqual(['test/templates/inputs/bad/malformed.yaml']);
  });
});

describe('directories and globs', () => {
  // A copy of mixed-dir with a node_modules folder: repositories and Stryker's sandbox do not keep one in the fixtures.
  const scanned = mkdtempSync(join(tmpdir(), 'eg-scan-'));
  beforeAll(() => {
    cpSync(join(ROOT, 'test/templates/inputs/mixed-dir'), join(scanned, 'mixed-dir'), { recursive: true });
    mkdirSync(join(scanned, 'mixed-dir/node_modules/dep'), { recursive: true });
    writeFileSync(join(scanned, 'mixed-dir/node_modules/dep/template.yaml'), 'Resources: [never read\n');
  });
  test('a directory is searched recursively: templates checked, other files and node_modules skipped, broken templates reported', () => {
    const r = cli(['check', '--format', 'json', '--debug', 'mixed-dir'], scanned);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as {
      findings: { file: string; ruleId: string; line: number }[];
      inputErrors: { file: string; line: number }[];
      summary: { templates: number };
    };
    expect(report.summary.templates).toBe(1);
    expect(report.findings.map((f) => [f.file, f.ruleId, f.line])).toEqual([['mixed-dir/template.yaml', 'endpoint-policy-scoped', 7]]);
    expect(report.inputErrors).toEqual([{ file: 'mixed-dir/nested/broken.template', message: 'invalid JSON: comma expected', line: 4, column: 38 }]);
    expect(r.stderr).toMatch(/skipped mixed-dir\/workflow\.yml/);
    expect(r.stderr).toMatch(/skipped mixed-dir\/package\.json/);
    expect(r.stderr).toMatch(/^skipped mixed-dir\/notes\.txt: not a template file name \(\.yaml, \.yml, \.json, \.template, \.tf\)$/m);
    // node_modules is passed over whole: named once, nothing inside it read.
    expect(r.stderr.split('\n').filter((l) => l.includes('node_modules'))).toEqual(['skipped mixed-dir/node_modules: a directory never scanned']);
  });
  test('a glob selects templates and skips what is not one', () => {
    const r = cli(['check', '--format', 'json', 'test/templates/inputs/mixed-dir/*.{yaml,yml,json}']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { summary: { templates: number }; inputErrors: unknown[] };
    expect(report.summary.templates).toBe(1);
    expect(report.inputErrors).toEqual([]);
  });
});

describe('formats', () => {
  test('stylish: grouped by file, line:col level message rule, and a summary', () => {
    const r = cli(['check', BAD_DNS]);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(BAD_DNS);
    expect(lines[1]).toMatch(/^\s+\d+:\d+\s+error\s+\S.*sets EnableDnsSupport false.*\s{2}vpc-dns-support$/);
    expect(r.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, 0 warnings\) in 1 template checked/);
    expect(r.stdout.includes('\u001b[')).toBe(false); // no colour when not a terminal
  });
  test('json: findings with rule, level, file, line, column and logical ID', () => {
    const r = cli(['check', '--format', 'json', BAD_DNS]);
    const report = JSON.parse(r.stdout) as { findings: Record<string, unknown>[] };
    expect(report.findings.find((f) => f.ruleId === 'vpc-dns-support')).toMatchObject({
      level: 'error',
      file: BAD_DNS,
      logicalId: expect.any(String),
      line: expect.any(Number),
      column: expect.any(Number),
    });
  });
  test('github: workflow commands with file, line, col and the rule as title', () => {
    const r = cli(['check', '--format', 'github', BAD_DNS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^::error file=${BAD_DNS.replace(/[./]/g, '\\$&')},line=\\d+,col=\\d+,title=vpc-dns-support::.+`, 'm'));
  });
  test('--output writes the report to a file', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'eg-')), 'report.sarif');
    const r = cli(['check', '--format', 'sarif', '--output', out, BAD_DNS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect((JSON.parse(readFileSync(out, 'utf8')) as { version: string }).version).toBe('2.1.0');
  });
});

describe('a run that checks nothing is not a pass', () => {
  const NOT_TEMPLATES = 'test/templates/inputs/mixed-dir/workflow.yml';

  test('a directory without templates is an input error naming it (exit 2), unless --pass-on-no-templates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-empty-'));
    writeFileSync(join(dir, 'ci.yml'), 'name: ci\non: push\n');
    const r = cli(['check', dir]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(
      `input error  ${dir}: no template found to check: 1 file looked at and skipped (--debug lists them); --pass-on-no-templates allows a run that checks nothing`,
    );
    const sarif = JSON.parse(cli(['check', '--format', 'sarif', dir]).stdout) as {
      runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[] }[];
    };
    expect(sarif.runs[0]!.invocations[0]!.executionSuccessful).toBe(false);
    expect(sarif.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text).toMatch(/no template found to check/);
    const allowed = cli(['check', '--pass-on-no-templates', dir]);
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/✔ no problems \(0 templates checked\)/);
  });

  test('a path whose templates are all excluded by the configuration is the same error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-excluded-'));
    writeFileSync(join(dir, '.endpoint-guard.yml'), "exclude: ['**']\n");
    writeFileSync(join(dir, 't.yaml'), readFileSync(BAD_DNS, 'utf8'));
    const r = cli(['check', '--debug', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/skipped .*t\.yaml: excluded by/);
  });

  test('--skip-non-templates: named files that are not templates are skipped (listed with --debug), templates still checked', () => {
    const r = cli(['check', '--format', 'json', '--debug', '--skip-non-templates', NOT_TEMPLATES, BAD_DNS]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      summary: { templates: number };
      inputErrors: unknown[];
      findings: { ruleId: string; file: string; line: number }[];
    };
    expect(report.inputErrors).toEqual([]);
    expect(report.summary.templates).toBe(1);
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set([BAD_DNS]));
    expect(report.findings.map((f) => f.ruleId)).toContain('vpc-dns-support');
    expect(r.stderr).toMatch(/^skipped test\/templates\/inputs\/mixed-dir\/workflow\.yml: /m);
    // Without the flag a named file must be a template.
    const strict = cli(['check', NOT_TEMPLATES, BAD_DNS]);
    expect(strict.code).toBe(2);
    expect(strict.stdout).toMatch(/workflow\.yml: not a CloudFormation, SAM or Serverless template/);
    // Only non-templates named: an error without --pass-on-no-templates (what the hook passes on such a commit).
    expect(cli(['check', '--skip-non-templates', NOT_TEMPLATES]).code).toBe(2);
    expect(cli(['check', '--skip-non-templates', '--pass-on-no-templates', NOT_TEMPLATES]).code).toBe(0);
  });
});

describe('small things a new user meets', () => {
  test('--output into a folder that does not exist makes it; a path that is a folder is one clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-out-'));
    const r = cli(['check', '--format', 'json', '--output', join(dir, 'reports', 'today', 'eg.json'), BAD_DNS]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/internal error/);
    expect((JSON.parse(readFileSync(join(dir, 'reports', 'today', 'eg.json'), 'utf8')) as { summary: { error: number } }).summary.error).toBeGreaterThan(0);
    const folder = cli(['check', '--output', dir, BAD_DNS]);
    expect(folder.code).toBe(2);
    expect(folder.stderr.trim()).toBe(`endpoint-guard: ${dir}: cannot write the report: it is a directory`);
  });

  test('--rule with an unknown id fails before reading any template (no findings printed)', () => {
    const r = cli(['check', '--rule', 'nope=off', BAD_DNS]);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^input error {2}--rule nope: no such rule \(endpoint-guard rules lists them\)$/m);
    expect(r.stdout).not.toMatch(/vpc-dns-support/);
  });
});

test('stylish in a terminal wraps long messages under their start, the rule id after the last word; piped, one line each', async () => {
  const { check } = await import('../src/engine/check.js');
  const { formatStylish } = await import('../src/engine/report/stylish.js');
  const result = await check(['examples/qldb-four-violations.yaml']);
  const wrapped = formatStylish(result, { width: 80 }).split('\n');
  const start = wrapped.findIndex((l) => l.startsWith('  21:7 '));
  const finding = wrapped.slice(
    start,
    wrapped.findIndex((l, i) => i > start && !l.startsWith(' '.repeat(19))),
  );
  expect(finding.length).toBeGreaterThan(2);
  for (const line of finding) expect(line.length).toBeLessThanOrEqual(80);
  expect(finding[0]).toMatch(/^ {2}21:7 {4}error {4}Vpc sets EnableDnsHostnames false, but Interface/);
  for (const line of finding.slice(1)) expect(line).toMatch(/^ {19}\S/);
  expect(finding.at(-1)).toMatch(/ {2}vpc-dns-support$/);
  const words = (text: string) => text.trim().split(/\s+/);
  expect(words(finding.join(' '))).toEqual(words(`21:7 error ${result.findings.find((f) => f.line === 21)!.message} vpc-dns-support`));
  const piped = formatStylish(result).split('\n');
  expect(piped.filter((l) => l.startsWith('  21:7 '))).toEqual([expect.stringMatching(/^ {2}21:7 {4}error {4}Vpc sets .* vpc-dns-support$/)]);
});
