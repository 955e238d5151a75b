import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseJson } from '../load/parse-json.js';
import { parseYaml } from '../load/parse-yaml.js';
import { readRegularFile } from '../load/input-files.js';
import { InputError } from '../load/source-node.js';
import { validateShape } from '../load/validate.js';
import { configSchema } from './schema.js';
export const CONFIG_NAMES = ['.endpoint-guard.yml', '.endpoint-guard.yaml', '.endpoint-guard.json'];
export const DEFAULT_CONFIG = { file: undefined, dir: process.cwd(), rules: {} };
/** Configuration files are small: a FIFO, a device or a huge file named like one is refused, never read. */
const MAX_CONFIG_BYTES = 1024 * 1024;
export const FILE_SYSTEM = {
    exists: (file) => existsSync(file),
    read: (file) => {
        const read = readRegularFile(file, MAX_CONFIG_BYTES);
        if (read.ok)
            return read.bytes.toString('utf8');
        if (read.kind === 'missing')
            return undefined;
        throw new Error(read.reason);
    },
};
/** The nearest configuration file at or above `dir`, or undefined. */
export function findConfigFile(dir, source = FILE_SYSTEM) {
    return configFinder(source)(dir);
}
/**
 * `findConfigFile` for many inputs: each directory is looked at once per run, and its answer kept for every file
 * below it (a thousand templates in one folder cost one walk up, not a thousand).
 */
export function configFinder(source = FILE_SYSTEM) {
    const nearest = new Map();
    const find = (dir) => {
        if (nearest.has(dir))
            return nearest.get(dir);
        const here = CONFIG_NAMES.map((name) => join(dir, name)).find((file) => source.exists(file));
        const found = here ?? (dirname(dir) === dir ? undefined : find(dirname(dir)));
        nearest.set(dir, found);
        return found;
    };
    return (dir) => find(resolve(dir));
}
/**
 * Reads and validates a configuration file against the schema of the known rules (built-in and the custom rules
 * it loads). An invalid file is an InputError naming the key and its line.
 */
export async function readConfig(file, rules, openRules = false, source = FILE_SYSTEM) {
    let text;
    try {
        text = source.read(file);
    }
    catch (e) {
        throw new InputError(file, `cannot read the configuration file: ${e.code ?? e.message}`);
    }
    if (text === undefined)
        throw new InputError(file, 'cannot read the configuration file: ENOENT');
    const root = /\.json$/i.test(file) ? parseJson(file, text) : text.trim() === '' ? undefined : parseYaml(file, text).root;
    const data = await validateShape(file, root, configSchema(rules, openRules), 'invalid configuration');
    return { ...data, rules: data.rules ?? {}, file, dir: dirname(resolve(file)) };
}
/** The rules to run under a configuration: levels and options applied, `off` rules left out. */
export function activeRules(config, rules, cliLevels = {}) {
    return rules.flatMap((rule) => {
        const setting = config.rules[rule.id];
        const fromFile = typeof setting === 'string' ? setting : setting?.level;
        const level = cliLevels[rule.id] ?? fromFile ?? rule.level;
        if (level === 'off')
            return [];
        const options = typeof setting === 'object' ? Object.fromEntries(Object.entries(setting).filter(([key]) => key !== 'level')) : {};
        return [{ rule, level, options: { ...(rule.options?.defaults ?? {}), ...options } }];
    });
}
/** Reads a configuration file, loads its custom rules, and validates their options too. */
export async function loadConfig(file, builtins, refuseCustomRules, source = FILE_SYSTEM) {
    // Read once: both passes validate the same text (a read that fails is left to readConfig to report).
    let cached;
    const once = {
        // Stryker disable next-line ArrowFunction: readConfig only reads
        exists: (f) => source.exists(f),
        read: (f) => {
            if (f !== file)
                return source.read(f);
            cached ??= { text: source.read(f) };
            return cached.text;
        },
    };
    // First pass: the file's shape, with any rule id allowed (custom rules are not loaded yet).
    const shape = await readConfig(file, builtins, true, once);
    if (refuseCustomRules && shape.customRules?.length)
        throw new InputError(file, `customRules: ${refuseCustomRules}`);
    const { loadCustomRules } = await import('./custom-rules.js');
    const customRules = shape.customRules?.length ? await loadCustomRules(shape.customRules, shape.dir, new Set(builtins.map((r) => r.id))) : [];
    return { config: await readConfig(file, [...builtins, ...customRules], false, once), customRules };
}
//# sourceMappingURL=config.js.map