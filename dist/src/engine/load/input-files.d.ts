/** The largest file read as an input or an include: CloudFormation's own limit is 1 MB; generated templates stay far below this. */
export declare const MAX_INPUT_BYTES: number;
/** Why a file was not read. `missing` is the only case that is not the input's fault (a file not in the checkout). */
export type Refusal = {
    readonly kind: 'missing';
    readonly reason: string;
} | {
    readonly kind: 'outside';
    readonly reason: string;
} | {
    readonly kind: 'special';
    readonly reason: string;
} | {
    readonly kind: 'too-large';
    readonly reason: string;
} | {
    readonly kind: 'unreadable';
    readonly reason: string;
};
export type FileRead = {
    readonly ok: true;
    readonly bytes: Buffer;
} | ({
    readonly ok: false;
} & Refusal);
/**
 * Reads a regular file, at most `maxBytes`: the descriptor is opened non-blocking and checked before anything is
 * read, so a FIFO never blocks and a device (`/dev/zero`) is never read.
 */
export declare function readRegularFile(path: string, maxBytes?: number): FileRead;
/** Whether `path` is `root` or below it (both already real paths). */
export declare function isInside(root: string, path: string): boolean;
/** The real path (symbolic links resolved), or undefined when it does not exist. */
export declare function realPath(path: string): string | undefined;
/**
 * The one door through which an input reads the other files it names (a Serverless `${file()}`, a cdk.out template
 * or metadata file): only regular files, only below `root` once symbolic links are resolved, at most `maxBytes`.
 */
export declare class ConfinedFiles {
    readonly root: string;
    private readonly maxBytes;
    private readonly realRoot;
    constructor(root: string, maxBytes?: number);
    /** Reads `path` if it stays inside the root. */
    read(path: string): FileRead;
}
/**
 * The project root of a Serverless service: the Git work tree that holds it (the nearest folder above with a `.git`
 * directory or file), else the service's own folder.
 */
export declare function projectRootOf(serviceFile: string): string;
/** The Git work tree that holds a folder (the nearest folder at or above it with a `.git`), else the folder itself. */
export declare function workTreeAround(folder: string): string;
