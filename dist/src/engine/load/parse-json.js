import { parseTree, printParseErrorCode } from 'jsonc-parser';
import { assertParseable, LIMITS } from './budget.js';
import { InputError, lineLocator, MAX_DEPTH } from './source-node.js';
/** Strict JSON (no comments, no trailing commas) into a position-carrying tree. */
export function parseJson(file, text) {
    assertParseable(file, text, LIMITS.jsonNodes, 'JSON');
    const locOf = lineLocator(text);
    const errors = [];
    const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
    const err = errors[0];
    if (err)
        throw new InputError(file, `invalid JSON: ${describe(printParseErrorCode(err.error))}`, locOf(err.offset));
    if (!tree)
        throw new InputError(file, 'empty file: no JSON content');
    const convert = (node, depth = 0) => {
        const loc = locOf(node.offset);
        if (depth > MAX_DEPTH)
            throw new InputError(file, `nested deeper than ${MAX_DEPTH} levels`, loc);
        switch (node.type) {
            case 'object': {
                const byKey = new Map();
                for (const prop of node.children ?? []) {
                    const [k, v] = prop.children ?? [];
                    if (!k || !v)
                        continue;
                    const key = String(k.value);
                    byKey.delete(key); // JSON.parse semantics: the last one wins, in its own place
                    byKey.set(key, { key, keyLoc: locOf(k.offset), value: convert(v, depth + 1) });
                }
                return { kind: 'map', entries: [...byKey.values()], loc };
            }
            case 'array':
                return { kind: 'seq', items: (node.children ?? []).map((c) => convert(c, depth + 1)), loc };
            default:
                return { kind: 'scalar', value: node.value, loc };
        }
    };
    return convert(tree);
}
function describe(code) {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
//# sourceMappingURL=parse-json.js.map