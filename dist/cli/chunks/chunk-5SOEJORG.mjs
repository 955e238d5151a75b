import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);

// src/engine/load/input-files.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve as resolvePath, sep } from "node:path";
var MAX_INPUT_BYTES = 20 * 1024 * 1024;
function readRegularFile(path, maxBytes = MAX_INPUT_BYTES) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = e.code ?? "error";
    return refuse(code === "ENOENT" || code === "ENOTDIR" ? "missing" : "unreadable", code === "ENOENT" ? "no such file" : `cannot read: ${code}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return refuse("special", "a directory, not a file");
    if (!stat.isFile()) return refuse("special", "not a regular file (a device, FIFO or socket): not read");
    if (stat.size > maxBytes) return refuse("too-large", `file is larger than ${maxBytes / 1024 / 1024} MiB`);
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: bytes.subarray(0, read) };
  } catch (e) {
    return refuse("unreadable", `cannot read: ${e.code ?? e.message}`);
  } finally {
    closeSync(fd);
  }
}
function refuse(kind, reason) {
  return { ok: false, kind, reason };
}
function isInside(root, path) {
  const rel = relative(root, path);
  return !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
  }
  return void 0;
}
var ConfinedFiles = class {
  constructor(root, maxBytes = MAX_INPUT_BYTES) {
    this.root = root;
    this.maxBytes = maxBytes;
    this.realRoot = realPath(root) ?? resolvePath(root);
  }
  root;
  maxBytes;
  realRoot;
  /** Reads `path` if it stays inside the root. */
  read(path) {
    const real = realPath(path);
    if (!isInside(this.realRoot, real ?? nearestReal(resolvePath(path)))) return refuse("outside", `it is outside ${this.root}`);
    return real === void 0 ? refuse("missing", "no such file") : readRegularFile(real, this.maxBytes);
  }
};
function nearestReal(full) {
  const parent = dirname(full);
  if (parent === full) return full;
  return join(realPath(parent) ?? nearestReal(parent), basename(full));
}
function projectRootOf(serviceFile) {
  return workTreeAround(dirname(serviceFile));
}
function workTreeAround(folder) {
  const start = resolvePath(folder);
  for (let dir = start; ; dir = dirname(dir)) {
    if (exists(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
function exists(path) {
  try {
    statSync(path);
    return true;
  } catch {
  }
  return false;
}

export {
  MAX_INPUT_BYTES,
  readRegularFile,
  isInside,
  realPath,
  ConfinedFiles,
  projectRootOf,
  workTreeAround
};
