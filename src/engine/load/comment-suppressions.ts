import type { Suppression } from '../model/types.js';

/** `# endpoint-guard-ignore <slug>[, <slug>…] [-- reason]`, at the end of a line or alone above one. */
const COMMENT = /#\s*endpoint-guard-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?:--\s*(.*?))?\s*$/;

/**
 * The suppression comments of a YAML file (for inputs without resource Metadata, such as serverless.yml
 * functions). A trailing comment covers its own line; a comment alone on its line covers the next line with content.
 */
export function commentSuppressions(text: string, file: string): Suppression[] {
  const lines = text.split(/\r?\n/);
  const out: Suppression[] = [];
  lines.forEach((line, i) => {
    const m = COMMENT.exec(line);
    if (!m || !isComment(line, m.index)) return;
    const alone = line.slice(0, m.index).trim() === '';
    let target = i + 1;
    if (alone) {
      let j = i + 1;
      const blankOrComment = (next: string) => next.trim() === '' || next.trim().startsWith('#');
      while (j < lines.length && blankOrComment(lines[j] ?? '')) j++;
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
 * only where one starts (at the line start, after `: `, `- `, `[`, `{` or `,`), so the apostrophe of
 * `Description: Bob's function` is text.
 */
function isComment(line: string, at: number): boolean {
  if (at > 0 && !/\s/.test(line.charAt(at - 1))) return false;
  let quote: string | undefined;
  let previous = '';
  for (let k = 0; k < at; k++) {
    const c = line.charAt(k);
    if (quote === '"' && c === '\\') k++;
    else if (quote === "'" && c === "'" && line.charAt(k + 1) === "'") k++;
    else if (c === quote) quote = undefined;
    else if (quote === undefined && (c === '"' || c === "'") && SCALAR_START.test(previous)) quote = c;
    if (!/\s/.test(c)) previous = c;
  }
  return quote === undefined;
}

/** What may stand before a quoted scalar: nothing, or an indicator. */
const SCALAR_START = /^$|^[:\-[{,]$/;
