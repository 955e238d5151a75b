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
//# sourceMappingURL=lists.js.map