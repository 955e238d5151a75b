import type { FixChange } from './intent.js';
import { type TemplateStyle } from './render-policy.js';
/** Characters `start`..`end` of the original text replaced by `text` (an insertion when they are equal). */
export interface Splice {
    readonly start: number;
    readonly end: number;
    readonly text: string;
}
export type Edited = {
    readonly splices: readonly Splice[];
} | {
    readonly refused: string;
};
/** A file's text, parsed once: each change is located in it, whatever the number of changes. */
export interface EditableText {
    readonly text: string;
    edit(change: FixChange): Edited;
}
/**
 * YAML changed by splicing: the new value replaces the old one's characters, a new property is a new line at the
 * indentation of its siblings, a list item a new line under the last one. Everything else (comments, quoting, key
 * order, short forms) stays byte for byte.
 */
export declare function editableYaml(text: string, style: TemplateStyle): EditableText;
