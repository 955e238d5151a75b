/** The CLI end to end: the built binary, its exit codes, formats and handling of bad input. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { cli, STACK_TRACE } from './helpers/cli.js';

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
    const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; file: string }>; inputErrors: Array<{ file: string }> };
    expect(report.findings.map((f) => [f.ruleId, f.file])).toContainEqual(['vpc-dns-support', BAD_DNS]);
    expect(report.inputErrors.map((e) => e.file)).toEqual(['test/templates/inputs/bad/malformed.yaml']);
  });
});

describe('directories and globs', () => {
  test('a directory is searched recursively: templates checked, other files and node_modules skipped, broken templates reported', () => {
    const r = cli(['check', '--format', 'json', '--debug', 'test/templates/inputs/mixed-dir']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout) as { findings: Array<{ file: string; ruleId: string; line: number }>; inputErrors: Array<{ file: string; line: number }>; summary: { templates: number } };
    expect(report.summary.templates).toBe(1);
    expect(report.findings.map((f) => [f.file, f.ruleId, f.line])).toEqual([['test/templates/inputs/mixed-dir/template.yaml', 'endpoint-policy-scoped', 7]]);
    expect(report.inputErrors).toEqual([{ file: 'test/templates/inputs/mixed-dir/nested/broken.template', message: 'invalid JSON: comma expected', line: 4, column: 38 }]);
    expect(r.stderr).toMatch(/skipped test\/templates\/inputs\/mixed-dir\/workflow\.yml/);
    expect(r.stderr).toMatch(/skipped test\/templates\/inputs\/mixed-dir\/package\.json/);
    expect(r.stderr).toMatch(/^skipped test\/templates\/inputs\/mixed-dir\/notes\.txt: not a template file name \(\.yaml, \.yml, \.json, \.template\)$/m);
    // node_modules is passed over whole: named once, nothing inside it read.
    expect(r.stderr.split('\n').filter((l) => l.includes('node_modules'))).toEqual(['skipped test/templates/inputs/mixed-dir/node_modules: a directory never scanned']);
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
    const report = JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>> };
    expect(report.findings.find((f) => f.ruleId === 'vpc-dns-support')).toMatchObject({ level: 'error', file: BAD_DNS, logicalId: expect.any(String), line: expect.any(Number), column: expect.any(Number) });
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
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
  });
});
