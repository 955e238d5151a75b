/** Resource metadata an input adapter sets when the user knows a resource by another name (a Serverless function key). */
export const NAME_METADATA = 'endpoint-guard:name';
/** Resource metadata an input adapter sets on a security group whose tool removes AWS's default egress rule (Terraform). */
export const NO_DEFAULT_EGRESS = 'endpoint-guard:no-default-egress';
/** Deeper nesting than any template has; beyond it, recursion could exhaust the stack. */
export const MAX_DEPTH = 500;
/** Finds the 1-based line and column of offsets into `text` (its line starts are found once; each lookup is a search). */
export function lineLocator(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((starts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
    };
}
export function entry(node, key) {
    return node?.kind === 'map' ? node.entries.find((e) => e.key === key) : undefined;
}
export function child(node, key) {
    return entry(node, key)?.value;
}
/** Converts to plain JSON-like data (used for content sniffing and messages, never for rule logic). */
export function toPlain(node) {
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.map(toPlain);
        case 'map':
            return Object.fromEntries(node.entries.map((e) => [e.key, toPlain(e.value)]));
    }
}
/** A failure to read an input, with the position when the parser knows it. */
export class InputError extends Error {
    file;
    loc;
    constructor(file, message, loc) {
        super(message);
        this.file = file;
        this.loc = loc;
    }
}
//# sourceMappingURL=source-node.js.map