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
  let scalarStart = true;
  let flowDepth = 0;
  for (let k = 0; k < at; k++) {
    const c = line.charAt(k);
    const blankAfter = /\s/.test(line.charAt(k + 1)) || k + 1 === line.length;
    if (quote !== void 0) {
      if (quote === '"' && c === "\\") k++;
      else if (quote === "'" && c === "'" && line.charAt(k + 1) === "'") k++;
      else if (c === quote) quote = void 0;
    } else if (c === '"' || c === "'") {
      if (scalarStart) quote = c;
      scalarStart = false;
    } else if ((c === "!" || c === "&") && scalarStart) {
      while (k + 1 < at && !/\s/.test(line.charAt(k + 1))) k++;
    } else if (c === ":" && (blankAfter || flowDepth > 0)) scalarStart = true;
    else if ((c === "-" || c === "?") && blankAfter && scalarStart) continue;
    else if ((c === "[" || c === "{") && scalarStart) flowDepth++;
    else if ((c === "]" || c === "}") && flowDepth > 0) [flowDepth, scalarStart] = [flowDepth - 1, false];
    else if (c === "," && flowDepth > 0) scalarStart = true;
    else if (!/\s/.test(c)) scalarStart = false;
  }
  return quote === void 0;
}

export {
  commentSuppressions
};
