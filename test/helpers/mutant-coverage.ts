/**
 * Lets the CLI tests kill mutants. Under StrykerJS the sandbox's dist/ is built from the instrumented sources
 * (`buildCommand` in stryker.config.mjs), and a child process inherits the active mutant through the environment;
 * what the child does not inherit is the test that is running, so the coverage it gathers would be lost and Stryker
 * would never pick the test for a mutant. Here the child writes that coverage on exit (mutant-coverage-preload.mjs) and
 * it is counted for the running test. Outside StrykerJS this changes nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './paths.js';

type Hits = Record<string, number>;
interface MutantCoverage {
  static: Hits;
  perTest: Record<string, Hits>;
}
/** What the Stryker instrumenter keeps on `globalThis.__stryker__`, in a test and in a child process. */
export interface StrykerContext {
  currentTestId?: string;
  mutantCoverage?: MutantCoverage;
}

const PRELOAD = pathToFileURL(join(ROOT, 'test', 'helpers', 'mutant-coverage-preload.mjs')).href;

function strykerContext(): StrykerContext | undefined {
  return (globalThis as { __stryker__?: StrykerContext }).__stryker__;
}

function addHits(into: Hits, from: Hits): void {
  for (const [id, count] of Object.entries(from)) into[id] = (into[id] ?? 0) + count;
}

function countForRunningTest(context: StrykerContext, file: string): void {
  const testId = context.currentTestId;
  if (testId === undefined || !existsSync(file)) return;
  const child = JSON.parse(readFileSync(file, 'utf8')) as MutantCoverage;
  const coverage = (context.mutantCoverage ??= { static: {}, perTest: {} });
  const hits = (coverage.perTest[testId] ??= {});
  addHits(hits, child.static);
  for (const perTest of Object.values(child.perTest)) addHits(hits, perTest);
}

/** Runs `spawn` with an environment that, under StrykerJS, reports the child's mutant coverage to the running test. */
export function withMutantCoverage<T>(env: NodeJS.ProcessEnv, spawn: (env: NodeJS.ProcessEnv) => T): T {
  const context = strykerContext();
  if (context === undefined) return spawn(env);
  const dir = mkdtempSync(join(tmpdir(), 'eg-mutant-coverage-'));
  const file = join(dir, 'coverage.json');
  const nodeOptions = [env.NODE_OPTIONS, `--import=${PRELOAD}`].filter(Boolean).join(' ');
  try {
    const result = spawn({ ...env, NODE_OPTIONS: nodeOptions, EG_MUTANT_COVERAGE_FILE: file });
    countForRunningTest(context, file);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
