/* eslint-disable @typescript-eslint/no-deprecated -- the Beta1 names are the ones every aws-cdk-lib of our peer range (^2.150) has */
/**
 * endpoint-guard inside `cdk synth`: a CDK policy-validation plugin (the mechanism cdk-nag 3 and
 * cdk-validator-cfnguard use). Register it with `Validations.of(app).addPlugins(new EndpointGuardValidator())` (or
 * `new App({ policyValidationBeta1: [...] })`); the synth fails when a finding reaches `failOn`.
 *
 * CDK calls `validate` synchronously, so the plugin runs the package's own CLI on the synthesized templates in a child
 * process (`--format json`): the same engine, configuration files and suppressions as `endpoint-guard check`. Only
 * types come from aws-cdk-lib, which stays a peer dependency.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
/** The package's CLI, next to this bundle (dist/cdk/ → bin/). */
const CLI = join(__dirname, '..', '..', 'bin', 'endpoint-guard.js');
export class EndpointGuardValidator {
    props;
    name = 'endpoint-guard';
    version;
    constructor(props = {}) {
        this.props = props;
        this.version = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
    }
    validate(context) {
        const run = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', ...this.args(), '--', ...context.templatePaths], {
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
        });
        let report;
        try {
            report = JSON.parse(run.stdout);
        }
        catch {
            const stderr = run.stderr.trim();
            const why = run.error?.message ?? (stderr !== '' ? stderr : `exit ${run.status ?? 'unknown'}`);
            return { success: false, violations: [inputErrorViolation(context.templatePaths[0] ?? '', `endpoint-guard could not run: ${why}`)] };
        }
        const shown = report.findings.filter((f) => !f.suppressed && (this.props.includeNotes === true || f.level !== 'note'));
        return {
            // The CLI's exit code already weighs levels, the threshold and input errors: 0 is a pass.
            success: run.status === 0,
            pluginVersion: report.version,
            violations: [...violationsOf(shown, report.rules), ...report.inputErrors.map((e) => inputErrorViolation(e.file, e.message, e.line))],
        };
    }
    args() {
        const { config, rules = {}, failOn = 'error' } = this.props;
        return [
            ...(config ? ['--config', config] : []),
            ...Object.entries(rules).flatMap(([id, level]) => ['--rule', `${id}=${level}`]),
            '--level-threshold',
            failOn,
        ];
    }
}
/**
 * One violation per finding: its message is the description (what is wrong, where, and the fix), the rule's id the
 * rule name (what `Validations.acknowledge` and CDK's report group by), its page the fix; CDK adds the construct path.
 */
function violationsOf(findings, rules) {
    const docs = new Map(rules.map((r) => [r.id, r.docsUrl]));
    return findings.map((f) => ({
        ruleName: f.ruleId,
        description: f.message,
        severity: f.level,
        ...(docs.has(f.ruleId) ? { fix: `see ${docs.get(f.ruleId)}` } : {}),
        ...(f.fullyQualifiedName ? { ruleMetadata: { constructPath: f.fullyQualifiedName } } : {}),
        violatingResources: [{ resourceLogicalId: f.logicalId, templatePath: f.file, locations: [`line ${f.line}`] }],
    }));
}
function inputErrorViolation(file, message, line) {
    return {
        ruleName: 'input-error',
        description: message,
        severity: 'error',
        violatingResources: [{ resourceLogicalId: '', templatePath: file, locations: line ? [`line ${line}`] : [] }],
    };
}
//# sourceMappingURL=plugin.js.map