import { type AssemblyProblem, type StackContext } from './cloud-assembly.js';
/** A file to look at; `explicit` when the user named it, so that "not a template" is an error, not a skip. */
export interface Candidate {
    readonly file: string;
    readonly explicit: boolean;
    /** A cdk.out stack's construct paths and environment, from its manifest. */
    readonly stack?: StackContext;
}
/** A `.tf` file, or a variables file (`.tfvars`, `.tfvars.json`) that changes the module of its folder. */
export declare function isTerraformSource(file: string): boolean;
export interface Discovery {
    readonly candidates: Candidate[];
    /** Paths that match nothing: usage errors. */
    readonly missing: string[];
    /** Inputs that cannot be read as what they are (a cdk.out whose manifest is broken or names missing templates). */
    readonly problems: AssemblyProblem[];
    /** Files of a directory scan not looked at, with why (for --debug). */
    readonly skipped: {
        file: string;
        reason: string;
    }[];
}
/**
 * `asScan`: files are found, not named (a pull request's changed files): those that are not templates are skipped,
 * and symbolic links are not followed. Directory scans and globs never follow symbolic links (a link inside the tree
 * points at something the scan reaches anyway; one that leads out of it is not the project's) and never open
 * devices, FIFOs or sockets; a directory that cannot be read is an input problem, not silence.
 */
export declare function discover(paths: readonly string[], asScan?: boolean): Promise<Discovery>;
