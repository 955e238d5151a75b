import type { Suppression } from '../../../model/types.js';
import type { Loc } from '../../source-node.js';
/**
 * The files of a module folder whose names match, sorted: regular files in the folder itself (not below it), none
 * that a symbolic link leads out of it (such a file is never read).
 */
export declare function moduleFiles(dir: string, pattern: RegExp): string[];
/**
 * Where the root module's resources are written: the `.tf` files beside a plan (its own folder, not below, and no
 * link out of it), read through the one door for input files. Findings on a plan point at the `resource "type" "name"` block and, where it
 * is written there, the attribute's line; `# endpoint-guard-ignore` comments in those files apply.
 */
export declare class TerraformSources {
    private readonly blocks;
    private readonly nested;
    readonly commentSuppressions: Suppression[];
    readonly files: string[];
    /** The `.tf` files as they were read (a module read from source), or else read here from the folder (beside a plan). */
    constructor(files: readonly (readonly [file: string, text: string])[]);
    /** The `.tf` files of a folder (a plan's), read through the one door for input files; those that cannot be are left out. */
    static inFolder(folder: string): TerraformSources;
    private index;
    /** The `resource` block of an address in this module (`aws_vpc.main`), or its `module` block (`module.net`). */
    blockLoc(blockAddress: string): Loc | undefined;
    /**
     * The line of the nested block `name {` of a resource whose text holds most of the given planned values (the plan
     * lists a set's blocks in its own order, not the file's). Past a few dozen blocks, the first one stands for all:
     * matching each of n planned blocks against n written ones would cost n².
     */
    nestedLoc(blockAddress: string, name: string, planned: unknown): Loc | undefined;
    /** The nested blocks `name {` of a resource, with their text: found once per resource and name. */
    private nestedBlocks;
    /** The line of `name = …` or `name {` inside the block (its first nested occurrence for `vpc_config.subnet_ids`). */
    attributeLoc(blockAddress: string, path: readonly string[]): Loc | undefined;
}
