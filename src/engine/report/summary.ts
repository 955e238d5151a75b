import type { CheckResult, RunSettings } from '../check.js';
import type { Finding } from '../run/finding.js';
import type { Level } from '../run/rule.js';

/** Counts of the findings that count: suppressed ones are reported apart. */
export function countByLevel(findings: readonly Finding[]): Record<Level, number> & { suppressed: number } {
  const counts = { error: 0, warning: 0, note: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else counts[f.level]++;
  }
  return counts;
}

const RANK: Record<Level, number> = { note: 0, warning: 1, error: 2 };

/** The findings that count (not suppressed) at or above a level. */
export function atOrAbove(findings: readonly Finding[], level: Level): Finding[] {
  return findings.filter((f) => !f.suppressed && RANK[f.level] >= RANK[level]);
}

/**
 * The exit code, decided here only: 2 when an input (or a configuration) could not be read or a path matched
 * nothing (the other inputs were still checked); else 1 when a finding that is not suppressed reaches the level
 * threshold (default: error), or the warnings exceed `maxWarnings` (ESLint's semantics); else 0.
 */
export function exitCode(result: CheckResult, settings: RunSettings = {}): 0 | 1 | 2 {
  if (result.problems.length > 0 || result.missing.length > 0) return 2;
  if (atOrAbove(result.findings, settings.levelThreshold ?? 'error').length > 0) return 1;
  if (countByLevel(result.findings).warning > (settings.maxWarnings ?? Infinity)) return 1;
  return 0;
}

/** One line per input problem, `file:line:col: message`, for stderr. */
export function problemLines(result: CheckResult): string[] {
  return [
    ...result.missing.map((p) => `${p}: no such file, directory or matching glob`),
    ...result.problems.map((p) => `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.message}`),
  ];
}
