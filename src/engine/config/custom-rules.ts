import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../load/source-node.js';
import type { AnyRule } from '../run/rule.js';

const RULE_FILE = /\.(m?ts|m?js|cts|cjs)$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Loads the custom rules of the given directories: every .ts/.js file's default export (a rule made with
 * `defineRule`, or a list of them). TypeScript is loaded through jiti, as ESLint loads eslint.config.ts.
 * Rule ids must be new slugs: a custom rule never replaces a built-in one.
 */
export async function loadCustomRules(dirs: readonly string[], baseDir: string, taken: ReadonlySet<string>): Promise<AnyRule[]> {
  const load = await moduleLoader();
  const rules: AnyRule[] = [];
  const ids = new Set(taken);
  for (const dir of dirs) {
    const full = resolve(baseDir, dir);
    let files: string[];
    try {
      files = readdirSync(full)
        .filter((f) => RULE_FILE.test(f) && !f.endsWith('.d.ts') && !/\.test\.|\.spec\./.test(f))
        .sort();
    } catch {
      throw new InputError(full, 'custom rules directory cannot be read');
    }
    for (const f of files) {
      const file = join(full, f);
      let exported: unknown;
      try {
        exported = await load(file);
      } catch (e) {
        throw new InputError(file, `custom rule cannot be loaded: ${(e as Error).message.split('\n')[0]}`);
      }
      for (const rule of Array.isArray(exported) ? exported : [exported]) {
        const problem = invalid(rule);
        if (problem) throw new InputError(file, `not a rule: ${problem} (export default defineRule({ id, level, title, help, check }))`);
        const r = rule as AnyRule;
        if (ids.has(r.id)) throw new InputError(file, `rule id ${r.id} is already taken`);
        ids.add(r.id);
        rules.push(r);
      }
    }
  }
  return rules;
}

/**
 * jiti, bundled into the CLI and the Action (they run without node_modules: pre-commit, GitHub), loads TypeScript and
 * JavaScript alike. `import … from 'endpoint-guard'` in a rule is this very API, handed to jiti as a virtual module, so
 * a rule needs no install step and shares the engine's module instances. An ES module file is first imported
 * natively by jiti; when its imports cannot be resolved that way (no node_modules), jiti transpiles it.
 */
async function moduleLoader(): Promise<(file: string) => Promise<unknown>> {
  const [{ createJiti }, api] = await Promise.all([import('jiti/static'), import('../../api.js')]);
  const jiti = createJiti(import.meta.url, { moduleCache: true, fsCache: false, virtualModules: { 'endpoint-guard': api } });
  return (file) => jiti.import(file, { default: true });
}

function invalid(rule: unknown): string | undefined {
  if (rule === undefined) return 'the file has no default export';
  if (typeof rule !== 'object' || rule === null) return 'the default export is not an object';
  const r = rule as Partial<AnyRule>;
  if (typeof r.id !== 'string' || !SLUG.test(r.id)) return 'id must be a lowercase slug like my-rule';
  if (!['error', 'warning', 'note'].includes(String(r.level))) return 'level must be error, warning or note';
  if (typeof r.title !== 'string' || typeof r.help !== 'string') return 'title and help must be strings';
  if (typeof r.check !== 'function') return 'check must be a function';
  return undefined;
}
