import { lstatSync, readdirSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve as resolvePath, sep } from 'node:path';
import { assemblyTemplates, isCloudAssembly, type AssemblyProblem, type StackContext } from './cloud-assembly.js';
import { SERVERLESS_NAMES } from './read-template.js';

/** A file to look at; `explicit` when the user named it, so that "not a template" is an error, not a skip. */
export interface Candidate {
  readonly file: string;
  readonly explicit: boolean;
  /** A cdk.out stack's construct paths and environment, from its manifest. */
  readonly stack?: StackContext;
}

// .terraform: the providers and modules `terraform init` downloads, not the project's own inputs.
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.terraform']);
const TEMPLATE_EXTENSIONS = /\.(ya?ml|json|template|tf)$/i;

/** A `.tf` file, or a variables file (`.tfvars`, `.tfvars.json`) that changes the module of its folder. */
export function isTerraformSource(file: string): boolean {
  return /\.(tf|tfvars|tfvars\.json)$/i.test(file);
}

export interface Discovery {
  readonly candidates: Candidate[];
  /** Paths that match nothing: usage errors. */
  readonly missing: string[];
  /** Inputs that cannot be read as what they are (a cdk.out whose manifest is broken or names missing templates). */
  readonly problems: AssemblyProblem[];
  /** Files of a directory scan not looked at, with why (for --debug). */
  readonly skipped: { file: string; reason: string }[];
}

/**
 * `asScan`: files are found, not named (a pull request's changed files): those that are not templates are skipped,
 * and symbolic links are not followed. Directory scans and globs never follow symbolic links (a link inside the tree
 * points at something the scan reaches anyway; one that leads out of it is not the project's) and never open
 * devices, FIFOs or sockets; a directory that cannot be read is an input problem, not silence.
 */
export async function discover(paths: readonly string[], asScan = false): Promise<Discovery> {
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
  const assemblies: string[] = [];
  const visitDir = (dir: string) => {
    if (isCloudAssembly(dir)) {
      assemblies.push(dir);
      // Stryker disable next-line BooleanLiteral: the place is taken by the templates, which are named either way
      add(dir, true); // its place among the candidates, taken by its templates below
    } else
      walk(
        dir,
        (f) => {
          add(f, false);
        },
        visitDir,
        (file, reason) => skipped.push({ file, reason }),
        (file, message) => problems.push({ file, message }),
      );
  };
  const skip = (file: string, reason: string) => skipped.push({ file, reason });
  for (const path of paths) {
    const link = asScan ? lstatOrUndefined(path) : undefined;
    const stat = statOrUndefined(path);
    if (link?.isSymbolicLink()) skip(path, SYMLINK);
    else if (stat?.isDirectory()) visitDir(path);
    else if (stat?.isFile()) add(path, !asScan);
    else if (stat) problems.push({ file: path, message: SPECIAL });
    else {
      // A path that names nothing may be a glob: the matcher is loaded only then.
      const { globSync, isDynamicPattern } = await import('tinyglobby');
      if (!isDynamicPattern(path)) {
        missing.push(path);
        continue;
      }
      // The ignore patterns hold for matches under the working directory only: a pattern elsewhere is filtered here.
      const base = staticBase(path, isDynamicPattern);
      const matches = globSync(path, { ignore: ['**/node_modules/**', '**/.git/**'], dot: false, followSymbolicLinks: false })
        .filter((m) => !inSkippedDir(base, m))
        .sort();
      if (matches.length === 0) missing.push(path);
      for (const m of matches) {
        const kind = lstatOrUndefined(m);
        // tinyglobby returns neither links nor special files (followSymbolicLinks: false): a guard only.
        if (kind?.isSymbolicLink()) skip(m, SYMLINK);
        else if (kind?.isFile()) add(m, false);
        else skip(m, SPECIAL);
      }
    }
  }
  return { candidates: await withAssemblyTemplates(candidates, assemblies, problems), missing, problems, skipped };
}

/** Each cloud assembly's place among the candidates taken by the templates its manifest lists (all explicit). */
async function withAssemblyTemplates(candidates: readonly Candidate[], assemblies: readonly string[], problems: Discovery['problems']): Promise<Candidate[]> {
  if (assemblies.length === 0) return [...candidates];
  const listed = new Map<string, Candidate[]>();
  for (const dir of assemblies) {
    const assembly = await assemblyTemplates(dir);
    listed.set(
      dir,
      assembly.templates.map((t) => ({ file: t, explicit: true, ...withStack(assembly.contexts.get(t)) })),
    );
    problems.push(...assembly.problems);
  }
  const seen = new Set<string>();
  return candidates.flatMap((c) => listed.get(c.file) ?? [c]).filter((c) => !seen.has(c.file) && seen.add(c.file));
}

/** The leading folders of a glob that hold no pattern (`templates` for a pattern that starts `templates/` and then a wildcard). */
function staticBase(pattern: string, isDynamic: (segment: string) => boolean): string {
  const segments = pattern.split(/[\\/]/);
  // A deeper base (the whole pattern, or all but its last segment) leaves the same folders below the real one, and
  // '' is the working directory as '.' is.
  // Stryker disable next-line ArrowFunction: a deeper base
  const firstDynamic = segments.findIndex((segment) => isDynamic(segment));
  // Stryker disable next-line MethodExpression: a deeper base
  return segments.slice(0, firstDynamic).join('/') || '.';
}

/** A match inside a node_modules, .git or .terraform folder below the glob's base (a scan skips those). */
function inSkippedDir(base: string, match: string): boolean {
  return relative(resolvePath(base), resolvePath(match))
    .split(sep)
    .slice(0, -1)
    .some((segment) => SKIPPED_DIRS.has(segment));
}

const SYMLINK = 'a symbolic link: not followed in scans';
const SPECIAL = 'not a regular file (a device, FIFO or socket): not read';

function walk(
  dir: string,
  visit: (file: string) => void,
  visitDir: (dir: string) => void,
  skip: (file: string, reason: string) => void,
  unreadable: (dir: string, message: string) => void,
): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch (e) {
    unreadable(dir, `cannot read this directory (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): its templates are not checked`);
    return;
  }
  // The framework's own output is checked through the serverless.yml beside it, not a second time.
  const hasServerlessFile = entries.some((e) => e.isFile() && SERVERLESS_NAMES.test(e.name));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isSymbolicLink()) skip(full, SYMLINK);
    else if (e.isDirectory()) {
      if (SKIPPED_DIRS.has(e.name)) skip(full, 'a directory never scanned');
      else if (e.name === '.serverless' && hasServerlessFile) skip(full, "the framework's output of the serverless.yml beside it");
      else visitDir(full);
    } else if (e.isFile() && TEMPLATE_EXTENSIONS.test(e.name)) visit(full);
    else if (e.isFile()) skip(full, 'not a template file name (.yaml, .yml, .json, .template, .tf)');
    else skip(full, SPECIAL);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    // nothing there, or not reachable
  }
  return undefined;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    // nothing there, or not reachable
  }
  return undefined;
}

const withStack = (stack: StackContext | undefined): { stack?: StackContext } => (stack ? { stack } : {});
