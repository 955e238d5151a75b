"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/cdk/plugin.ts
var plugin_exports = {};
__export(plugin_exports, {
  EndpointGuardValidator: () => EndpointGuardValidator
});
module.exports = __toCommonJS(plugin_exports);
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var CLI = (0, import_node_path.join)(__dirname, "..", "..", "bin", "endpoint-guard.js");
var EndpointGuardValidator = class {
  constructor(props = {}) {
    this.props = props;
    this.version = JSON.parse((0, import_node_fs.readFileSync)((0, import_node_path.join)(__dirname, "..", "..", "package.json"), "utf8")).version;
  }
  props;
  name = "endpoint-guard";
  version;
  validate(context) {
    const run = (0, import_node_child_process.spawnSync)(process.execPath, [CLI, "check", "--format", "json", ...this.args(), "--", ...context.templatePaths], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024
    });
    let report;
    try {
      report = JSON.parse(run.stdout);
    } catch {
      const stderr = run.stderr.trim();
      const why = run.error?.message ?? (stderr !== "" ? stderr : `exit ${run.status ?? "unknown"}`);
      return { success: false, violations: [inputErrorViolation(context.templatePaths[0] ?? "", `endpoint-guard could not run: ${why}`)] };
    }
    const shown = report.findings.filter((f) => !f.suppressed && (this.props.includeNotes === true || f.level !== "note"));
    return {
      // The CLI's exit code already weighs levels, the threshold and input errors: 0 is a pass.
      success: run.status === 0,
      pluginVersion: report.version,
      violations: [...violationsOf(shown, report.rules), ...report.inputErrors.map((e) => inputErrorViolation(e.file, e.message, e.line))]
    };
  }
  args() {
    const { config, rules = {}, failOn = "error" } = this.props;
    return [
      ...config ? ["--config", config] : [],
      ...Object.entries(rules).flatMap(([id, level]) => ["--rule", `${id}=${level}`]),
      "--level-threshold",
      failOn
    ];
  }
};
function violationsOf(findings, rules) {
  const docs = new Map(rules.map((r) => [r.id, r.docsUrl]));
  return findings.map((f) => ({
    ruleName: f.ruleId,
    description: f.message,
    severity: f.level,
    ...docs.has(f.ruleId) ? { fix: `see ${docs.get(f.ruleId)}` } : {},
    ...f.fullyQualifiedName ? { ruleMetadata: { constructPath: f.fullyQualifiedName } } : {},
    violatingResources: [{ resourceLogicalId: f.logicalId, templatePath: f.file, locations: [`line ${f.line}`] }]
  }));
}
function inputErrorViolation(file, message, line) {
  return {
    ruleName: "input-error",
    description: message,
    severity: "error",
    violatingResources: [{ resourceLogicalId: "", templatePath: file, locations: line ? [`line ${line}`] : [] }]
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  EndpointGuardValidator
});
