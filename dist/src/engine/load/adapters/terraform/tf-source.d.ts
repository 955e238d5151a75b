import type { Suppression } from '../../../model/types.js';
import type { Loc } from '../../source-node.js';
/**
 * Where the root module's resources are written: the `.tf` files beside a plan (its own folder, not below, and no
 * link out of it), read through the one door for input files. Findings on a plan point at the `resource "type" "name"` block and, where it
 * is written there, the attribute's line; `# endpoint-guard-ignore` comments in those files apply.
 */
export declare class TerraformSources {
    private readonly blocks;
    readonly commentSuppressions: Suppression[];
    readonly files: string[];
    constructor(folder: string);
    private index;
    /** The `resource` block of a root-module address (`aws_vpc.main`), or undefined. */
    blockLoc(blockAddress: string): Loc | undefined;
    /**
     * The line of the nested block `name {` of a resource whose text holds most of the given planned values (the plan
     * lists a set's blocks in its own order, not the file's).
     */
    nestedLoc(blockAddress: string, name: string, planned: unknown): Loc | undefined;
    /** The line of `name = …` or `name {` inside the block (its first nested occurrence for `vpc_config.subnet_ids`). */
    attributeLoc(blockAddress: string, path: readonly string[]): Loc | undefined;
}
