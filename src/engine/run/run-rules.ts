import type { NetworkModel } from '../model/network-model.js';
import type { Finding } from './finding.js';
import type { Rule } from './rule.js';

/** Runs every rule on one model; a rule that throws is an internal error for this file, not the whole run. */
export function runRules(model: NetworkModel, rules: readonly Rule[], file: string): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check({
      model,
      report: (r) => {
        const loc = r.loc ?? r.subject.loc;
        findings.push({
          ruleId: rule.id,
          level: r.level ?? rule.level,
          message: r.message,
          file: loc.file ?? file,
          line: loc.line,
          column: loc.column,
          logicalId: r.subject.name,
          ...(r.subject.path ? { fullyQualifiedName: r.subject.path } : {}),
          related: (r.related ?? []).map((x) => ({ ...x, file: x.loc.file ?? file })),
        });
      },
    });
  }
  return findings;
}
