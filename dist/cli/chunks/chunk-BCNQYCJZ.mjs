import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);

// src/engine/util/lists.ts
function soleItem(items) {
  return items.length === 1 ? items[0] : void 0;
}
function getOrMake(map, key, make) {
  const found = map.get(key);
  if (found !== void 0) return found;
  const made = make();
  map.set(key, made);
  return made;
}

export {
  soleItem,
  getOrMake
};
