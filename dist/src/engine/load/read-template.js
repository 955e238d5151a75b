import { closeSync, constants, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { MAX_INPUT_BYTES as MAX_BYTES, readRegularFile } from './input-files.js';
import { isTerraformPlan } from './adapters/terraform/plan.js';
import { parseJson } from './parse-json.js';
import { parseYaml } from './parse-yaml.js';
import { commentSuppressions } from './comment-suppressions.js';
import { child, InputError } from './source-node.js';
/** The Serverless Framework's configuration files we can read (not serverless.js/.ts: that is code). */
export const SERVERLESS_NAMES = /^serverless\.(ya?ml|json)$/i;
/** The text of `terraform show -json` (a plan), by the two keys every plan has. */
export function looksLikeTerraformPlan(text) {
    return /"format_version"\s*:/.test(text) && /"planned_values"\s*:/.test(text);
}
/** Cheap content sniffing, so that a broken file can still be told apart from an unrelated one. */
export function looksLikeTemplate(file, text) {
    return (SERVERLESS_NAMES.test(basename(file)) ||
        text.includes('AWSTemplateFormatVersion') ||
        text.includes('AWS::Serverless-2016-10-31') ||
        (/^["']?service["']?\s*:/m.test(text) && /^\s*["']?provider["']?\s*:/m.test(text)) ||
        (/Resources["']?\s*:/.test(text) && /Type["']?\s*:\s*["']?AWS::/.test(text)) ||
        looksLikeTerraformPlan(text));
}
/**
 * Reads and classifies one file. `found`: the file was found by a scan, not named; one whose text does not look like
 * a template is then skipped without being parsed (a large data file costs a look, not a parse).
 */
export function readTemplate(file, found = false) {
    const read = readRegularFile(file);
    if (!read.ok && read.kind === 'too-large')
        return tooLarge(file);
    if (!read.ok)
        return error(file, read.reason);
    const bytes = read.bytes;
    if (bytes.includes(0))
        return { status: 'not-a-template', reason: 'binary file (contains NUL bytes)' };
    const text = decodeUtf8(bytes);
    if (text === undefined)
        return { status: 'not-a-template', reason: 'binary file (not UTF-8 text)' };
    if (text.trim() === '')
        return { status: 'not-a-template', reason: 'empty file' };
    return readTemplateText(file, text, found);
}
/** Parses and classifies a template's text (a file's, or a deployed stack's body). */
export function readTemplateText(file, text, found = false) {
    const sniffed = looksLikeTemplate(file, text);
    if (found && !sniffed)
        return { status: 'not-a-template', reason: 'no AWSTemplateFormatVersion, SAM Transform, Serverless service or Resources of AWS:: types' };
    try {
        const isJson = extname(file).toLowerCase() === '.json' || /^\s*[{[]/.test(text);
        const parsed = isJson ? { root: parseJson(file, text), notes: [] } : parseYaml(file, text);
        const result = classify(file, parsed.root, parsed.notes, sniffed);
        if (result.status !== 'template' || isJson)
            return result;
        return { status: 'template', document: { ...result.document, commentSuppressions: commentSuppressions(text, file) } };
    }
    catch (e) {
        // A parser recursing on absurd nesting: an input error for this file, not a crash of the run.
        const failure = e instanceof RangeError ? new InputError(file, 'nested too deeply to read') : e;
        if (!(failure instanceof InputError))
            throw e;
        return sniffed ? { status: 'error', error: failure } : { status: 'not-a-template', reason: failure.message, parseError: failure };
    }
}
/** A file over the size limit is an error only if its beginning looks like a template; else it is skipped. */
function tooLarge(file) {
    const reason = `file is larger than ${MAX_BYTES / 1024 / 1024} MiB`;
    const head = Buffer.alloc(64 * 1024);
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        readSync(fd, head, 0, head.length, 0);
    }
    finally {
        closeSync(fd);
    }
    return looksLikeTemplate(file, head.toString('utf8')) ? error(file, reason) : { status: 'not-a-template', reason };
}
function classify(file, root, notes, sniffed) {
    if (root.kind !== 'map') {
        return sniffed
            ? error(file, 'not a template: the top level is not a mapping', root.loc)
            : { status: 'not-a-template', reason: 'the top level is not a mapping' };
    }
    if (isTerraformPlan(root))
        return { status: 'template', document: { file, kind: 'terraform-plan', root, notes, commentSuppressions: [] } };
    if (SERVERLESS_NAMES.test(basename(file)) || (child(root, 'service') && child(root, 'provider'))) {
        return { status: 'template', document: { file, kind: 'serverless', root, notes, commentSuppressions: [] } };
    }
    const resources = child(root, 'Resources');
    const hasAwsTypes = resources?.kind === 'map' &&
        resources.entries.some((e) => {
            const type = toScalar(child(e.value, 'Type'));
            return typeof type === 'string' && type.startsWith('AWS::');
        });
    const isCfn = hasAwsTypes || child(root, 'AWSTemplateFormatVersion') !== undefined || isSamTransform(child(root, 'Transform'));
    if (!isCfn)
        return { status: 'not-a-template', reason: 'no AWSTemplateFormatVersion, SAM Transform or Resources of AWS:: types' };
    if (resources === undefined)
        return error(file, 'template has no Resources section', root.loc);
    if (resources.kind !== 'map' || resources.entries.length === 0)
        return error(file, 'Resources is empty or not a mapping', resources.loc);
    return {
        status: 'template',
        document: { file, kind: isSamTransform(child(root, 'Transform')) ? 'sam' : 'cloudformation', root, notes, commentSuppressions: [] },
    };
}
function isSamTransform(node) {
    if (!node)
        return false;
    if (node.kind === 'scalar')
        return String(node.value).startsWith('AWS::Serverless');
    if (node.kind === 'seq')
        return node.items.some(isSamTransform);
    return false;
}
function toScalar(node) {
    return node?.kind === 'scalar' ? node.value : undefined;
}
function decodeUtf8(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    }
    catch {
        // not UTF-8
    }
    return undefined;
}
function error(file, message, loc) {
    return { status: 'error', error: new InputError(file, message, loc) };
}
//# sourceMappingURL=read-template.js.map