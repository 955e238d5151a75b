import type { Candidate } from './discover.js';
import type { ReadResult } from './read-template.js';
/**
 * The `.tf` files among the inputs, one module per folder (all of a folder's `.tf` files, as Terraform reads them).
 * A folder whose plan (`terraform show -json`) is checked too is not read again from source: the plan knows more,
 * and its findings already point at the `.tf` lines.
 */
export declare function readTerraformModules<T extends Candidate>(terraform: readonly T[], reads: readonly {
    readonly file: string;
    readonly read: ReadResult;
}[], skipped: {
    file: string;
    reason: string;
}[], root?: string): Promise<(T & {
    read: ReadResult;
    moduleFiles: readonly string[];
})[]>;
