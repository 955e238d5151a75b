import type { NetworkModel } from '../model/network-model.js';
import { type Suppression } from '../model/types.js';
import type { Finding } from './finding.js';
import type { AnyRule, Level } from './rule.js';
/** A rule as configured for one file: its level (never `off`: such rules are not run) and its options. */
export interface ActiveRule {
    readonly rule: AnyRule;
    readonly level: Level;
    readonly options: Record<string, unknown>;
}
export interface RunOptions {
    /** `# endpoint-guard-ignore` comments of the file. */
    readonly commentSuppressions?: readonly Suppression[];
    readonly reportUnusedSuppressions?: boolean;
    /**
     * Resources the template may change in ways not known before deployment (what a `Fn::ForEach` over an unknown
     * collection would add to them), by logical ID, with why: findings about them are notes ("cannot verify").
     */
    readonly uncertain?: ReadonlyMap<string, string>;
}
/**
 * Runs every active rule on one model and applies the template's suppressions: resource Metadata covers findings
 * about that resource, and so does a comment on or above the resource's key; any other comment covers findings on
 * its line. A suppression without a reason, and (on request) one
 * that covers nothing, are findings of their own.
 */
export declare function runRules(model: NetworkModel, rules: readonly ActiveRule[], file: string, options?: RunOptions): {
    findings: Finding[];
    failures: string[];
};
