/** `# endpoint-guard-ignore <slug>[, <slug>…] [-- reason]`, at the end of a line or alone above one. */
const COMMENT = /#\s*endpoint-guard-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?:--\s*(.*?))?\s*$/;
/**
 * The suppression comments of a YAML file (for inputs without resource Metadata, such as serverless.yml
 * functions). A trailing comment covers its own line; a comment alone on its line covers the next line with content.
 */
export function commentSuppressions(text, file) {
    const lines = text.split(/\r?\n/);
    const out = [];
    lines.forEach((line, i) => {
        const m = COMMENT.exec(line);
        if (!m || !isComment(line, m.index))
            return;
        const alone = line.slice(0, m.index).trim() === '';
        let target = i + 1;
        if (alone) {
            let j = i + 1;
            const blankOrComment = (next) => next.trim() === '' || next.trim().startsWith('#');
            while (j < lines.length && blankOrComment(lines[j] ?? ''))
                j++;
            target = j + 1;
        }
        // The pattern leaves no blanks around the reason.
        const reason = m[2] === '' ? undefined : m[2];
        for (const rule of (m[1] ?? '').split(',').map((r) => r.trim())) {
            out.push({ rule, reason, loc: { line: i + 1, column: m.index + 1, file }, via: 'comment', targetLine: target });
        }
    });
    return out;
}
/**
 * A `#` that starts a comment: at the line start or after white space, and outside quotes. A quote opens a scalar
 * only where a node starts: at the line start, after `key: `, `- ` or `? `, after `[`, `{` or `,` in a flow collection,
 * and after a tag or an anchor there (`!Sub '…'`). So the apostrophe of `Description: Bob's function` is text, and
 * so is a quote after a plain scalar's `, ` or ` - `.
 */
function isComment(line, at) {
    if (at > 0 && !/\s/.test(line.charAt(at - 1)))
        return false;
    let quote;
    let scalarStart = true;
    let flowDepth = 0;
    for (let k = 0; k < at; k++) {
        const c = line.charAt(k);
        const blankAfter = /\s/.test(line.charAt(k + 1)) || k + 1 === line.length;
        if (quote !== undefined) {
            if (quote === '"' && c === '\\')
                k++;
            else if (quote === "'" && c === "'" && line.charAt(k + 1) === "'")
                k++;
            else if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === "'") {
            if (scalarStart)
                quote = c;
            scalarStart = false;
        }
        else if ((c === '!' || c === '&') && scalarStart) {
            while (k + 1 < at && !/\s/.test(line.charAt(k + 1)))
                k++; // the tag or anchor: still before the scalar
        }
        else if (c === ':' && (blankAfter || flowDepth > 0))
            scalarStart = true;
        else if ((c === '-' || c === '?') && blankAfter && scalarStart)
            continue;
        else if ((c === '[' || c === '{') && scalarStart)
            flowDepth++;
        else if ((c === ']' || c === '}') && flowDepth > 0)
            [flowDepth, scalarStart] = [flowDepth - 1, false];
        else if (c === ',' && flowDepth > 0)
            scalarStart = true;
        else if (!/\s/.test(c))
            scalarStart = false;
    }
    return quote === undefined;
}
//# sourceMappingURL=comment-suppressions.js.map