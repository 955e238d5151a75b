import type { CheckResult, RunSettings } from '../check.js';
import type { Finding } from '../run/finding.js';
import type { Level } from '../run/rule.js';
/** Counts of the findings that count: suppressed ones are reported apart. */
export declare function countByLevel(findings: readonly Finding[]): Record<Level, number> & {
    suppressed: number;
};
/** The findings that count (not suppressed) at or above a level. */
export declare function atOrAbove(findings: readonly Finding[], level: Level): Finding[];
/**
 * The exit code, decided here only: 2 when an input (or a configuration) could not be read or a path matched
 * nothing (the other inputs were still checked); else 1 when a finding that is not suppressed reaches the level
 * threshold (default: error), or the warnings exceed `maxWarnings` (ESLint's semantics); else 0.
 */
export declare function exitCode(result: CheckResult, settings?: RunSettings): 0 | 1 | 2;
/** One line per input problem, `file:line:col: message`, for stderr. */
export declare function problemLines(result: CheckResult): string[];
