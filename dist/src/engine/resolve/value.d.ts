import type { Loc } from '../load/source-node.js';
export declare const PSEUDO_PARAMETERS: readonly ["AWS::AccountId", "AWS::Region", "AWS::Partition", "AWS::StackName", "AWS::StackId", "AWS::URLSuffix", "AWS::NotificationARNs"];
export type PseudoName = (typeof PSEUDO_PARAMETERS)[number];
/** A piece of a string that is only partly known. */
export type Part = {
    readonly kind: 'text';
    readonly text: string;
} | {
    readonly kind: 'pseudo';
    readonly name: PseudoName;
} | {
    readonly kind: 'ref';
    readonly target: string;
    readonly attribute: string | null;
}
/** Zone number `index` of `region` as `!Select [index, !GetAZs region]` gives it. */
 | {
    readonly kind: 'zone';
    readonly region: string;
    readonly index: number;
} | {
    readonly kind: 'unknown';
    readonly reason: string;
};
export interface ValueEntry {
    readonly key: string;
    readonly keyLoc: Loc;
    readonly value: Value;
}
/**
 * A resolved template value. Intrinsic functions are gone: what was knowable is a plain value, a resource
 * reference is a `ref` (the edges of the network model), a string mixing text with references or pseudo parameters
 * is `text`, and anything else is `unknown` with the reason. Every value keeps where the user wrote it.
 */
export type Value = {
    readonly kind: 'string';
    readonly value: string;
    readonly loc: Loc;
} | {
    readonly kind: 'number';
    readonly value: number;
    readonly loc: Loc;
} | {
    readonly kind: 'boolean';
    readonly value: boolean;
    readonly loc: Loc;
} | {
    readonly kind: 'null';
    readonly loc: Loc;
} | {
    readonly kind: 'list';
    readonly items: readonly Value[];
    readonly loc: Loc;
} | {
    readonly kind: 'map';
    readonly entries: readonly ValueEntry[];
    readonly loc: Loc;
} | {
    readonly kind: 'ref';
    readonly target: string;
    readonly attribute: string | null;
    readonly loc: Loc;
} | {
    readonly kind: 'text';
    readonly parts: readonly Part[];
    readonly loc: Loc;
}
/** `Fn::GetAZs region`: the zones of a region, known only symbolically. */
 | {
    readonly kind: 'zones';
    readonly region: string;
    readonly loc: Loc;
}
/** `mayBeAbsent`: an `Fn::If` on a condition we cannot evaluate, one of whose branches is `AWS::NoValue`. */
 | {
    readonly kind: 'unknown';
    readonly reason: string;
    readonly loc: Loc;
    readonly mayBeAbsent?: true;
};
export type Unknown = Extract<Value, {
    kind: 'unknown';
}>;
export type MapValue = Extract<Value, {
    kind: 'map';
}>;
export declare function unknown(reason: string, loc: Loc): Unknown;
export declare function field(v: Value | undefined, key: string): ValueEntry | undefined;
/** Builds a string value from parts, merging adjacent text; a fully textual result is a plain string. */
export declare function fromParts(parts: readonly Part[], loc: Loc): Value;
/** The value as string parts (for Sub/Join), or undefined when it is not string-like (a list or a map). */
export declare function toParts(v: Value): Part[] | undefined;
/** The plain string when fully known (numbers and booleans as CloudFormation would print them). */
export declare function knownString(v: Value | undefined): string | undefined;
/** How a user would recognise the value in a message: `${AWS::AccountId}`, `Res.Attr`, `?` for unknown parts. */
export declare function display(v: Value): string;
