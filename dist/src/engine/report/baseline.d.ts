import type { Finding } from '../run/finding.js';
/** A finding of an earlier run, identified without its line (edits above a resource must not resurrect it). */
interface BaselineEntry {
    readonly ruleId: string;
    readonly file: string;
    readonly logicalId: string;
    readonly message: string;
}
/** Reads the results of an earlier SARIF log (endpoint-guard's own, or any with the same fields). */
export declare function readBaseline(file: string): Promise<BaselineEntry[]>;
/**
 * Splits findings into new ones and those already in the baseline, matched by rule, file and logical ID (first
 * those whose message is also the same, then any other of the same rule, file and logical ID, one for one). Indexed:
 * linear in the number of findings and entries.
 */
export declare function applyBaseline(findings: readonly Finding[], baseline: readonly BaselineEntry[]): {
    fresh: Finding[];
    known: Finding[];
};
export {};
