import { defineRule } from './rule.js';
/**
 * Findings about the suppressions themselves. They are rules (listed in SARIF, explained by `explain`) but have no
 * check of their own: the runner reports them while it applies suppressions.
 */
export const SUPPRESSION_REASON = defineRule({
    id: 'suppression-reason',
    level: 'error',
    title: 'A suppression says why',
    help: `A suppression hides a finding from the exit code; the reason is what reviewers read instead of the finding.
endpoint-guard applies a suppression without a reason, but reports it until it has one.

Fix:

\`\`\`yaml
QldbEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Metadata:
    endpoint-guard:
      suppress:
        - rule: endpoint-policy-scoped
          reason: Shared endpoint; access is limited by the ledger's own resource policy (SEC-1234)
\`\`\`
`,
    check: () => undefined,
});
export const UNUSED_SUPPRESSION = defineRule({
    id: 'unused-suppression',
    level: 'note',
    title: 'A suppression covers a finding (reported with --report-unused-suppressions)',
    help: `A suppression that covers no finding is left over from an earlier version of the template, or names a rule
that does not exist. Stale suppressions hide the next real finding of that rule on the resource.

Fix: remove it.

\`\`\`yaml
Metadata:
  endpoint-guard:
    suppress: []
\`\`\`
`,
    check: () => undefined,
});
export const metaRules = [SUPPRESSION_REASON, UNUSED_SUPPRESSION];
//# sourceMappingURL=meta-rules.js.map