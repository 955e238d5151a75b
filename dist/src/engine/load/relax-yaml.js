/**
 * CloudFormation (like PyYAML) accepts a multi-line quoted scalar whose continuation lines are indented no deeper
 * than its key, which strict YAML 1.2 rejects:
 *
 *     Description: "a long
 *     sentence"
 *
 * Leading white space of continuation lines is folded away inside a quoted scalar, so indenting those lines further
 * changes no value and keeps every line number. Returns the re-indented text, or undefined when nothing applied.
 */
export function relaxQuotedContinuations(text) {
    const lines = text.split('\n');
    let changed = false;
    for (let i = 0; i < lines.length; i++) {
        const open = openQuote(lines[i].replace(/\r$/, ''));
        if (!open)
            continue;
        const needed = open.keyIndent + 2;
        for (let j = i + 1; j < lines.length; j++) {
            const line = lines[j];
            const indent = line.length - line.trimStart().length;
            if (line.trim() !== '' && indent < needed) {
                lines[j] = ' '.repeat(needed - indent) + line;
                changed = true;
            }
            if (closesQuote(line.replace(/\r$/, ''), open.quote)) {
                i = j;
                break;
            }
        }
    }
    return changed ? lines.join('\n') : undefined;
}
/** A mapping key: quoted, or plain (which may hold a colon not followed by a space, as in `aws:PrincipalArn`). */
const KEY = String.raw `(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#!&*|>{}[\],][^#]*?):\s+`;
/** A line like `  Key: "text…`, `  - 'text…`, `  "Key": "text…` or `  Key: !Sub "text…` whose quoted scalar stays open. */
const OPEN_QUOTE = new RegExp(String.raw `^(\s*(?:-\s+)?)(?:${KEY})?(?:![^\s"']*\s+)?(["'])(.*)$`);
function openQuote(line) {
    const m = OPEN_QUOTE.exec(line);
    if (!m)
        return undefined;
    const quote = m[2];
    return closesQuote(m[3], quote) ? undefined : { quote, keyIndent: m[1].length };
}
function closesQuote(rest, quote) {
    for (let k = 0; k < rest.length; k++) {
        const c = rest[k];
        if (quote === '"' && c === '\\') {
            k++;
        }
        else if (c === quote) {
            if (quote === "'" && rest[k + 1] === "'")
                k++;
            else
                return true;
        }
    }
    return false;
}
//# sourceMappingURL=relax-yaml.js.map