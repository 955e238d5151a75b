import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * endpoint-guard's version, from the package.json above this module — wherever the build put it (compiled in
 * dist/src/…, bundled in dist/cli/ or dist/action/, installed in node_modules).
 */
export function packageVersion(): string {
  if (cached !== undefined) return cached;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === 'endpoint-guard' && pkg.version) return (cached = pkg.version);
      } catch {
        // not ours: keep looking upward
      }
    }
    if (dirname(dir) === dir) return (cached = '0.0.0');
  }
}
