import { dirname, relative, resolve as resolvePath } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { activeRules, configFinder, DEFAULT_CONFIG, FILE_SYSTEM, loadConfig } from './config/config.js';
import { toCloudFormation } from './load/adapters/index.js';
import { discover, isTerraformSource } from './load/discover.js';
import { readTemplate } from './load/read-template.js';
import { InputError } from './load/source-node.js';
import { buildModel } from './model/build.js';
import { Resolver } from './resolve/resolver.js';
import { compareFindings } from './run/finding.js';
import { metaRules } from './run/meta-rules.js';
import { runRules } from './run/run-rules.js';
/**
 * load → configure → resolve → model → run, for every input; one broken input (or configuration) never hides the
 * findings of the others. A template that a serverless.yml includes is still checked on its own (the service is the
 * pull request's, and must not be able to take a template out of the check); a finding that both runs make alike is
 * reported once.
 */
export async function check(paths, options = {}) {
    const builtins = options.rules ?? builtinRules;
    const { candidates, missing, problems, skipped } = await discover(paths, options.pathsAreFound);
    const configs = await configsFor(candidates, builtins, options);
    const rootConfig = configs.resolve(options.config ?? configs.find(process.cwd()));
    const knownRules = new Map([...builtins, ...metaRules].map((r) => [r.id, r]));
    const result = {
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
    const run = { result, options, builtins, knownRules, notTemplates: [] };
    const { terraform, plans } = await checkFiles(candidates, configs, run);
    await checkTerraform(terraform, plans, run);
    await checkDeployed(rootConfig, run);
    result.skipped.push(...run.notTemplates);
    if (result.checked.length === 0 && result.problems.length === 0 && missing.length === 0 && !options.allowNoTemplates)
        result.problems.push(nothingChecked(paths, result.skipped.length));
    const findings = distinct(result.findings, (f) => JSON.stringify([f.ruleId, f.level, f.file, f.line, f.column, f.logicalId, f.message, f.suppressed?.via ?? '']));
    const notices = distinct(result.notices, (n) => JSON.stringify([n.file, n.line, n.column, n.message]));
    return { ...result, findings: findings.sort(compareFindings), notices, rules: [...knownRules.values()] };
}
/**
 * Each file read, checked and let go before the next, so that memory does not grow with the number of files; the
 * `.tf` files are returned to be read as modules, with the plans they wait on (a plan's folder is not read again).
 */
async function checkFiles(candidates, configs, run) {
    const { result, options } = run;
    const terraform = [];
    const plans = [];
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
        for (const r of governing?.customRules ?? [])
            run.knownRules.set(r.id, r);
        const rules = activeRules(config, [...run.builtins, ...(governing?.customRules ?? [])], options.ruleLevels);
        const reportUnused = options.reportUnusedSuppressions ?? config.reportUnusedSuppressions ?? false;
        if (isTerraformSource(c.file)) {
            terraform.push({ ...c, rules, reportUnused });
            continue;
        }
        const read = readTemplate(c.file, !c.explicit);
        if (keepPlans && read.status === 'template' && read.document.kind === 'terraform-plan')
            plans.push({ file: c.file, read });
        await checkRead(result, { ...c, read, rules, reportUnused }, options, run.notTemplates);
    }
    return { terraform, plans };
}
async function checkTerraform(terraform, plans, run) {
    if (terraform.length === 0)
        return;
    // HashiCorp's parser and the evaluator are loaded only for runs with .tf inputs.
    const { readTerraformModules } = await import('./load/read-terraform.js');
    for (const module of await readTerraformModules(terraform, plans, run.result.skipped, run.options.root)) {
        await checkRead(run.result, module, run.options, run.notTemplates);
    }
}
/** Deployed stacks, judged by the configuration at the working directory (or --config). */
async function checkDeployed(rootConfig, run) {
    const { options } = run;
    if (!options.live?.stacks.length)
        return;
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
async function checkRead(result, input, options, notTemplates) {
    const { file, explicit, read, rules, reportUnused, stack } = input;
    if (read.status === 'error') {
        result.problems.push(problemOf(read.error));
    }
    else if (read.status === 'not-a-template') {
        if (explicit && read.parseError)
            result.problems.push(problemOf(read.parseError));
        else if (explicit)
            result.problems.push({ file, message: `not a CloudFormation, SAM or Serverless template (${read.reason})` });
        else
            notTemplates.push({ file, reason: read.reason });
    }
    else {
        try {
            const { findings, notes, failures, model } = await checkDocument(read.document, rules, {
                ...options,
                reportUnusedSuppressions: reportUnused,
                ...(stack ? { stack } : {}),
            });
            if (options.keepModels)
                result.models.push({ file, model });
            for (const message of failures)
                result.problems.push({ file, message });
            result.checked.push(file);
            result.notices.push(...notes.map((n) => ({ file: n.loc.file ?? file, message: n.message, line: n.loc.line, column: n.loc.column })));
            result.findings.push(...findings);
        }
        catch (e) {
            // An input over a limit (expansion, an include it may not read) is its own error; a defect of ours, or of a
            // custom rule, must cost this file only, never the findings of the other inputs.
            if (e instanceof InputError)
                result.problems.push(problemOf(e));
            else
                result.problems.push({ file, message: `internal error while checking this file: ${e.message}` });
        }
    }
}
export async function checkDocument(doc, rules, options = {}) {
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
async function configsFor(candidates, builtins, options) {
    const { config: explicit, refuseCustomRules, configSource: source = FILE_SYSTEM } = options;
    const loaded = new Map();
    const problems = [];
    const find = configFinder(source);
    const files = new Set(explicit ? [explicit] : candidates.map((c) => find(dirname(c.file))).filter((f) => f !== undefined));
    const root = explicit ? undefined : find(process.cwd());
    if (root)
        files.add(root);
    for (const file of files) {
        try {
            loaded.set(file, await loadConfig(file, builtins, refuseCustomRules, source));
        }
        catch (e) {
            if (!(e instanceof InputError))
                throw e;
            problems.push(problemOf(e));
            loaded.set(file, 'broken');
        }
    }
    const customRuleIds = new Set([...loaded.values()].flatMap((c) => (c === 'broken' ? [] : c.customRules.map((r) => r.id))));
    const resolve = (file) => {
        const c = file ? loaded.get(file) : undefined;
        return c === 'broken' ? undefined : c;
    };
    const forFile = (file, configFile) => {
        const f = configFile ?? find(dirname(file));
        return f ? loaded.get(f) : undefined;
    };
    return { problems, resolve, forFile, customRuleIds, find };
}
/** A discovered file is checked when the configuration's include globs match it and its exclude globs do not. */
async function selected(c, config) {
    const { include = [], exclude = [] } = config;
    if (include.length === 0 && exclude.length === 0)
        return true;
    let matchers = globMatchers.get(config);
    if (!matchers) {
        const { default: picomatch } = await import('picomatch');
        const compile = (globs) => (globs.length > 0 ? picomatch([...globs], { dot: true }) : undefined);
        matchers = { include: compile(include), exclude: compile(exclude) };
        globMatchers.set(config, matchers);
    }
    const rel = relative(config.dir, resolvePath(c.file)).split('\\').join('/');
    if (matchers.exclude?.(rel))
        return false;
    return matchers.include?.(rel) ?? true;
}
/** Each configuration's globs, compiled once for all the files it governs. */
const globMatchers = new WeakMap();
/** The first of each group of items with the same key, in order (a file checked on its own and through a service). */
function distinct(items, key) {
    const seen = new Set();
    return items.filter((item) => {
        const k = key(item);
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
function pick(config) {
    return {
        ...(config?.maxWarnings !== undefined ? { maxWarnings: config.maxWarnings } : {}),
        ...(config?.levelThreshold !== undefined ? { levelThreshold: config.levelThreshold } : {}),
    };
}
/** As ESLint does for patterns that match no file: a run that checks nothing is an error, since in CI it hides a wrong path. */
function nothingChecked(paths, skipped) {
    const looked = skipped > 0 ? `${skipped} file${skipped === 1 ? '' : 's'} looked at and skipped (--debug lists them)` : 'no file looked at';
    return { file: paths.join(' '), message: `no template found to check: ${looked}; --pass-on-no-templates allows a run that checks nothing` };
}
function problemOf(e) {
    return { file: e.file, message: e.message, ...(e.loc ? { line: e.loc.line, column: e.loc.column } : {}) };
}
//# sourceMappingURL=check.js.map