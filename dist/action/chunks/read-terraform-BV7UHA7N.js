import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  Unknown,
  asMap,
  collectBlocks,
  fromJson
} from "./chunk-7ZNRQGYQ.js";
import {
  moduleFiles
} from "./chunk-6OT53A4C.js";
import {
  isInside,
  readRegularFile,
  realPath,
  workTreeAround
} from "./chunk-I7GECNTR.js";
import {
  entries,
  text
} from "./chunk-GTRBZQRG.js";
import {
  InputError,
  child
} from "./chunk-Y6C3IO4F.js";
import "./chunk-QVXUJ2S4.js";

// src/engine/load/read-terraform.ts
import { dirname, resolve as resolve2 } from "node:path";

// src/engine/load/adapters/terraform/source/hcl-parser.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARSE_TIMEOUT_MS = 3e4;
var MAX_EXPRESSIONS = 2e4;
var HclParser = class {
  worker;
  nextId = 0;
  async parse(file, text2) {
    const worker = this.worker ??= startWorker();
    const request = { id: this.nextId++, file, text: text2, maxExpressions: MAX_EXPRESSIONS };
    const response = await new Promise((resolve3) => {
      const done = (r) => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        resolve3(r);
      };
      const onMessage = (r) => {
        if (r.id === request.id || r.id === -1) done(r);
      };
      const onError = (e) => {
        done({ id: request.id, ok: false, crashed: true, message: e.message });
      };
      const onExit = () => {
        done({ id: request.id, ok: false, crashed: true, message: "the HCL parser stopped" });
      };
      const timer = setTimeout(() => {
        done({ id: request.id, ok: false, crashed: true, message: `parsing took longer than ${PARSE_TIMEOUT_MS / 1e3} s` });
      }, PARSE_TIMEOUT_MS);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(request);
    });
    if (!response.ok && response.crashed) await this.close();
    if (response.ok) return response;
    return { ok: false, message: /call stack|stack overflow|goroutine stack/i.test(response.message) ? "nested too deeply to read" : response.message };
  }
  async close() {
    const worker = this.worker;
    this.worker = void 0;
    if (worker) await worker.terminate();
  }
};
function startWorker() {
  const worker = new Worker(workerFile(), { resourceLimits: { maxOldGenerationSizeMb: 512, stackSizeMb: 8 }, stdout: true, stderr: true });
  worker.unref();
  return worker;
}
function workerFile() {
  const candidates = [
    new URL("./hcl2json/lib/worker.js", import.meta.url),
    new URL("../hcl2json/lib/worker.js", import.meta.url),
    new URL("./hcl-worker.js", import.meta.url)
  ];
  if (import.meta.url.endsWith(".ts"))
    candidates.push(new URL(import.meta.url.replace(/\/src\/(.*)\.ts$/, "/dist/src/$1.js").replace(/hcl-parser\.js$/, "hcl-worker.js")));
  const found = candidates.find((u) => existsSync(fileURLToPath(u)));
  if (!found) throw new Error("the HCL parser is missing from this installation (hcl2json/lib/worker.js)");
  return found;
}

// src/engine/load/adapters/terraform/source/read-module.ts
import { basename, resolve } from "node:path";
var MAX_TF_BYTES = 4 * 1024 * 1024;
var MAX_MODULE_DEPTH = 8;
var MAX_MODULES = 64;
async function readTerraformModule(dir, parser, root, cache = /* @__PURE__ */ new Map()) {
  const context = { parser, root: realPath(root ?? workTreeAround(dir)) ?? resolve(root ?? dir), modules: 0, cache };
  return readModule(dir, context, [], true);
}
async function readModule(dir, context, ancestors, isRoot) {
  const key = `${realPath(dir) ?? resolve(dir)}\0${isRoot ? "root" : "called"}`;
  const cached = context.cache.get(key);
  if (cached) return cached;
  const module = await readFolder(dir, context, ancestors, isRoot);
  context.cache.set(key, module);
  return module;
}
async function readFolder(dir, context, ancestors, isRoot) {
  context.modules++;
  const blocks = {
    resources: [],
    data: [],
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    calls: /* @__PURE__ */ new Map(),
    providers: /* @__PURE__ */ new Map()
  };
  const expressions = /* @__PURE__ */ new Map();
  const files = moduleFiles(dir, /\.tf$/);
  const texts = [];
  for (const file of files) {
    const { json, text: text2 } = await parseFile(file, context.parser, expressions);
    texts.push([file, text2]);
    collectBlocks(json, blocks);
  }
  const tfvars = isRoot ? await readTfvars(dir, context.parser) : /* @__PURE__ */ new Map();
  const children = /* @__PURE__ */ new Map();
  const real = realPath(dir) ?? resolve(dir);
  for (const [name, body] of blocks.calls) children.set(name, await readChild(dir, body, context, [...ancestors, real]));
  return { dir, files, texts, ...blocks, expressions, tfvars, children };
}
async function readChild(dir, call, context, ancestors) {
  const source = call.get("source");
  if (typeof source !== "string" || !/^\.\.?[/\\]/.test(source)) {
    return { skipped: `its source ${JSON.stringify(String(source))} is not a local folder; modules from a registry or Git are not read` };
  }
  if (call.has("count") || call.has("for_each")) return { skipped: "a module called with count or for_each is not expanded here" };
  const child2 = resolve(dir, source);
  const real = realPath(child2);
  if (!real) return { skipped: `its folder ${source} does not exist` };
  if (!isInside(context.root, real)) return { skipped: `its folder ${source} is outside ${context.root}` };
  if (ancestors.includes(real)) return { skipped: "it calls itself" };
  if (ancestors.length >= MAX_MODULE_DEPTH || context.modules >= MAX_MODULES)
    return { skipped: `modules are read ${MAX_MODULE_DEPTH} deep and ${MAX_MODULES} in all` };
  return readModule(child2, context, ancestors, false);
}
async function parseFile(file, parser, expressions) {
  const read = readRegularFile(file, MAX_TF_BYTES);
  if (!read.ok) throw new InputError(file, read.reason);
  const text2 = read.bytes.toString("utf8");
  const deep = tooDeep(text2);
  if (deep) throw new InputError(file, deep.message, { line: deep.line, column: 1, file });
  const parsed = await parser.parse(basename(file), text2);
  if (!parsed.ok) throw parseError(file, parsed.message);
  for (const [k, v] of Object.entries(parsed.expressions)) expressions.set(k, v);
  return { json: parsed.json, text: text2 };
}
var MAX_NESTING = 256;
var MAX_UNARY_RUN = 1e3;
function tooDeep(text2) {
  let depth = 0;
  let run = 0;
  let line = 1;
  for (let i = 0; i < text2.length; i++) {
    const c = text2.charCodeAt(i);
    if (c === 10) line++;
    if (c === 40 || c === 91 || c === 123) depth++;
    else if ((c === 41 || c === 93 || c === 125) && depth > 0) depth--;
    if (c === 45 || c === 33) run++;
    else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) run = 0;
    if (depth > MAX_NESTING) return { line, message: `nested more than ${MAX_NESTING} levels deep: not read` };
    if (run > MAX_UNARY_RUN) return { line, message: `more than ${MAX_UNARY_RUN} unary operators in a row: not read` };
  }
  return void 0;
}
function parseError(file, message) {
  const m = /^parse config: \[[^:\]]*:(\d+),(\d+)(?:-\d+(?:,\d+)?)?: ([^;\]]*)(?:; ([^\]]*?))?(?: [^ \]]+:\d+,\d+-|\]|$)/.exec(message);
  if (!m) return new InputError(file, message.startsWith("parse config:") ? `not valid HCL: ${message.slice(13, 300).trim()}` : message.slice(0, 300));
  const detail = m[4] ? `: ${m[4].trim()}` : "";
  return new InputError(file, `not valid HCL: ${(m[3] ?? "").trim()}${detail}`.slice(0, 400), { line: Number(m[1]), column: Number(m[2]), file });
}
async function readTfvars(dir, parser) {
  const files = [...moduleFiles(dir, /^terraform\.tfvars(\.json)?$/), ...moduleFiles(dir, /\.auto\.tfvars(\.json)?$/)];
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    let json;
    if (file.endsWith(".json")) {
      const read = readRegularFile(file, MAX_TF_BYTES);
      if (!read.ok) throw new InputError(file, read.reason);
      try {
        json = JSON.parse(read.bytes.toString("utf8"));
      } catch (e) {
        throw new InputError(file, `not valid JSON: ${e.message}`);
      }
    } else json = (await parseFile(file, parser, /* @__PURE__ */ new Map())).json;
    for (const [name, value] of asMap(json))
      out.set(name, typeof value === "string" && value.includes("${") ? new Unknown(`var.${name} is an expression in ${basename(file)}`) : fromJson(value));
  }
  return out;
}
async function readTerraformDocument(dir, parser, root, cache) {
  const files = moduleFiles(dir, /\.tf$/);
  const file = files.find((f) => basename(f) === "main.tf") ?? files[0];
  if (file === void 0) return { status: "not-a-template", reason: "no .tf files in its folder" };
  try {
    const terraform = await readTerraformModule(dir, parser, root, cache);
    const loc = { line: 1, column: 1, file };
    return {
      status: "template",
      document: { file, kind: "terraform-source", root: { kind: "map", entries: [], loc }, notes: [], commentSuppressions: [], terraform }
    };
  } catch (e) {
    if (e instanceof InputError) return { status: "error", error: e };
    return { status: "error", error: new InputError(file, `the Terraform files could not be read: ${e.message}`) };
  }
}

// src/engine/load/read-terraform.ts
async function readTerraformModules(terraform, reads, skipped, root) {
  if (terraform.length === 0) return [];
  const plans = reads.flatMap(
    (r) => r.read.status === "template" && r.read.document.kind === "terraform-plan" ? [{ file: r.file, root: r.read.document.root }] : []
  );
  const planned = new Set(plans.map((p) => dirname(p.file)));
  const inPlans = new Map(
    plans.flatMap((p) => [...planCalledFolders(p.root, dirname(p.file))].map(([folder, address]) => [folder, `${address} of ${p.file}`]))
  );
  const byFolder = /* @__PURE__ */ new Map();
  for (const c of terraform) byFolder.set(dirname(c.file), [...byFolder.get(dirname(c.file)) ?? [], c]);
  const parser = new HclParser();
  const cache = /* @__PURE__ */ new Map();
  const out = [];
  try {
    for (const [folder, candidates] of byFolder) {
      if (planned.has(folder)) {
        for (const c of candidates) skipped.push({ file: c.file, reason: "the Terraform plan in its folder is checked instead" });
        continue;
      }
      const calledBy = inPlans.get(realPath(folder) ?? folder);
      if (calledBy) {
        for (const c of candidates) skipped.push({ file: c.file, reason: `checked as ${calledBy}` });
        continue;
      }
      const read = await readTerraformDocument(folder, parser, root, cache);
      if (read.status === "not-a-template") {
        for (const c of candidates) skipped.push({ file: c.file, reason: read.reason });
        continue;
      }
      const [first] = candidates;
      if (!first) continue;
      const files = read.status === "template" && read.document.terraform ? read.document.terraform.files : candidates.map((c) => c.file);
      out.push({
        ...first,
        file: read.status === "template" ? read.document.file : first.file,
        explicit: candidates.some((c) => c.explicit),
        read,
        moduleFiles: files
      });
    }
  } finally {
    await parser.close();
  }
  return withoutCalledModules(out, skipped);
}
function withoutCalledModules(reads, skipped) {
  const calls = new Map(
    reads.map((r) => [r, r.read.status === "template" && r.read.document.terraform ? calledFolders(r.read.document.terraform) : /* @__PURE__ */ new Map()])
  );
  const folderOf = (r) => realPath(dirname(r.file)) ?? dirname(r.file);
  const callsOf = (r) => calls.get(r) ?? /* @__PURE__ */ new Map();
  return reads.filter((r) => {
    const caller = reads.find((g) => g !== r && callsOf(g).has(folderOf(r)) && !callsOf(r).has(folderOf(g)));
    if (!caller) return true;
    const call = callsOf(caller).get(folderOf(r)) ?? "a module";
    for (const f of r.moduleFiles) skipped.push({ file: f, reason: `checked as ${call} of ${caller.file}` });
    return false;
  });
}
function calledFolders(module, prefix = "", out = /* @__PURE__ */ new Map()) {
  for (const [name, child2] of module.children) {
    if ("skipped" in child2) continue;
    out.set(realPath(child2.dir) ?? child2.dir, `${prefix}module.${name}`);
    calledFolders(child2, `${prefix}module.${name}.`, out);
  }
  return out;
}
function planCalledFolders(planRoot, planDir) {
  const out = /* @__PURE__ */ new Map();
  const visit = (module, dir, prefix, depth) => {
    if (depth > 16) return;
    for (const call of entries(child(module, "module_calls"))) {
      const source = text(child(call.value, "source"));
      if (!source || !/^\.\.?[/\\]/.test(source)) continue;
      const folder = resolve2(dir, source);
      out.set(realPath(folder) ?? folder, `${prefix}module.${call.key}`);
      visit(child(call.value, "module"), folder, `${prefix}module.${call.key}.`, depth + 1);
    }
  };
  visit(child(child(planRoot, "configuration"), "root_module"), planDir, "", 0);
  return out;
}
export {
  readTerraformModules
};
