import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { writeRuleDocs } from './generate-rule-docs.js';

writeRuleDocs(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'rules'));
