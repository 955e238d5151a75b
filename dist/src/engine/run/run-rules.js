import { SUPPRESSION_REASON, UNUSED_SUPPRESSION } from './meta-rules.js';
/**
 * Runs every active rule on one model and applies the template's suppressions: resource Metadata covers findings
 * about that resource, a comment covers findings on its line. A suppression without a reason, and (on request) one
 * that covers nothing, are findings of their own.
 */
export function runRules(model, rules, file, options = {}) {
    const findings = [];
    const failures = [];
    const used = new Map();
    const comments = options.commentSuppressions ?? [];
    const suppressionFor = (ruleId, subject, loc) => {
        const own = subject.suppressions.find((s) => s.rule === ruleId);
        if (own)
            return own;
        const where = loc.file ?? file;
        return comments.find((s) => s.rule === ruleId && s.targetLine === loc.line && (s.loc.file ?? file) === where);
    };
    for (const { rule, level, options: ruleOptions } of rules) {
        const before = findings.length;
        try {
            rule.check({
                model,
                options: ruleOptions,
                report: (reported) => {
                    const r = reported.subject.owner ? { ...reported, subject: reported.subject.owner } : reported;
                    const doubt = options.uncertain?.get(r.subject.id);
                    const loc = r.loc ?? r.subject.loc;
                    const suppression = suppressionFor(rule.id, r.subject, loc);
                    if (suppression)
                        used.set(suppression, r.subject);
                    findings.push({
                        ruleId: rule.id,
                        level: r.level === 'note' || doubt !== undefined ? 'note' : level,
                        message: doubt !== undefined && r.level !== 'note' ? `cannot verify (${doubt}): ${r.message}` : r.message,
                        file: loc.file ?? file,
                        line: loc.line,
                        column: loc.column,
                        logicalId: r.subject.name,
                        ...(r.subject.path ? { fullyQualifiedName: r.subject.path } : {}),
                        related: (r.related ?? []).map((x) => ({ ...x, file: x.loc.file ?? file })),
                        ...(suppression ? { suppressed: { justification: suppression.reason ?? '', via: suppression.via } } : {}),
                    });
                },
            });
        }
        catch (e) {
            // A failing rule (a custom one, most likely) costs its own findings only.
            findings.splice(before);
            failures.push(`rule ${rule.id} failed: ${e.message}`);
        }
    }
    // A comment is about the resource it covers: the subject of a finding it suppressed, or the element on its line.
    const elements = model.elements();
    const commentSubject = (s) => used.get(s) ?? elements.find((e) => e.loc.line === s.targetLine && (e.loc.file ?? file) === (s.loc.file ?? file));
    const all = [
        ...elements.flatMap((e) => e.suppressions.map((s) => ({ s, subject: e }))),
        ...comments.map((s) => ({ s, subject: commentSubject(s) })),
    ];
    const active = new Set(rules.map((r) => r.rule.id));
    for (const { s, subject } of all) {
        const meta = (ruleId, level, message) => ({
            ruleId,
            level,
            message,
            file: s.loc.file ?? file,
            line: s.loc.line,
            column: s.loc.column,
            logicalId: subject?.name ?? '',
            related: [],
        });
        if (s.reason === undefined)
            findings.push(meta(SUPPRESSION_REASON.id, SUPPRESSION_REASON.level, `the suppression of ${s.rule}${subject ? ` on ${subject.name}` : ''} has no reason: say why (reason: "…" or "# endpoint-guard-ignore ${s.rule} -- why")`));
        if (options.reportUnusedSuppressions && !used.has(s)) {
            const why = active.has(s.rule) ? 'it covers no finding' : 'no active rule has that id';
            findings.push(meta(UNUSED_SUPPRESSION.id, UNUSED_SUPPRESSION.level, `unused suppression of ${s.rule}${subject ? ` on ${subject.name}` : ''}: ${why}; remove it`));
        }
    }
    return { findings, failures };
}
//# sourceMappingURL=run-rules.js.map