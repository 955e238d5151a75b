import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parseJson } from '../load/parse-json.js';
import { parseYaml } from '../load/parse-yaml.js';
import { InputError, toPlain } from '../load/source-node.js';
import { configSchema } from './schema.js';
export const CONFIG_NAMES = ['.endpoint-guard.yml', '.endpoint-guard.yaml', '.endpoint-guard.json'];
export const DEFAULT_CONFIG = { file: undefined, dir: process.cwd(), rules: {} };
export const FILE_SYSTEM = {
    exists: (file) => existsSync(file),
    read: (file) => readFileSync(file, 'utf8'),
};
/** The nearest configuration file at or above `dir`, or undefined. */
export function findConfigFile(dir, source = FILE_SYSTEM) {
    for (let d = resolve(dir);; d = dirname(d)) {
        for (const name of CONFIG_NAMES)
            if (source.exists(join(d, name)))
                return join(d, name);
        if (dirname(d) === d)
            return undefined;
    }
}
/**
 * Reads and validates a configuration file against the schema of the known rules (built-in and the custom rules
 * it loads). An invalid file is an InputError naming the key and its line.
 */
export function readConfig(file, rules, openRules = false, source = FILE_SYSTEM) {
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
    const data = root ? toPlain(root) : {};
    const validate = new Ajv({ allErrors: true, strict: false }).compile(configSchema(rules, openRules));
    if (!validate(data)) {
        const error = mostSpecific(validate.errors ?? []);
        const key = keyOf(error);
        throw new InputError(file, `invalid configuration: ${key ? `${key}: ` : ''}${describe(error)}`, root ? locate(root, error) : undefined);
    }
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
        const { level: _ignored, ...options } = typeof setting === 'object' ? setting : {};
        return [{ rule, level, options: { ...(rule.options?.defaults ?? {}), ...options } }];
    });
}
/** Among ajv's errors (oneOf reports every branch), the one that tells the user most: the deepest key, then by kind. */
function mostSpecific(errors) {
    const depth = (e) => e.instancePath.split('/').length + (e.keyword === 'additionalProperties' ? 1 : 0);
    const order = ['additionalProperties', 'enum', 'minimum', 'type', 'oneOf'];
    const rank = (e) => (order.includes(e.keyword) ? order.indexOf(e.keyword) : 2);
    return [...errors].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b))[0];
}
function keyOf(e) {
    const parts = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (e.keyword === 'additionalProperties')
        parts.push(String(e.params.additionalProperty));
    return parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
function describe(e) {
    if (e.keyword === 'additionalProperties')
        return e.instancePath === '/rules' ? 'no such rule' : 'unknown key';
    if (e.keyword === 'enum')
        return `must be one of ${e.params.allowedValues.join(', ')}`;
    return e.message ?? 'invalid';
}
function locate(root, e) {
    let node = root;
    let loc = root.loc;
    const parts = e.instancePath.split('/').slice(1);
    if (e.keyword === 'additionalProperties')
        parts.push(String(e.params.additionalProperty));
    for (const p of parts) {
        if (node?.kind === 'map') {
            const entry = node.entries.find((x) => x.key === p);
            loc = entry?.keyLoc ?? loc;
            node = entry?.value;
        }
        else if (node?.kind === 'seq') {
            node = node.items[Number(p)];
            loc = node?.loc ?? loc;
        }
    }
    return loc;
}
/** Reads a configuration file, loads its custom rules, and validates their options too. */
export async function loadConfig(file, builtins, refuseCustomRules, source = FILE_SYSTEM) {
    // Read once: both passes validate the same text (a read that fails is left to readConfig to report).
    let cached;
    const once = {
        exists: source.exists,
        read: (f) => {
            if (f !== file)
                return source.read(f);
            cached ??= { text: source.read(f) };
            return cached.text;
        },
    };
    // First pass: the file's shape, with any rule id allowed (custom rules are not loaded yet).
    const shape = readConfig(file, builtins, true, once);
    if (refuseCustomRules && shape.customRules?.length)
        throw new InputError(file, `customRules: ${refuseCustomRules}`);
    const { loadCustomRules } = await import('./custom-rules.js');
    const customRules = shape.customRules?.length ? await loadCustomRules(shape.customRules, shape.dir, new Set(builtins.map((r) => r.id))) : [];
    return { config: readConfig(file, [...builtins, ...customRules], false, once), customRules };
}
//# sourceMappingURL=config.js.map