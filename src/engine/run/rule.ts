import type { Loc } from '../load/source-node.js';
import type { NetworkModel } from '../model/network-model.js';
import type { Element } from '../model/types.js';

export type Level = 'error' | 'warning' | 'note';

export interface RelatedLocation {
  readonly message: string;
  readonly loc: Loc;
  readonly logicalId?: string;
}

/** What a rule says about one element. */
export interface Report {
  /** The element the finding is about: its logical ID is the finding's logical location. */
  readonly subject: Element;
  readonly message: string;
  /** The offending property or statement; defaults to the subject's own line. */
  readonly loc?: Loc;
  readonly related?: readonly RelatedLocation[];
  /** Only for "cannot verify" notes; otherwise the rule's level applies. */
  readonly level?: 'note';
}

export interface RuleContext {
  readonly model: NetworkModel;
  report(report: Report): void;
}

export interface Rule {
  /** The slug: the SARIF ruleId and the name of the rule's file and doc page. */
  readonly id: string;
  readonly level: Level;
  /** One line: what the rule demands. */
  readonly title: string;
  /** Markdown: why it matters and how to fix it, with a corrected snippet. */
  readonly help: string;
  readonly docsUrl: string;
  check(ctx: RuleContext): void;
}

export const DOCS_BASE = 'https://github.com/endpoint-guard/endpoint-guard/blob/main/rules';

/** Declares a rule; its doc page is `rules/<id>.md`, generated from `help`. */
export function defineRule(rule: Omit<Rule, 'docsUrl'> & { docsUrl?: string }): Rule {
  return { ...rule, docsUrl: rule.docsUrl ?? `${DOCS_BASE}/${rule.id}.md` };
}
