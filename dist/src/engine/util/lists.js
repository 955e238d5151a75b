/** The list's one item, or `undefined` when it has none or several. */
export function soleItem(items) {
    return items.length === 1 ? items[0] : undefined;
}
/** The map's value for the key, made and stored by `make` the first time. */
export function getOrMake(map, key, make) {
    const found = map.get(key);
    if (found !== undefined)
        return found;
    const made = make();
    map.set(key, made);
    return made;
}
/** The first `max` items that pass `test`, in order, stopping as soon as they are found. */
export function firstWhere(items, test, max) {
    const out = [];
    for (const item of items) {
        if (out.length >= max)
            break;
        if (test(item))
            out.push(item);
    }
    return out;
}
//# sourceMappingURL=lists.js.map