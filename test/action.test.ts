/**
 * The bundled Action (dist/action/index.js) run as GitHub runs it: inputs as INPUT_* variables, a real-shaped
 * pull_request event in GITHUB_EVENT_PATH, GITHUB_WORKSPACE a git repository with base and head commits, and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. Asserts annotations, outputs, the summary and the exit status.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from '@jest/globals';
import { ROOT } from './helpers/paths.js';

const ACTION = join(ROOT, 'dist', 'action', 'index.js');
let repo: string;
let base: string;
let head: string;

const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' }).stdout.trim();

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'eg-action-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.com');
  git('config', 'user.name', 'ci');
  mkdirSync(join(repo, 'stacks'));
  copyFileSync(join(ROOT, 'examples', 'qldb-four-violations.yaml'), join(repo, 'stacks', 'old-bad.yaml'));
  copyFileSync(join(ROOT, 'examples', 'qldb-private-subnet.yaml'), join(repo, 'stacks', 'good.yaml'));
  git('add', '.');
  git('commit', '-qm', 'base');
  base = git('rev-parse', 'HEAD');
  // The pull request adds one violating template and a file that is not a template.
  copyFileSync(join(ROOT, 'test', 'templates', 'rules', 'endpoint-policy-scoped', 'bad-principal-star.yaml'), join(repo, 'stacks', 'new-bad.yaml'));
  writeFileSync(join(repo, 'notes.md'), 'notes\n');
  git('add', '.');
  git('commit', '-qm', 'head');
  head = git('rev-parse', 'HEAD');
});

function runAction(inputs: Record<string, string>, event: Record<string, unknown> = {}, eventName = 'pull_request') {
  const dir = mkdtempSync(join(tmpdir(), 'eg-action-run-'));
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(event));
  const defaults: Record<string, string> = { paths: '.', format: 'stylish', config: '', 'fail-on': 'error', 'only-changed': 'false', 'sarif-file': '', stage: '', region: '' };
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GITHUB_WORKSPACE: repo, GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, GITHUB_EVENT_PATH: files.event, GITHUB_EVENT_NAME: eventName };
  for (const [k, v] of Object.entries({ ...defaults, ...inputs })) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [ACTION], { cwd: repo, encoding: 'utf8', env, timeout: 60000 });
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(files.output, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { code: r.status, stdout: r.stdout, summary: readFileSync(files.summary, 'utf8'), outputs };
}

const pr = (headRepo = 'org/app') => ({ pull_request: { base: { sha: base, repo: { full_name: 'org/app' } }, head: { sha: head, repo: { full_name: headRepo } } } });

test('checks the workspace: annotations on the lines, outputs, a summary with a table and a Mermaid diagram, failure', () => {
  const r = runAction({ 'sarif-file': 'eg.sarif' }, pr());
  expect(r.code).toBe(1);
  const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error title='));
  expect(annotations).toContainEqual(expect.stringMatching(/^::error title=endpoint-policy-scoped,file=stacks\/old-bad\.yaml,line=197,col=13::QldbSessionEndpoint: Principal "\*"/));
  expect(annotations).toContainEqual(expect.stringMatching(/^::error title=vpc-dns-support,file=stacks\/old-bad\.yaml,line=21,col=7::/));
  expect(annotations.filter((a) => a.includes('file=stacks/good.yaml'))).toEqual([]);
  expect(r.stdout).toMatch(/^::error::endpoint-guard: \d+ finding\(s\) at or above error$/m);
  expect(Number(r.outputs.errors)).toBe(annotations.length);
  expect(r.outputs['sarif-file']).toBe('eg.sarif');
  expect((JSON.parse(readFileSync(join(repo, 'eg.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
  expect(r.summary).toMatch(/<tr><td>endpoint-policy-scoped<\/td><td>stacks\/old-bad\.yaml<\/td><td>1<\/td><td>0<\/td><\/tr>/);
  expect(r.summary).toMatch(/```mermaid\nflowchart LR\n[\s\S]*class [^\n]*fn_Function[^\n]* bad/);
});

test('only-changed checks only the templates the pull request changed', () => {
  const r = runAction({ 'only-changed': 'true' }, pr());
  expect(r.code).toBe(1);
  const files = new Set([...r.stdout.matchAll(/^::(?:error|warning|notice) [^:]*file=([^,]+),/gm)].map((m) => m[1]));
  expect([...files]).toEqual(['stacks/new-bad.yaml']);
  expect(r.stdout).toMatch(/only-changed: 2 of 2 changed files are under \./); // notes.md too: not a template, skipped
  expect(r.stdout).not.toMatch(/input error/);
  const scoped = runAction({ 'only-changed': 'true', paths: 'stacks' }, pr());
  expect(scoped.stdout).toMatch(/only-changed: 1 of 2 changed files are under stacks/);
  expect(scoped.outputs.errors).toBe('1');
});

test('format decides the log: json prints the report as JSON; an unknown format fails the step', () => {
  const json = runAction({ format: 'json', paths: 'stacks/old-bad.yaml' }, pr());
  const start = json.stdout.indexOf('{');
  const report = JSON.parse(json.stdout.slice(start, json.stdout.lastIndexOf('}') + 1)) as { summary: { error: number } };
  expect(report.summary.error).toBe(4);
  const bad = runAction({ format: 'xml' }, pr());
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(/^::error::endpoint-guard: format must be one of stylish, json, sarif, mermaid, github \(got xml\)$/m);
});

test('fail-on never reports without failing; fail-on warning fails on warnings too', () => {
  const never = runAction({ 'fail-on': 'never', paths: 'stacks/good.yaml' }, pr());
  expect(never.code).toBe(0);
  expect(never.outputs.findings).toBe('0');
  const good = runAction({ paths: 'stacks/good.yaml' }, pr());
  expect(good.code).toBe(0);
  expect(good.summary).toMatch(/0 errors, 0 warnings in 1 templates/);
});

test('custom rules (code) are refused for a pull request from a fork, and under pull_request_target', () => {
  writeFileSync(join(repo, '.endpoint-guard.yml'), 'customRules: [rules]\n');
  mkdirSync(join(repo, 'rules'), { recursive: true });
  writeFileSync(join(repo, 'rules', 'evil.mjs'), "import { writeFileSync } from 'node:fs'; writeFileSync('pwned', 'x'); export default {};\n");
  for (const run of [runAction({ paths: 'stacks/good.yaml' }, pr('fork/app')), runAction({ paths: 'stacks/good.yaml' }, pr(), 'pull_request_target')]) {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/customRules: custom rules are not run for pull requests from forks or under pull_request_target/);
    expect(() => readFileSync(join(repo, 'pwned'))).toThrow();
  }
});
