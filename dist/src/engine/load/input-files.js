import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve as resolvePath, sep } from 'node:path';
/** The largest file read as an input or an include: CloudFormation's own limit is 1 MB; generated templates stay far below this. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/**
 * Reads a regular file, at most `maxBytes`: the descriptor is opened non-blocking and checked before anything is
 * read, so a FIFO never blocks and a device (`/dev/zero`) is never read.
 */
export function readRegularFile(path, maxBytes = MAX_INPUT_BYTES) {
    let fd;
    try {
        fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (e) {
        const code = e.code ?? 'error';
        return refuse(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'unreadable', code === 'ENOENT' ? 'no such file' : `cannot read: ${code}`);
    }
    try {
        const stat = fstatSync(fd);
        if (stat.isDirectory())
            return refuse('special', 'a directory, not a file');
        if (!stat.isFile())
            return refuse('special', 'not a regular file (a device, FIFO or socket): not read');
        if (stat.size > maxBytes)
            return refuse('too-large', `file is larger than ${maxBytes / 1024 / 1024} MiB`);
        const bytes = Buffer.alloc(stat.size);
        let read = 0;
        // A regular file is read in one call; the loop is for short reads, and the break for a file that shrank since
        // fstat (neither of which a test can bring about).
        while (read < bytes.length) {
            // Stryker disable next-line ArithmeticOperator: one call reads the whole file
            const n = readSync(fd, bytes, read, bytes.length - read, read);
            // Stryker disable next-line ConditionalExpression,EqualityOperator: one call reads the whole file
            if (n === 0)
                break;
            read += n;
        }
        return { ok: true, bytes: bytes.subarray(0, read) };
    }
    catch (e) {
        return refuse('unreadable', `cannot read: ${e.code ?? e.message}`);
    }
    finally {
        closeSync(fd);
    }
}
function refuse(kind, reason) {
    return { ok: false, kind, reason };
}
/** Whether `path` is `root` or below it (both already real paths). */
export function isInside(root, path) {
    const rel = relative(root, path);
    return !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel);
}
/** The real path (symbolic links resolved), or undefined when it does not exist. */
export function realPath(path) {
    try {
        return realpathSync(path);
    }
    catch {
        // nothing there
    }
    return undefined;
}
/**
 * The one door through which an input reads the other files it names (a Serverless `${file()}`, a cdk.out template
 * or metadata file): only regular files, only below `root` once symbolic links are resolved, at most `maxBytes`.
 */
export class ConfinedFiles {
    root;
    maxBytes;
    realRoot;
    constructor(root, maxBytes = MAX_INPUT_BYTES) {
        this.root = root;
        this.maxBytes = maxBytes;
        this.realRoot = realPath(root) ?? resolvePath(root);
    }
    /** Reads `path` if it stays inside the root. */
    read(path) {
        const real = realPath(path);
        // A missing file is not a template's fault, but a path that leaves the root is, even when nothing is there.
        if (!isInside(this.realRoot, real ?? nearestReal(resolvePath(path))))
            return refuse('outside', `it is outside ${this.root}`);
        return real === undefined ? refuse('missing', 'no such file') : readRegularFile(real, this.maxBytes);
    }
}
/** A path that does not exist, with the links of its nearest existing ancestor resolved. */
function nearestReal(full) {
    const parent = dirname(full);
    if (parent === full)
        return full;
    return join(realPath(parent) ?? nearestReal(parent), basename(full));
}
/**
 * The project root of a Serverless service: the Git work tree that holds it (the nearest folder above with a `.git`
 * directory or file), else the service's own folder.
 */
export function projectRootOf(serviceFile) {
    return workTreeAround(dirname(serviceFile));
}
/** The Git work tree that holds a folder (the nearest folder at or above it with a `.git`), else the folder itself. */
export function workTreeAround(folder) {
    const start = resolvePath(folder);
    for (let dir = start;; dir = dirname(dir)) {
        if (exists(join(dir, '.git')))
            return dir;
        if (dirname(dir) === dir)
            return start;
    }
}
function exists(path) {
    try {
        statSync(path);
        return true;
    }
    catch {
        // nothing there
    }
    return false;
}
//# sourceMappingURL=input-files.js.map