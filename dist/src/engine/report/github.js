import { isStackUri } from '../load/live/stack-uri.js';
import { escapeWorkflowData as escapeData, escapeWorkflowProperty as escapeProperty } from './escape.js';
const COMMAND = { error: 'error', warning: 'warning', note: 'notice' };
/** GitHub Actions workflow commands: one annotation per finding and per input error. */
export function formatGithub(result) {
    const lines = result.findings
        .filter((f) => !f.suppressed)
        .map((f) => 
    // A deployed stack is no file of the repository: the annotation names it, with the line in its template.
    isStackUri(f.file)
        ? `::${COMMAND[f.level]} ${props({ title: f.ruleId })}::${escapeData(`${f.file}:${f.line}: ${f.message} (${f.logicalId})`)}`
        : `::${COMMAND[f.level]} ${props({ file: f.file, line: f.line, col: f.column, title: f.ruleId })}::${escapeData(`${f.message} (${f.logicalId})`)}`);
    for (const p of result.problems) {
        lines.push(`::error ${props({ file: p.file, ...(p.line ? { line: p.line, col: p.column ?? 1 } : {}), title: 'input error' })}::${escapeData(p.message)}`);
    }
    for (const m of result.missing)
        lines.push(`::error title=input error::${escapeData(`${m}: no such file, directory or matching glob`)}`);
    return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
function props(p) {
    return Object.entries(p)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
}
//# sourceMappingURL=github.js.map