import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** A file to look at; `explicit` when the user named it, so that "not a template" is an error, not a skip. */
export interface Candidate {
  readonly file: string;
  readonly explicit: boolean;
}

const SKIPPED_DIRS = new Set(['node_modules', '.git', 'cdk.out', '.serverless']);
const TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template)$/i;

export interface Discovery {
  readonly candidates: Candidate[];
  /** Paths that match nothing: usage errors. */
  readonly missing: string[];
}

export function discover(paths: readonly string[]): Discovery {
  const candidates: Candidate[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    candidates.push({ file, explicit });
  };
  for (const path of paths) {
    const stat = statOrUndefined(path);
    if (stat?.isDirectory()) walk(path, (f) => add(f, false));
    else if (stat?.isFile()) add(path, true);
    else if (isDynamicPattern(path)) {
      const matches = globSync(path, { ignore: ['**/node_modules/**', '**/.git/**'], dot: false }).sort();
      if (matches.length === 0) missing.push(path);
      for (const m of matches) add(m, false);
    } else missing.push(path);
  }
  return { candidates, missing };
}

function walk(dir: string, visit: (file: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return;
  }
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_DIRS.has(e.name)) walk(full, visit);
    } else if (e.isFile() && TEMPLATE_EXTENSIONS.test(e.name)) visit(full);
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
