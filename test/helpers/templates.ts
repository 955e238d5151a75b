import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './paths.js';

/** Every template file below `dir` (relative to the repository root), except expectation files. */
export function templateFiles(dir: string, exclude: readonly string[] = []): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      const rel = relative(ROOT, full);
      if (exclude.some((x) => rel.startsWith(x))) continue;
      if (e.isDirectory()) walk(full);
      else if (/\.(ya?ml|json|template)$/.test(e.name) && !/expected\.json$/.test(e.name)) out.push(rel);
    }
  };
  walk(join(ROOT, dir));
  return out.sort();
}
