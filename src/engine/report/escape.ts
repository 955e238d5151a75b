/**
 * One escaping function per output kind. Every string that came from an input (logical IDs, values, file names,
 * and the messages that quote them) passes the function of the output it is written to, so that template content is
 * shown as text: it can neither move the cursor, recolour a terminal, start a GitHub workflow command, nor become
 * Markdown, HTML or Mermaid syntax.
 */

/**
 * C0 and C1 control characters, DEL, and the Unicode characters that reorder or break text (bidirectional
 * overrides and isolates, line and paragraph separators): what a terminal or a log viewer would act on.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The code point of a one-character match. */
export const codeOf = (c: string): number => c.codePointAt(0) ?? 0;

function visible(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = codeOf(c);
  // Stryker disable next-line EqualityOperator: CONTROL has nothing from U+00A0 to U+061B, so any bound there is the same
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  return unicodeEscape(code);
}

/** `\uXXXX`: the escape JavaScript and JSON read back as the same character. */
function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Control characters (and the Unicode characters that reorder text) as visible escapes; nothing else changed. */
export function showControls(s: string): string {
  return s.replace(CONTROL, visible);
}

/**
 * For a terminal or a CI log (stylish output, stderr): control characters shown as `\n`, `\x1b`, `\u202e`; the legacy
 * workflow-command marker `##[` (acted on anywhere in a line of a GitHub Actions log) shown as `#\x23[`. A string
 * that starts with `::` would start a workflow command where it begins a line: it gets a leading space (the runner
 * trims leading white space, so `lineStart` is for the very first text of a line, and spaces do not help there).
 */
export function escapeTerminal(s: string): string {
  return s.replace(CONTROL, visible).replace(/##\[/g, '#\\x23[');
}

/** Text that begins a line of terminal output (a file name as a heading): as `escapeTerminal`, and never `::…`. */
export function escapeLineStart(s: string): string {
  const escaped = escapeTerminal(s);
  return /^\s*::/.test(escaped) ? `\\x3a${escaped.trimStart().slice(1)}` : escaped;
}

/** The message part of a workflow command (`::error …::message`): as GitHub's toolkit escapes it, control characters visible. */
export function escapeWorkflowData(s: string): string {
  // CR and LF, which the toolkit would encode as %0D and %0A, are visible escapes already.
  return escapeTerminal(s).replace(/%/g, '%25');
}

/** A property of a workflow command (`file=…,title=…`). */
export function escapeWorkflowProperty(s: string): string {
  return escapeWorkflowData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Characters that Markdown or HTML would act on, as numeric character references (valid in both, shown as-is). */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~&$]/g;

/** For Markdown and the HTML of a job summary (headings, table cells, lines of text). */
export function escapeMarkdown(s: string): string {
  return s.replace(MARKDOWN_SPECIAL, (c) => `&#${codeOf(c)};`).replace(CONTROL, visible);
}

/** For the text of a Mermaid label inside double quotes: Mermaid's own `#code;` entities; control characters visible. */
export function escapeMermaid(s: string): string {
  return s.replace(/[#"<>`&\\]/g, (c) => (c === '"' ? '#quot;' : `#${codeOf(c)};`)).replace(CONTROL, visible);
}

/**
 * For SARIF `message.text`: plain text in which `[text](n)` is an embedded link to a related location (SARIF 2.1.0,
 * 3.11.6). A `]` right before `(` is escaped with a backslash (so no quoted text forms a link), as is a backslash
 * before a bracket; control characters visible.
 */
export function escapeSarifText(s: string): string {
  return s
    .replace(CONTROL, visible)
    .replace(/\\(?=[[\]])/g, '\\\\')
    .replace(/\]\(/g, '\\](');
}

/** Characters JSON leaves raw that still reorder or break lines in a viewer: written as `\uXXXX` (the same JSON value). */
const JSON_INVISIBLE = /[\u007f-\u009f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * For JSON text (the json and SARIF reports, which users also print in CI logs): lossless, since `\uXXXX` is the same
 * string to a JSON reader. The legacy workflow-command marker `##[` becomes `#\u0023[` too.
 */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_INVISIBLE, (c) => unicodeEscape(codeOf(c))).replace(/##\[/g, '#\\u0023[');
}
