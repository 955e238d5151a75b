import { readFileSync, writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { builtinRules } from '../../rules/index.js';
import { check, type CheckResult } from '../engine/check.js';
import { formatGithub } from '../engine/report/github.js';
import { formatJson } from '../engine/report/json.js';
import { formatSarif } from '../engine/report/sarif.js';
import { formatStylish } from '../engine/report/stylish.js';
import { exitCode, problemLines } from '../engine/report/summary.js';

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

const version = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function render(format: Format, result: CheckResult, toTerminal: boolean): string {
  switch (format) {
    case 'json':
      return formatJson(result, version);
    case 'sarif':
      return formatSarif(result, builtinRules, version);
    case 'github':
      return formatGithub(result);
    case 'stylish':
      return formatStylish(result, toTerminal && !process.env.NO_COLOR);
  }
}

interface CheckFlags {
  format: Format;
  output?: string;
  debug?: boolean;
  stage?: string;
  region?: string;
}

function runCheck(paths: string[], flags: CheckFlags): number {
  const result = check(paths.length > 0 ? paths : ['.'], {
    ...(flags.stage ? { stage: flags.stage } : {}),
    ...(flags.region ? { region: flags.region } : {}),
  });
  if (flags.debug) for (const s of result.skipped) process.stderr.write(`skipped ${s.file}: ${s.reason}\n`);
  const report = render(flags.format, result, !flags.output && process.stdout.isTTY === true);
  if (flags.output) writeFileSync(flags.output, report);
  else process.stdout.write(report);
  // Input errors also go to stderr, one line each, unless the stylish report on stdout already shows them.
  if (flags.format !== 'stylish' || flags.output) for (const line of problemLines(result)) process.stderr.write(`endpoint-guard: ${line}\n`);
  return exitCode(result);
}

function parseAndRun(argv: readonly string[]): number {
  let code = 0;
  const program = new Command('endpoint-guard')
    .description('Checks that Lambda functions in private subnets reach AWS services through least-privilege VPC endpoints')
    .version(version, '-v, --version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  program
    .command('check')
    .description('check CloudFormation, AWS SAM and Serverless Framework templates and CDK cdk.out assemblies (files, directories searched recursively, or globs)')
    .argument('[paths...]', 'templates, directories or globs', [])
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--stage <stage>', "Serverless Framework: the stage (sets ${opt:stage})")
    .option('--region <region>', "Serverless Framework: the region (sets ${opt:region})")
    .option('--debug', 'list the files a directory scan skipped, and why')
    .action((paths: string[], flags: CheckFlags) => {
      code = runCheck(paths, flags);
    });
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    // Help or version asked for: 0. Anything else, including no command at all (help shown unasked): usage error, 2.
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
  return code;
}

/** The CLI: returns the exit code; never lets an exception escape as a stack trace. */
export function main(argv: readonly string[]): number {
  try {
    return parseAndRun(argv);
  } catch (e) {
    process.stderr.write(`endpoint-guard: internal error: ${(e as Error).message}\n`);
    if (process.env.ENDPOINT_GUARD_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 2;
  }
}
