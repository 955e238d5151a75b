/** Runs the built CLI (or the Action bundle) in a child process with a heap limit, measuring time and peak memory. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { withMutantCoverage } from '../helpers/mutant-coverage.js';
import { BIN, ROOT } from '../helpers/paths.js';

/** What every hostile input must stay under, whatever it holds (the contract: bounded cost, never an abort). */
export const BOUNDS = { seconds: 20, rssMiB: 1024, heapMiB: 1536 } as const;

export interface MeasuredRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  /** Peak resident set size; undefined when the process died before it could tell (an abort). */
  readonly rssMiB: number | undefined;
}

/** A random marker that must never appear in any output: planted in the environment and in a file outside the project. */
export function canary(): string {
  return `CANARY${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
}

export function measured(script: string, args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): MeasuredRun {
  const measureFile = join(mkdtempSync(join(tmpdir(), 'eg-measure-')), 'rss');
  const started = process.hrtime.bigint();
  const baseEnv = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', EG_MEASURE_FILE: measureFile, ...options.env };
  const r = withMutantCoverage(baseEnv, (env) =>
    spawnSync(process.execPath, [`--max-old-space-size=${BOUNDS.heapMiB}`, '--import', join(ROOT, 'test', 'hostile', 'measure.mjs'), script, ...args], {
      cwd: options.cwd ?? ROOT,
      encoding: 'utf8',
      env,
      timeout: BOUNDS.seconds * 3 * 1000,
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssMiB = existsSync(measureFile) ? Number(readFileSync(measureFile, 'utf8')) / 1024 : undefined;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, seconds, rssMiB };
}

/** `endpoint-guard …` as a user runs it, measured. */
export function measuredCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): MeasuredRun {
  return measured(BIN, args, options);
}

/** Lines that a GitHub Actions runner would take as a workflow command: `::cmd …::` (after leading blanks) or `##[cmd]`. */
export function workflowCommands(output: string): string[] {
  return output.split('\n').filter((l) => /^\s*::[\w-]+/.test(l) || /##\[[\w-]+/.test(l));
}

/** C0/C1 control characters other than the line breaks and tabs our own layout writes, and bidirectional overrides. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The contract for any input: exit 0, 1 or 2; no internal error or stack trace; within time and memory. */
export function expectContained(r: MeasuredRun, expectCode?: 0 | 1 | 2): void {
  const context = `exit ${r.code} (signal ${r.signal}) after ${r.seconds.toFixed(1)} s, ${r.rssMiB?.toFixed(0)} MiB; stderr: ${r.stderr.slice(0, 400)}`;
  if (expectCode !== undefined && r.code !== expectCode) throw new Error(`expected exit ${expectCode}: ${context}`);
  if (r.code === null || ![0, 1, 2].includes(r.code)) throw new Error(`not a contract exit code: ${context}`);
  if ((r.stdout + r.stderr).includes('internal error')) throw new Error(`internal error: ${context}`);
  if (/^\s+at .+[:(]\d+:\d+\)?$/m.test(r.stderr)) throw new Error(`stack trace: ${context}`);
  if (r.seconds > BOUNDS.seconds) throw new Error(`slower than ${BOUNDS.seconds} s: ${context}`);
  if (r.rssMiB === undefined || r.rssMiB > BOUNDS.rssMiB) throw new Error(`peak memory over ${BOUNDS.rssMiB} MiB or unknown: ${context}`);
}

export const ACTION = join(ROOT, 'dist', 'action', 'index.js');

export interface ActionRun extends MeasuredRun {
  readonly summary: string;
  readonly outputs: Record<string, string>;
}

/**
 * The Action's files as a runner has them: the repository at the pinned ref in a folder of its own, with no
 * node_modules anywhere above it (only what `runs.main` needs is copied: action.yml, package.json, dist/action).
 * Returns the path of its entry point.
 */
export function actionAsCheckedOut(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'eg-actions-')), 'endpoint-guard', 'endpoint-guard', 'main');
  mkdirSync(dir, { recursive: true });
  for (const file of ['action.yml', 'package.json']) copyFileSync(join(ROOT, file), join(dir, file));
  cpSync(join(ROOT, 'dist', 'action'), join(dir, 'dist', 'action'), { recursive: true });
  return join(dir, 'dist', 'action', 'index.js');
}

/** The bundled Action as GitHub runs it: INPUT_* variables, an event file, the workspace, output and summary files. */
export function measuredAction(
  workspace: string,
  inputs: Record<string, string>,
  event: object,
  eventName: string,
  env: Record<string, string> = {},
  action = ACTION,
): ActionRun {
  const dir = mkdtempSync(join(tmpdir(), 'eg-action-run-'));
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), event: join(dir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify(event));
  const defaults: Record<string, string> = {
    paths: '.',
    format: 'stylish',
    config: '',
    'fail-on': 'error',
    'only-changed': 'false',
    'sarif-file': '',
    stage: '',
    region: '',
  };
  const all: Record<string, string> = {
    ...env,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: eventName,
  };
  for (const [k, v] of Object.entries({ ...defaults, ...inputs })) all[`INPUT_${k.toUpperCase()}`] = v;
  const r = measured(action, [], { cwd: workspace, env: all });
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(files.output, 'utf8').matchAll(/^(\S+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]!] = m[3]!;
  return { ...r, summary: readFileSync(files.summary, 'utf8'), outputs };
}

/** A git repository with a base commit and a head commit (a pull request's), as actions/checkout leaves it. */
export function pullRequestRepo(base: Record<string, string>, head: Record<string, string>): { repo: string; base: string; head: string } {
  const repo = mkdtempSync(join(tmpdir(), 'eg-pr-'));
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' }).stdout.trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.com');
  git('config', 'user.name', 'ci');
  git('config', 'core.quotePath', 'true');
  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(repo, name)), { recursive: true });
      writeFileSync(join(repo, name), text);
    }
    git('add', '-A');
    git('commit', '-qm', 'commit', '--allow-empty');
    return git('rev-parse', 'HEAD');
  };
  return { repo, base: write(base), head: write(head) };
}

/** The `pull_request` event of a pull request from `headRepo` into `org/app`. */
export function pullRequestEvent(base: string, head: string, headRepo = 'org/app'): object {
  return { pull_request: { base: { sha: base, repo: { full_name: 'org/app' } }, head: { sha: head, repo: { full_name: headRepo } } } };
}
