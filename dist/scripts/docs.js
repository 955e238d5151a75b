import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { configSchemaFile, writeRuleDocs } from './generate-rule-docs.js';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
writeRuleDocs(join(root, 'rules'));
writeFileSync(join(root, 'schema', 'config.schema.json'), configSchemaFile());
//# sourceMappingURL=docs.js.map