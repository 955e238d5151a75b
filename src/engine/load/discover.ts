import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { assemblyTemplates, isCloudAssembly, type AssemblyProblem, type StackContext } from './cloud-assembly.js';
import { SERVERLESS_NAMES } from './read-template.js';

/** A file to look at; `explicit` when the user named it, so that "not a template" is an error, not a skip. */
export interface Candidate {
  readonly file: string;
  readonly explicit: boolean;
  /** A cdk.out stack's construct paths and environment, from its manifest. */
  readonly stack?: StackContext;
}

const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template)$/i;

export interface Discovery {
  readonly candidates: Candidate[];
  /** Paths that match nothing: usage errors. */
  readonly missing: string[];
  /** Inputs that cannot be read as what they are (a cdk.out whose manifest is broken or names missing templates). */
  readonly problems: AssemblyProblem[];
  /** Files of a directory scan not looked at, with why (for --debug). */
  readonly skipped: Array<{ file: string; reason: string }>;
}

/** `asScan`: files are found, not named (a pull request's changed files): those that are not templates are skipped. */
export function discover(paths: readonly string[], asScan = false): Discovery {
  const candidates: Candidate[] = [];
  const missing: string[] = [];
  const problems: Discovery['problems'] = [];
  const skipped: Discovery['skipped'] = [];
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean, stack?: StackContext) => {
    if (seen.has(file)) return;
    seen.add(file);
    candidates.push({ file, explicit, ...(stack ? { stack } : {}) });
  };
  // A cdk.out is one input: the templates its manifest lists must all be templates (explicit), and nothing else in it.
  const visitDir = (dir: string) => {
    if (isCloudAssembly(dir)) {
      const assembly = assemblyTemplates(dir);
      for (const t of assembly.templates) add(t, true, assembly.contexts.get(t));
      problems.push(...assembly.problems);
    } else walk(dir, (f) => add(f, false), visitDir, (file, reason) => skipped.push({ file, reason }));
  };
  for (const path of paths) {
    const stat = statOrUndefined(path);
    if (stat?.isDirectory()) visitDir(path);
    else if (stat?.isFile()) add(path, !asScan);
    else if (isDynamicPattern(path)) {
      const matches = globSync(path, { ignore: ['**/node_modules/**', '**/.git/**'], dot: false }).sort();
      if (matches.length === 0) missing.push(path);
      for (const m of matches) add(m, false);
    } else missing.push(path);
  }
  return { candidates, missing, problems, skipped };
}

function walk(dir: string, visit: (file: string) => void, visitDir: (dir: string) => void, skip: (file: string, reason: string) => void): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return;
  }
  // The framework's own output is checked through the serverless.yml beside it, not a second time.
  const hasServerlessFile = entries.some((e) => e.isFile() && SERVERLESS_NAMES.test(e.name));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (SKIPPED_DIRS.has(e.name)) skip(full, 'a directory never scanned');
      else if (e.name === '.serverless' && hasServerlessFile) skip(full, "the framework's output of the serverless.yml beside it");
      else visitDir(full);
    } else if (e.isFile() && TEMPLATE_EXTENSIONS.test(e.name)) visit(full);
    else if (e.isFile()) skip(full, 'not a template file name (.yaml, .yml, .json, .template)');
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
