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

// src/engine/load/comment-suppressions.ts
var COMMENT = /#\s*endpoint-guard-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?:--\s*(.*?))?\s*$/;
function commentSuppressions(text, file) {
  const lines = text.split(/\r?\n/);
  const out = [];
  lines.forEach((line, i) => {
    const m = COMMENT.exec(line);
    if (!m || !isComment(line, m.index)) return;
    const alone = line.slice(0, m.index).trim() === "";
    let target = i + 1;
    if (alone) {
      let j = i + 1;
      const blankOrComment = (next) => next.trim() === "" || next.trim().startsWith("#");
      while (j < lines.length && blankOrComment(lines[j] ?? "")) j++;
      target = j + 1;
    }
    const reason = m[2] === "" ? void 0 : m[2];
    for (const rule of (m[1] ?? "").split(",").map((r) => r.trim())) {
      out.push({ rule, reason, loc: { line: i + 1, column: m.index + 1, file }, via: "comment", targetLine: target });
    }
  });
  return out;
}
function isComment(line, at) {
  if (at > 0 && !/\s/.test(line.charAt(at - 1))) return false;
  let quote;
  let scalarStart = true;
  let flowDepth = 0;
  for (let k = 0; k < at; k++) {
    const c = line.charAt(k);
    const blankAfter = /\s/.test(line.charAt(k + 1)) || k + 1 === line.length;
    if (quote !== void 0) {
      if (quote === '"' && c === "\\") k++;
      else if (quote === "'" && c === "'" && line.charAt(k + 1) === "'") k++;
      else if (c === quote) quote = void 0;
    } else if (c === '"' || c === "'") {
      if (scalarStart) quote = c;
      scalarStart = false;
    } else if ((c === "!" || c === "&") && scalarStart) {
      while (k + 1 < at && !/\s/.test(line.charAt(k + 1))) k++;
    } else if (c === ":" && (blankAfter || flowDepth > 0)) scalarStart = true;
    else if ((c === "-" || c === "?") && blankAfter && scalarStart) continue;
    else if ((c === "[" || c === "{") && scalarStart) flowDepth++;
    else if ((c === "]" || c === "}") && flowDepth > 0) [flowDepth, scalarStart] = [flowDepth - 1, false];
    else if (c === "," && flowDepth > 0) scalarStart = true;
    else if (!/\s/.test(c)) scalarStart = false;
  }
  return quote === void 0;
}

export {
  MAX_INPUT_BYTES,
  readRegularFile,
  isInside,
  realPath,
  ConfinedFiles,
  projectRootOf,
  workTreeAround,
  commentSuppressions
};
