/**
 * Configuration files asked directly (src/engine/config/): which file governs a folder, what a file says once
 * validated, and the rules a configuration runs with their levels and options. The CLI tests show the same through
 * the command line; these pin each branch, in-process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { builtinRules } from '../rules/index.js';
import {
  activeRules,
  CONFIG_NAMES,
  configFinder,
  DEFAULT_CONFIG,
  FILE_SYSTEM,
  findConfigFile,
  loadConfig,
  readConfig,
  type ConfigSource,
} from '../src/engine/config/config.js';
import { configSchema, SCHEMA_ID } from '../src/engine/config/schema.js';
import { defineRule, type AnyRule } from '../src/engine/run/rule.js';
import { inputErrorOfAsync } from './helpers/input-error.js';

/** Files in memory, counting what is looked at. */
function memory(files: Record<string, string>) {
  const calls = { exists: [] as string[], read: [] as string[] };
  const source: ConfigSource = {
    exists: (f) => (calls.exists.push(f), f in files),
    read: (f) => (calls.read.push(f), files[f]),
  };
  return { source, calls };
}

const rule = (id: string, level: 'error' | 'warning' | 'note', defaults?: Record<string, unknown>): AnyRule =>
  defineRule({
    id,
    level,
    title: id,
    help: id,
    ...(defaults ? { options: { schema: { type: 'object', properties: { allowed: { type: 'array', items: { type: 'string' } } } }, defaults } } : {}),
    check: () => undefined,
  });
const RULES = [rule('a-rule', 'error'), rule('b-rule', 'warning', { allowed: ['x'] }), rule('c-rule', 'note')];

async function refusal(run: () => Promise<unknown>): Promise<[string, string, number | undefined]> {
  const e = await inputErrorOfAsync(run);
  return [e.file, e.message, e.loc?.line];
}

describe('which file governs a folder', () => {
  test('the nearest at or above, the names in their order; each folder looked at once', () => {
    const { source, calls } = memory({ '/p/.endpoint-guard.json': '{}', '/p/.endpoint-guard.yaml': '', '/p/a/b/.endpoint-guard.json': '{}' });
    const find = configFinder(source);
    expect([find('/p/a'), find('/p/a/b/c'), find('/p/a/x'), find('/p/a/../a')]).toStrictEqual([
      '/p/.endpoint-guard.yaml',
      '/p/a/b/.endpoint-guard.json',
      '/p/.endpoint-guard.yaml',
      '/p/.endpoint-guard.yaml',
    ]);
    expect(calls.exists.filter((f) => f.startsWith('/p/a/.endpoint-guard'))).toHaveLength(3);
    expect(CONFIG_NAMES).toStrictEqual(['.endpoint-guard.yml', '.endpoint-guard.yaml', '.endpoint-guard.json']);
  });

  test('findConfigFile: one look up from a folder', () => {
    const { source } = memory({ '/p/.endpoint-guard.yml': '' });
    expect([findConfigFile('/p/a/b', source), findConfigFile('/p', source)]).toStrictEqual(['/p/.endpoint-guard.yml', '/p/.endpoint-guard.yml']);
  });

  test('none up to the root: undefined', () => {
    expect(findConfigFile('/nowhere/deep', memory({}).source)).toBeUndefined();
  });
});

describe('readConfig', () => {
  test('a valid file: its settings, its rules, its folder', async () => {
    const { source } = memory({
      '/p/.endpoint-guard.yml': 'rules:\n  a-rule: warning\n  b-rule: {level: error, allowed: [y]}\nmaxWarnings: 3\nexclude: ["gen/**"]\n',
    });
    expect(await readConfig('/p/.endpoint-guard.yml', RULES, false, source)).toStrictEqual({
      rules: { 'a-rule': 'warning', 'b-rule': { level: 'error', allowed: ['y'] } },
      maxWarnings: 3,
      exclude: ['gen/**'],
      file: '/p/.endpoint-guard.yml',
      dir: '/p',
    });
  });

  test('an empty YAML file, and a JSON one by its name in any case', async () => {
    const { source } = memory({ '/p/.endpoint-guard.yml': '  \n', '/p/c.JSON': '{"levelThreshold": "warning"}' });
    expect(await readConfig('/p/.endpoint-guard.yml', RULES, false, source)).toStrictEqual({ rules: {}, file: '/p/.endpoint-guard.yml', dir: '/p' });
    expect(await readConfig('/p/c.JSON', RULES, false, source)).toStrictEqual({ levelThreshold: 'warning', rules: {}, file: '/p/c.JSON', dir: '/p' });
  });

  test('a rule that is not known: an error at its line, unless the rules are open (the first pass)', async () => {
    const { source } = memory({ '/p/c.yml': 'rules:\n  a-rule: off\n  custom-rule: error\n' });
    expect(await refusal(() => readConfig('/p/c.yml', RULES, false, source))).toStrictEqual([
      '/p/c.yml',
      'invalid configuration: rules.custom-rule: no such rule',
      3,
    ]);
    expect((await readConfig('/p/c.yml', RULES, true, source)).rules).toStrictEqual({ 'a-rule': 'off', 'custom-rule': 'error' });
  });

  test('a file that cannot be read says why; one that is not there says ENOENT', async () => {
    const failing: ConfigSource = {
      exists: () => true,
      read: () => {
        throw Object.assign(new Error('boom'), { code: 'EISDIR' });
      },
    };
    const plain: ConfigSource = {
      exists: () => true,
      read: () => {
        throw new Error('not a regular file');
      },
    };
    expect(await refusal(() => readConfig('/p/c.yml', RULES, false, failing))).toStrictEqual([
      '/p/c.yml',
      'cannot read the configuration file: EISDIR',
      undefined,
    ]);
    expect(await refusal(() => readConfig('/p/c.yml', RULES, false, plain))).toStrictEqual([
      '/p/c.yml',
      'cannot read the configuration file: not a regular file',
      undefined,
    ]);
    expect(await refusal(() => readConfig('/p/c.yml', RULES, false, memory({}).source))).toStrictEqual([
      '/p/c.yml',
      'cannot read the configuration file: ENOENT',
      undefined,
    ]);
  });

  test('from the file system: a missing file is undefined; a FIFO and a file over 1 MiB are refused unread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-config-'));
    execFileSync('mkfifo', [join(dir, '.endpoint-guard.yml')]);
    writeFileSync(join(dir, 'big.yml'), Buffer.alloc(1024 * 1024 + 1, 0x20));
    writeFileSync(join(dir, 'ok.yml'), 'rules: {}\n');
    expect(FILE_SYSTEM.read(join(dir, 'none.yml'))).toBeUndefined();
    expect(() => FILE_SYSTEM.read(join(dir, '.endpoint-guard.yml'))).toThrow('not a regular file (a device, FIFO or socket): not read');
    expect(() => FILE_SYSTEM.read(join(dir, 'big.yml'))).toThrow('file is larger than 1 MiB');
    expect([FILE_SYSTEM.read(join(dir, 'ok.yml')), FILE_SYSTEM.exists(join(dir, 'ok.yml')), FILE_SYSTEM.exists(join(dir, 'no.yml'))]).toStrictEqual([
      'rules: {}\n',
      true,
      false,
    ]);
  });
});

describe('activeRules', () => {
  test('levels from the file, then the command line; off left out; options over the defaults', () => {
    const config = {
      ...DEFAULT_CONFIG,
      rules: { 'a-rule': 'off', 'b-rule': { level: 'note', allowed: ['y'], other: 1 }, 'c-rule': { allowed: ['z'] } },
    } as const;
    const shown = (cli: Record<string, 'error' | 'warning' | 'note' | 'off'> = {}) =>
      activeRules(config, RULES, cli).map((a) => `${a.rule.id}:${a.level}:${JSON.stringify(a.options)}`);
    expect(shown()).toStrictEqual(['b-rule:note:{"allowed":["y"],"other":1}', 'c-rule:note:{"allowed":["z"]}']);
    expect(shown({ 'a-rule': 'warning', 'b-rule': 'off' })).toStrictEqual(['a-rule:warning:{}', 'c-rule:note:{"allowed":["z"]}']);
    expect(activeRules(DEFAULT_CONFIG, RULES).map((a) => `${a.rule.id}:${a.level}:${JSON.stringify(a.options)}`)).toStrictEqual([
      'a-rule:error:{}',
      'b-rule:warning:{"allowed":["x"]}',
      'c-rule:note:{}',
    ]);
  });
});

describe('loadConfig', () => {
  test('the file is read once for both passes; no custom rules, none loaded', async () => {
    const { source, calls } = memory({ '/p/c.yml': 'rules: {a-rule: warning}\n' });
    const loaded = await loadConfig('/p/c.yml', RULES, undefined, source);
    expect([loaded.customRules, loaded.config.rules, calls.read]).toStrictEqual([[], { 'a-rule': 'warning' }, ['/p/c.yml']]);
  });

  test('custom rules: loaded from the folder the file names, their ids and options then checked like any rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-config-custom-'));
    mkdirSync(join(dir, 'rules'));
    writeFileSync(
      join(dir, 'rules', 'mine.mjs'),
      "export default { id: 'my-rule', level: 'note', title: 't', help: 'h', docsUrl: 'https://example.com', check() {} };\n",
    );
    writeFileSync(join(dir, 'c.yml'), 'customRules: [./rules]\nrules: {my-rule: warning}\n');
    const loaded = await loadConfig(join(dir, 'c.yml'), RULES);
    expect([loaded.customRules.map((r) => r.id), loaded.config.rules]).toStrictEqual([['my-rule'], { 'my-rule': 'warning' }]);
    writeFileSync(join(dir, 'bad.yml'), 'customRules: [./rules]\nrules: {my-rule: warning, other-rule: error}\n');
    expect(await refusal(() => loadConfig(join(dir, 'bad.yml'), RULES))).toStrictEqual([
      join(dir, 'bad.yml'),
      'invalid configuration: rules.other-rule: no such rule',
      2,
    ]);
  });

  test('a custom rule may not take a built-in rule’s id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-config-taken-'));
    mkdirSync(join(dir, 'rules'));
    writeFileSync(join(dir, 'rules', 'a.mjs'), "export default { id: 'a-rule', level: 'note', title: 't', help: 'h', docsUrl: 'u', check() {} };\n");
    writeFileSync(join(dir, 'c.yml'), 'customRules: [./rules]\n');
    expect(await refusal(() => loadConfig(join(dir, 'c.yml'), RULES))).toStrictEqual([
      join(dir, 'rules', 'a.mjs'),
      'rule id a-rule is already taken',
      undefined,
    ]);
  });

  test('a configuration without custom rules is not refused for them', async () => {
    const { source } = memory({ '/p/c.yml': 'rules: {a-rule: off}\n' });
    expect((await loadConfig('/p/c.yml', RULES, 'refused', source)).config.rules).toStrictEqual({ 'a-rule': 'off' });
  });

  test('a file named like JSON only in the middle is YAML', async () => {
    const { source } = memory({ '/p/c.json.yml': 'rules: {a-rule: note}\n' });
    expect((await readConfig('/p/c.json.yml', RULES, false, source)).rules).toStrictEqual({ 'a-rule': 'note' });
  });

  test('custom rules refused (the Action on a pull request): an error naming why', async () => {
    const { source } = memory({ '/p/c.yml': 'customRules: [./rules]\n' });
    expect(await refusal(() => loadConfig('/p/c.yml', RULES, 'not loaded from a pull request', source))).toStrictEqual([
      '/p/c.yml',
      'customRules: not loaded from a pull request',
      undefined,
    ]);
    const empty = memory({ '/p/c.yml': 'customRules: []\n' });
    expect((await loadConfig('/p/c.yml', RULES, 'refused', empty.source)).customRules).toStrictEqual([]);
  });
});

test('the schema: each rule takes a level or its options; the shipped one is open to custom rules', () => {
  const schema = configSchema(builtinRules.slice(0, 1)) as {
    $id: string;
    properties: { rules: { properties: Record<string, unknown>; additionalProperties: unknown } };
  };
  const first = builtinRules[0]!;
  expect(schema.$id).toBe(SCHEMA_ID);
  expect(schema.properties.rules.properties[first.id]).toStrictEqual({
    description: first.title,
    oneOf: [
      { enum: ['off', 'note', 'warning', 'error'] },
      {
        type: 'object',
        properties: { level: { enum: ['off', 'note', 'warning', 'error'] }, ...(first.options?.schema.properties ?? {}) },
        additionalProperties: false,
      },
    ],
  });
  expect(schema.properties.rules.additionalProperties).toBe(false);
  expect((configSchema([], true) as typeof schema).properties.rules.additionalProperties).toStrictEqual({
    oneOf: [{ enum: ['off', 'note', 'warning', 'error'] }, { type: 'object', properties: { level: { enum: ['off', 'note', 'warning', 'error'] } } }],
  });
});
