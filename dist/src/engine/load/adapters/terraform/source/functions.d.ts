import { type TfValue } from './tf-value.js';
/** What a function may do beyond its arguments: read a file of the module (`file()`), in its folder only. */
export interface FunctionContext {
    readFile(path: string): TfValue;
}
export declare function callFunction(name: string, args: readonly TfValue[], ctx: FunctionContext): TfValue;
/** Parts of a string: text when every part is text, else a concatenation that keeps the references. */
export declare function concatenate(parts: readonly TfValue[]): TfValue;
