import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Suppression } from '../../../model/types.js';
import { commentSuppressions } from '../../comment-suppressions.js';
import { isInside, readRegularFile, realPath } from '../../input-files.js';
import type { Loc } from '../../source-node.js';

interface Block {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The lines of the block, `{` to its `}` (1-based, inclusive). */
  readonly end: number;
  readonly lines: readonly string[];
}

const MAX_MATCHED_BLOCKS = 64;
const BLOCK = /^(\s*)(resource|module)\s+"([^"]+)"(?:\s+"([^"]+)")?\s*\{/;

/**
 * The files of a module folder whose names match, sorted: regular files in the folder itself (not below it), none
 * that a symbolic link leads out of it (such a file is never read).
 */
export function moduleFiles(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => pattern.test(n))
      .sort();
  } catch {
    return [];
  }
  const home = realPath(dir);
  return names
    .map((n) => join(dir, n))
    .filter((file) => {
      const real = realPath(file);
      return home !== undefined && real !== undefined && isInside(home, real);
    });
}

/**
 * Where the root module's resources are written: the `.tf` files beside a plan (its own folder, not below, and no
 * link out of it), read through the one door for input files. Findings on a plan point at the `resource "type" "name"` block and, where it
 * is written there, the attribute's line; `# endpoint-guard-ignore` comments in those files apply.
 */
export class TerraformSources {
  private readonly blocks = new Map<string, Block>();
  private readonly nested = new Map<string, readonly { loc: Loc; body: string }[]>();
  readonly commentSuppressions: Suppression[] = [];
  readonly files: string[] = [];

  /** The `.tf` files as they were read (a module read from source), or else read here from the folder (beside a plan). */
  constructor(files: readonly (readonly [file: string, text: string])[]) {
    for (const [file, text] of files) {
      this.files.push(file);
      this.commentSuppressions.push(...commentSuppressions(text, file));
      this.index(file, text.split(/\r?\n/));
    }
  }

  /** The `.tf` files of a folder (a plan's), read through the one door for input files; those that cannot be are left out. */
  static inFolder(folder: string): TerraformSources {
    return new TerraformSources(
      moduleFiles(folder, /\.tf$/).flatMap((file) => {
        const read = readRegularFile(file);
        return read.ok ? [[file, read.bytes.toString('utf8')] as const] : [];
      }),
    );
  }

  private index(file: string, lines: readonly string[]): void {
    lines.forEach((line, i) => {
      const m = BLOCK.exec(line);
      if (!m || (m[2] === 'resource') !== (m[4] !== undefined)) return;
      this.blocks.set(m[2] === 'module' ? `module.${m[3] ?? ''}` : `${m[3] ?? ''}.${m[4] ?? ''}`, {
        file,
        line: i + 1,
        column: (m[1] ?? '').length + 1,
        end: blockEnd(lines, i),
        lines,
      });
    });
  }

  /** The `resource` block of an address in this module (`aws_vpc.main`), or its `module` block (`module.net`). */
  blockLoc(blockAddress: string): Loc | undefined {
    const b = this.blocks.get(blockAddress);
    return b ? { line: b.line, column: b.column, file: b.file } : undefined;
  }

  /**
   * The line of the nested block `name {` of a resource whose text holds most of the given planned values (the plan
   * lists a set's blocks in its own order, not the file's). Past a few dozen blocks, the first one stands for all:
   * matching each of n planned blocks against n written ones would cost n².
   */
  nestedLoc(blockAddress: string, name: string, planned: unknown): Loc | undefined {
    const written = this.nestedBlocks(blockAddress, name);
    if (written.length <= 1 || written.length > MAX_MATCHED_BLOCKS) return written[0]?.loc;
    const forms = writtenForms(planned).slice(0, MAX_MATCHED_BLOCKS);
    let best: { loc: Loc; score: number } | undefined;
    for (const { loc, body } of written) {
      const score = forms.filter((f) => body.includes(f)).length;
      if (!best || score > best.score) best = { loc, score };
    }
    return best?.loc;
  }

  /** The nested blocks `name {` of a resource, with their text: found once per resource and name. */
  private nestedBlocks(blockAddress: string, name: string): readonly { loc: Loc; body: string }[] {
    const key = `${blockAddress}\0${name}`;
    const cached = this.nested.get(key);
    if (cached) return cached;
    const b = this.blocks.get(blockAddress);
    const found: { loc: Loc; body: string }[] = [];
    // A `dynamic "ingress"` block stands for the blocks it makes.
    const pattern = new RegExp(`^(\\s*)(?:${name}|dynamic\\s+"${name}")\\s*\\{`);
    for (let i = b?.line ?? 0; b && i < b.end; i++) {
      const m = pattern.exec(b.lines[i] ?? '');
      if (!m) continue;
      const end = blockEnd(b.lines, i);
      found.push({ loc: { line: i + 1, column: (m[1] ?? '').length + 1, file: b.file }, body: b.lines.slice(i, end).join('\n') });
      i = end - 1;
    }
    this.nested.set(key, found);
    return found;
  }

  /** The line of `name = …` or `name {` inside the block (its first nested occurrence for `vpc_config.subnet_ids`). */
  attributeLoc(blockAddress: string, path: readonly string[]): Loc | undefined {
    const b = this.blocks.get(blockAddress);
    if (!b) return undefined;
    let from = b.line;
    let found: Loc | undefined;
    for (const name of path) {
      const pattern = new RegExp(`^(\\s*)${name}\\s*(=|\\{)`);
      let hit: Loc | undefined;
      for (let i = from; i < b.end && !hit; i++) {
        const m = pattern.exec(b.lines[i] ?? '');
        if (m) hit = { line: i + 1, column: (m[1] ?? '').length + 1, file: b.file };
      }
      if (!hit) break;
      found = hit;
      from = hit.line;
    }
    return found;
  }
}

/** Scalars of a block's planned values as they would be written in HCL (`"10.0.0.0/16"`, `443`), to find the block. */
function writtenForms(planned: unknown): string[] {
  if (Array.isArray(planned)) return planned.flatMap(writtenForms);
  if (planned !== null && typeof planned === 'object') return Object.values(planned).flatMap(writtenForms);
  if (typeof planned === 'string' && planned !== '') return [JSON.stringify(planned)];
  return typeof planned === 'number' && planned !== 0 ? [String(planned)] : [];
}

/** The 0-based index of the line closing the block opened on line `start` (braces outside strings and comments). */
function blockEnd(lines: readonly string[], start: number): number {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    const code = (lines[i] ?? '').replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(#|\/\/).*$/, '');
    for (const ch of code) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
    }
    if (depth <= 0 && (i > start || code.includes('}'))) return i + 1;
  }
  return lines.length;
}
