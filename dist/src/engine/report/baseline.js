import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { InputError } from '../load/source-node.js';
/** Reads the results of an earlier SARIF log (endpoint-guard's own, or any with the same fields). */
export function readBaseline(file) {
    let log;
    try {
        log = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new InputError(file, `cannot read the baseline: ${e.message}`);
    }
    if (!Array.isArray(log?.runs))
        throw new InputError(file, 'the baseline is not a SARIF log (no runs)');
    return log.runs.flatMap((run) => (run.results ?? []).map((r) => ({
        ruleId: r.ruleId ?? '',
        file: key(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''),
        logicalId: r.locations?.[0]?.logicalLocations?.[0]?.name ?? '',
        message: r.message?.text ?? '',
    })));
}
/**
 * Splits findings into new ones and those already in the baseline, matched by rule, file and logical ID (first
 * those whose message is also the same, then any other of the same rule, file and logical ID, one for one).
 */
export function applyBaseline(findings, baseline) {
    const pool = [...baseline];
    const take = (f, sameMessage) => {
        const i = pool.findIndex((b) => b.ruleId === f.ruleId && b.file === key(f.file) && b.logicalId === f.logicalId && (!sameMessage || b.message === f.message));
        if (i >= 0)
            pool.splice(i, 1);
        return i >= 0;
    };
    const matched = new Set();
    for (const f of findings)
        if (take(f, true))
            matched.add(f);
    for (const f of findings)
        if (!matched.has(f) && take(f, false))
            matched.add(f);
    return { fresh: findings.filter((f) => !matched.has(f)), known: findings.filter((f) => matched.has(f)) };
}
/** A file as the same key however it was given: relative to the working directory, `/` separated. */
function key(pathOrUri) {
    let p = pathOrUri;
    try {
        p = decodeURI(pathOrUri);
    }
    catch {
        // not an encoded URI: the path as given
    }
    return relative(process.cwd(), resolve(p)).split('\\').join('/');
}
//# sourceMappingURL=baseline.js.map