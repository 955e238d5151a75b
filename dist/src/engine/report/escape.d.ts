/**
 * One escaping function per output kind. Every string that came from an input (logical IDs, values, file names,
 * and the messages that quote them) passes the function of the output it is written to, so that template content is
 * shown as text: it can neither move the cursor, recolour a terminal, start a GitHub workflow command, nor become
 * Markdown, HTML or Mermaid syntax.
 */
/** The code point of a one-character match. */
export declare const codeOf: (c: string) => number;
/** Control characters (and the Unicode characters that reorder text) as visible escapes; nothing else changed. */
export declare function showControls(s: string): string;
/**
 * For a terminal or a CI log (stylish output, stderr): control characters shown as `\n`, `\x1b`, `\u202e`; the legacy
 * workflow-command marker `##[` (acted on anywhere in a line of a GitHub Actions log) shown as `#\x23[`. A string
 * that starts with `::` would start a workflow command where it begins a line: it gets a leading space (the runner
 * trims leading white space, so `lineStart` is for the very first text of a line, and spaces do not help there).
 */
export declare function escapeTerminal(s: string): string;
/** Text that begins a line of terminal output (a file name as a heading): as `escapeTerminal`, and never `::…`. */
export declare function escapeLineStart(s: string): string;
/** The message part of a workflow command (`::error …::message`): as GitHub's toolkit escapes it, control characters visible. */
export declare function escapeWorkflowData(s: string): string;
/** A property of a workflow command (`file=…,title=…`). */
export declare function escapeWorkflowProperty(s: string): string;
/** For Markdown and the HTML of a job summary (headings, table cells, lines of text). */
export declare function escapeMarkdown(s: string): string;
/** For the text of a Mermaid label inside double quotes: Mermaid's own `#code;` entities; control characters visible. */
export declare function escapeMermaid(s: string): string;
/**
 * For SARIF `message.text`: plain text in which `[text](n)` is an embedded link to a related location (SARIF 2.1.0,
 * 3.11.6). A `]` right before `(` is escaped with a backslash (so no quoted text forms a link), as is a backslash
 * before a bracket; control characters visible.
 */
export declare function escapeSarifText(s: string): string;
/**
 * For JSON text (the json and SARIF reports, which users also print in CI logs): lossless, since `\uXXXX` is the same
 * string to a JSON reader. The legacy workflow-command marker `##[` becomes `#\u0023[` too.
 */
export declare function escapeJsonText(json: string): string;
