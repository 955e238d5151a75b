import type { CheckResult } from '../check.js';
import type { Finding } from '../run/finding.js';
import type { Level } from '../run/rule.js';

export function countByLevel(findings: readonly Finding[]): Record<Level, number> {
  const counts: Record<Level, number> = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}

/**
 * The exit code, decided here only: 2 when an input could not be read or a path matched nothing (the other inputs
 * were still checked), else 1 when any error-level finding remains, else 0.
 */
export function exitCode(result: CheckResult): 0 | 1 | 2 {
  if (result.problems.length > 0 || result.missing.length > 0) return 2;
  return result.findings.some((f) => f.level === 'error') ? 1 : 0;
}

/** One line per input problem, `file:line:col: message`, for stderr. */
export function problemLines(result: CheckResult): string[] {
  return [
    ...result.missing.map((p) => `${p}: no such file, directory or matching glob`),
    ...result.problems.map((p) => `${p.file}${p.line ? `:${p.line}:${p.column ?? 1}` : ''}: ${p.message}`),
  ];
}
