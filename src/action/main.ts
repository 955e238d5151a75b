import { isStackUri } from '../engine/load/live/stack-uri.js';
/**
 * The GitHub Action: checks the templates of the workspace (or those a pull request changed), annotates the
 * findings, writes a job summary (findings per rule and file, and a Mermaid diagram of each VPC), optionally a SARIF
 * file for code scanning, and fails the step when findings reach `fail-on`.
 *
 * Security: it runs on pull requests, possibly from forks. Template content is data, never evaluated. Custom rules
 * are code: they are refused whenever the pull request's head is not the base repository, or under
 * `pull_request_target` (where a token with write access and secrets may be present). In those cases the
 * configuration files are read from the base commit, so that a pull request cannot turn off the checks it is judged by.
 * The environment is never read for templates (`${env:…}` stays unknown), and no template text reaches the log
 * unescaped: the report is written between `stop-commands` markers, annotations and the summary are escaped.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import { check, type CheckResult } from '../engine/check.js';
import { FILE_SYSTEM, type ConfigSource } from '../engine/config/config.js';
import { formatJson } from '../engine/report/json.js';
import { formatMermaid } from '../engine/report/mermaid.js';
import { formatSarif } from '../engine/report/sarif.js';
import { formatStylish } from '../engine/report/stylish.js';
import { escapeMarkdown, escapeTerminal } from '../engine/report/escape.js';
import { servicesIncluding } from '../engine/load/includes.js';
import { atOrAbove, countByLevel, problemLines } from '../engine/report/summary.js';
import type { Finding } from '../engine/run/finding.js';
import { packageVersion } from '../engine/version.js';

const LEVELS = ['note', 'warning', 'error'] as const;

interface PullRequestEvent {
  pull_request?: { base?: { sha?: string; repo?: { full_name?: string } }; head?: { sha?: string; repo?: { full_name?: string } } };
}

function readEvent(): PullRequestEvent {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PullRequestEvent;
  } catch {
    return {};
  }
}

/** Whether code from the pull request must not run here: a fork's head, or the pull_request_target event. */
function untrusted(event: PullRequestEvent): boolean {
  const pr = event.pull_request;
  if (process.env.GITHUB_EVENT_NAME === 'pull_request_target') return true;
  return pr !== undefined && pr.head?.repo?.full_name !== pr.base?.repo?.full_name;
}

/** The files the pull request changed (base...head), with `git` in the workspace; NUL-separated, so names come unquoted. */
function changedFiles(event: PullRequestEvent, workspace: string): string[] | undefined {
  const base = event.pull_request?.base?.sha;
  const head = event.pull_request?.head?.sha;
  if (!base || !head) return undefined;
  const diff = spawnSync('git', ['diff', '-z', '--name-only', '--diff-filter=ACMR', `${base}...${head}`], {
    cwd: workspace,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (diff.status !== 0) throw new Error(`git diff ${base}...${head} failed: ${escapeTerminal(diff.stderr.trim())}`);
  return diff.stdout.split('\0').filter((f) => f !== '');
}

/**
 * Configuration files of the workspace (the pull request's checkout) as they are in the base commit's tree; files
 * outside the workspace (a `config` the workflow put elsewhere) are not the pull request's and are read as they are.
 * Without the base commit (a shallow clone), the workspace has no configuration: the rules' own levels, never the
 * pull request's.
 */
function baseCommitConfig(event: PullRequestEvent, workspace: string): ConfigSource {
  const base = event.pull_request?.base?.sha;
  const git = (...args: string[]) => spawnSync('git', args, { cwd: workspace, encoding: 'utf8' });
  const hasBase = base !== undefined && git('cat-file', '-e', `${base}^{commit}`).status === 0;
  if (!hasBase)
    core.warning(
      `endpoint-guard: the base commit ${base ?? '(none in the event)'} is not in the clone (fetch-depth: 0 brings it); checking without any configuration file`,
    );
  const shown = new Map<string, string | undefined>();
  const fromBase = (rel: string) => {
    if (!shown.has(rel)) {
      const r = hasBase ? git('show', `${base}:./${rel}`) : undefined;
      shown.set(rel, r?.status === 0 ? r.stdout : undefined);
    }
    return shown.get(rel);
  };
  const inWorkspace = (file: string) => {
    const rel = relative(workspace, resolve(file)).split('\\').join('/');
    return rel === '..' || rel.startsWith('../') || isAbsolute(rel) ? undefined : rel;
  };
  return {
    exists: (file) => {
      const rel = inWorkspace(file);
      return rel === undefined ? FILE_SYSTEM.exists(file) : fromBase(rel) !== undefined;
    },
    read: (file) => {
      const rel = inWorkspace(file);
      return rel === undefined ? FILE_SYSTEM.read(file) : fromBase(rel);
    },
  };
}

/** Whether a changed file lies under one of the `paths` inputs. */
function within(file: string, paths: readonly string[]): boolean {
  return paths.some((p) => p === '.' || file === p || file.startsWith(`${p.replace(/\/$/, '')}/`));
}

/** Annotations: the toolkit escapes what would end or split the command; control characters are made visible here. */
function annotate(f: Finding): void {
  // A deployed stack is no file of the repository: its annotation names the stack and line in its text.
  const stack = isStackUri(f.file);
  const props = stack
    ? { title: escapeTerminal(f.ruleId) }
    : { file: escapeTerminal(f.file), startLine: f.line, startColumn: f.column, title: escapeTerminal(f.ruleId) };
  const message = escapeTerminal(`${stack ? `${f.file}:${f.line}: ` : ''}${f.message} (${f.logicalId})`);
  if (f.level === 'error') core.error(message, props);
  else if (f.level === 'warning') core.warning(message, props);
  else core.notice(message, props);
}

async function summarize(result: CheckResult, mermaid: string): Promise<void> {
  const counted = result.findings.filter((f) => !f.suppressed && f.level !== 'note');
  const rows = new Map<string, { rule: string; file: string; errors: number; warnings: number }>();
  for (const f of counted) {
    const key = `${f.ruleId}\0${f.file}`;
    const row = rows.get(key) ?? { rule: f.ruleId, file: f.file, errors: 0, warnings: 0 };
    if (f.level === 'error') row.errors++;
    else row.warnings++;
    rows.set(key, row);
  }
  core.summary.addHeading('endpoint-guard', 2);
  const counts = countByLevel(result.findings);
  core.summary.addRaw(`${counts.error} errors, ${counts.warning} warnings in ${result.checked.length} templates`, true);
  if (rows.size > 0) {
    core.summary.addTable([
      [
        { data: 'Rule', header: true },
        { data: 'File', header: true },
        { data: 'Errors', header: true },
        { data: 'Warnings', header: true },
      ],
      ...[...rows.values()].map((r) => [escapeMarkdown(r.rule), escapeMarkdown(r.file), String(r.errors), String(r.warnings)]),
    ]);
  }
  for (const line of problemLines(result)) core.summary.addRaw(`Input error: ${escapeMarkdown(line)}`, true);
  if (result.models.length > 0) {
    core.summary.addHeading('Network', 3);
    core.summary.addRaw(mermaid, true);
  }
  await core.summary.write();
}

/**
 * Writes the report to the log with workflow commands turned off around it (GitHub's `stop-commands`, with a token
 * nobody can guess), so that no text in it, however escaped or not, can act as a command.
 */
function writeUninterpreted(report: string): void {
  const token = `endpoint-guard-${randomUUID()}`;
  core.info(`::stop-commands::${token}`);
  core.info(report);
  core.info(`::${token}::`);
}

/**
 * The `stacks` / `all-stacks` inputs: deployed stacks read with the job's AWS credentials (the SDK's chain, e.g. from
 * aws-actions/configure-aws-credentials), for scheduled runs. Nothing is read when neither is set.
 */
async function deployedStacks(regionInput: string) {
  const stacks = core
    .getMultilineInput('stacks')
    .flatMap((p) => p.split(/\s+/))
    .filter((p) => p !== '');
  const allStacks = core.getInput('all-stacks') === 'true';
  if (stacks.length === 0 && !allStacks) return undefined;
  const { fetchStacks } = await import('../engine/load/live/fetch-stacks.js');
  const roleArn = core.getInput('role-arn');
  return fetchStacks({ stacks, allStacks, regions: regionInput.split(/\s+/).filter((r) => r !== ''), ...(roleArn ? { roleArn } : {}) });
}

export async function run(): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  process.chdir(workspace);
  const paths = core
    .getMultilineInput('paths')
    .flatMap((p) => p.split(/\s+/))
    .filter((p) => p !== '');
  const failOn = core.getInput('fail-on') || 'error';
  if (![...LEVELS, 'never'].includes(failOn)) throw new Error(`fail-on must be one of error, warning, note, never (got ${failOn})`);
  const event = readEvent();
  const untrustedHead = untrusted(event);
  let targets = paths.length > 0 ? paths : ['.'];
  const onlyChanged = core.getInput('only-changed') === 'true' && event.pull_request !== undefined;
  const stageInput = core.getInput('stage');
  const regionInput = core.getInput('region');
  const serverlessRegion = regionInput.split(/\s+/)[0] ?? '';
  if (onlyChanged) {
    const changed = changedFiles(event, workspace) ?? [];
    const under = changed.filter((f) => within(f, targets));
    // A changed fragment (`${file(resources/vpc.yml)}`) changes the services that include it: check those too.
    const services = await servicesIncluding(targets, under, {
      ...(stageInput ? { stage: stageInput } : {}),
      ...(serverlessRegion ? { region: serverlessRegion } : {}),
    });
    core.info(
      `only-changed: ${under.length} of ${changed.length} changed files are under ${escapeTerminal(paths.join(', ') || '.')}${services.length > 0 ? `, and ${services.length} service(s) include some of them` : ''}`,
    );
    targets = [...under, ...services];
  }
  const config = core.getInput('config');
  const live = await deployedStacks(regionInput);
  if (live && paths.length === 0 && !onlyChanged) targets = [];
  const result: CheckResult =
    targets.length === 0 && !live
      ? { findings: [], problems: [], notices: [], checked: [], skipped: [], missing: [], rules: [], settings: {}, models: [] }
      : await check(targets, {
          ...(live ? { live } : {}),
          keepModels: true,
          pathsAreFound: onlyChanged,
          // A pull request that changes no template has nothing to check; a `paths` that holds none is a mistake.
          allowNoTemplates: onlyChanged || live !== undefined,
          ...(config ? { config } : {}),
          ...(stageInput ? { stage: stageInput } : {}),
          ...(serverlessRegion ? { region: serverlessRegion } : {}),
          ...(untrustedHead
            ? {
                refuseCustomRules: 'custom rules are not run for pull requests from forks or under pull_request_target',
                configSource: baseCommitConfig(event, workspace),
              }
            : {}),
        });
  // The log: the report in the format asked for (annotations are written in any case).
  const format = core.getInput('format') || 'stylish';
  const mermaid = formatMermaid(result);
  const log: Record<string, () => string> = {
    stylish: () => formatStylish(result),
    json: () => formatJson(result, packageVersion()),
    sarif: () => formatSarif(result, packageVersion()),
    mermaid: () => mermaid,
    github: () => '',
  };
  const render = Object.hasOwn(log, format) ? log[format] : undefined;
  if (!render) throw new Error(`format must be one of ${Object.keys(log).join(', ')} (got ${format})`);
  writeUninterpreted(render());
  for (const f of result.findings.filter((x) => !x.suppressed)) annotate(f);
  for (const line of problemLines(result)) core.error(escapeTerminal(line), { title: 'endpoint-guard input error' });
  const sarifFile = core.getInput('sarif-file');
  if (sarifFile) writeFileSync(sarifFile, formatSarif(result, packageVersion()));
  const counts = countByLevel(result.findings);
  core.setOutput('findings', counts.error + counts.warning + counts.note);
  core.setOutput('errors', counts.error);
  core.setOutput('sarif-file', sarifFile);
  await summarize(result, mermaid);
  if (core.getInput('suggest-fixes') === 'true' && event.pull_request) {
    const { suggestFixes } = await import('./suggest-fixes.js');
    await suggestFixes(result, event, !untrustedHead);
  }
  const failing = failOn === 'never' ? [] : atOrAbove(result.findings, failOn as (typeof LEVELS)[number]);
  if (result.problems.length > 0 || result.missing.length > 0)
    core.setFailed(`endpoint-guard: ${result.problems.length + result.missing.length} input error(s)`);
  else if (failing.length > 0) core.setFailed(`endpoint-guard: ${failing.length} finding(s) at or above ${failOn}`);
}

run().catch((e: unknown) => {
  core.setFailed(`endpoint-guard: ${escapeTerminal((e as Error).message)}`);
});
