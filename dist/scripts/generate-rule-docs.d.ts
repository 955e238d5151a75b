import type { AnyRule } from '../src/engine/run/rule.js';
/** Every rule with a doc page: the built-in rules and the meta rules about suppressions. */
export declare const documentedRules: readonly AnyRule[];
export declare function ruleDoc(rule: AnyRule): string;
export declare function writeRuleDocs(dir: string): void;
/** schema/config.schema.json, for editors (`$schema` / yaml-language-server): built-in rules and their options. */
export declare function configSchemaFile(): string;
