/**
 * The floor of `npm run bench`: what any tool must do to check these inputs, read each file and parse it with the
 * same library and options as endpoint-guard (the `yaml` package with CloudFormation's tags registered, duplicate
 * keys allowed; `jsonc-parser`'s position-keeping tree for JSON, strict), in one bundled file started the same way.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseTree } from 'jsonc-parser';
import { parse } from 'yaml';
import { CUSTOM_TAGS } from '../src/engine/load/parse-yaml.js';
let nodes = 0;
for (const path of process.argv.slice(2)) {
    const files = statSync(path).isDirectory() ? readdirSync(path).map((f) => join(path, f)) : [path];
    for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const value = extname(file) === '.json'
            ? parseTree(text, [], { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
            : parse(text, { uniqueKeys: false, strict: false, customTags: CUSTOM_TAGS });
        if (value !== null && typeof value === 'object')
            nodes++;
    }
}
process.exitCode = nodes > 0 ? 0 : 2;
//# sourceMappingURL=bench-floor.js.map