import { spawnSync } from 'node:child_process';
import { withMutantCoverage } from './mutant-coverage.js';
import { BIN, ROOT } from './paths.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (after `npm run compile`), from the repository root. */
export function cli(args: readonly string[], cwd = ROOT): CliRun {
  const r = withMutantCoverage({ ...process.env, NO_COLOR: '1' }, (env) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env, timeout: 30000 }),
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const STACK_TRACE = /^\s+at .+[:(]\d+:\d+\)?$/m;

/** A finding as `--format json` prints it. */
export interface JsonFinding {
  ruleId: string;
  level: string;
  message: string;
  file: string;
  line: number;
  column: number;
  logicalId: string;
  suppressed?: { justification: string; via: 'metadata' | 'comment' };
}

/** The `--format json` report. */
export interface JsonReport {
  summary: { error: number; warning: number; note: number; suppressed: number; baselined: number; inputErrors: number; templates: number };
  findings: JsonFinding[];
  inputErrors: { file: string; message: string; line?: number; column?: number }[];
}

/** `endpoint-guard check --format json …`, parsed. */
export function checkJson(args: readonly string[], cwd?: string): { code: number | null; report: JsonReport; stderr: string } {
  const r = cli(['check', '--format', 'json', ...args], cwd);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport, stderr: r.stderr };
}
