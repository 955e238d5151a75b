import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { builtinRules } from '../../rules/index.js';
import { check } from '../engine/check.js';
import { findConfigFile, loadConfig } from '../engine/config/config.js';
import { InputError } from '../engine/load/source-node.js';
import { packageVersion } from '../engine/version.js';
import { formatJson } from '../engine/report/json.js';
import { formatStylish } from '../engine/report/stylish.js';
import { escapeTerminal } from '../engine/report/escape.js';
import { countByLevel, exitCode, problemLines } from '../engine/report/summary.js';
import { metaRules } from '../engine/run/meta-rules.js';
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'mermaid'];
const LEVELS = ['note', 'warning', 'error'];
const version = packageVersion();
/** The two formats of most runs are loaded with the CLI; the others when asked for. */
async function render(format, result, toTerminal, baselined, withBaseline, hidden) {
    switch (format) {
        case 'json':
            return formatJson(result, version, baselined);
        case 'sarif':
            return (await import('../engine/report/sarif.js')).formatSarif(result, version, { withBaseline });
        case 'github':
            return (await import('../engine/report/github.js')).formatGithub(result);
        case 'mermaid':
            return (await import('../engine/report/mermaid.js')).formatMermaid(result);
        case 'stylish':
            return formatStylish(result, {
                color: toTerminal && !process.env.NO_COLOR,
                baselined,
                hidden,
                ...(toTerminal && process.stdout.columns ? { width: process.stdout.columns } : {}),
            });
    }
}
async function runCheck(paths, flags) {
    const options = {
        ...(flags.stage ? { stage: flags.stage } : {}),
        ...(flags.region?.[0] ? { region: flags.region[0] } : {}),
        ...(flags.config ? { config: flags.config } : {}),
        ...(flags.rule ? { ruleLevels: flags.rule } : {}),
        ...(flags.reportUnusedSuppressions ? { reportUnusedSuppressions: true } : {}),
        ...(flags.format === 'mermaid' ? { keepModels: true } : {}),
        ...(flags.env ? { env: process.env } : {}),
        ...(flags.root ? { root: flags.root } : {}),
        ...(flags.skipNonTemplates ? { pathsAreFound: true } : {}),
        ...(flags.passOnNoTemplates ? { allowNoTemplates: true } : {}),
    };
    const wantsStacks = (flags.stack?.length ?? 0) > 0 || flags.allStacks === true;
    const live = wantsStacks ? await fetchLive(flags) : undefined;
    const runOnce = () => check(paths.length > 0 || wantsStacks ? paths : ['.'], {
        ...options,
        ...(live ? { live } : {}),
        // Stacks that could not be read are said as such; an account with no stack has nothing to check.
        ...(wantsStacks && paths.length === 0 ? { allowNoTemplates: true } : {}),
    });
    let result = await runOnce();
    if (flags.fix || flags.fixDryRun) {
        // As ESLint's --fix: the report is of what remains once the fixes are written.
        const { applyFixes } = await import('./fix-command.js');
        if (applyFixes(result, flags.fixDryRun === true))
            result = await runOnce();
    }
    if (flags.debug)
        for (const s of result.skipped)
            process.stderr.write(`skipped ${escapeTerminal(`${s.file}: ${s.reason}`)}\n`);
    if (flags.writeBaseline) {
        const { formatSarif } = await import('../engine/report/sarif.js');
        writeReport(flags.writeBaseline, formatSarif({ ...result, findings: result.findings.filter((f) => !f.suppressed) }, version));
        // Recording today's findings is the point of the run: only an input error fails it.
        const counts = countByLevel(result.findings);
        process.stderr.write(`endpoint-guard: wrote ${counts.error + counts.warning + counts.note} finding(s) to the baseline ${escapeTerminal(flags.writeBaseline)}\n`);
    }
    let baselined = 0;
    if (flags.baseline) {
        try {
            const { applyBaseline, readBaseline } = await import('../engine/report/baseline.js');
            const { fresh, known } = applyBaseline(result.findings, await readBaseline(flags.baseline));
            result = { ...result, findings: fresh };
            baselined = known.length;
        }
        catch (e) {
            if (!(e instanceof InputError))
                throw e;
            result = {
                ...result,
                problems: [...result.problems, { file: e.file, message: e.message, ...(e.loc ? { line: e.loc.line, column: e.loc.column } : {}) }],
            };
        }
    }
    const shown = shownLevels(result, flags);
    result = shown.result;
    const report = await render(flags.format, result, !flags.output && process.stdout.isTTY, baselined, flags.baseline !== undefined, shown.hidden);
    if (flags.output)
        writeReport(flags.output, report);
    else if (!flags.fixDryRun)
        process.stdout.write(report); // the diff is the dry run's output
    // Input errors also go to stderr, one line each, unless the stylish report on stdout already shows them.
    if (flags.format !== 'stylish' || flags.output || flags.fixDryRun)
        for (const line of problemLines(result))
            process.stderr.write(`endpoint-guard: ${escapeTerminal(line)}\n`);
    // Command line over configuration file over defaults.
    const settings = {
        ...result.settings,
        ...(flags.maxWarnings !== undefined ? { maxWarnings: flags.maxWarnings } : {}),
        ...(flags.levelThreshold ? { levelThreshold: flags.levelThreshold } : {}),
    };
    const code = exitCode(result, settings);
    return flags.writeBaseline && code === 1 ? 0 : code;
}
/** `--stack` / `--all-stacks`: the stacks read from CloudFormation, a progress bar on a terminal (not in CI). */
async function fetchLive(flags) {
    const { fetchStacks } = await import('../engine/load/live/fetch-stacks.js');
    const progress = process.stderr.isTTY && !process.env.CI && flags.allStacks ? await progressBar() : undefined;
    try {
        return await fetchStacks({
            stacks: flags.stack ?? [],
            allStacks: flags.allStacks === true,
            regions: flags.region ?? [],
            ...(flags.profile ? { profile: flags.profile } : {}),
            ...(flags.endpointUrl ? { endpointUrl: flags.endpointUrl } : {}),
            ...(flags.roleArn ? { roleArn: flags.roleArn } : {}),
            ...(progress ? { onProgress: progress.update } : {}),
        });
    }
    finally {
        progress?.stop();
    }
}
async function progressBar() {
    const { SingleBar, Presets } = (await import('cli-progress')).default;
    const bar = new SingleBar({ stream: process.stderr, format: 'reading stacks [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
    let started = false;
    return {
        update: (done, total) => {
            if (!started)
                bar.start(total, 0);
            started = true;
            bar.setTotal(total);
            bar.update(done);
        },
        stop: () => {
            if (started)
                bar.stop();
        },
    };
}
const WRITE_ERRORS = {
    EISDIR: 'it is a directory',
    ENOTDIR: 'a folder on its path is a file',
    EACCES: 'permission denied',
    EROFS: 'read-only file system',
    EEXIST: 'a folder on its path is a file',
};
/** Writes a report file, making its folder as ESLint's --output-file does; a file that cannot be written is exit 2. */
function writeReport(file, text) {
    try {
        mkdirSync(dirname(resolve(file)), { recursive: true });
        writeFileSync(file, text);
    }
    catch (e) {
        throw new InputError(file, `cannot write the report: ${WRITE_ERRORS[e.code ?? ''] ?? e.message}`);
    }
}
/**
 * `--quiet` (errors only, as ESLint's) and `--no-notes` (warnings and errors): what is hidden is neither reported nor
 * counted for the exit code, in every format.
 */
function shownLevels(result, flags) {
    const shown = (level) => (flags.quiet ? level === 'error' : flags.notes !== false || level !== 'note');
    if (shown('warning') && shown('note'))
        return { result, hidden: 0 };
    const findings = result.findings.filter((f) => shown(f.level));
    const notices = shown('note') ? result.notices : [];
    return { result: { ...result, findings, notices }, hidden: result.findings.length - findings.length + result.notices.length - notices.length };
}
/**
 * Built-in and meta rules, and the custom rules of the configuration (`--config`, or the one above the cwd), each
 * at the level that configuration gives it.
 */
async function knownRules(config) {
    const file = config ?? findConfigFile(process.cwd());
    const loaded = file ? await loadConfig(file, builtinRules) : undefined;
    const levelOf = (r) => {
        const setting = loaded?.config.rules[r.id];
        return (typeof setting === 'string' ? setting : setting?.level) ?? r.level;
    };
    return [...builtinRules, ...(loaded?.customRules ?? []), ...metaRules].map((rule) => ({ rule, level: levelOf(rule) }));
}
function ruleLevel(value, previous = {}) {
    const [, rule, level] = /^([a-z0-9-]+)=(off|note|warning|error)$/.exec(value) ?? [];
    if (rule === undefined || level === undefined)
        throw new InvalidArgumentError('expected <rule-id>=<off|note|warning|error>');
    return { ...previous, [rule]: level };
}
function collect(value, previous = []) {
    return [...previous, value];
}
function count(value) {
    if (!/^\d+$/.test(value))
        throw new InvalidArgumentError('expected a whole number');
    return Number(value);
}
/** The options several commands share, each defined once (a new Option per command: commander keeps their state). */
const OUTPUT = (what) => new Option('-o, --output <file>', `write ${what} to a file instead of stdout`);
const CONFIG = () => new Option('-c, --config <file>', 'use this configuration file for every input (default: the nearest .endpoint-guard.yml above each input)');
const RULE = () => new Option('--rule <rule=level>', 'set a rule to off, note, warning or error (repeatable; over the configuration file)').argParser(ruleLevel);
const STAGE = () => new Option('--stage <stage>', 'Serverless Framework: the stage (sets ${opt:stage})');
const REGION = (help = 'Serverless Framework: the region (sets ${opt:region})') => new Option('--region <region>', help).argParser(collect);
const ENV = () => new Option('--env', 'Serverless Framework: read ${env:VAR} from the environment (off by default: a template must not print it)');
const ROOT = () => new Option('--root <dir>', 'Serverless Framework: the folder ${file()} may read below (default: the Git work tree of the service, else its folder)');
const DEBUG = () => new Option('--debug', 'list the files a directory scan skipped, and why');
async function parseAndRun(argv) {
    let code = 0;
    const program = new Command('endpoint-guard')
        .description('Checks that Lambda functions in private subnets reach AWS services through least-privilege VPC endpoints')
        .version(version, '-v, --version')
        .exitOverride()
        .configureOutput({ writeErr: (s) => process.stderr.write(s) });
    program
        .command('check')
        .description('check CloudFormation, AWS SAM and Serverless Framework templates, CDK cdk.out assemblies and Terraform (files, directories searched recursively, or globs), and deployed stacks (--stack, --all-stacks)')
        .argument('[paths...]', 'templates, directories or globs', [])
        .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
        .addOption(OUTPUT('the report'))
        .addOption(CONFIG())
        .addOption(RULE())
        .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings', count)
        .addOption(new Option('--level-threshold <level>', 'the lowest level that fails the run (default: error)').choices(LEVELS))
        .option('--report-unused-suppressions', 'report suppressions that cover no finding (as notes)')
        .option('--quiet', 'report errors only (warnings and notes are neither shown nor counted)')
        .option('--no-notes', 'report errors and warnings, not notes ("cannot verify")')
        .option('--baseline <file.sarif>', 'report only findings that are not in this earlier SARIF report')
        .option('--write-baseline <file.sarif>', 'write the findings of this run as a baseline (SARIF)')
        .addOption(STAGE())
        .addOption(REGION('the AWS region of --stack / --all-stacks (repeatable); Serverless Framework: the region (sets ${opt:region})'))
        .addOption(ENV())
        .addOption(ROOT())
        .option('--stack <name>', 'check a deployed CloudFormation stack (repeatable): its processed template, deployed parameters and the exports it imports', collect)
        .option('--all-stacks', 'check every active stack of each --region (nested stacks once)')
        .option('--profile <name>', 'the AWS profile for --stack / --all-stacks (default: the SDK credential chain)')
        .option('--endpoint-url <url>', 'the CloudFormation endpoint (an emulator, a VPC endpoint)')
        .option('--role-arn <arn>', 'assume this role (through STS) before reading stacks')
        .option('--fix', "apply the mechanical fixes (DNS settings, PrivateDnsEnabled, gateway route tables, an endpoint group's ingress, a generated endpoint policy) to the files, then report what remains")
        .option('--fix-dry-run', 'print the fixes --fix would make as a unified diff, and change nothing')
        .addOption(DEBUG())
        .option('--skip-non-templates', 'skip named files that are not templates, as a directory scan does (for hooks that pass every changed file)')
        .option('--pass-on-no-templates', 'pass when no template is found (default: an input error, exit 2, since it usually means a wrong path)')
        .action(async (paths, flags) => {
        code = await runCheck(paths, flags);
    });
    program
        .command('graph')
        .description('draw each VPC of the templates as a Mermaid diagram (Markdown), offending elements highlighted: check --format mermaid, exit 0 unless an input error (2)')
        .argument('[paths...]', 'templates, directories or globs', [])
        .addOption(OUTPUT('the diagrams'))
        .addOption(CONFIG())
        .addOption(RULE())
        .addOption(STAGE())
        .addOption(REGION())
        .addOption(ENV())
        .addOption(ROOT())
        .addOption(DEBUG())
        .option('--pass-on-no-templates', 'pass when no template is found (default: an input error, exit 2)')
        .action(async (paths, flags) => {
        // Findings only highlight the diagram here: only an input error fails the command.
        code = (await runCheck(paths, { ...flags, format: 'mermaid' })) === 2 ? 2 : 0;
    });
    program
        .command('policy')
        .description("print the least-privilege PolicyDocument of each VPC endpoint of a template, in its style: one Allow statement per role of the template's Lambda functions in the endpoint's VPC, with the actions that role is granted on the endpoint's service and the resources of those grants")
        .argument('<template>', 'a CloudFormation, SAM or Serverless template, or a cdk.out')
        .option('--endpoint <logical-id>', 'only this endpoint')
        .option('--allow-broad', 'keep wildcard actions and grants on every resource ("*"), which are left out with a comment by default')
        .addOption(STAGE())
        .addOption(REGION())
        .addOption(ENV())
        .addOption(ROOT())
        .action(async (template, flags) => {
        const { runPolicy } = await import('./policy-command.js');
        code = await runPolicy(template, flags);
    });
    program
        .command('rules')
        .description('list every rule with its level and title')
        .option('-c, --config <file>', 'include the custom rules of this configuration file')
        .action(async (flags) => {
        const rules = await knownRules(flags.config);
        const width = Math.max(...rules.map((r) => r.rule.id.length));
        for (const { rule, level } of rules)
            process.stdout.write(`${rule.id.padEnd(width)}  ${level.padEnd(7)}  ${rule.title}\n`);
    });
    program
        .command('explain')
        .description("print a rule's help: why it matters and how to fix it")
        .argument('<rule-id>')
        .option('-c, --config <file>', 'include the custom rules of this configuration file')
        .action(async (id, flags) => {
        const rule = (await knownRules(flags.config)).find((r) => r.rule.id === id)?.rule;
        if (!rule) {
            process.stderr.write(`endpoint-guard: no rule ${id} (endpoint-guard rules lists them)\n`);
            code = 2;
            return;
        }
        process.stdout.write(`${rule.id} (${rule.level}): ${rule.title}\n\n${rule.help.trim()}\n\n${rule.docsUrl}\n`);
    });
    try {
        await program.parseAsync(argv, { from: 'user' });
    }
    catch (e) {
        // Help or version asked for: 0. Anything else, including no command at all (help shown unasked): usage error, 2.
        if (e instanceof CommanderError)
            return e.exitCode === 0 ? 0 : 2;
        if (e instanceof InputError) {
            process.stderr.write(`endpoint-guard: ${escapeTerminal(`${e.file}${e.loc ? `:${e.loc.line}:${e.loc.column}` : ''}: ${e.message}`)}\n`);
            return 2;
        }
        throw e;
    }
    return code;
}
/** The CLI: resolves to the exit code; never lets an exception escape as a stack trace. */
export async function main(argv) {
    try {
        return await parseAndRun(argv);
    }
    catch (e) {
        process.stderr.write(`endpoint-guard: internal error: ${escapeTerminal(e.message)}\n`);
        if (process.env.ENDPOINT_GUARD_DEBUG)
            process.stderr.write(`${e.stack}\n`);
        return 2;
    }
}
//# sourceMappingURL=main.js.map