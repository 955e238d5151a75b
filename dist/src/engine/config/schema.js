const LEVEL = { enum: ['off', 'note', 'warning', 'error'] };
export const SCHEMA_ID = 'https://github.com/endpoint-guard/endpoint-guard/blob/main/schema/config.schema.json';
/**
 * The JSON Schema of `.endpoint-guard.yml`: each known rule takes a level, or an object with `level` and the rule's
 * own options (its `options.schema` properties). Unknown rule ids are errors, except in the schema shipped for editors
 * (`openRules`), which cannot know a project's custom rules.
 */
export function configSchema(rules, openRules = false) {
    const ruleProperties = Object.fromEntries(rules.map((r) => {
        const optionProps = (r.options?.schema.properties ?? {});
        return [
            r.id,
            {
                description: r.title,
                oneOf: [LEVEL, { type: 'object', properties: { level: LEVEL, ...optionProps }, additionalProperties: false }],
            },
        ];
    }));
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: SCHEMA_ID,
        title: 'endpoint-guard configuration (.endpoint-guard.yml / .endpoint-guard.json)',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string' },
            rules: {
                description: 'Per rule: off | note | warning | error, or { level, ...options }.',
                type: 'object',
                properties: ruleProperties,
                additionalProperties: openRules ? { oneOf: [LEVEL, { type: 'object', properties: { level: LEVEL } }] } : false,
            },
            include: { description: 'Globs (relative to this file) of templates a directory scan checks; default: all.', type: 'array', items: { type: 'string' } },
            exclude: { description: 'Globs (relative to this file) of files a directory scan skips.', type: 'array', items: { type: 'string' } },
            customRules: { description: 'Directories (relative to this file) of custom rules (.ts, .mts, .js, .mjs).', type: 'array', items: { type: 'string' } },
            maxWarnings: { description: 'Fail (exit 1) when there are more warnings than this.', type: 'integer', minimum: 0 },
            levelThreshold: { description: 'The lowest level that fails the run (default: error).', enum: ['note', 'warning', 'error'] },
            reportUnusedSuppressions: { description: 'Report suppressions that cover no finding (as notes).', type: 'boolean' },
        },
    };
}
//# sourceMappingURL=schema.js.map