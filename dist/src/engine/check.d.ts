import { type ConfigSource } from './config/config.js';
import { type AdapterOptions } from './load/adapters/index.js';
import type { StackContext } from './load/cloud-assembly.js';
import { type TemplateDocument } from './load/read-template.js';
import type { LiveStack } from './load/live/fetch-stacks.js';
import type { NetworkModel } from './model/network-model.js';
import { type Finding, type InputProblem } from './run/finding.js';
import type { AnyRule, Level } from './run/rule.js';
import { type ActiveRule } from './run/run-rules.js';
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
    readonly live?: {
        readonly stacks: readonly LiveStack[];
        readonly problems: readonly InputProblem[];
    };
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
    readonly skipped: {
        file: string;
        reason: string;
    }[];
    /** Paths on the command line that match nothing. */
    readonly missing: string[];
    /** Every rule known in this run (built-in, custom, meta), for reporters and `rules`. */
    readonly rules: readonly AnyRule[];
    readonly settings: RunSettings;
    /** The network model of each checked template, with `keepModels`. */
    readonly models: {
        readonly file: string;
        readonly model: NetworkModel;
    }[];
}
/**
 * load → configure → resolve → model → run, for every input; one broken input (or configuration) never hides the
 * findings of the others. A template that a serverless.yml includes is still checked on its own (the service is the
 * pull request's, and must not be able to take a template out of the check); a finding that both runs make alike is
 * reported once.
 */
export declare function check(paths: readonly string[], options?: CheckOptions): Promise<CheckResult>;
export declare function checkDocument(doc: TemplateDocument, rules: readonly ActiveRule[], options?: AdapterOptions & {
    reportUnusedSuppressions?: boolean;
    stack?: StackContext;
}): Promise<{
    findings: Finding[];
    notes: TemplateDocument['notes'];
    includes: readonly string[];
    failures: string[];
    model: NetworkModel;
}>;
