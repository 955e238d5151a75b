import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A fresh folder holding these files (paths relative to it, folders made as needed; an object is written as JSON),
 * named `name` inside a new temporary folder when given. Returns the folder.
 */
export function writeTree(files: Readonly<Record<string, unknown>>, prefix: string, name?: string): string {
  const top = mkdtempSync(join(tmpdir(), prefix));
  const dir = name === undefined ? top : join(top, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}
