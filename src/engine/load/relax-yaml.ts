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
export function relaxIndentation(text: string): string | undefined {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    const head = headOf(line);
    if (BLOCK_SCALAR.test(head.rest)) {
      // A literal or folded block's body is text, not YAML: skip it (its lines are indented deeper than the key).
      const keyIndent = head.indent;
      const insideBlock = (next: string) => next.trim() === '' || indentOf(next) > keyIndent;
      while (i + 1 < lines.length && insideBlock(lines[i + 1] ?? '')) i++;
      continue;
    }
    const open = opening(head);
    if (!open) continue;
    const needed = open.keyIndent + 2;
    let state = open.state;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j] ?? '';
      if (next.trim() !== '' && indentOf(next) < needed) {
        lines[j] = ' '.repeat(needed - indentOf(next)) + next;
        changed = true;
      }
      // A line's `\r` is white space to the scan.
      state = scan(next, state);
      if (closed(state)) break;
    }
    // Reading goes on after the closing line; one never closed takes the rest of the file. Either way each line is
    // re-indented at most once, so the work stays linear in the size of the file.
    i = j;
  }
  return changed ? lines.join('\n') : undefined;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * A line split into its indentation, an optional `- ` of a sequence entry, and the rest. Done by hand: a regular
 * expression with `\s*` before another pattern that also takes white space backtracks quadratically on long runs of
 * blanks.
 */
interface LineHead {
  /** The indentation (white space only). */
  readonly indent: number;
  /** The indentation with the `- ` of a sequence entry, if any. */
  readonly keyIndent: number;
  readonly rest: string;
}

function headOf(line: string): LineHead {
  const indent = indentOf(line);
  let k = indent;
  // Past the line's end charCodeAt gives NaN, which is not blank.
  if (line[k] === '-' && isBlank(line.charCodeAt(k + 1))) {
    k++;
    while (isBlank(line.charCodeAt(k))) k++;
  }
  return { indent, keyIndent: k, rest: line.slice(k) };
}

const isBlank = (c: number) => c === 32 || c === 9;

/** After the head: `Key: |`, `Key: >-`, `|2`, `Key: !Sub |`: a line that opens a block scalar. */
const BLOCK_SCALAR = /^(?:[^#]*?:\s+)?(?:![^\s]*\s+)?[|>][-+0-9]*\s*(?:#.*)?\r?$/;

/** A mapping key: quoted, or plain (which may hold a colon not followed by a space, as in `aws:PrincipalArn`). */
const KEY = String.raw`(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s"'#!&*|>{}[\],][^#]*?):\s+`;
/** After the head: `Key: "text…`, `[a,…`, `"Key": {…`, `Key: !Sub "text…`: a value that may stay open at the line's end. */
const OPENING = new RegExp(String.raw`^(?:${KEY})?(?:![^\s"'[{]*\s+)?(["'[{])(.*)$`);

/** Where a scan stands: inside which quote (if any), and how many flow brackets are open. */
interface ScanState {
  readonly quote: '"' | "'" | undefined;
  readonly depth: number;
}

const closed = (s: ScanState) => s.quote === undefined && s.depth <= 0;

function opening(head: LineHead): { state: ScanState; keyIndent: number } | undefined {
  const m = OPENING.exec(head.rest);
  if (!m) return undefined;
  const [, first, rest = ''] = m;
  const start: ScanState = first === '"' || first === "'" ? { quote: first, depth: 0 } : { quote: undefined, depth: 1 };
  const state = scan(rest, start);
  return closed(state) ? undefined : { state, keyIndent: head.keyIndent };
}

/**
 * Follows quotes and flow brackets through a line; a comment ends the line outside quotes. Inside a flow collection
 * a quote opens a scalar only where one starts (after `[`, `{`, `,` or `:`), so `[Bob's team]` is plain text. A
 * quoted scalar that is not inside a flow collection ends the scan where it closes.
 */
function scan(text: string, from: ScanState): ScanState {
  let { quote, depth } = from;
  // Stryker disable next-line StringLiteral: '' works too ('[{,:'.includes('') is true): a line starts a scalar
  let previous = '[';
  for (let k = 0; k < text.length; k++) {
    const c = text.charAt(k);
    if (quote === '"') {
      if (c === '\\') k++;
      else if (c === '"') quote = undefined;
    } else if (quote === "'") {
      if (c === "'" && text[k + 1] === "'") k++;
      else if (c === "'") quote = undefined;
    } else if ((c === '"' || c === "'") && '[{,:'.includes(previous)) {
      quote = c;
    } else if (c === '#' && (k === 0 || /\s/.test(text.charAt(k - 1)))) {
      break;
    } else if (c === '[' || c === '{') {
      depth++;
    } else if (c === ']' || c === '}') {
      depth--;
    }
    if (!/\s/.test(c)) previous = c;
    // `from` is always open, so at depth 0 it is inside a quoted scalar.
    const quotedScalarClosed = from.depth === 0 && quote === undefined;
    if (quotedScalarClosed) return { quote, depth };
  }
  return { quote, depth };
}
