import type { FixIntent } from '../fix/intent.js';
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
    /** The mechanical fix, when there is one that is always safe (`check --fix` applies it). */
    readonly fix?: FixIntent;
}
/** What a rule's `check` gets: the network model of one template, its options, and `report`. */
export interface RuleContext<Options = Record<string, unknown>> {
    readonly model: NetworkModel;
    /** The rule's options: its `defaultOptions`, overridden by the configuration file. */
    readonly options: Options;
    /** A property, not a method: rules take it out of the context (`check({ model, report })`). */
    readonly report: (report: Report) => void;
}
/** A rule's options, ESLint-style: a JSON Schema (validated in the configuration file) and the defaults. */
export interface RuleOptions<Options> {
    readonly schema: Record<string, unknown>;
    readonly defaults: Options;
}
export interface Rule<Options = Record<string, unknown>> {
    /** The slug: the SARIF ruleId and the name of the rule's file and doc page. */
    readonly id: string;
    readonly level: Level;
    /** One line: what the rule demands. */
    readonly title: string;
    /** Markdown: why it matters and how to fix it, with a corrected snippet. */
    readonly help: string;
    readonly docsUrl: string;
    readonly options?: RuleOptions<Options>;
    check(ctx: RuleContext<Options>): void;
}
export declare const DOCS_BASE = "https://github.com/endpoint-guard/endpoint-guard/blob/main/rules";
/**
 * Declares a rule — built-in or custom, the same API. Built-in rules' doc pages are `rules/<id>.md`, generated
 * from `help`; a custom rule may give its own `docsUrl`.
 */
export declare function defineRule<Options = Record<string, unknown>>(rule: Omit<Rule<Options>, 'docsUrl'> & {
    docsUrl?: string;
}): Rule<Options>;
/** Any rule, whatever its options' type (what the runner and the reporters handle). */
export type AnyRule = Rule<any>;
