import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);

// src/engine/report/escape.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var codeOf = (c) => c.codePointAt(0) ?? 0;
function visible(c) {
  const named = NAMED[c];
  if (named !== void 0) return named;
  const code = codeOf(c);
  if (code <= 255) return `\\x${code.toString(16).padStart(2, "0")}`;
  return unicodeEscape(code);
}
function unicodeEscape(code) {
  return `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeTerminal(s) {
  return s.replace(CONTROL, visible).replace(/##\[/g, "#\\x23[");
}
function escapeLineStart(s) {
  const escaped = escapeTerminal(s);
  return /^\s*::/.test(escaped) ? `\\x3a${escaped.trimStart().slice(1)}` : escaped;
}
function escapeWorkflowData(s) {
  return escapeTerminal(s).replace(/%/g, "%25");
}
function escapeWorkflowProperty(s) {
  return escapeWorkflowData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var MARKDOWN_SPECIAL = /[\\`*_{}[\]()<>#+!|~&$]/g;
function escapeMarkdown(s) {
  return s.replace(MARKDOWN_SPECIAL, (c) => `&#${codeOf(c)};`).replace(CONTROL, visible);
}
function escapeMermaid(s) {
  return s.replace(/[#"<>`&\\]/g, (c) => c === '"' ? "#quot;" : `#${codeOf(c)};`).replace(CONTROL, visible);
}
function escapeSarifText(s) {
  return s.replace(CONTROL, visible).replace(/\\(?=[[\]])/g, "\\\\").replace(/\]\(/g, "\\](");
}
var JSON_INVISIBLE = /[\u007f-\u009f\u061c\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
function escapeJsonText(json) {
  return json.replace(JSON_INVISIBLE, (c) => unicodeEscape(codeOf(c))).replace(/##\[/g, "#\\u0023[");
}

export {
  codeOf,
  escapeTerminal,
  escapeLineStart,
  escapeWorkflowData,
  escapeWorkflowProperty,
  escapeMarkdown,
  escapeMermaid,
  escapeSarifText,
  escapeJsonText
};
