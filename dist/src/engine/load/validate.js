import { InputError, toPlain } from './source-node.js';
const compiled = new WeakMap();
/**
 * Checks a parsed file against a JSON Schema: the plain data when it fits, else one input error naming the most
 * specific problem (`artifacts.App.properties.templateFile: must be string`) at the line of the offending key.
 */
export async function validateShape(file, root, schema, what) {
    let validate = compiled.get(schema);
    if (!validate) {
        // ajv is a quarter of the code, needed only with a configuration file, a baseline or a cdk.out: loaded then.
        // ajv is CommonJS: its module object is the constructor, with itself as `Ajv`, in Node and in the bundle alike.
        const { Ajv } = (await import('ajv')).default;
        validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
        compiled.set(schema, validate);
    }
    const data = root ? toPlain(root) : {};
    if (!validate(data)) {
        const error = mostSpecific(validate.errors ?? []);
        if (!error)
            throw new InputError(file, `${what}: not valid`);
        const key = keyOf(error);
        throw new InputError(file, `${what}: ${key ? `${key}: ` : ''}${describe(error)}`, root ? locate(root, error) : undefined);
    }
    return data;
}
/** Among ajv's errors (oneOf reports every branch), the one that tells the user most: the deepest key, then by kind. */
function mostSpecific(errors) {
    const depth = (e) => e.instancePath.split('/').length + (e.keyword === 'additionalProperties' ? 1 : 0);
    const order = ['additionalProperties', 'enum', 'minimum', 'type', 'oneOf'];
    const rank = (e) => (order.includes(e.keyword) ? order.indexOf(e.keyword) : 2);
    return [...errors].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b))[0];
}
/** The keys from the root to the offending one (the unknown key itself for additionalProperties). */
function pathOf(e) {
    const parts = e.instancePath
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (e.keyword === 'additionalProperties')
        parts.push(e.params.additionalProperty);
    return parts;
}
function keyOf(e) {
    return pathOf(e)
        .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`))
        .join('');
}
function describe(e) {
    if (e.keyword === 'additionalProperties')
        return e.instancePath === '/rules' ? 'no such rule' : 'unknown key';
    if (e.keyword === 'enum')
        return `must be one of ${e.params.allowedValues.join(', ')}`;
    return e.message ?? 'invalid';
}
/** The error's path leads through the data, which is the tree: every step finds its map entry or list item. */
// Stryker disable OptionalChaining: the optional steps never meet a missing node (see above)
function locate(root, e) {
    let node = root;
    let loc = root.loc;
    for (const p of pathOf(e)) {
        if (node?.kind === 'map') {
            const entry = node.entries.find((x) => x.key === p);
            loc = entry?.keyLoc ?? loc;
            node = entry?.value;
        }
        else if (node?.kind === 'seq') {
            node = node.items[Number(p)];
            loc = node?.loc ?? loc;
        }
    }
    return loc;
}
// Stryker restore OptionalChaining
//# sourceMappingURL=validate.js.map