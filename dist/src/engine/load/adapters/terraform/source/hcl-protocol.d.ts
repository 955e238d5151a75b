import type { Expression } from './hcl-ast.js';
/** A file for the parser thread: its text, and how many distinct expressions it may return at most. */
export interface HclRequest {
    readonly id: number;
    readonly file: string;
    readonly text: string;
    readonly maxExpressions: number;
}
/**
 * The parser thread's answer: the file as hcl2json's JSON (expressions as `${…}` strings) and each such string's
 * expression, or why it failed; `crashed` when the parser's runtime cannot be used again.
 */
export type HclResponse = {
    readonly id: number;
    readonly ok: true;
    readonly json: unknown;
    readonly expressions: Readonly<Record<string, Expression | null>>;
} | {
    readonly id: number;
    readonly ok: false;
    readonly crashed: boolean;
    readonly message: string;
};
