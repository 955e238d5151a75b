/** A reference to a resource instance (`aws_subnet.private[0]`) or one of its attributes: its value is known only after apply. */
export declare class Ref {
    readonly address: string;
    readonly attribute: string | undefined;
    constructor(address: string, attribute: string | undefined);
}
/** A value nobody can know from the source, with why. */
export declare class Unknown {
    readonly why: string;
    constructor(why: string);
}
/** A string built from parts some of which are references (`"arn:aws:sqs:${var.region}:${aws_sqs_queue.q.name}"`). */
export declare class Concat {
    readonly parts: readonly TfValue[];
    constructor(parts: readonly TfValue[]);
}
/** `jsonencode(…)` of a value that holds references: a JSON document whose structure is known. */
export declare class Json {
    readonly value: TfValue;
    constructor(value: TfValue);
}
/** An HCL value as the source tells it. Objects are Maps, so that no key of an input is ever looked up on a prototype. */
export type TfValue = null | string | number | boolean | readonly TfValue[] | ReadonlyMap<string, TfValue> | Ref | Unknown | Concat | Json;
export declare function isMap(v: TfValue): v is ReadonlyMap<string, TfValue>;
export declare function isList(v: TfValue): v is readonly TfValue[];
/** Whether a value holds nothing that is known only after apply or not at all. */
export declare function isKnown(v: TfValue): boolean;
/** The values a value expands to when written out (shared parts counted each time), capped just above `limit`. */
export declare function sizeOf(v: TfValue, limit?: number): number;
/** The first reason a value is unknown, for messages. */
export declare function unknownIn(v: TfValue): Unknown | undefined;
/** A known value's identity, for equality and sets (`==`, `contains`, `distinct`); undefined when it is not known. */
export declare function knownKey(v: TfValue): string | undefined;
/** Equality of known values (null included); undefined when either holds something not known here. */
export declare function sameKnown(a: TfValue, b: TfValue): boolean | undefined;
/** A known value as plain JSON (for `jsonencode`). */
export declare function toJson(v: TfValue): unknown;
/** Plain JSON (a tfvars file, a `file()` read as JSON) as a value. */
export declare function fromJson(v: unknown): TfValue;
/** The text of a string, number or boolean, as HCL converts it in a template; undefined for anything else. */
export declare function asText(v: TfValue): string | undefined;
