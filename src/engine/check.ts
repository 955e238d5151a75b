import { dirname, relative, resolve as resolvePath } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { activeRules, configFinder, DEFAULT_CONFIG, FILE_SYSTEM, loadConfig, type ConfigSource, type LoadedConfig } from './config/config.js';
import { toCloudFormation, type AdapterOptions } from './load/adapters/index.js';
import type { StackContext } from './load/cloud-assembly.js';
import { discover, isTerraformSource, type Candidate } from './load/discover.js';
import { readTemplate, type ReadResult, type TemplateDocument } from './load/read-template.js';
import type { LiveStack } from './load/live/fetch-stacks.js';
import { InputError } from './load/source-node.js';
import { buildModel } from './model/build.js';
import type { NetworkModel } from './model/network-model.js';
import { Resolver } from './resolve/resolver.js';
import { compareFindings, type Finding, type InputProblem } from './run/finding.js';
import { metaRules } from './run/meta-rules.js';
import type { AnyRule, Level } from './run/rule.js';
import { runRules, type ActiveRule } from './run/run-rules.js';

export interface CheckOptions extends AdapterOptions {
  /** Rules to run instead of the built-in ones (custom rules of configuration files still add to them). */
  readonly rules?: readonly AnyRule[];
  /** `--config FILE`: this file for every input, instead of the nearest one above each input. */
  readonly config?: string;
  /** `--rule slug=level`: levels over those of the configuration files. */
  readonly ruleLevels?: Readonly<Record<string, Level | 'off'>>;
  /** `--report-unused-suppressions` (over the configuration's `reportUnusedSuppressions`). */
  readonly reportUnusedSuppressions?: boolean;
  /** Keep each template's network model in the result (for diagrams); off by default to spare memory. */
  readonly keepModels?: boolean;
  /** Refuse to load custom rules (code) with this reason: a configuration that names some is an input error. */
  readonly refuseCustomRules?: string;
  /** Where configuration files are read from (default: the file system). */
  readonly configSource?: ConfigSource;
  /** The paths were found rather than named (a pull request's changed files): files that are not templates are skipped. */
  readonly pathsAreFound?: boolean;
  /** A run that finds no template passes (pre-commit on a commit without templates); else it is an input error. */
  readonly allowNoTemplates?: boolean;
  /** Deployed stacks to check besides (or instead of) the paths, as fetched from CloudFormation, and those that could not be. */
  readonly live?: { readonly stacks: readonly LiveStack[]; readonly problems: readonly InputProblem[] };
}

/** What the run as a whole is judged by (the configuration at the working directory, or `--config`). */
export interface RunSettings {
  readonly maxWarnings?: number;
  readonly levelThreshold?: Level;
}

export interface CheckResult {
  readonly findings: Finding[];
  readonly problems: InputProblem[];
  /** Things read leniently (not strict YAML, duplicate keys): reported as notes, never failing the run. */
  readonly notices: InputProblem[];
  /** Files checked as templates. */
  readonly checked: string[];
  /** Files of a directory scan that are not templates, or excluded, with why (for --debug). */
  readonly skipped: { file: string; reason: string }[];
  /** Paths on the command line that match nothing. */
  readonly missing: string[];
  /** Every rule known in this run (built-in, custom, meta), for reporters and `rules`. */
  readonly rules: readonly AnyRule[];
  readonly settings: RunSettings;
  /** The network model of each checked template, with `keepModels`. */
  readonly models: { readonly file: string; readonly model: NetworkModel }[];
}

/**
 * load → configure → resolve → model → run, for every input; one broken input (or configuration) never hides the
 * findings of the others. A template that a serverless.yml includes is still checked on its own (the service is the
 * pull request's, and must not be able to take a template out of the check); a finding that both runs make alike is
 * reported once.
 */
export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  const builtins = options.rules ?? builtinRules;
  const { candidates, missing, problems, skipped } = await discover(paths, options.pathsAreFound);
  const configs = await configsFor(candidates, builtins, options);
  const rootConfig = configs.resolve(options.config ?? configs.find(process.cwd()));
  const knownRules = new Map<string, AnyRule>([...builtins, ...metaRules].map((r) => [r.id, r]));
  const result: CheckResult = {
    findings: [],
    problems: [...(options.live?.problems ?? []), ...problems, ...configs.problems],
    notices: [],
    checked: [],
    skipped: [...skipped],
    missing,
    rules: [],
    settings: { ...pick(rootConfig?.config) },
    models: [],
  };

  // A misspelt `--rule` is a usage error: said before any template is read, not after the whole check.
  const unknownRules = Object.keys(options.ruleLevels ?? {}).filter((id) => !knownRules.has(id) && !configs.customRuleIds.has(id));
  if (unknownRules.length > 0) {
    const problems = unknownRules.map((id) => ({ file: `--rule ${id}`, message: 'no such rule (endpoint-guard rules lists them)' }));
    return { ...result, problems: [...result.problems, ...problems], skipped: [], rules: [...knownRules.values()] };
  }

  const run: Run = { result, options, builtins, knownRules, notTemplates: [] };
  const { terraform, plans } = await checkFiles(candidates, configs, run);
  await checkTerraform(terraform, plans, run);
  await checkDeployed(rootConfig, run);
  result.skipped.push(...run.notTemplates);
  if (result.checked.length === 0 && result.problems.length === 0 && missing.length === 0 && !options.allowNoTemplates)
    result.problems.push(nothingChecked(paths, result.skipped.length));
  const findings = distinct(result.findings, (f) =>
    JSON.stringify([f.ruleId, f.level, f.file, f.line, f.column, f.logicalId, f.message, f.suppressed?.via ?? '']),
  );
  const notices = distinct(result.notices, (n) => JSON.stringify([n.file, n.line, n.column, n.message]));
  return { ...result, findings: findings.sort(compareFindings), notices, rules: [...knownRules.values()] };
}

/** What every step of a run shares. `notTemplates`: found files that turn out not to be templates, listed last. */
interface Run {
  readonly result: CheckResult;
  readonly options: CheckOptions;
  readonly builtins: readonly AnyRule[];
  readonly knownRules: Map<string, AnyRule>;
  readonly notTemplates: CheckResult['skipped'];
}

type Configs = Awaited<ReturnType<typeof configsFor>>;
type TerraformInput = Candidate & { rules: ActiveRule[]; reportUnused: boolean };

/**
 * Each file read, checked and let go before the next, so that memory does not grow with the number of files; the
 * `.tf` files are returned to be read as modules, with the plans they wait on (a plan's folder is not read again).
 */
async function checkFiles(
  candidates: readonly Candidate[],
  configs: Configs,
  run: Run,
): Promise<{ terraform: TerraformInput[]; plans: { file: string; read: ReadResult }[] }> {
  const { result, options } = run;
  const terraform: TerraformInput[] = [];
  const plans: { file: string; read: ReadResult }[] = [];
  const keepPlans = candidates.some((c) => isTerraformSource(c.file));
  for (const c of candidates) {
    const governing = configs.forFile(c.file, options.config);
    if (governing === 'broken') {
      result.skipped.push({ file: c.file, reason: 'its configuration file is invalid' });
      continue;
    }
    const config = governing?.config ?? DEFAULT_CONFIG;
    if (!c.explicit && !(await selected(c, config))) {
      result.skipped.push({ file: c.file, reason: `excluded by ${config.file}` });
      continue;
    }
    for (const r of governing?.customRules ?? []) run.knownRules.set(r.id, r);
    const rules = activeRules(config, [...run.builtins, ...(governing?.customRules ?? [])], options.ruleLevels);
    const reportUnused = options.reportUnusedSuppressions ?? config.reportUnusedSuppressions ?? false;
    if (isTerraformSource(c.file)) {
      terraform.push({ ...c, rules, reportUnused });
      continue;
    }
    const read = readTemplate(c.file, !c.explicit);
    if (keepPlans && read.status === 'template' && read.document.kind === 'terraform-plan') plans.push({ file: c.file, read });
    await checkRead(result, { ...c, read, rules, reportUnused }, options, run.notTemplates);
  }
  return { terraform, plans };
}

async function checkTerraform(terraform: readonly TerraformInput[], plans: readonly { file: string; read: ReadResult }[], run: Run): Promise<void> {
  if (terraform.length === 0) return;
  // HashiCorp's parser and the evaluator are loaded only for runs with .tf inputs.
  const { readTerraformModules } = await import('./load/read-terraform.js');
  for (const module of await readTerraformModules(terraform, plans, run.result.skipped, run.options.root)) {
    await checkRead(run.result, module, run.options, run.notTemplates);
  }
}

/** Deployed stacks, judged by the configuration at the working directory (or --config). */
async function checkDeployed(rootConfig: LoadedConfig | undefined, run: Run): Promise<void> {
  const { options } = run;
  if (!options.live?.stacks.length) return;
  const rules = activeRules(rootConfig?.config ?? DEFAULT_CONFIG, [...run.builtins, ...(rootConfig?.customRules ?? [])], options.ruleLevels);
  const { deployedDocument } = await import('./load/live/deployed.js');
  for (const stack of options.live.stacks) {
    const { read, context } = deployedDocument(stack);
    const input = { file: stack.uri, explicit: true, stack: context, read, rules, reportUnused: options.reportUnusedSuppressions ?? false };
    await checkRead(run.result, input, options, run.notTemplates);
  }
}

/**
 * One input's findings, notes and problems into the run's result. `notTemplates`: found files that turn out not to
 * be templates, listed after every other skip.
 */
async function checkRead(
  result: CheckResult,
  input: Candidate & { read: ReadResult; rules: readonly ActiveRule[]; reportUnused: boolean },
  options: CheckOptions,
  notTemplates: CheckResult['skipped'],
): Promise<void> {
  const { file, explicit, read, rules, reportUnused, stack } = input;
  if (read.status === 'error') {
    result.problems.push(problemOf(read.error));
  } else if (read.status === 'not-a-template') {
    if (explicit && read.parseError) result.problems.push(problemOf(read.parseError));
    else if (explicit) result.problems.push({ file, message: `not a CloudFormation, SAM or Serverless template (${read.reason})` });
    else notTemplates.push({ file, reason: read.reason });
  } else {
    try {
      const { findings, notes, failures, model } = await checkDocument(read.document, rules, {
        ...options,
        reportUnusedSuppressions: reportUnused,
        ...(stack ? { stack } : {}),
      });
      if (options.keepModels) result.models.push({ file, model });
      for (const message of failures) result.problems.push({ file, message });
      result.checked.push(file);
      result.notices.push(...notes.map((n) => ({ file: n.loc.file ?? file, message: n.message, line: n.loc.line, column: n.loc.column })));
      result.findings.push(...findings);
    } catch (e) {
      // An input over a limit (expansion, an include it may not read) is its own error; a defect of ours, or of a
      // custom rule, must cost this file only, never the findings of the other inputs.
      if (e instanceof InputError) result.problems.push(problemOf(e));
      else result.problems.push({ file, message: `internal error while checking this file: ${(e as Error).message}` });
    }
  }
}

export async function checkDocument(
  doc: TemplateDocument,
  rules: readonly ActiveRule[],
  options: AdapterOptions & { reportUnusedSuppressions?: boolean; stack?: StackContext } = {},
): Promise<{ findings: Finding[]; notes: TemplateDocument['notes']; includes: readonly string[]; failures: string[]; model: NetworkModel }> {
  const view = await toCloudFormation(doc, options);
  // A CDK stack deployed to a fixed environment knows its region and account.
  const { stack } = options;
  const pseudo = {
    ...view.pseudo,
    ...(stack?.region ? { 'AWS::Region': stack.region } : {}),
    ...(stack?.account ? { 'AWS::AccountId': stack.account } : {}),
    ...(stack?.stackName ? { 'AWS::StackName': stack.stackName } : {}),
  };
  const resolver = new Resolver(view.root, { pseudo, ...(stack?.imports ? { imports: stack.imports } : {}) });
  const model = buildModel(view.root, resolver, stack?.constructPaths);
  const { findings, failures } = runRules(model, rules, doc.file, {
    commentSuppressions: [...doc.commentSuppressions, ...view.commentSuppressions],
    reportUnusedSuppressions: options.reportUnusedSuppressions ?? false,
    ...(view.uncertain ? { uncertain: view.uncertain } : {}),
  });
  return { findings, notes: [...doc.notes, ...view.notes], includes: view.includes, failures, model };
}

/** Configuration files, each read once: `--config`, or the nearest one above each input. */
async function configsFor(candidates: readonly Candidate[], builtins: readonly AnyRule[], options: CheckOptions) {
  const { config: explicit, refuseCustomRules, configSource: source = FILE_SYSTEM } = options;
  const loaded = new Map<string, LoadedConfig | 'broken'>();
  const problems: InputProblem[] = [];
  const find = configFinder(source);
  const files = new Set<string>(explicit ? [explicit] : candidates.map((c) => find(dirname(c.file))).filter((f): f is string => f !== undefined));
  const root = explicit ? undefined : find(process.cwd());
  if (root) files.add(root);
  for (const file of files) {
    try {
      loaded.set(file, await loadConfig(file, builtins, refuseCustomRules, source));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      problems.push(problemOf(e));
      loaded.set(file, 'broken');
    }
  }
  const customRuleIds = new Set([...loaded.values()].flatMap((c) => (c === 'broken' ? [] : c.customRules.map((r) => r.id))));
  const resolve = (file: string | undefined) => {
    const c = file ? loaded.get(file) : undefined;
    return c === 'broken' ? undefined : c;
  };
  const forFile = (file: string, configFile: string | undefined) => {
    const f = configFile ?? find(dirname(file));
    return f ? loaded.get(f) : undefined;
  };
  return { problems, resolve, forFile, customRuleIds, find };
}

/** A discovered file is checked when the configuration's include globs match it and its exclude globs do not. */
async function selected(c: Candidate, config: LoadedConfig['config']): Promise<boolean> {
  const { include = [], exclude = [] } = config;
  if (include.length === 0 && exclude.length === 0) return true;
  let matchers = globMatchers.get(config);
  if (!matchers) {
    const { default: picomatch } = await import('picomatch');
    const compile = (globs: readonly string[]) => (globs.length > 0 ? picomatch([...globs], { dot: true }) : undefined);
    matchers = { include: compile(include), exclude: compile(exclude) };
    globMatchers.set(config, matchers);
  }
  const rel = relative(config.dir, resolvePath(c.file)).split('\\').join('/');
  if (matchers.exclude?.(rel)) return false;
  return matchers.include?.(rel) ?? true;
}

/** Each configuration's globs, compiled once for all the files it governs. */
const globMatchers = new WeakMap<LoadedConfig['config'], { include?: (path: string) => boolean; exclude?: (path: string) => boolean }>();

/** The first of each group of items with the same key, in order (a file checked on its own and through a service). */
function distinct<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function pick(config: LoadedConfig['config'] | undefined): RunSettings {
  return {
    ...(config?.maxWarnings !== undefined ? { maxWarnings: config.maxWarnings } : {}),
    ...(config?.levelThreshold !== undefined ? { levelThreshold: config.levelThreshold } : {}),
  };
}

/** As ESLint does for patterns that match no file: a run that checks nothing is an error, since in CI it hides a wrong path. */
function nothingChecked(paths: readonly string[], skipped: number): InputProblem {
  const looked = skipped > 0 ? `${skipped} file${skipped === 1 ? '' : 's'} looked at and skipped (--debug lists them)` : 'no file looked at';
  return { file: paths.join(' '), message: `no template found to check: ${looked}; --pass-on-no-templates allows a run that checks nothing` };
}

function problemOf(e: InputError): InputProblem {
  return { file: e.file, message: e.message, ...(e.loc ? { line: e.loc.line, column: e.loc.column } : {}) };
}
