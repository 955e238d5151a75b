import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);

// src/engine/load/comment-suppressions.ts
var COMMENT = /#\s*endpoint-guard-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?:--\s*(.*?))?\s*$/;
function commentSuppressions(text, file) {
  const lines = text.split(/\r?\n/);
  const out = [];
  lines.forEach((line, i) => {
    const m = COMMENT.exec(line);
    if (!m || !isComment(line, m.index)) return;
    const alone = line.slice(0, m.index).trim() === "";
    let target = i + 1;
    if (alone) {
      let j = i + 1;
      const blankOrComment = (next) => next.trim() === "" || next.trim().startsWith("#");
      while (j < lines.length && blankOrComment(lines[j] ?? "")) j++;
      target = j + 1;
    }
    const reason = m[2] === "" ? void 0 : m[2];
    for (const rule of (m[1] ?? "").split(",").map((r) => r.trim())) {
      out.push({ rule, reason, loc: { line: i + 1, column: m.index + 1, file }, via: "comment", targetLine: target });
    }
  });
  return out;
}
function isComment(line, at) {
  if (at > 0 && !/\s/.test(line.charAt(at - 1))) return false;
  let quote;
  let previous = "";
  for (let k = 0; k < at; k++) {
    const c = line.charAt(k);
    if (quote === '"' && c === "\\") k++;
    else if (quote === "'" && c === "'" && line.charAt(k + 1) === "'") k++;
    else if (c === quote) quote = void 0;
    else if (quote === void 0 && (c === '"' || c === "'") && SCALAR_START.test(previous)) quote = c;
    if (!/\s/.test(c)) previous = c;
  }
  return quote === void 0;
}
var SCALAR_START = /^$|^[:\-[{,]$/;

export {
  commentSuppressions
};
