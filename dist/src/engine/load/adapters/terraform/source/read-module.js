import { basename, resolve } from 'node:path';
import { InputError } from '../../../source-node.js';
import { isInside, readRegularFile, realPath, workTreeAround } from '../../../input-files.js';
import { moduleFiles } from '../tf-source.js';
import { asMap, collectBlocks } from './module-source.js';
import { fromJson, Unknown } from './tf-value.js';
/** A `.tf` file past this is refused: real ones are a few hundred KiB at most. */
export const MAX_TF_BYTES = 4 * 1024 * 1024;
const MAX_MODULE_DEPTH = 8;
const MAX_MODULES = 64;
/**
 * Reads a folder of `.tf` files as one module, and the modules it calls from local folders (inside the project root,
 * at most 8 deep and 64 in all). A module from a registry or Git is not read: the call records why.
 */
export async function readTerraformModule(dir, parser, root, cache = new Map()) {
    const context = { parser, root: realPath(root ?? workTreeAround(dir)) ?? resolve(root ?? dir), modules: 0, cache };
    return readModule(dir, context, [], true);
}
async function readModule(dir, context, ancestors, isRoot) {
    const key = `${realPath(dir) ?? resolve(dir)}\0${isRoot ? 'root' : 'called'}`;
    const cached = context.cache.get(key);
    if (cached)
        return cached;
    const module = await readFolder(dir, context, ancestors, isRoot);
    context.cache.set(key, module);
    return module;
}
async function readFolder(dir, context, ancestors, isRoot) {
    context.modules++;
    const blocks = {
        resources: [],
        data: [],
        variables: new Map(),
        locals: new Map(),
        outputs: new Map(),
        calls: new Map(),
        providers: new Map(),
    };
    const expressions = new Map();
    const files = moduleFiles(dir, /\.tf$/);
    const texts = [];
    for (const file of files) {
        const { json, text } = await parseFile(file, context.parser, expressions);
        texts.push([file, text]);
        collectBlocks(json, blocks);
    }
    const tfvars = isRoot ? await readTfvars(dir, context.parser) : new Map();
    const children = new Map();
    const real = realPath(dir) ?? resolve(dir);
    for (const [name, body] of blocks.calls)
        children.set(name, await readChild(dir, body, context, [...ancestors, real]));
    return { dir, files, texts, ...blocks, expressions, tfvars, children };
}
async function readChild(dir, call, context, ancestors) {
    const source = call.get('source');
    if (typeof source !== 'string' || !/^\.\.?[/\\]/.test(source)) {
        return { skipped: `its source ${JSON.stringify(String(source))} is not a local folder; modules from a registry or Git are not read` };
    }
    if (call.has('count') || call.has('for_each'))
        return { skipped: 'a module called with count or for_each is not expanded here' };
    const child = resolve(dir, source);
    const real = realPath(child);
    if (!real)
        return { skipped: `its folder ${source} does not exist` };
    if (!isInside(context.root, real))
        return { skipped: `its folder ${source} is outside ${context.root}` };
    if (ancestors.includes(real))
        return { skipped: 'it calls itself' };
    if (ancestors.length >= MAX_MODULE_DEPTH || context.modules >= MAX_MODULES)
        return { skipped: `modules are read ${MAX_MODULE_DEPTH} deep and ${MAX_MODULES} in all` };
    return readModule(child, context, ancestors, false);
}
async function parseFile(file, parser, expressions) {
    const read = readRegularFile(file, MAX_TF_BYTES);
    if (!read.ok)
        throw new InputError(file, read.reason);
    const text = read.bytes.toString('utf8');
    const deep = tooDeep(text);
    if (deep)
        throw new InputError(file, deep.message, { line: deep.line, column: 1, file });
    const parsed = await parser.parse(basename(file), text);
    if (!parsed.ok)
        throw parseError(file, parsed.message);
    for (const [k, v] of Object.entries(parsed.expressions))
        expressions.set(k, v);
    return { json: parsed.json, text };
}
const MAX_NESTING = 256;
const MAX_UNARY_RUN = 1000;
/**
 * What would make the parser recurse past its stack, found in one pass before it runs: brackets, braces and
 * parentheses nested deeper than real configurations ever are, or a long run of `-`/`!` (one recursion per operator).
 * Brackets inside strings count too: a file with hundreds of unclosed ones in strings is refused, which no real file is.
 */
function tooDeep(text) {
    let depth = 0;
    let run = 0;
    let line = 1;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            line++;
        if (c === 40 || c === 91 || c === 123)
            depth++;
        else if ((c === 41 || c === 93 || c === 125) && depth > 0)
            depth--;
        if (c === 45 || c === 33)
            run++;
        else if (c !== 32 && c !== 9 && c !== 10 && c !== 13)
            run = 0;
        if (depth > MAX_NESTING)
            return { line, message: `nested more than ${MAX_NESTING} levels deep: not read` };
        if (run > MAX_UNARY_RUN)
            return { line, message: `more than ${MAX_UNARY_RUN} unary operators in a row: not read` };
    }
    return undefined;
}
/** hcl2json's `parse config: [main.tf:2,16-3,1: Summary; Detail …]` as an input error at that line. */
function parseError(file, message) {
    const m = /^parse config: \[[^:\]]*:(\d+),(\d+)(?:-\d+(?:,\d+)?)?: ([^;\]]*)(?:; ([^\]]*?))?(?: [^ \]]+:\d+,\d+-|\]|$)/.exec(message);
    if (!m)
        return new InputError(file, message.startsWith('parse config:') ? `not valid HCL: ${message.slice(13, 300).trim()}` : message.slice(0, 300));
    const detail = m[4] ? `: ${m[4].trim()}` : '';
    return new InputError(file, `not valid HCL: ${(m[3] ?? '').trim()}${detail}`.slice(0, 400), { line: Number(m[1]), column: Number(m[2]), file });
}
/** `terraform.tfvars`, `terraform.tfvars.json`, then `*.auto.tfvars(.json)` in name order: later files win, as in Terraform. */
async function readTfvars(dir, parser) {
    const files = [...moduleFiles(dir, /^terraform\.tfvars(\.json)?$/), ...moduleFiles(dir, /\.auto\.tfvars(\.json)?$/)];
    const out = new Map();
    for (const file of files) {
        let json;
        if (file.endsWith('.json')) {
            const read = readRegularFile(file, MAX_TF_BYTES);
            if (!read.ok)
                throw new InputError(file, read.reason);
            try {
                json = JSON.parse(read.bytes.toString('utf8'));
            }
            catch (e) {
                throw new InputError(file, `not valid JSON: ${e.message}`);
            }
        }
        else
            json = (await parseFile(file, parser, new Map())).json;
        // Values only: an expression in a tfvars file is not a value Terraform accepts either.
        for (const [name, value] of asMap(json))
            out.set(name, typeof value === 'string' && value.includes('${') ? new Unknown(`var.${name} is an expression in ${basename(file)}`) : fromJson(value));
    }
    return out;
}
/** A folder of `.tf` files as an input document: the module read and parsed, or the input error that stops it. */
export async function readTerraformDocument(dir, parser, root, cache) {
    const files = moduleFiles(dir, /\.tf$/);
    const file = files.find((f) => basename(f) === 'main.tf') ?? files[0];
    if (file === undefined)
        return { status: 'not-a-template', reason: 'no .tf files in its folder' };
    try {
        const terraform = await readTerraformModule(dir, parser, root, cache);
        const loc = { line: 1, column: 1, file };
        return {
            status: 'template',
            document: { file, kind: 'terraform-source', root: { kind: 'map', entries: [], loc }, notes: [], commentSuppressions: [], terraform },
        };
    }
    catch (e) {
        if (e instanceof InputError)
            return { status: 'error', error: e };
        return { status: 'error', error: new InputError(file, `the Terraform files could not be read: ${e.message}`) };
    }
}
//# sourceMappingURL=read-module.js.map