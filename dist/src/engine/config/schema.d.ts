import type { AnyRule } from '../run/rule.js';
export declare const SCHEMA_ID = "https://github.com/endpoint-guard/endpoint-guard/blob/main/schema/config.schema.json";
/**
 * The JSON Schema of `.endpoint-guard.yml`: each known rule takes a level, or an object with `level` and the rule's
 * own options (its `options.schema` properties). Unknown rule ids are errors, except in the schema shipped for editors
 * (`openRules`), which cannot know a project's custom rules.
 */
export declare function configSchema(rules: readonly AnyRule[], openRules?: boolean): Record<string, unknown>;
