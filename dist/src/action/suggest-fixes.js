import * as core from '@actions/core';
import { createTwoFilesPatch, structuredPatch } from 'diff';
import { applied, splicesByFinding } from '../engine/fix/fix-files.js';
import { escapeMarkdown, escapeTerminal, showControls } from '../engine/report/escape.js';
/** GitHub shows a review's comments on one page: the first fixes are suggested, the rest stay findings. */
const MAX_SUGGESTIONS = 50;
/**
 * `suggest-fixes: true`: each finding's mechanical fix as a review suggestion on the pull request, when the token may
 * write to it; otherwise (a fork's pull request, a read-only token, a line outside the diff) the fixes go to the job
 * summary as a diff, and the log says why.
 */
export async function suggestFixes(result, event, mayWrite) {
    const fixes = [...splicesByFinding(result.findings)]
        .slice(0, MAX_SUGGESTIONS)
        .map(([finding, { text, splices }]) => ({ finding, before: text, after: applied(text, splices) }));
    if (fixes.length === 0)
        return;
    const number = event.pull_request?.number ?? event.number;
    const token = core.getInput('github-token');
    const why = !mayWrite
        ? 'the pull request comes from a fork or runs under pull_request_target (its token must not write)'
        : !token
            ? 'no github-token'
            : number === undefined
                ? 'not a pull request'
                : undefined;
    if (why === undefined && number !== undefined) {
        const posted = await postReview(number, event.pull_request?.head?.sha, token, fixes.flatMap((f) => commentsOf(f.finding, f.before, f.after)));
        if (posted === true) {
            core.info(`endpoint-guard: suggested ${fixes.length} fix(es) on the pull request`);
            return;
        }
        core.warning(`endpoint-guard: could not suggest the fixes on the pull request (${escapeTerminal(posted)}): they are in the job summary`);
    }
    else
        core.info(`endpoint-guard: ${why ?? 'not a pull request'}: the ${fixes.length} fix(es) are in the job summary`);
    await summarizeFixes(fixes);
}
/**
 * One comment per finding, its suggestion the lines from the first changed one to the last as the fix leaves them
 * (accepting it makes the whole fix); an insertion is anchored on the line before it.
 */
function commentsOf(finding, before, after) {
    const { hunks } = structuredPatch(finding.file, finding.file, before, after, '', '', { context: 0 });
    const [head, tail] = [hunks[0], hunks.at(-1)];
    if (!head || !tail)
        return [];
    const first = Math.max(1, head.oldLines === 0 ? head.oldStart - 1 : head.oldStart);
    const last = Math.max(first, tail.oldLines === 0 ? tail.oldStart - 1 : tail.oldStart + tail.oldLines - 1);
    const delta = hunks.reduce((n, h) => n + h.newLines - h.oldLines, 0);
    const suggested = after.split('\n').slice(first - 1, last + delta);
    const intro = escapeMarkdown(`endpoint-guard (${finding.ruleId}): ${finding.fix?.description ?? ''}`);
    return [
        {
            path: finding.file,
            line: last,
            side: 'RIGHT',
            ...(first < last ? { start_line: first, start_side: 'RIGHT' } : {}),
            body: `${intro}\n\n\`\`\`\`suggestion\n${suggested.join('\n')}\n\`\`\`\``,
        },
    ];
}
/** POST /repos/{owner}/{repo}/pulls/{number}/reviews: true, or why not (the HTTP status and GitHub's message). */
async function postReview(number, commit, token, comments) {
    const api = process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    try {
        const response = await fetch(`${api}/repos/${repository}/pulls/${number}/reviews`, {
            method: 'POST',
            headers: {
                authorization: `Bearer ${token}`,
                accept: 'application/vnd.github+json',
                'content-type': 'application/json',
                'x-github-api-version': '2022-11-28',
            },
            body: JSON.stringify({
                event: 'COMMENT',
                ...(commit ? { commit_id: commit } : {}),
                body: 'endpoint-guard can fix these findings: accept the suggestions.',
                comments,
            }),
            signal: AbortSignal.timeout(30_000),
        });
        if (response.ok)
            return true;
        const message = (await response.json().catch(() => ({}))).message ?? '';
        return `HTTP ${response.status}${message ? `: ${message.slice(0, 200)}` : ''}`;
    }
    catch (e) {
        return e.message;
    }
}
async function summarizeFixes(fixes) {
    core.summary.addHeading('Suggested fixes', 3);
    for (const { finding, before, after } of fixes) {
        const patch = createTwoFilesPatch(finding.file, finding.file, before, after, undefined, undefined, { context: 2 });
        core.summary.addRaw(escapeMarkdown(`${finding.ruleId} on ${finding.logicalId}: ${finding.fix?.description ?? ''}`), true);
        core.summary.addRaw(`<pre lang="diff"><code>${escapeHtml(patch.split('\n').map(showControls).join('\n'))}</code></pre>`, true);
    }
    await core.summary.write();
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
//# sourceMappingURL=suggest-fixes.js.map