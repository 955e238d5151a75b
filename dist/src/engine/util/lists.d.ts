/** The list's one item, or `undefined` when it has none or several. */
export declare function soleItem<T>(items: readonly T[]): T | undefined;
/** The map's value for the key, made and stored by `make` the first time. */
export declare function getOrMake<K, V>(map: Map<K, V>, key: K, make: () => V): V;
/** The first `max` items that pass `test`, in order, stopping as soon as they are found. */
export declare function firstWhere<T>(items: Iterable<T>, test: (item: T) => boolean, max: number): T[];
