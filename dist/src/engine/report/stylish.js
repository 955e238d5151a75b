import pc from 'picocolors';
import { escapeLineStart, escapeTerminal } from './escape.js';
import { countByLevel, problemLines } from './summary.js';
/** ESLint-style: findings grouped by file, `line:col  level  message  rule-id`, then a summary. */
export function formatStylish(result, { color = false, baselined = 0, hidden = 0, width } = {}) {
    const c = pc.createColors(color);
    const paint = { error: c.red, warning: c.yellow, note: c.blue };
    const byFile = new Map();
    for (const f of result.findings.filter((x) => !x.suppressed))
        byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    const out = [];
    for (const [file, findings] of byFile) {
        out.push(c.underline(escapeLineStart(file)));
        const posWidth = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
        for (const f of findings) {
            const pos = `${f.line}:${f.column}`.padEnd(posWidth);
            const indent = 2 + posWidth + 2 + 7 + 2;
            const lines = wrap(`${escapeTerminal(f.message)}  ${escapeTerminal(f.ruleId)}`, Math.max(40, (width ?? Infinity) - indent));
            const rule = lines.pop() ?? '';
            const last = `${rule.slice(0, rule.lastIndexOf(' ') + 1)}${c.dim(rule.slice(rule.lastIndexOf(' ') + 1))}`;
            out.push(`  ${c.dim(pos)}  ${paint[f.level](f.level.padEnd(7))}  ${[...lines, last].join(`\n${' '.repeat(indent)}`)}`);
        }
        out.push('');
    }
    for (const line of problemLines(result))
        out.push(`${c.red('input error')}  ${escapeTerminal(line)}`);
    for (const n of result.notices)
        out.push(`${c.blue('note')}  ${escapeTerminal(`${n.file}${n.line ? `:${n.line}:${n.column ?? 1}` : ''}: ${n.message}`)}`);
    const counts = countByLevel(result.findings);
    const total = counts.error + counts.warning;
    const inputErrors = result.problems.length + result.missing.length;
    const files = `${result.checked.length} template${result.checked.length === 1 ? '' : 's'} checked`;
    const notes = (counts.note > 0 ? `, ${counts.note} note${counts.note === 1 ? '' : 's'}` : '') +
        (counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : '') +
        (baselined > 0 ? `, ${baselined} in the baseline` : '') +
        (hidden > 0 ? `, ${hidden} hidden by --quiet or --no-notes` : '');
    const broken = inputErrors > 0 ? `, ${inputErrors} input error${inputErrors === 1 ? '' : 's'}` : '';
    if (total === 0 && inputErrors === 0)
        out.push(c.green(`✔ no problems (${files}${notes})`));
    else {
        const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}${notes}${broken}) in ${files}`;
        out.push((counts.error > 0 || inputErrors > 0 ? c.red : c.yellow)(c.bold(summary)));
    }
    return out.join('\n') + '\n';
}
/** Greedy word wrap at `width` columns; a word longer than the width keeps a line of its own. */
function wrap(text, width) {
    if (text.length <= width)
        return [text];
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    return [...lines, line];
}
//# sourceMappingURL=stylish.js.map