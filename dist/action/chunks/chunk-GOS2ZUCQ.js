import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  entries,
  items,
  text
} from "./chunk-GTRBZQRG.js";
import {
  child,
  entry
} from "./chunk-Y6C3IO4F.js";

// src/engine/load/adapters/terraform/plan.ts
function moduleConfigs(root) {
  const out = /* @__PURE__ */ new Map();
  const visit = (config, prefix, call, parentPrefix) => {
    if (out.size > 1e4) return;
    out.set(prefix, { config, call, parentPrefix });
    for (const c of entries(child(config, "module_calls"))) {
      visit(child(c.value, "module"), `${prefix}module.${c.key}.`, child(c.value, "expressions"), prefix);
    }
  };
  visit(child(child(root, "configuration"), "root_module"), "", void 0, "");
  return out;
}
function configOf(modules, prefix) {
  return modules.get(prefix.replace(/\[[^\]]*\]/g, ""));
}
function plannedResources(root, modules) {
  const changes = new Map(items(child(root, "resource_changes")).map((c) => [text(child(c, "address")) ?? "", child(child(c, "change"), "after_unknown")]));
  const out = [];
  const visit = (module, prefix) => {
    const config = configOf(modules, prefix)?.config;
    const blocks = new Map(items(child(config, "resources")).map((c) => [text(child(c, "address")) ?? "", c]));
    for (const r of items(child(module, "resources"))) {
      if (text(child(r, "mode")) !== "managed") continue;
      const address = text(child(r, "address")) ?? "";
      const blockAddress = `${text(child(r, "type"))}.${text(child(r, "name"))}`;
      const block = blocks.get(blockAddress);
      out.push({
        address,
        type: text(child(r, "type")) ?? "",
        blockAddress,
        modulePrefix: prefix,
        values: child(r, "values"),
        afterUnknown: changes.get(address),
        expressions: child(block, "expressions"),
        loc: entry(r, "address")?.keyLoc ?? r.loc
      });
    }
    for (const m of items(child(module, "child_modules"))) visit(m, `${text(child(m, "address")) ?? ""}.`);
  };
  visit(child(child(root, "planned_values"), "root_module"), "");
  return out;
}
function isTerraformPlan(root) {
  return root.kind === "map" && entry(root, "format_version") !== void 0 && entry(root, "planned_values") !== void 0;
}

export {
  moduleConfigs,
  plannedResources,
  isTerraformPlan
};
