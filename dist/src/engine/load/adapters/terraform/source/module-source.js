/** The blocks of one parsed file, added to what the module already holds. */
export function collectBlocks(json, into) {
    const top = asMap(json);
    for (const [kind, target] of [
        ['resource', into.resources],
        ['data', into.data],
    ]) {
        for (const [type, byName] of asMap(top.get(kind))) {
            for (const [name, bodies] of asMap(byName))
                target.push({ type, name, body: firstBody(bodies) });
        }
    }
    for (const [kind, target] of [
        ['variable', into.variables],
        ['output', into.outputs],
        ['module', into.calls],
        ['provider', into.providers],
    ]) {
        for (const [name, bodies] of asMap(top.get(kind)))
            if (!target.has(name))
                target.set(name, firstBody(bodies));
    }
    for (const body of asList(top.get('locals')))
        for (const [name, value] of asMap(body))
            into.locals.set(name, value);
}
export function asMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? new Map(Object.entries(v)) : new Map();
}
export function asList(v) {
    return Array.isArray(v) ? v : [];
}
function firstBody(bodies) {
    return asMap(Array.isArray(bodies) ? bodies[0] : bodies);
}
//# sourceMappingURL=module-source.js.map