import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  isStackUri
} from "./chunk-SMLWFBTI.mjs";
import {
  escapeWorkflowData,
  escapeWorkflowProperty
} from "./chunk-UIOOPDK7.mjs";
import "./chunk-5DAOS2YO.mjs";

// src/engine/report/github.ts
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function formatGithub(result) {
  const lines = result.findings.filter((f) => !f.suppressed).map(
    (f) => (
      // A deployed stack is no file of the repository: the annotation names it, with the line in its template.
      isStackUri(f.file) ? `::${COMMAND[f.level]} ${props({ title: f.ruleId })}::${escapeWorkflowData(`${f.file}:${f.line}: ${f.message} (${f.logicalId})`)}` : `::${COMMAND[f.level]} ${props({ file: f.file, line: f.line, col: f.column, title: f.ruleId })}::${escapeWorkflowData(`${f.message} (${f.logicalId})`)}`
    )
  );
  for (const p of result.problems) {
    lines.push(`::error ${props({ file: p.file, ...p.line ? { line: p.line, col: p.column ?? 1 } : {}, title: "input error" })}::${escapeWorkflowData(p.message)}`);
  }
  for (const m of result.missing) lines.push(`::error title=input error::${escapeWorkflowData(`${m}: no such file, directory or matching glob`)}`);
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}
function props(p) {
  return Object.entries(p).map(([k, v]) => `${k}=${escapeWorkflowProperty(String(v))}`).join(",");
}
export {
  formatGithub
};
