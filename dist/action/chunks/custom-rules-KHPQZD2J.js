import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  InputError
} from "./chunk-Y6C3IO4F.js";
import "./chunk-QVXUJ2S4.js";

// src/engine/config/custom-rules.ts
import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
var RULE_FILE = /\.(m?ts|m?js|cts|cjs)$/;
var SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
async function loadCustomRules(dirs, baseDir, taken) {
  const load = await moduleLoader();
  const rules = [];
  const ids = new Set(taken);
  for (const dir of dirs) {
    const full = resolve(baseDir, dir);
    let files;
    try {
      files = readdirSync(full).filter((f) => RULE_FILE.test(f) && !f.endsWith(".d.ts") && !/\.test\.|\.spec\./.test(f)).sort();
    } catch {
      throw new InputError(full, "custom rules directory cannot be read");
    }
    for (const f of files) {
      const file = join(full, f);
      let exported;
      try {
        exported = await load(file);
      } catch (e) {
        throw new InputError(file, `custom rule cannot be loaded: ${e.message.split("\n")[0]}`);
      }
      for (const rule of Array.isArray(exported) ? exported : [exported]) {
        const problem = invalid(rule);
        if (problem) throw new InputError(file, `not a rule: ${problem} (export default defineRule({ id, level, title, help, check }))`);
        const r = rule;
        if (ids.has(r.id)) throw new InputError(file, `rule id ${r.id} is already taken`);
        ids.add(r.id);
        rules.push(r);
      }
    }
  }
  return rules;
}
async function moduleLoader() {
  const [{ createJiti }, api] = await Promise.all([import("./jiti-static-TAJVTZKB.js"), import("./api-7B2XL2VC.js")]);
  const jiti = createJiti(import.meta.url, { moduleCache: true, fsCache: false, virtualModules: { "endpoint-guard": api } });
  return (file) => jiti.import(file, { default: true });
}
function invalid(rule) {
  if (rule === void 0) return "the file has no default export";
  if (typeof rule !== "object" || rule === null) return "the default export is not an object";
  const r = rule;
  if (typeof r.id !== "string" || !SLUG.test(r.id)) return "id must be a lowercase slug like my-rule";
  if (!["error", "warning", "note"].includes(String(r.level))) return "level must be error, warning or note";
  if (typeof r.title !== "string" || typeof r.help !== "string") return "title and help must be strings";
  if (typeof r.check !== "function") return "check must be a function";
  return void 0;
}
export {
  loadCustomRules
};
