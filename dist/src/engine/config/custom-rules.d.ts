import type { AnyRule } from '../run/rule.js';
/**
 * Loads the custom rules of the given directories: every .ts/.js file's default export (a rule made with
 * `defineRule`, or a list of them). TypeScript is loaded through jiti, as ESLint loads eslint.config.ts.
 * Rule ids must be new slugs: a custom rule never replaces a built-in one.
 */
export declare function loadCustomRules(dirs: readonly string[], baseDir: string, taken: ReadonlySet<string>): Promise<AnyRule[]>;
