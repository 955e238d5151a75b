import type { AnyRule, Level } from '../run/rule.js';
import type { ActiveRule } from '../run/run-rules.js';
export declare const CONFIG_NAMES: string[];
export type RuleSetting = Level | 'off' | ({
    level?: Level | 'off';
} & Record<string, unknown>);
/** A validated configuration file; paths in it are relative to `dir`. */
export interface Config {
    readonly file: string | undefined;
    readonly dir: string;
    readonly rules: Readonly<Record<string, RuleSetting>>;
    readonly include?: readonly string[];
    readonly exclude?: readonly string[];
    readonly customRules?: readonly string[];
    readonly maxWarnings?: number;
    readonly levelThreshold?: Level;
    readonly reportUnusedSuppressions?: boolean;
}
export declare const DEFAULT_CONFIG: Config;
/**
 * Where configuration files are read from: the file system, or (in the GitHub Action, for a pull request that may not
 * change its own checks) the base commit's tree. `read` returns undefined for a file that is not there.
 */
export interface ConfigSource {
    exists(file: string): boolean;
    read(file: string): string | undefined;
}
export declare const FILE_SYSTEM: ConfigSource;
/** The nearest configuration file at or above `dir`, or undefined. */
export declare function findConfigFile(dir: string, source?: ConfigSource): string | undefined;
/**
 * `findConfigFile` for many inputs: each directory is looked at once per run, and its answer kept for every file
 * below it (a thousand templates in one folder cost one walk up, not a thousand).
 */
export declare function configFinder(source?: ConfigSource): (dir: string) => string | undefined;
/**
 * Reads and validates a configuration file against the schema of the known rules (built-in and the custom rules
 * it loads). An invalid file is an InputError naming the key and its line.
 */
export declare function readConfig(file: string, rules: readonly AnyRule[], openRules?: boolean, source?: ConfigSource): Promise<Config>;
/** The rules to run under a configuration: levels and options applied, `off` rules left out. */
export declare function activeRules(config: Config, rules: readonly AnyRule[], cliLevels?: Readonly<Record<string, Level | 'off'>>): ActiveRule[];
/** A configuration with its custom rules loaded: everything a file governed by it is checked with. */
export interface LoadedConfig {
    readonly config: Config;
    readonly customRules: readonly AnyRule[];
}
/** Reads a configuration file, loads its custom rules, and validates their options too. */
export declare function loadConfig(file: string, builtins: readonly AnyRule[], refuseCustomRules?: string, source?: ConfigSource): Promise<LoadedConfig>;
