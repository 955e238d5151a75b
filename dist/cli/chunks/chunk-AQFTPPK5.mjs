import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);

// src/engine/report/summary.ts
function countByLevel(findings) {
  const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else counts[f.level]++;
  }
  return counts;
}
var RANK = { note: 0, warning: 1, error: 2 };
function atOrAbove(findings, level) {
  return findings.filter((f) => !f.suppressed && RANK[f.level] >= RANK[level]);
}
function exitCode(result, settings = {}) {
  if (result.problems.length > 0 || result.missing.length > 0) return 2;
  if (atOrAbove(result.findings, settings.levelThreshold ?? "error").length > 0) return 1;
  if (countByLevel(result.findings).warning > (settings.maxWarnings ?? Infinity)) return 1;
  return 0;
}
function problemLines(result) {
  return [
    ...result.missing.map((p) => `${p}: no such file, directory or matching glob`),
    ...result.problems.map((p) => `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ""}: ${p.message}`)
  ];
}

export {
  countByLevel,
  exitCode,
  problemLines
};
