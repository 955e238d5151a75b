/**
 * CloudFormation (like PyYAML) accepts a multi-line quoted scalar or flow collection whose continuation lines are
 * indented no deeper than its key, which strict YAML 1.2 rejects:
 *
 *     Description: "a long
 *     sentence"
 *     Statement: [{
 *       "Effect": "Allow"
 *     }]
 *
 * Leading white space of continuation lines means nothing inside a quoted scalar (it is folded away) or a flow
 * collection, so indenting those lines further changes no value and keeps every line number. Returns the re-indented
 * text, or undefined when nothing applied.
 */
export function relaxIndentation(text) {
    const lines = text.split('\n');
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
        const open = opening(lines[i].replace(/\r$/, ''));
        if (!open)
            continue;
        const needed = open.keyIndent + 2;
        let state = open.state;
        for (let j = i + 1; j < lines.length; j++) {
            const line = lines[j];
            const indent = line.length - line.trimStart().length;
            if (line.trim() !== '' && indent < needed) {
                lines[j] = ' '.repeat(needed - indent) + line;
                changed = true;
            }
            state = scan(line.replace(/\r$/, ''), state);
            if (closed(state)) {
                i = j;
                break;
            }
        }
    }
    return changed ? lines.join('\n') : undefined;
}
/** A mapping key: quoted, or plain (which may hold a colon not followed by a space, as in `aws:PrincipalArn`). */
const KEY = String.raw `(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#!&*|>{}[\],][^#]*?):\s+`;
/** `  Key: "text…`, `  - [a,…`, `  "Key": {…`, `  Key: !Sub "text…`: a value that may stay open at the line's end. */
const OPENING = new RegExp(String.raw `^(\s*(?:-\s+)?)(?:${KEY})?(?:![^\s"'[{]*\s+)?(["'[{])(.*)$`);
const closed = (s) => s.quote === undefined && s.depth <= 0;
function opening(line) {
    const m = OPENING.exec(line);
    if (!m)
        return undefined;
    const first = m[2];
    const start = first === '"' || first === "'" ? { quote: first, depth: 0 } : { quote: undefined, depth: 1 };
    const state = scan(m[3], start);
    return closed(state) ? undefined : { state, keyIndent: m[1].length };
}
/** Follows quotes and flow brackets through a line; a comment ends the line outside quotes. */
function scan(text, from) {
    let { quote, depth } = from;
    for (let k = 0; k < text.length; k++) {
        const c = text[k];
        if (quote === '"') {
            if (c === '\\')
                k++;
            else if (c === '"')
                quote = undefined;
        }
        else if (quote === "'") {
            if (c === "'" && text[k + 1] === "'")
                k++;
            else if (c === "'")
                quote = undefined;
        }
        else if (c === '"' || c === "'") {
            quote = c;
        }
        else if (c === '#' && (k === 0 || /\s/.test(text[k - 1]))) {
            break;
        }
        else if (c === '[' || c === '{') {
            depth++;
        }
        else if (c === ']' || c === '}') {
            depth--;
        }
        if (depth <= 0 && quote === undefined && from.depth === 0 && from.quote !== undefined)
            return { quote, depth };
    }
    return { quote, depth };
}
//# sourceMappingURL=relax-yaml.js.map