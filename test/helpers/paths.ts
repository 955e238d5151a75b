import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TEMPLATES = join(ROOT, 'test', 'templates');
export const CORPUS = join(ROOT, '..', 'shared', 'corpus');
export const BIN = join(ROOT, 'bin', 'endpoint-guard.js');
