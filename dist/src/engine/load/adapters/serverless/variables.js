import { soleItem } from '../../../util/lists.js';
import { dirname, extname, join, relative, resolve as resolvePath } from 'node:path';
import { ExpansionBudget } from '../../budget.js';
import { ConfinedFiles, projectRootOf } from '../../input-files.js';
import { parseJson } from '../../parse-json.js';
import { parseYaml } from '../../parse-yaml.js';
import { child, InputError } from '../../source-node.js';
import { UNKNOWN_MARKER } from '../../../resolve/resolver.js';
import { commentSuppressions } from '../../comment-suppressions.js';
import { mapLocs } from '../nodes.js';
/** Brackets the index of a Symbolic inside a string being resolved (a private-use character, never in templates). */
const MARK = '\uE001';
/** A symbol's mark in a string being resolved: its index in `symbols`. */
const MARKED = new RegExp(`${MARK}(\\d+)${MARK}`, 'g');
/** Stand in for the `${` and `}` of CloudFormation's own `${…}` (not Serverless variables) until resolution ends. */
const OPEN = '\uE002';
const CLOSE = '\uE003';
const KNOWN_SOURCES = /^(self|opt|env|sls|aws|ssm|cf|s3|param|file|strToBool|git)\b/;
/**
 * Resolves Serverless Framework variables (`${self:…}`, `${opt:stage, 'dev'}`, `${env:X}`, `${sls:stage}`,
 * `${aws:region}`, `${aws:accountId}`, `${file(…)}`, and the plugin form `#{AWS::AccountId}`) in the whole document.
 * What cannot be known here (`${ssm:…}`, `${cf:…}`, a missing file) becomes an UNKNOWN marker, never a guess.
 * A string that still holds pseudo parameters becomes `Fn::Join` (or stays in its `Fn::Sub` as `${AWS::…}`).
 */
export class ServerlessVariables {
    root;
    ctx;
    symbols = [];
    resolving = new Set();
    done = new Map();
    files = new Map();
    notes = [];
    /** `# endpoint-guard-ignore` comments of included YAML files. */
    commentSuppressions = [];
    budget;
    project;
    constructor(root, ctx) {
        this.root = root;
        this.ctx = ctx;
        this.budget = new ExpansionBudget(ctx.file);
        this.project = new ConfinedFiles(ctx.root ?? projectRootOf(ctx.file));
    }
    /** The stage and region as the framework decides them: the CLI option, then `provider`, then the default. */
    stage() {
        return this.ctx.options.stage ?? this.plainAt('provider.stage') ?? 'dev';
    }
    region() {
        return this.ctx.options.region ?? this.plainAt('provider.region') ?? 'us-east-1';
    }
    /** The files `${file(...)}` read (absolute paths): checked through this service, not again on their own. */
    includedFiles() {
        return [...this.files].filter(([, doc]) => doc !== undefined).map(([path]) => path);
    }
    resolveTree(node = this.root, inSub = false) {
        const cached = inSub ? undefined : this.done.get(node);
        if (cached)
            return cached;
        if (this.resolving.has(node))
            return {
                kind: 'map',
                entries: [{ key: UNKNOWN_MARKER, keyLoc: node.loc, value: { kind: 'scalar', value: 'a Serverless variable that refers to itself', loc: node.loc } }],
                loc: node.loc,
            };
        this.resolving.add(node);
        let out;
        if (node.kind === 'scalar')
            out = typeof node.value === 'string' ? this.resolveString(node.value, node.loc, inSub) : node;
        else if (node.kind === 'seq')
            out = { ...node, items: node.items.map((i) => this.resolveTree(i)) };
        else {
            const isSub = soleItem(node.entries)?.key === 'Fn::Sub';
            out = {
                ...node,
                entries: node.entries.map((e) => {
                    // The template string of a Fn::Sub keeps pseudo parameters as ${AWS::…} for CloudFormation to substitute.
                    const value = isSub && e.value.kind === 'seq'
                        ? { ...e.value, items: e.value.items.map((i, k) => this.resolveTree(i, k === 0)) }
                        : this.resolveTree(e.value, isSub);
                    return { ...e, value };
                }),
            };
        }
        this.resolving.delete(node);
        if (!inSub)
            this.done.set(node, out);
        return out;
    }
    plainAt(path) {
        const node = this.lookup(this.root, path);
        if (!node)
            return undefined;
        const v = this.resolveTree(node);
        return v.kind === 'scalar' && v.value !== null && !String(v.value).includes(MARK) ? String(v.value) : undefined;
    }
    lookup(node, path) {
        let cur = node;
        for (const part of path.split('.').filter((p) => p !== '')) {
            if (cur?.kind === 'seq' && /^\d+$/.test(part))
                cur = cur.items[Number(part)];
            else
                cur = child(cur, part);
            if (!cur)
                return undefined;
        }
        return cur;
    }
    /**
     * Framework v1/v2 `provider.variableSyntax` set to the common `${{…}}` form. Only that form is recognised: a
     * user's regular expression is never run (template content is data).
     */
    get doubleBraces() {
        const syntax = child(child(this.root, 'provider'), 'variableSyntax');
        return syntax?.kind === 'scalar' && String(syntax.value).startsWith('\\${{');
    }
    resolveString(value, loc, inSub) {
        if (this.doubleBraces)
            value = value.replace(/\$\{\{([^{}]*)\}\}/g, (_m, body) => `\${${body}}`);
        let current = value.replace(/#\{([\w:.]+)\}/g, (_m, name) => this.symbol(name.startsWith('AWS::') ? { kind: 'pseudo', name } : { kind: 'ref', name }));
        // Each pass replaces one `${…}` by a value that holds none, so the passes are bounded by their number.
        const passes = current.split('${').length;
        for (let pass = 0; pass < passes; pass++) {
            const inner = innermost(current);
            if (!inner)
                break;
            const body = inner.body.trim();
            if (!KNOWN_SOURCES.test(body)) {
                current = current.slice(0, inner.start) + `${OPEN}${inner.body}${CLOSE}` + current.slice(inner.end); // CloudFormation's own ${…}
                continue;
            }
            let resolved = this.variable(body, loc);
            // A nested variable standing as a whole fallback (`${opt:stage, ${self:x}}`) becomes a literal for its host.
            if (typeof resolved === 'string' && isWholeFallback(current, inner.start, inner.end))
                resolved = `'${resolved}'`;
            if (typeof resolved !== 'string') {
                if (inner.start === 0 && inner.end === current.length)
                    return resolved; // the whole value: keep its type
                const flat = resolved.kind === 'scalar' && resolved.value !== null
                    ? String(resolved.value)
                    : this.symbol({ kind: 'unknown', reason: `\${${body}} is not a string` });
                current = current.slice(0, inner.start) + flat + current.slice(inner.end);
            }
            else
                current = current.slice(0, inner.start) + resolved + current.slice(inner.end);
        }
        current = current.split(OPEN).join('${').split(CLOSE).join('}');
        return this.toNode(current, loc, inSub);
    }
    /** One variable's value: a string (possibly with symbol marks) or a whole node (`${self:custom.subnets}`). */
    variable(body, loc) {
        // An address built from a variable that has no value (`${self:custom.net.${opt:stage}}` without --stage): that one says why.
        const inner = [...body.matchAll(MARKED)].map((m) => this.symbolAt(m[1]));
        const missing = inner.filter((s) => s.kind === 'unknown');
        const candidates = splitFallbacks(body);
        if (missing.length > 0 && candidates.length === 1)
            return this.symbol({ kind: 'unknown', reason: missing.map((s) => s.reason).join('; ') });
        for (const candidate of candidates) {
            const v = this.candidate(candidate, loc);
            if (v === undefined)
                continue;
            // `${self:a}` used twice in `b`, and `b` twice in `c`: shared values are counted each time they are used.
            this.budget.charge(typeof v === 'string' ? 1 + (v.length >> 6) : this.budget.sizeOf(v), `\${${body}}`, loc);
            return v;
        }
        if (body.startsWith('env:') && this.ctx.env === undefined) {
            return this.symbol({ kind: 'unknown', reason: `\${${body}}: the environment is not read (endpoint-guard check --env reads it)` });
        }
        const shown = body.replace(MARKED, (_m, i) => {
            const symbol = this.symbolAt(i);
            return symbol.kind === 'unknown' ? '…' : `\${${symbol.name}}`;
        });
        return this.symbol({ kind: 'unknown', reason: `\${${shown}} has no value here` });
    }
    candidate(c, loc) {
        const quoted = /^(['"])(.*)\1$/.exec(c);
        if (quoted)
            return quoted[2] ?? '';
        if (/^-?\d+(\.\d+)?$/.test(c) || c === 'true' || c === 'false')
            return c;
        const m = /^(\w+)(?:\(([^)]*)\))?:?(.*)$/.exec(c);
        if (!m)
            return undefined;
        const [, source, arg, address] = m;
        switch (source) {
            case 'self': {
                const target = this.lookup(this.root, address);
                return target ? this.resolveTree(target) : undefined;
            }
            case 'opt':
                return address === 'stage' ? this.ctx.options.stage : address === 'region' ? this.ctx.options.region : undefined;
            case 'env':
                return this.ctx.env?.[address];
            case 'sls':
                return address === 'stage' ? this.stage() : this.symbol({ kind: 'unknown', reason: `\${sls:${address}} is known only when deploying` });
            case 'aws':
                if (address === 'region')
                    return this.region();
                if (address === 'accountId')
                    return this.symbol({ kind: 'pseudo', name: 'AWS::AccountId' });
                return this.symbol({ kind: 'unknown', reason: `\${aws:${address}}` });
            case 'file':
                return this.file(arg ?? '', address, loc);
            case 'param': {
                // Framework v4 parameters: `stages.<stage>.params`, `params.<stage>`, then their `default`s; else the dashboard's.
                const stage = this.stage();
                const stages = child(this.root, 'stages');
                const params = child(this.root, 'params');
                const target = this.lookup(child(child(stages, stage), 'params'), address) ??
                    this.lookup(child(params, stage), address) ??
                    this.lookup(child(child(stages, 'default'), 'params'), address) ??
                    this.lookup(child(params, 'default'), address);
                return target
                    ? this.resolveTree(target)
                    : this.symbol({ kind: 'unknown', reason: `\${param:${address}} is read from the Serverless dashboard when deploying` });
            }
            default:
                return this.symbol({ kind: 'unknown', reason: `\${${c}} is read from ${source} when deploying` });
        }
    }
    file(path, address, loc) {
        const full = resolvePath(dirname(this.ctx.file), path.trim().replace(/^['"]|['"]$/g, ''));
        if (!this.files.has(full))
            this.files.set(full, this.load(full, path, loc));
        const doc = this.files.get(full);
        if (!doc)
            return this.symbol({ kind: 'unknown', reason: `\${file(${path})} cannot be read here` });
        const target = address ? this.lookup(doc, address) : doc;
        return target ? this.resolveTree(target) : this.symbol({ kind: 'unknown', reason: `\${file(${path}):${address}} has no value` });
    }
    /**
     * Reads an included file through the project's one door: a path that leaves the project root (after symbolic
     * links), a directory, a device or a FIFO is an input error at the variable; a missing file is UNKNOWN.
     */
    load(full, written, loc) {
        const read = this.project.read(full);
        if (!read.ok && read.kind !== 'missing') {
            const where = read.kind === 'outside' ? `it is outside the project root ${this.project.root} (--root sets it)` : read.reason;
            throw new InputError(loc.file ?? this.ctx.file, `\${file(${written.trim()})} is not read: ${where}`, loc);
        }
        if (!read.ok || !/^\.(ya?ml|json)$/i.test(extname(full)))
            return undefined;
        let root;
        const text = read.bytes.toString('utf8');
        const isJson = extname(full).toLowerCase() === '.json';
        try {
            // Positions of an included file name that file.
            root = isJson ? parseJson(full, text) : parseYaml(full, text).root;
        }
        catch (e) {
            // The framework refuses a service whose include it cannot parse; so do we, at the include's own line.
            if (!(e instanceof InputError))
                throw e;
            const at = `${loc.file ?? this.ctx.file}:${loc.line}`;
            throw new InputError(this.displayPath(full), `${e.message} (included by \${file(${written.trim()})} at ${at})`, e.loc);
        }
        // Many includes of large files: what they hold counts against the same budget as what variables copy.
        this.budget.charge(this.budget.sizeOf(root), `\${file(${written.trim()})}`, loc);
        if (!isJson)
            this.commentSuppressions.push(...commentSuppressions(text, this.displayPath(full)));
        return mapLocs(root, (l) => ({ ...l, file: this.displayPath(full) }));
    }
    /** An included file's path as the user would write it: relative to the serverless.yml's folder as given. */
    displayPath(full) {
        const base = dirname(this.ctx.file);
        return join(base, relative(resolvePath(base), full));
    }
    /** The symbol a mark stands for; a mark the text had of its own (the private-use character) stands for nothing known. */
    symbolAt(index) {
        return this.symbols[Number(index)] ?? { kind: 'unknown', reason: 'the text holds a character reserved for endpoint-guard' };
    }
    symbol(s) {
        return `${MARK}${this.symbols.push(s) - 1}${MARK}`;
    }
    /** A resolved string as a node: plain, or `Fn::Join` of text and symbolic parts (or `${…}` inside a `Fn::Sub`). */
    toNode(value, loc, inSub) {
        if (!value.includes(MARK))
            return { kind: 'scalar', value, loc };
        const pieces = value.split(MARK);
        if (inSub) {
            const textValue = pieces.map((p, i) => (i % 2 === 0 ? p : this.subText(this.symbolAt(p)))).join('');
            return { kind: 'scalar', value: textValue, loc };
        }
        const parts = pieces.flatMap((p, i) => {
            if (i % 2 === 0)
                return p === '' ? [] : [{ kind: 'scalar', value: p, loc }];
            return [symbolNode(this.symbolAt(p), loc)];
        });
        const only = soleItem(parts);
        if (only)
            return only;
        return {
            kind: 'map',
            entries: [
                {
                    key: 'Fn::Join',
                    keyLoc: loc,
                    value: {
                        kind: 'seq',
                        items: [
                            { kind: 'scalar', value: '', loc },
                            { kind: 'seq', items: parts, loc },
                        ],
                        loc,
                    },
                },
            ],
            loc,
        };
    }
    subText(s) {
        return s.kind === 'unknown' ? `\${EndpointGuard::Unknown(${s.reason.replace(/[{}]/g, '')})}` : `\${${s.name}}`;
    }
}
/** A symbolic piece as the intrinsic CloudFormation reads: `Ref`, `Fn::GetAtt`, or the UNKNOWN marker. */
function symbolNode(s, loc) {
    const one = (key, value) => ({ kind: 'map', entries: [{ key, keyLoc: loc, value }], loc });
    const str = (v) => ({ kind: 'scalar', value: v, loc });
    if (s.kind === 'unknown')
        return one(UNKNOWN_MARKER, str(s.reason));
    const dot = s.name.indexOf('.');
    if (s.kind === 'ref' && dot > 0)
        return one('Fn::GetAtt', { kind: 'seq', items: [str(s.name.slice(0, dot)), str(s.name.slice(dot + 1))], loc });
    return one('Ref', str(s.name));
}
/** Whether `${…}` at [start, end) is inside another variable, as one of its comma-separated candidates. */
function isWholeFallback(s, start, end) {
    let depth = 0;
    for (let i = 0; i < start; i++) {
        if (s.startsWith('${', i)) {
            depth++;
            i++;
        }
        else if (s[i] === '}' && depth > 0)
            depth--;
    }
    return depth > 0 && /,\s*$/.test(s.slice(0, start)) && /^\s*[,}]/.test(s.slice(end));
}
/** `${…}` with no `${` inside: the one to resolve first. */
function innermost(s) {
    const start = s.lastIndexOf('${');
    if (start < 0)
        return undefined;
    const close = s.indexOf('}', start);
    if (close < 0)
        return undefined;
    return { start, end: close + 1, body: s.slice(start + 2, close) };
}
/** `opt:stage, 'dev'` → [`opt:stage`, `'dev'`]: commas inside quotes or parentheses do not split. */
function splitFallbacks(body) {
    const out = [];
    let depth = 0;
    let quote;
    let cur = '';
    for (const ch of body) {
        if (quote) {
            if (ch === quote)
                quote = undefined;
        }
        else if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === '(')
            depth++;
        else if (ch === ')')
            depth--;
        else if (ch === ',' && depth === 0) {
            out.push(cur.trim());
            cur = '';
            continue;
        }
        cur += ch;
    }
    out.push(cur.trim());
    return out.filter((c) => c !== '');
}
//# sourceMappingURL=variables.js.map