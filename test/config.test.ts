/**
 * Configuration files (issue 6): `.endpoint-guard.yml|yaml|json` found from each checked file's directory upward (the
 * nearest wins), or `--config FILE` for every input; rule levels and options, include/exclude, the run settings
 * (maxWarnings, levelThreshold) and their precedence (command line over file over defaults); invalid files are exit 2
 * with one line naming the key and its line, and cost only the inputs they govern.
 *
 * Discovery cases run in temporary directories, so that they depend neither on the working directory of the tests
 * nor on each other. Templates: test/templates/config/ (policy-open.yaml: one error; warnings.yaml: two warnings;
 * options.yaml: one finding per rule option); broken configuration files: test/templates/config/invalid/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { checkJson, cli, STACK_TRACE, type JsonFinding, type JsonReport } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

const FIXTURES = 'test/templates/config';
const POLICY_OPEN = `${FIXTURES}/policy-open.yaml`; // endpoint-policy-scoped, error, line 9, S3Endpoint
const WARNINGS = `${FIXTURES}/warnings.yaml`; // lambda-sg-egress line 17 LambdaSecurityGroup; lambda-multi-az line 46 Function
const OPTIONS = `${FIXTURES}/options.yaml`;

const json = checkJson;

const rows = (findings: readonly JsonFinding[]) => findings.map((f) => [f.ruleId, f.level, f.file, f.line, f.logicalId]);

/** A temporary project: `files` maps relative paths to text, or to `@fixture/path` to copy a fixture. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'eg-config-'));
  for (const [name, content] of Object.entries(files)) {
    const target = join(dir, name);
    mkdirSync(dirname(target), { recursive: true });
    if (content.startsWith('@')) copyFileSync(join(ROOT, content.slice(1)), target);
    else writeFileSync(target, content);
  }
  return dir;
}

/** A configuration file in its own temporary directory (for --config). */
function configFile(text: string, name = 'endpoint-guard.config.yml'): string {
  return join(project({ [name]: text }), name);
}

describe('discovery', () => {
  test('the nearest configuration file above each template wins, whole (no merging with the ones further up)', () => {
    const dir = project({
      '.endpoint-guard.yml': 'rules:\n  endpoint-policy-scoped: off\n  lambda-sg-egress: off\n',
      'team/.endpoint-guard.yml': 'rules:\n  endpoint-policy-scoped: warning\n',
      'team/policy-open.yaml': `@${POLICY_OPEN}`,
      'team/warnings.yaml': `@${WARNINGS}`,
      'other/deeper/policy-open.yaml': `@${POLICY_OPEN}`,
      'other/deeper/warnings.yaml': `@${WARNINGS}`,
    });
    const { code, report } = json(['.'], dir);
    expect(rows(report.findings)).toEqual([
      // other/deeper: governed by the root file (two levels up): endpoint-policy-scoped and lambda-sg-egress are off
      ['lambda-multi-az', 'warning', 'other/deeper/warnings.yaml', 46, 'Function'],
      // team: governed by team/.endpoint-guard.yml only; lambda-sg-egress is not off there
      ['endpoint-policy-scoped', 'warning', 'team/policy-open.yaml', 9, 'S3Endpoint'],
      ['lambda-sg-egress', 'warning', 'team/warnings.yaml', 17, 'LambdaSecurityGroup'],
      ['lambda-multi-az', 'warning', 'team/warnings.yaml', 46, 'Function'],
    ]);
    expect(code).toBe(0);
  });

  test('.endpoint-guard.yaml and .endpoint-guard.json are found as well', () => {
    const dir = project({
      'a/.endpoint-guard.yaml': 'rules:\n  endpoint-policy-scoped: note\n',
      'a/policy-open.yaml': `@${POLICY_OPEN}`,
      'b/.endpoint-guard.json': '{ "rules": { "endpoint-policy-scoped": "warning" } }\n',
      'b/policy-open.yaml': `@${POLICY_OPEN}`,
    });
    const { code, report } = json(['a/policy-open.yaml', 'b/policy-open.yaml'], dir);
    expect(rows(report.findings)).toEqual([
      ['endpoint-policy-scoped', 'note', 'a/policy-open.yaml', 9, 'S3Endpoint'],
      ['endpoint-policy-scoped', 'warning', 'b/policy-open.yaml', 9, 'S3Endpoint'],
    ]);
    expect(code).toBe(0);
  });

  test('a configuration above the working directory governs the run settings and the templates below it', () => {
    const dir = project({ 'a/b/warnings.yaml': `@${WARNINGS}`, 'a/b/policy-open.yaml': `@${POLICY_OPEN}` });
    const cwd = join(dir, 'a', 'b');
    expect(cli(['check', 'warnings.yaml'], cwd).code).toBe(0); // two warnings, default threshold: error
    writeFileSync(join(dir, '.endpoint-guard.yml'), 'levelThreshold: warning\nrules:\n  endpoint-policy-scoped: warning\n');
    const { code, report } = json(['warnings.yaml', 'policy-open.yaml'], cwd);
    expect(rows(report.findings)).toEqual([
      ['endpoint-policy-scoped', 'warning', 'policy-open.yaml', 9, 'S3Endpoint'],
      ['lambda-sg-egress', 'warning', 'warnings.yaml', 17, 'LambdaSecurityGroup'],
      ['lambda-multi-az', 'warning', 'warnings.yaml', 46, 'Function'],
    ]);
    expect(code).toBe(1); // levelThreshold: warning, from two directories up
  });

  test('a configuration beside the template but not above the working directory sets its rules, not the run settings', () => {
    const dir = project({
      'd/.endpoint-guard.yml': 'levelThreshold: warning\nmaxWarnings: 0\nrules:\n  lambda-sg-egress: note\n',
      'd/warnings.yaml': `@${WARNINGS}`,
    });
    const { code, report } = json(['d/warnings.yaml'], dir);
    expect(rows(report.findings)).toEqual([
      ['lambda-sg-egress', 'note', 'd/warnings.yaml', 17, 'LambdaSecurityGroup'],
      ['lambda-multi-az', 'warning', 'd/warnings.yaml', 46, 'Function'],
    ]);
    expect(code).toBe(0);
  });

  test('--config FILE is used for every input instead of the nearest file, and sets the run settings', () => {
    const dir = project({
      'team/.endpoint-guard.yml': 'rules:\n  endpoint-policy-scoped: off\n',
      'team/policy-open.yaml': `@${POLICY_OPEN}`,
      'other/policy-open.yaml': `@${POLICY_OPEN}`,
      'ci/strict.yml': 'levelThreshold: note\nrules:\n  endpoint-policy-scoped: note\n',
    });
    const { code, report } = json(['--config', 'ci/strict.yml', 'team', 'other'], dir);
    expect(rows(report.findings)).toEqual([
      ['endpoint-policy-scoped', 'note', 'other/policy-open.yaml', 9, 'S3Endpoint'],
      ['endpoint-policy-scoped', 'note', 'team/policy-open.yaml', 9, 'S3Endpoint'],
    ]);
    expect(code).toBe(1); // levelThreshold: note, from --config
    // Without --config, team/ is governed by its own file again.
    expect(rows(json(['team', 'other'], dir).report.findings)).toEqual([['endpoint-policy-scoped', 'error', 'other/policy-open.yaml', 9, 'S3Endpoint']]);
  });

  // A typo in --config (a CI script pointing at a moved file) is a usage error about that file, not a defect of the
  // tool: one line naming it, as for any other input that cannot be read. Today the run aborts with
  // "endpoint-guard: internal error: ENOENT: no such file or directory, open 'missing.yml'".
  test('--config naming a missing file: exit 2 with one line naming it, not an internal error', () => {
    const r = cli(['check', '--format', 'json', '--config', 'test/templates/config/missing.yml', POLICY_OPEN]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^endpoint-guard: test\/templates\/config\/missing\.yml: .*(no such file|cannot read)/i),
    ]);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe('rule levels, off, and precedence (command line over file over defaults)', () => {
  test('defaults: endpoint-policy-scoped is an error and fails the run', () => {
    const { code, report } = json([POLICY_OPEN]);
    expect(rows(report.findings)).toEqual([['endpoint-policy-scoped', 'error', POLICY_OPEN, 9, 'S3Endpoint']]);
    expect(code).toBe(1);
  });

  test('a core rule set to warning is reported as a warning and no longer fails the run', () => {
    const cfg = configFile('rules:\n  endpoint-policy-scoped: warning\n');
    const { code, report } = json(['--config', cfg, POLICY_OPEN]);
    expect(rows(report.findings)).toEqual([['endpoint-policy-scoped', 'warning', POLICY_OPEN, 9, 'S3Endpoint']]);
    expect(code).toBe(0);
    const stylish = cli(['check', '--config', cfg, POLICY_OPEN]);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toMatch(/^\s+9:3\s+warning\s+S3Endpoint has no PolicyDocument.*endpoint-policy-scoped$/m);
    expect(stylish.stdout).toMatch(/✖ 1 problem \(0 errors, 1 warning\) in 1 template checked/);
  });

  test('{ level } in object form, note, and off', () => {
    expect(rows(json(['--config', configFile('rules:\n  endpoint-policy-scoped: { level: note }\n'), POLICY_OPEN]).report.findings)).toEqual([
      ['endpoint-policy-scoped', 'note', POLICY_OPEN, 9, 'S3Endpoint'],
    ]);
    const off = json(['--config', configFile('rules:\n  endpoint-policy-scoped: off\n'), POLICY_OPEN]);
    expect(off.report.findings).toEqual([]);
    expect(off.code).toBe(0);
  });

  test('an extension rule raised to error fails the run', () => {
    const { code, report } = json(['--config', configFile('rules:\n  lambda-multi-az: error\n'), WARNINGS]);
    expect(rows(report.findings)).toEqual([
      ['lambda-sg-egress', 'warning', WARNINGS, 17, 'LambdaSecurityGroup'],
      ['lambda-multi-az', 'error', WARNINGS, 46, 'Function'],
    ]);
    expect(code).toBe(1);
  });

  test('--rule slug=level wins over the file; the file wins over the default', () => {
    const cfg = configFile('rules:\n  endpoint-policy-scoped: warning\n  lambda-multi-az: off\n');
    const level = (args: string[], file = POLICY_OPEN) => json(['--config', cfg, ...args, file]).report.findings.map((f) => `${f.ruleId}:${f.level}`);
    expect(level([])).toEqual(['endpoint-policy-scoped:warning']);
    expect(level(['--rule', 'endpoint-policy-scoped=error'])).toEqual(['endpoint-policy-scoped:error']);
    expect(json(['--config', cfg, '--rule', 'endpoint-policy-scoped=error', POLICY_OPEN]).code).toBe(1);
    expect(level(['--rule', 'endpoint-policy-scoped=off'])).toEqual([]);
    // Repeatable; turns on a rule the file turned off.
    expect(level(['--rule', 'lambda-multi-az=error', '--rule', 'lambda-sg-egress=note'], WARNINGS)).toEqual(['lambda-sg-egress:note', 'lambda-multi-az:error']);
  });

  test('--rule changes the level of a rule but keeps its options from the file', () => {
    const cfg = configFile('rules:\n  endpoint-policy-scoped:\n    level: warning\n    allowedPrincipals: ["arn:aws:iam::123456789012:root"]\n');
    const { report } = json(['--config', cfg, '--rule', 'endpoint-policy-scoped=error', OPTIONS]);
    expect(report.findings.filter((f) => f.ruleId === 'endpoint-policy-scoped')).toEqual([]);
  });

  test('--rule with a malformed value is a usage error', () => {
    for (const value of ['endpoint-policy-scoped=fatal', 'endpoint-policy-scoped', '=off']) {
      const r = cli(['check', '--rule', value, POLICY_OPEN]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/expected <rule-id>=<off\|note\|warning\|error>/);
      expect(r.stdout).toBe('');
    }
  });
});

describe('run settings: maxWarnings and levelThreshold', () => {
  // warnings.yaml: two warnings, no error.
  test.each([
    ['defaults', '', [], 0],
    ['--max-warnings 2 (not more than 2)', '', ['--max-warnings', '2'], 0],
    ['--max-warnings 1', '', ['--max-warnings', '1'], 1],
    ['--max-warnings 0', '', ['--max-warnings', '0'], 1],
    ['--level-threshold warning', '', ['--level-threshold', 'warning'], 1],
    ['--level-threshold note', '', ['--level-threshold', 'note'], 1],
    ['file maxWarnings: 1', 'maxWarnings: 1\n', [], 1],
    ['file maxWarnings: 2', 'maxWarnings: 2\n', [], 0],
    ['file maxWarnings: 1, --max-warnings 5', 'maxWarnings: 1\n', ['--max-warnings', '5'], 0],
    ['file maxWarnings: 5, --max-warnings 1', 'maxWarnings: 5\n', ['--max-warnings', '1'], 1],
    ['file levelThreshold: warning', 'levelThreshold: warning\n', [], 1],
    ['file levelThreshold: warning, --level-threshold error', 'levelThreshold: warning\n', ['--level-threshold', 'error'], 0],
    ['file levelThreshold: error, --level-threshold warning', 'levelThreshold: error\n', ['--level-threshold', 'warning'], 1],
  ])('%s', (_name, fileText, flags, expected) => {
    const dir = project({ 'warnings.yaml': `@${WARNINGS}`, ...(fileText ? { '.endpoint-guard.yml': fileText } : {}) });
    const r = cli(['check', ...flags, 'warnings.yaml'], dir);
    expect(r.stdout).toMatch(/✖ 2 problems \(0 errors, 2 warnings\) in 1 template checked/);
    expect(r.code).toBe(expected);
  });

  test('errors fail the run whatever maxWarnings says', () => {
    expect(cli(['check', '--max-warnings', '100', POLICY_OPEN]).code).toBe(1);
  });

  test('--max-warnings and --level-threshold reject bad values', () => {
    expect(cli(['check', '--max-warnings', 'many', WARNINGS]).code).toBe(2);
    expect(cli(['check', '--max-warnings', '-1', WARNINGS]).code).toBe(2);
    expect(cli(['check', '--level-threshold', 'info', WARNINGS]).code).toBe(2);
  });
});

describe('rule options', () => {
  // options.yaml, by default: four errors, one per option to try.
  const ALL = [
    ['endpoint-sg-ingress', 'error', OPTIONS, 66, 'EndpointSecurityGroup'], // tcp 443 from CidrIp 10.60.0.0/16
    ['endpoint-sg-ingress', 'error', OPTIONS, 70, 'EndpointSecurityGroup'], // tcp 443 from SharedServicesSecurityGroup
    ['lambda-service-endpoints', 'error', OPTIONS, 97, 'Function'], // sqs:SendMessage, no SQS endpoint, no NAT
    ['endpoint-policy-scoped', 'error', OPTIONS, 129, 'SecretsManagerEndpoint'], // Principal arn:aws:iam::123456789012:root
  ];
  const withConfig = (yml: string) => json(['--config', configFile(yml), OPTIONS]);
  const without = (...lines: number[]) => ALL.filter((row) => !lines.includes(row[3] as number));

  test('without options: four errors', () => {
    const { code, report } = json([OPTIONS]);
    expect(rows(report.findings)).toEqual(ALL);
    expect(code).toBe(1);
  });

  test.each([
    ['the exact ARN', 'arn:aws:iam::123456789012:root', [129]],
    ['a glob with * for the account', 'arn:aws:iam::*:root', [129]],
    ['a glob for any principal of the account', 'arn:aws:iam::123456789012:*', [129]],
    ['a glob for another account', 'arn:aws:iam::999999999999:*', []],
    ['a role pattern', 'arn:aws:iam::123456789012:role/*', []],
  ])('endpoint-policy-scoped.allowedPrincipals: %s', (_name, glob, gone) => {
    expect(rows(withConfig(`rules:\n  endpoint-policy-scoped:\n    allowedPrincipals: ["${glob}"]\n`).report.findings)).toEqual(without(...gone));
  });

  test.each([
    ['a CIDR', ['10.60.0.0/16'], [66]],
    ['a group logical ID', ['SharedServicesSecurityGroup'], [70]],
    ['both', ['10.60.0.0/16', 'SharedServicesSecurityGroup'], [66, 70]],
    ['another CIDR', ['10.0.0.0/8'], []],
  ])('endpoint-sg-ingress.allowedSources: %s', (_name, sources, gone) => {
    expect(rows(withConfig(`rules:\n  endpoint-sg-ingress:\n    allowedSources: ${JSON.stringify(sources)}\n`).report.findings)).toEqual(without(...gone));
  });

  test('endpoint-sg-ingress.allowedSources: a prefix list ID', () => {
    const dir = project({ 'options.yaml': `@${OPTIONS}` });
    const file = join(dir, 'options.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('CidrIp: 10.60.0.0/16', 'SourcePrefixListId: pl-0123456789abcdef0'));
    const sgIngress = (args: string[]) =>
      json([...args, file])
        .report.findings.filter((f) => f.ruleId === 'endpoint-sg-ingress')
        .map((f) => [f.line, f.message.replace(/:.*/, '')]);
    expect(sgIngress([])).toEqual([
      [66, 'EndpointSecurityGroup (security group of SecretsManagerEndpoint) allows tcp 443 from prefix list pl-0123456789abcdef0'],
      [70, 'EndpointSecurityGroup (security group of SecretsManagerEndpoint) allows tcp 443 from SharedServicesSecurityGroup'],
    ]);
    expect(sgIngress(['--config', configFile('rules:\n  endpoint-sg-ingress: { allowedSources: [pl-0123456789abcdef0] }\n')]).map(([line]) => line)).toEqual([
      70,
    ]);
  });

  test.each([
    ['sqs', 'ignoreServices: [sqs]', [97]],
    ['another service', 'ignoreServices: [secretsmanager, s3]', []],
    ['assumeEgress: true', 'assumeEgress: true', [97]],
    ['assumeEgress: false', 'assumeEgress: false', []],
  ])('lambda-service-endpoints: %s', (_name, option, gone) => {
    expect(rows(withConfig(`rules:\n  lambda-service-endpoints:\n    ${option}\n`).report.findings)).toEqual(without(...gone));
  });

  test('every option at once: the run passes', () => {
    const { code, report } = withConfig(`rules:
  endpoint-policy-scoped: { allowedPrincipals: ["arn:aws:iam::*:root"] }
  endpoint-sg-ingress: { level: error, allowedSources: [10.60.0.0/16, SharedServicesSecurityGroup] }
  lambda-service-endpoints: { ignoreServices: [sqs] }
`);
    expect(rows(report.findings)).toEqual([]);
    expect(code).toBe(0);
  });

  test('the engine API takes the same configuration (check(paths, { config }))', async () => {
    const cfg = configFile('rules:\n  lambda-service-endpoints: { assumeEgress: true }\n  endpoint-sg-ingress: off\n');
    const result = await check([join(ROOT, OPTIONS)], { config: cfg });
    expect(result.findings.map((f) => [f.ruleId, f.line])).toEqual([['endpoint-policy-scoped', 129]]);
    const withLevels = await check([join(ROOT, OPTIONS)], { config: cfg, ruleLevels: { 'endpoint-policy-scoped': 'off' } });
    expect(withLevels.findings).toEqual([]);
  });
});

describe('include and exclude', () => {
  const layout = (config: string) =>
    project({
      'proj/.endpoint-guard.yml': config,
      'proj/app/policy-open.yaml': `@${POLICY_OPEN}`,
      'proj/legacy/old/policy-open.yaml': `@${POLICY_OPEN}`,
      'proj/lib/policy-open.yaml': `@${POLICY_OPEN}`,
    });
  const files = (report: JsonReport) => report.findings.map((f) => f.file);

  test('exclude: globs relative to the configuration file skip files of a directory scan (listed with --debug)', () => {
    const root = layout('exclude:\n  - legacy/**\n');
    // Run from above the project: the globs are relative to the configuration file, not to the working directory.
    const r = cli(['check', '--format', 'json', '--debug', 'proj'], root);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(files(report)).toEqual(['proj/app/policy-open.yaml', 'proj/lib/policy-open.yaml']);
    expect(report.summary.templates).toBe(2);
    expect(r.stderr).toMatch(/^skipped proj\/legacy\/old\/policy-open\.yaml: excluded by .*proj[/\\]\.endpoint-guard\.yml$/m);
    expect(r.code).toBe(1);
  });

  test('include: only the files it matches are checked in a directory scan', () => {
    const root = layout('include:\n  - app/*.yaml\n');
    expect(files(json(['proj'], root).report)).toEqual(['proj/app/policy-open.yaml']);
    const cwdInside = json(['.'], join(root, 'proj'));
    expect(files(cwdInside.report)).toEqual(['app/policy-open.yaml']);
  });

  test('a file named on the command line is checked even when excluded or not included', () => {
    const root = layout('include:\n  - app/**\nexclude:\n  - legacy/**\n');
    const { code, report } = json(['proj/legacy/old/policy-open.yaml', 'proj/lib/policy-open.yaml'], root);
    expect(rows(report.findings)).toEqual([
      ['endpoint-policy-scoped', 'error', 'proj/legacy/old/policy-open.yaml', 9, 'S3Endpoint'],
      ['endpoint-policy-scoped', 'error', 'proj/lib/policy-open.yaml', 9, 'S3Endpoint'],
    ]);
    expect(code).toBe(1);
  });

  test('exclude wins over include', () => {
    const root = layout('include:\n  - "**/*.yaml"\nexclude:\n  - lib/*\n');
    expect(files(json(['proj'], root).report)).toEqual(['proj/app/policy-open.yaml', 'proj/legacy/old/policy-open.yaml']);
  });
});

describe('invalid configuration files: exit 2, one line naming the file, the line and the key', () => {
  test.each([
    ['unknown-rule/.endpoint-guard.yml', 4, 3, 'rules.no-such-rule: no such rule'],
    ['unknown-option/.endpoint-guard.yml', 5, 5, 'rules.endpoint-policy-scoped.allowedPrincipal: unknown key'],
    ['bad-level/.endpoint-guard.yml', 4, 3, 'rules.vpc-dns-support: must be one of off, note, warning, error'],
    ['bad-option-type/.endpoint-guard.yml', 5, 5, 'rules.lambda-service-endpoints.assumeEgress: must be boolean'],
    ['unknown-key/.endpoint-guard.yml', 4, 1, 'maxWarning: unknown key'],
    ['json/.endpoint-guard.json', 5, 7, 'rules.endpoint-sg-ingress.allowedSources: must be array'],
  ])('%s', (name, line, column, problem) => {
    const file = `${FIXTURES}/invalid/${name}`;
    const { code, report, stderr } = json(['--config', file, POLICY_OPEN]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([`endpoint-guard: ${file}:${line}:${column}: invalid configuration: ${problem}`]);
    expect(stderr).not.toMatch(STACK_TRACE);
    // The template it governs is not checked.
    expect(report.findings).toEqual([]);
    expect(report.summary.templates).toBe(0);
    expect(report.inputErrors).toEqual([{ file, message: `invalid configuration: ${problem}`, line, column }]);
    // The stylish report shows the same line.
    const stylish = cli(['check', '--config', file, POLICY_OPEN]);
    expect(stylish.code).toBe(2);
    expect(stylish.stdout).toContain(`${file}:${line}:${column}: invalid configuration: ${problem}`);
  });

  test('a configuration that is not valid YAML: its file, line and column', () => {
    const file = `${FIXTURES}/invalid/malformed/.endpoint-guard.yml`;
    const { code, stderr } = json(['--config', file, POLICY_OPEN]);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^endpoint-guard: ${file.replace(/\./g, '\\.')}:\\d+:\\d+: invalid YAML`))]);
  });

  test('inputs under a broken configuration are skipped; inputs under other configurations are still checked', () => {
    const dir = project({
      'broken/.endpoint-guard.yml': `@${FIXTURES}/invalid/unknown-option/.endpoint-guard.yml`,
      'broken/policy-open.yaml': `@${POLICY_OPEN}`,
      'ok/.endpoint-guard.yml': 'rules:\n  endpoint-policy-scoped: warning\n',
      'ok/policy-open.yaml': `@${POLICY_OPEN}`,
      'none/policy-open.yaml': `@${POLICY_OPEN}`,
    });
    const r = cli(['check', '--format', 'json', '--debug', '.'], dir);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(r.code).toBe(2);
    expect(rows(report.findings)).toEqual([
      ['endpoint-policy-scoped', 'error', 'none/policy-open.yaml', 9, 'S3Endpoint'],
      ['endpoint-policy-scoped', 'warning', 'ok/policy-open.yaml', 9, 'S3Endpoint'],
    ]);
    expect(report.inputErrors).toEqual([
      {
        file: expect.stringMatching(/broken[/\\]\.endpoint-guard\.yml$/),
        message: 'invalid configuration: rules.endpoint-policy-scoped.allowedPrincipal: unknown key',
        line: 5,
        column: 5,
      },
    ]);
    expect(r.stderr).toMatch(/^skipped broken\/policy-open\.yaml: its configuration file is invalid$/m);
    expect(r.stderr).toMatch(
      /^endpoint-guard: .*broken[/\\]\.endpoint-guard\.yml:5:5: invalid configuration: rules\.endpoint-policy-scoped\.allowedPrincipal: unknown key$/m,
    );
  });

  test('a broken configuration at the working directory: the run still checks the inputs it does not govern', () => {
    const dir = project({ '.endpoint-guard.yml': 'maxWarnings: many\n', 'sub/.endpoint-guard.yml': 'rules: {}\n', 'sub/policy-open.yaml': `@${POLICY_OPEN}` });
    const { code, report, stderr } = json(['sub/policy-open.yaml'], dir);
    expect(code).toBe(2);
    expect(rows(report.findings)).toEqual([['endpoint-policy-scoped', 'error', 'sub/policy-open.yaml', 9, 'S3Endpoint']]);
    expect(stderr).toMatch(/\.endpoint-guard\.yml:1:1: invalid configuration: maxWarnings: must be integer/);
  });
});

describe('review fixes', () => {
  test('--rule with an id no rule has is a usage error (exit 2), said before any template is read', () => {
    const r = json(['--rule', 'no-such-rule=off', POLICY_OPEN]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--rule no-such-rule: no such rule/);
    expect(r.report.findings).toEqual([]);
    expect(r.report.summary.templates).toBe(0);
    // A custom rule's id is known: the configuration's rules are loaded before the check is judged.
    const custom = json([
      '--config',
      'test/templates/config/custom-rules/.endpoint-guard.yml',
      '--rule',
      'required-tag=off',
      'test/templates/config/custom-rules/tagged.yaml',
    ]);
    expect(custom.stderr).not.toMatch(/no such rule/);
    expect(custom.report.findings.map((f) => f.ruleId)).not.toContain('required-tag');
  });

  test('allowedPrincipals matches ARNs built with Fn::Sub and pseudo parameters by their shape', () => {
    const dir = project({
      't.yaml': `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
  Rt: {Type: AWS::EC2::RouteTable, Properties: {VpcId: !Ref Vpc}}
  S3Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
      RouteTableIds: [!Ref Rt]
      PolicyDocument:
        Statement:
          - {Effect: Allow, Principal: {AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root'}, Action: s3:GetObject, Resource: 'arn:aws:s3:::b/*'}
  Subnet: {Type: AWS::EC2::Subnet, Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24}}
  FunctionGroup: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: f, VpcId: !Ref Vpc}}
  Function:
    Type: AWS::Lambda::Function
    Properties: {Role: 'arn:aws:iam::123456789012:role/f', VpcConfig: {SubnetIds: [!Ref Subnet], SecurityGroupIds: [!Ref FunctionGroup]}}
`,
      '.endpoint-guard.yml': "rules:\n  endpoint-policy-scoped:\n    allowedPrincipals: ['arn:aws:iam::*:root']\n",
    });
    const policy = (findings: JsonReport['findings']) => findings.filter((f) => f.ruleId === 'endpoint-policy-scoped');
    expect(policy(json(['t.yaml'], dir).report.findings)).toEqual([]);
    writeFileSync(join(dir, '.endpoint-guard.yml'), "rules:\n  endpoint-policy-scoped:\n    allowedPrincipals: ['arn:aws:iam::*:user/*']\n");
    expect(rows(policy(json(['t.yaml'], dir).report.findings))).toEqual([['endpoint-policy-scoped', 'error', 't.yaml', 13, 'S3Endpoint']]);
  });
});
