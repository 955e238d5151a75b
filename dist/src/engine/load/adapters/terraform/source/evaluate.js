import { resolve } from 'node:path';
import { callFunction, concatenate } from './functions.js';
import { asList, asMap } from './module-source.js';
import { policyDocument } from './policy-document.js';
import { asText, isList, isMap, Ref, sameKnown, Unknown } from './tf-value.js';
/** Count and for_each instances past this are not expanded: far beyond real configurations. */
export const MAX_INSTANCES = 256;
const MAX_STEPS = 2_000_000;
const MAX_DEPTH = 64;
/**
 * Evaluates HCL as far as the source tells: literals, variables (defaults, tfvars, a caller's arguments), locals,
 * the functions of functions.ts, and references to resources (known only after apply: a Ref, which the
 * CloudFormation view turns into `Ref`/`Fn::GetAtt`). Everything else is UNKNOWN with why. Cycles, depth and the total
 * work are bounded.
 */
export class Evaluator {
    rootDir;
    files;
    steps = 0;
    active = new Set();
    memo = new Map();
    blockScopes = new Map();
    instanceScopes = new Map();
    instancesOf = new Map();
    constructor(
    /** The root module's folder, absolute: `path.root`, and what relative paths of `file()` start from. */
    rootDir, files) {
        this.rootDir = rootDir;
        this.files = files;
    }
    /** A value as hcl2json gives it: a `${…}` string is an expression, anything else a literal (lists and maps evaluated inside). */
    raw(value, scope) {
        if (++this.steps > MAX_STEPS)
            return new Unknown('the configuration takes too long to evaluate');
        if (typeof value === 'string') {
            if (!value.includes('${') && !value.includes('%{'))
                return value;
            const expression = scope.module.source.expressions.get(value);
            return expression ? this.expression(expression, scope) : new Unknown('an expression that could not be read');
        }
        if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
            return value ?? null;
        if (Array.isArray(value))
            return value.map((v) => this.raw(v, scope));
        return new Map([...asMap(value)].map(([k, v]) => [k, this.raw(v, scope)]));
    }
    expression(e, scope) {
        if (++this.steps > MAX_STEPS)
            return new Unknown('the configuration takes too long to evaluate');
        switch (e.t) {
            case 'literal':
                return e.value;
            case 'template':
                return concatenate(e.parts.map((p) => this.expression(p, scope)));
            case 'tuple':
                return e.items.map((i) => this.expression(i, scope));
            case 'object':
                return this.object(e.entries, scope);
            case 'traversal': {
                const [value, used] = this.root(e.root, e.steps, scope);
                return this.walk(value, e.steps.slice(used));
            }
            case 'relative':
                return this.walk(this.expression(e.source, scope), e.steps);
            case 'index':
                return this.walk(this.expression(e.collection, scope), [{ key: keyOf(this.expression(e.key, scope)) }]);
            case 'splat':
                return this.splat(this.expression(e.source, scope), e.steps);
            case 'call':
                return callFunction(e.name, e.args.map((a) => this.expression(a, scope)), this.files(scope.module));
            case 'conditional':
                return this.conditional(e, scope);
            case 'for':
                return this.forExpression(e, scope);
            case 'binary':
                return binary(e.op, this.expression(e.left, scope), this.expression(e.right, scope));
            case 'unary':
                return unary(e.op, this.expression(e.operand, scope));
            case 'unsupported':
                return new Unknown(`${e.what} is not evaluated here`);
        }
    }
    object(entries, scope) {
        const out = new Map();
        for (const [k, v] of entries) {
            const key = asText(this.expression(k, scope));
            if (key === undefined)
                return new Unknown('an object key that is not known here');
            out.set(key, this.expression(v, scope));
        }
        return out;
    }
    forExpression(e, scope) {
        const collection = this.expression(e.collection, scope);
        const pairs = entriesOf(collection);
        if (!pairs)
            return collection instanceof Unknown ? collection : new Unknown('a for expression over a value that is not known here');
        if (e.grouped)
            return new Unknown('a grouping for expression is not evaluated here');
        const list = [];
        const object = new Map();
        for (const [k, v] of pairs) {
            const inner = withSymbols(scope, [[e.valVar, v], ...(e.keyVar ? [[e.keyVar, k]] : [])]);
            const keep = e.condition ? this.expression(e.condition, inner) : true;
            if (keep === false)
                continue;
            if (keep !== true)
                return keep instanceof Unknown ? keep : new Unknown('a for condition that is not known here');
            if (!e.object)
                list.push(this.expression(e.value, inner));
            else {
                const key = e.key ? asText(this.expression(e.key, inner)) : undefined;
                if (key === undefined)
                    return new Unknown('a for expression key that is not known here');
                object.set(key, this.expression(e.value, inner));
            }
        }
        return e.object ? object : list;
    }
    /**
     * A block's attributes and nested blocks, evaluated; `dynamic "name"` blocks expanded into `name` blocks, one per
     * item of their `for_each` (or UNKNOWN when that is not known). `skip`: attributes left out (meta-arguments).
     */
    block(body, scope, skip = new Set()) {
        const out = new Map();
        for (const [k, v] of body)
            if (!skip.has(k) && k !== 'dynamic')
                out.set(k, this.raw(v, scope));
        for (const [name, generators] of asMap(asList(body.get('dynamic'))[0] ?? body.get('dynamic'))) {
            for (const generator of asList(generators).map(asMap)) {
                const existing = out.get(name);
                const made = this.dynamicBlocks(name, generator, scope);
                out.set(name, existing instanceof Unknown ? existing : made instanceof Unknown ? made : [...(isList(existing ?? null) ? existing : []), ...made]);
            }
        }
        return out;
    }
    dynamicBlocks(name, generator, scope) {
        const pairs = entriesOf(this.raw(generator.get('for_each'), scope));
        if (!pairs)
            return new Unknown(`the dynamic ${name} blocks are not known here`);
        const written = generator.get('iterator');
        const iterator = (typeof written === 'string' ? /^\$\{([A-Za-z_][\w-]*)\}$/.exec(written)?.[1] : undefined) ?? name;
        const content = asMap(asList(generator.get('content'))[0]);
        return pairs.map(([key, value]) => this.block(content, withSymbols(scope, [
            [
                iterator,
                new Map([
                    ['key', key],
                    ['value', value],
                ]),
            ],
        ])));
    }
    conditional(e, scope) {
        const condition = this.expression(e.condition, scope);
        if (typeof condition === 'boolean')
            return this.expression(condition ? e.then : e.otherwise, scope);
        return condition instanceof Unknown ? condition : new Unknown('a condition that is not known here');
    }
    /**
     * Steps into a value. An attribute of a resource instance that its block configures is that value (`aws_vpc.main.
     * cidr_block`, as a plan knows it); its ID, ARN and any attribute it does not configure are known only after apply.
     */
    walk(value, steps) {
        let v = value;
        for (const s of steps) {
            const key = 'name' in s ? s.name : s.key;
            v = v instanceof Ref && v.attribute === undefined && typeof key === 'string' ? this.attribute(v, key) : step(v, key);
        }
        return v;
    }
    /** `list[*].attribute`: the steps applied to each item; a single value is a list of one, null an empty list. */
    splat(source, steps) {
        if (source instanceof Unknown)
            return source;
        const list = isList(source) ? source : source === null ? [] : [source];
        return list.map((item) => this.walk(item, steps));
    }
    attribute(instance, name) {
        const known = this.instanceScopes.get(instance.address);
        const body = known?.resource?.body;
        if (!known || !body || name === 'id' || name === 'arn' || !body.has(name))
            return new Ref(instance.address, name);
        return this.once(`${instance.address}.${name}`, `${instance.address}.${name}`, () => this.raw(body.get(name), known));
    }
    /** The value a traversal's root names, and how many of its steps that took. */
    root(root, steps, scope) {
        const symbol = scope.symbols?.get(root);
        if (symbol !== undefined)
            return [symbol, 0];
        const name = nameAt(steps, 0);
        switch (root) {
            case 'var':
                return [name ? this.variable(name, scope.module) : new Unknown('var'), 1];
            case 'local':
                return [name ? this.local(name, scope.module) : new Unknown('local'), 1];
            case 'count':
                return [name === 'index' && scope.count !== undefined ? scope.count : new Unknown('count.index outside a counted resource'), 1];
            case 'each':
                return [name === 'key' && scope.each ? scope.each.key : name === 'value' && scope.each ? scope.each.value : new Unknown('each outside a for_each'), 1];
            case 'path':
                return [name === 'module' ? resolve(scope.module.source.dir) : name === 'root' || name === 'cwd' ? this.rootDir : new Unknown(`path.${name ?? ''}`), 1];
            case 'module':
                return [name ? this.moduleOutput(name, nameAt(steps, 1), scope.module) : new Unknown('module'), 2];
            case 'data':
                return [name ? this.data(name, nameAt(steps, 1), scope) : new Unknown('data'), 2];
            case 'self':
            case 'terraform':
                return [new Unknown(`${root} is not evaluated here`), steps.length];
            default:
                return [name ? this.resource(`${root}.${name}`, scope.module) : new Unknown(`${root} is not a reference this tool reads`), 1];
        }
    }
    /** Guards a named value against cycles and runaway depth, and evaluates it once per module instance. */
    once(key, what, compute) {
        const known = this.memo.get(key);
        if (known !== undefined)
            return known;
        if (this.active.has(key))
            return new Unknown(`${what} refers to itself`);
        if (this.active.size > MAX_DEPTH)
            return new Unknown(`${what} is nested too deeply`);
        this.active.add(key);
        try {
            const value = compute();
            this.memo.set(key, value);
            return value;
        }
        finally {
            this.active.delete(key);
        }
    }
    variable(name, module) {
        return this.once(`${module.prefix}var.${name}`, `var.${name}`, () => {
            const declared = module.source.variables.get(name);
            if (!declared)
                return new Unknown(`var.${name} is not declared`);
            if (module.call) {
                if (module.call.body.has(name))
                    return this.raw(module.call.body.get(name), module.call.scope);
            }
            else {
                const fromTfvars = module.source.tfvars.get(name);
                if (fromTfvars !== undefined)
                    return fromTfvars;
            }
            if (declared.has('default'))
                return this.raw(declared.get('default'), { module });
            return new Unknown(`var.${name} has no default${module.call ? '' : ' and no value in terraform.tfvars'}`);
        });
    }
    local(name, module) {
        return this.once(`${module.prefix}local.${name}`, `local.${name}`, () => module.source.locals.has(name) ? this.raw(module.source.locals.get(name), { module }) : new Unknown(`local.${name} is not declared`));
    }
    moduleOutput(call, name, module) {
        const child = module.children.get(call);
        if (!child)
            return new Unknown(`module.${call} is not declared`);
        if ('skipped' in child)
            return new Unknown(`module.${call} is not read (${child.skipped})`);
        if (!name)
            return new Unknown(`module.${call}`);
        return this.once(`${child.prefix}output.${name}`, `module.${call}.${name}`, () => {
            const body = child.source.outputs.get(name);
            return body ? this.raw(body.get('value'), { module: child }) : new Unknown(`module.${call} has no output ${name}`);
        });
    }
    data(type, name, scope) {
        const block = scope.module.source.data.find((d) => d.type === type && d.name === name);
        if (!block || type !== 'aws_iam_policy_document')
            return new Unknown(`data.${type}.${name ?? ''} is read only when Terraform runs`);
        return this.once(`${scope.module.prefix}data.${type}.${name}`, `data.${type}.${name}`, () => {
            if (block.body.has('count') || block.body.has('for_each'))
                return new Unknown(`data.${type}.${name} has count or for_each`);
            return new Map([['json', policyDocument(block.body, (v) => this.raw(v, { module: scope.module }))]]);
        });
    }
    /** `type.name`: the instance (a Ref), the list of its count instances, or the map of its for_each instances. */
    resource(blockAddress, module) {
        const block = module.source.resources.find((r) => `${r.type}.${r.name}` === blockAddress);
        if (!block)
            return new Unknown(`${blockAddress} is not declared in this module`);
        const instances = this.instances(block, module);
        if (instances.kind === 'unknown')
            return new Unknown(`the instances of ${module.prefix}${blockAddress} are not known here (${instances.why})`);
        const refs = this.scopesOf(block, module).map(({ address }) => new Ref(address, undefined));
        if (instances.kind === 'count')
            return refs;
        if (instances.kind === 'single')
            return refs[0] ?? new Unknown(`${module.prefix}${blockAddress} has no instance`);
        return new Map(instances.keys.flatMap((k, i) => (refs[i] ? [[k, refs[i]]] : [])));
    }
    /**
     * Every instance of a resource block, by address, with the scope its attributes are evaluated in (none when how
     * many there are is not known: such a resource is neither checked nor referenced).
     */
    scopesOf(block, module) {
        const address = `${module.prefix}${block.type}.${block.name}`;
        const cached = this.blockScopes.get(address);
        if (cached)
            return cached;
        const instances = this.instances(block, module);
        const base = { module, resource: block };
        const out = instances.kind === 'count'
            ? instances.keys.map((i) => ({ address: `${address}[${i}]`, scope: { ...base, count: i } }))
            : instances.kind === 'each'
                ? instances.keys.map((k) => ({
                    address: `${address}[${JSON.stringify(k)}]`,
                    scope: { ...base, each: { key: k, value: instances.values?.get(k) ?? k } },
                }))
                : instances.kind === 'single'
                    ? [{ address, scope: base }]
                    : [];
        this.blockScopes.set(address, out);
        for (const o of out)
            this.instanceScopes.set(o.address, o.scope);
        return out;
    }
    /** The instances a resource block has: one, `count` of them, one per `for_each` key, or not known. */
    instances(block, module) {
        const address = `${module.prefix}${block.type}.${block.name}`;
        const known = this.instancesOf.get(address);
        if (known)
            return known;
        const instances = this.countInstances(block, module);
        this.instancesOf.set(address, instances);
        return instances;
    }
    countInstances(block, module) {
        const scope = { module };
        if (block.body.has('count')) {
            const n = this.raw(block.body.get('count'), scope);
            if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
                return { kind: 'unknown', why: n instanceof Unknown ? n.why : 'count is not a whole number' };
            return n > MAX_INSTANCES ? { kind: 'unknown', why: `count is over ${MAX_INSTANCES}` } : { kind: 'count', keys: [...Array(n).keys()] };
        }
        if (block.body.has('for_each')) {
            const each = this.raw(block.body.get('for_each'), scope);
            const keys = isMap(each) ? [...each.keys()] : isList(each) && each.every((k) => typeof k === 'string') ? each : undefined;
            if (!keys)
                return { kind: 'unknown', why: each instanceof Unknown ? each.why : 'for_each is not a map or a set of strings' };
            if (keys.length > MAX_INSTANCES)
                return { kind: 'unknown', why: `for_each has over ${MAX_INSTANCES} keys` };
            return { kind: 'each', keys: [...new Set(keys)], values: isMap(each) ? each : undefined };
        }
        return { kind: 'single' };
    }
}
/** The key and value pairs a `for` or `for_each` walks: a list's indexes and items, a map's keys and values. */
function entriesOf(v) {
    if (isList(v))
        return v.map((item, i) => [i, item]);
    if (isMap(v))
        return [...v];
    return undefined;
}
function withSymbols(scope, bound) {
    return { ...scope, symbols: new Map([...(scope.symbols ?? []), ...bound]) };
}
function nameAt(steps, i) {
    const s = steps[i];
    return s && 'name' in s ? s.name : undefined;
}
function keyOf(v) {
    return typeof v === 'number' ? v : (asText(v) ?? '\0unknown');
}
/** One step into a value: an attribute or key of a map, an item of a list, an attribute of a resource instance. */
function step(v, key) {
    if (v instanceof Unknown)
        return v;
    if (key === '\0unknown')
        return new Unknown('an index that is not known here');
    if (v instanceof Ref) {
        if (v.attribute === undefined && typeof key === 'string')
            return new Ref(v.address, key);
        return new Unknown(`${v.address}${v.attribute ? `.${v.attribute}` : ''} is known only after apply`);
    }
    if (isMap(v))
        return v.get(String(key)) ?? new Unknown(`no ${String(key)} in the value`);
    if (isList(v) && typeof key === 'number')
        return v[key] ?? new Unknown(`no item ${key} in the list`);
    if (isList(v) && typeof key === 'string' && /^\d+$/.test(key))
        return v[Number(key)] ?? new Unknown(`no item ${key} in the list`);
    return new Unknown(`no ${String(key)} in the value`);
}
/** HCL's binary operators (hclsyntax's names), on known numbers, booleans and text; anything else is UNKNOWN. */
function binary(op, left, right) {
    if (left instanceof Unknown)
        return left;
    if (right instanceof Unknown)
        return right;
    if (typeof left === 'number' && typeof right === 'number') {
        const n = numeric(op, left, right);
        if (n !== undefined)
            return n;
    }
    if (typeof left === 'boolean' && typeof right === 'boolean') {
        if (op === 'logicalAnd')
            return left && right;
        if (op === 'logicalOr')
            return left || right;
    }
    if (op === 'equal' || op === 'notEqual') {
        const same = sameKnown(left, right);
        return same === undefined ? new Unknown('a comparison that is not known here') : same === (op === 'equal');
    }
    return new Unknown(`the ${op} operator is not evaluated here`);
}
function numeric(op, a, b) {
    switch (op) {
        case 'add':
            return a + b;
        case 'subtract':
            return a - b;
        case 'multiply':
            return a * b;
        case 'divide':
            return b === 0 ? undefined : a / b;
        case 'modulo':
            return b === 0 ? undefined : a % b;
        case 'greaterThan':
            return a > b;
        case 'greaterThanOrEqual':
            return a >= b;
        case 'lessThan':
            return a < b;
        case 'lessThanOrEqual':
            return a <= b;
        default:
            return undefined;
    }
}
function unary(op, v) {
    if (op === 'logicalNot' && typeof v === 'boolean')
        return !v;
    if (op === 'negate' && typeof v === 'number')
        return -v;
    return v instanceof Unknown ? v : new Unknown(`the ${op} operator is not evaluated here`);
}
//# sourceMappingURL=evaluate.js.map