import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  commentSuppressions,
  isInside,
  readRegularFile,
  realPath
} from "./chunk-I7GECNTR.js";

// src/engine/load/adapters/terraform/tf-source.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";
var MAX_MATCHED_BLOCKS = 64;
var BLOCK = /^(\s*)(resource|module)\s+"([^"]+)"(?:\s+"([^"]+)")?\s*\{/;
function moduleFiles(dir, pattern) {
  let names;
  try {
    names = readdirSync(dir).filter((n) => pattern.test(n)).sort();
  } catch {
    return [];
  }
  const home = realPath(dir);
  return names.map((n) => join(dir, n)).filter((file) => {
    const real = realPath(file);
    return home !== void 0 && real !== void 0 && isInside(home, real);
  });
}
var TerraformSources = class _TerraformSources {
  blocks = /* @__PURE__ */ new Map();
  nested = /* @__PURE__ */ new Map();
  commentSuppressions = [];
  files = [];
  /** The `.tf` files as they were read (a module read from source), or else read here from the folder (beside a plan). */
  constructor(files) {
    for (const [file, text] of files) {
      this.files.push(file);
      this.commentSuppressions.push(...commentSuppressions(text, file));
      this.index(file, text.split(/\r?\n/));
    }
  }
  /** The `.tf` files of a folder (a plan's), read through the one door for input files; those that cannot be are left out. */
  static inFolder(folder) {
    return new _TerraformSources(
      moduleFiles(folder, /\.tf$/).flatMap((file) => {
        const read = readRegularFile(file);
        return read.ok ? [[file, read.bytes.toString("utf8")]] : [];
      })
    );
  }
  index(file, lines) {
    lines.forEach((line, i) => {
      const m = BLOCK.exec(line);
      if (!m || m[2] === "resource" !== (m[4] !== void 0)) return;
      this.blocks.set(m[2] === "module" ? `module.${m[3] ?? ""}` : `${m[3] ?? ""}.${m[4] ?? ""}`, {
        file,
        line: i + 1,
        column: (m[1] ?? "").length + 1,
        end: blockEnd(lines, i),
        lines
      });
    });
  }
  /** The `resource` block of an address in this module (`aws_vpc.main`), or its `module` block (`module.net`). */
  blockLoc(blockAddress) {
    const b = this.blocks.get(blockAddress);
    return b ? { line: b.line, column: b.column, file: b.file } : void 0;
  }
  /**
   * The line of the nested block `name {` of a resource whose text holds most of the given planned values (the plan
   * lists a set's blocks in its own order, not the file's). Past a few dozen blocks, the first one stands for all:
   * matching each of n planned blocks against n written ones would cost n².
   */
  nestedLoc(blockAddress, name, planned) {
    const written = this.nestedBlocks(blockAddress, name);
    if (written.length <= 1 || written.length > MAX_MATCHED_BLOCKS) return written[0]?.loc;
    const forms = writtenForms(planned).slice(0, MAX_MATCHED_BLOCKS);
    let best;
    for (const { loc, body } of written) {
      const score = forms.filter((f) => body.includes(f)).length;
      if (!best || score > best.score) best = { loc, score };
    }
    return best?.loc;
  }
  /** The nested blocks `name {` of a resource, with their text: found once per resource and name. */
  nestedBlocks(blockAddress, name) {
    const key = `${blockAddress}\0${name}`;
    const cached = this.nested.get(key);
    if (cached) return cached;
    const b = this.blocks.get(blockAddress);
    const found = [];
    const pattern = new RegExp(`^(\\s*)(?:${name}|dynamic\\s+"${name}")\\s*\\{`);
    for (let i = b?.line ?? 0; b && i < b.end; i++) {
      const m = pattern.exec(b.lines[i] ?? "");
      if (!m) continue;
      const end = blockEnd(b.lines, i);
      found.push({ loc: { line: i + 1, column: (m[1] ?? "").length + 1, file: b.file }, body: b.lines.slice(i, end).join("\n") });
      i = end - 1;
    }
    this.nested.set(key, found);
    return found;
  }
  /** The line of `name = …` or `name {` inside the block (its first nested occurrence for `vpc_config.subnet_ids`). */
  attributeLoc(blockAddress, path) {
    const b = this.blocks.get(blockAddress);
    if (!b) return void 0;
    let from = b.line;
    let found;
    for (const name of path) {
      const pattern = new RegExp(`^(\\s*)${name}\\s*(=|\\{)`);
      let hit;
      for (let i = from; i < b.end && !hit; i++) {
        const m = pattern.exec(b.lines[i] ?? "");
        if (m) hit = { line: i + 1, column: (m[1] ?? "").length + 1, file: b.file };
      }
      if (!hit) break;
      found = hit;
      from = hit.line;
    }
    return found;
  }
};
function writtenForms(planned) {
  if (Array.isArray(planned)) return planned.flatMap(writtenForms);
  if (planned !== null && typeof planned === "object") return Object.values(planned).flatMap(writtenForms);
  if (typeof planned === "string" && planned !== "") return [JSON.stringify(planned)];
  return typeof planned === "number" && planned !== 0 ? [String(planned)] : [];
}
function blockEnd(lines, start) {
  let depth = 0;
  for (let i = start; i < lines.length; i++) {
    const code = (lines[i] ?? "").replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/(#|\/\/).*$/, "");
    for (const ch of code) {
      if (ch === "{") depth++;
      else if (ch === "}") depth--;
    }
    if (depth <= 0 && (i > start || code.includes("}"))) return i + 1;
  }
  return lines.length;
}

export {
  moduleFiles,
  TerraformSources
};
