/** The list's one item, or `undefined` when it has none or several. */
export function soleItem<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/** The map's value for the key, made and stored by `make` the first time. */
export function getOrMake<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}

/** The first `max` items that pass `test`, in order, stopping as soon as they are found. */
export function firstWhere<T>(items: Iterable<T>, test: (item: T) => boolean, max: number): T[] {
  const out: T[] = [];
  for (const item of items) {
    if (out.length >= max) break;
    if (test(item)) out.push(item);
  }
  return out;
}
