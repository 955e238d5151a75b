/**
 * Findings about the suppressions themselves. They are rules (listed in SARIF, explained by `explain`) but have no
 * check of their own: the runner reports them while it applies suppressions.
 */
export declare const SUPPRESSION_REASON: import("./rule.js").Rule<Record<string, unknown>>;
export declare const UNUSED_SUPPRESSION: import("./rule.js").Rule<Record<string, unknown>>;
export declare const metaRules: import("./rule.js").Rule<Record<string, unknown>>[];
