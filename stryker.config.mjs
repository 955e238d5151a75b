// Mutation testing (StrykerJS): `npm run mutate`, or `npm run mutate -- --mutate 'rules/**/*.ts'` for one folder.
// The in-process tests load the instrumented sources; the CLI tests run a dist/ built from them (buildCommand).
// Reports and the incremental file go outside the repository (STRYKER_REPORT_DIR, by default the system's temp folder).
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = process.env.STRYKER_REPORT_DIR ?? join(tmpdir(), 'endpoint-guard-mutation');

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  // dist/ is built in the sandbox from the instrumented sources, so that the CLI tests run the mutants too
  // (test/helpers/mutant-coverage.ts tells Stryker which test each child process covered).
  buildCommand: 'npm run compile',
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  mutate: ['rules/**/*.ts', 'src/engine/**/*.ts', '!rules/index.ts', '!src/engine/**/*.d.ts', '!src/engine/load/adapters/terraform/source/hcl-worker.ts'],
  ignorePatterns: ['/coverage', '/reports', '.stryker-tmp', 'examples/**/node_modules'],
  incremental: true,
  incrementalFile: join(reports, 'incremental.json'),
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: join(reports, 'index.html') },
  jsonReporter: { fileName: join(reports, 'mutation.json') },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  concurrency: 2,
  timeoutMS: 20000,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  // Stryker would symlink every node_modules folder into the sandbox, test fixtures included (the CLI tests expect
  // test/templates/inputs/mixed-dir/node_modules to be a directory); the sandbox sits inside the project, so Node
  // finds the project's node_modules without a link.
  symlinkNodeModules: false,
  cleanTempDir: 'always',
};
