import type { Loc } from '../load/source-node.js';
import type { NetworkModel } from '../model/network-model.js';
import { label, listOf, type Element, type Suppression } from '../model/types.js';
import type { Finding } from './finding.js';
import { SUPPRESSION_REASON, UNUSED_SUPPRESSION } from './meta-rules.js';
import type { AnyRule, Level, Report } from './rule.js';

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
export function runRules(
  model: NetworkModel,
  rules: readonly ActiveRule[],
  file: string,
  options: RunOptions = {},
): { findings: Finding[]; failures: string[] } {
  const run = new RuleRun(file, options);
  for (const active of rules) run.check(model, active);
  run.suppressionFindings(model, rules);
  return { findings: groupNotes(run.findings, run.subjectLabels), failures: run.failures };
}

/** One file's run: its findings, which suppression covered which subject, and the rules that failed. */
class RuleRun {
  readonly findings: Finding[] = [];
  readonly failures: string[] = [];
  /** How each note names its subject, so that notes alike but for their subject can be told and grouped. */
  readonly subjectLabels = new Map<Finding, Subject>();
  private readonly used = new Map<Suppression, Element>();
  private readonly comments: readonly Suppression[];

  constructor(
    private readonly file: string,
    private readonly options: RunOptions,
  ) {
    this.comments = options.commentSuppressions ?? [];
  }

  check(model: NetworkModel, { rule, level, options: ruleOptions }: ActiveRule): void {
    const before = this.findings.length;
    try {
      rule.check({
        model,
        options: ruleOptions,
        report: (reported: Report) => {
          this.report(rule.id, level, reported);
        },
      });
    } catch (e) {
      // A failing rule (a custom one, most likely) costs its own findings only.
      this.findings.splice(before);
      this.failures.push(`rule ${rule.id} failed: ${(e as Error).message}`);
    }
  }

  private report(ruleId: string, level: Level, reported: Report): void {
    const r = reported.subject.owner ? { ...reported, subject: reported.subject.owner } : reported;
    const doubt = this.options.uncertain?.get(r.subject.id);
    const loc = r.loc ?? r.subject.loc;
    const suppression = this.suppressionFor(ruleId, r.subject, loc);
    if (suppression) this.used.set(suppression, r.subject);
    const finding: Finding = {
      ruleId,
      level: r.level === 'note' || doubt !== undefined ? 'note' : level,
      message: doubt !== undefined && r.level !== 'note' ? `cannot verify (${doubt}): ${r.message}` : r.message,
      file: loc.file ?? this.file,
      line: loc.line,
      column: loc.column,
      logicalId: r.subject.name,
      ...(r.subject.path ? { fullyQualifiedName: r.subject.path } : {}),
      related: (r.related ?? []).map((x) => ({ ...x, file: x.loc.file ?? this.file })),
      ...(suppression ? { suppressed: { justification: suppression.reason ?? '', via: suppression.via } } : {}),
      ...(r.fix && r.level !== 'note' && doubt === undefined && !suppression ? { fix: r.fix } : {}),
    };
    this.findings.push(finding);
    if (finding.level === 'note' && !suppression) this.subjectLabels.set(finding, { label: label(r.subject), loc: r.subject.loc });
  }

  private suppressionFor(ruleId: string, subject: Element, loc: Loc): Suppression | undefined {
    const own = subject.suppressions.find((s) => s.rule === ruleId);
    if (own) return own;
    // A comment on or above a resource's key covers every finding about that resource; elsewhere, its own line.
    const at = (line: number, where: string) => (s: Suppression) => s.rule === ruleId && s.targetLine === line && (s.loc.file ?? this.file) === where;
    return this.comments.find(at(loc.line, loc.file ?? this.file)) ?? this.comments.find(at(subject.loc.line, subject.loc.file ?? this.file));
  }

  /** A suppression without a reason, and (on request) one that covers no finding, is a finding of its own. */
  suppressionFindings(model: NetworkModel, rules: readonly ActiveRule[]): void {
    const { file, used } = this;
    // A comment is about the resource it covers: the subject of a finding it suppressed, or the element on its line.
    const elements = model.elements();
    const commentSubject = (s: Suppression) =>
      used.get(s) ?? elements.find((e) => e.loc.line === s.targetLine && (e.loc.file ?? file) === (s.loc.file ?? file));
    const all: { s: Suppression; subject?: Element | undefined }[] = [
      ...elements.flatMap((e) => e.suppressions.map((s) => ({ s, subject: e }))),
      ...this.comments.map((s) => ({ s, subject: commentSubject(s) })),
    ];
    const active = new Set(rules.map((r) => r.rule.id));
    for (const { s, subject } of all) {
      const meta = (ruleId: string, level: Level, message: string): Finding => ({
        ruleId,
        level,
        message,
        file: s.loc.file ?? file,
        line: s.loc.line,
        column: s.loc.column,
        logicalId: subject?.name ?? '',
        related: [],
      });
      const on = subject ? ` on ${subject.name}` : '';
      if (s.reason === undefined) {
        const message = `the suppression of ${s.rule}${on} has no reason: say why (reason: "…" or "# endpoint-guard-ignore ${s.rule} -- why")`;
        this.findings.push(meta(SUPPRESSION_REASON.id, SUPPRESSION_REASON.level, message));
      }
      if (this.options.reportUnusedSuppressions && !used.has(s)) {
        const why = active.has(s.rule) ? 'it covers no finding' : 'no active rule has that id';
        this.findings.push(meta(UNUSED_SUPPRESSION.id, UNUSED_SUPPRESSION.level, `unused suppression of ${s.rule}${on}: ${why}; remove it`));
      }
    }
  }
}

/** The message cut at each mention of the subject's name as a word of its own (`api` is not cut out of `apigateway`). */
function piecesAround(message: string, name: string): string[] {
  return message.split(new RegExp(`(?<![\\w.-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`));
}

interface Subject {
  readonly label: string;
  readonly loc: Loc;
}

/**
 * Notes of one cause are one note: a rule's notes at the same place (the cause: a missing include, an unknown
 * parameter) that say the same but for their subject become one that names every subject, the others as related
 * locations. Sixteen functions whose VpcConfig comes from a missing file give one note per rule, not sixteen.
 */
function groupNotes(findings: readonly Finding[], subjects: ReadonlyMap<Finding, Subject>): Finding[] {
  const groups = new Map<string, ({ finding: Finding } & Subject)[]>();
  for (const [finding, subject] of subjects) {
    const pieces = piecesAround(finding.message, subject.label);
    if (pieces.length < 2) continue;
    const key = JSON.stringify([finding.ruleId, finding.file, finding.line, finding.column, pieces]);
    const group = groups.get(key);
    if (group) group.push({ finding, ...subject });
    else groups.set(key, [{ finding, ...subject }]);
  }
  const replaced = new Map<Finding, Finding | undefined>();
  for (const group of groups.values()) {
    const [first, ...rest] = group;
    if (!first || rest.length === 0) continue;
    const everyone = `each of ${listOf(group.map((g) => g.label))}`;
    const [head, ...tail] = piecesAround(first.finding.message, first.label);
    replaced.set(first.finding, {
      ...first.finding,
      message: (head ?? '') + everyone + tail.join('each'),
      related: [
        ...first.finding.related,
        ...group.slice(0, 20).map((g) => ({ message: g.label, loc: g.loc, file: g.loc.file ?? g.finding.file, logicalId: g.finding.logicalId })),
      ],
    });
    for (const r of rest) replaced.set(r.finding, undefined);
  }
  if (replaced.size === 0) return [...findings];
  return findings.flatMap((f) => {
    if (!replaced.has(f)) return [f];
    const grouped = replaced.get(f);
    return grouped ? [grouped] : [];
  });
}
