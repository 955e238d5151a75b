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
function firstWhere(items, test, max) {
  const out = [];
  for (const item of items) {
    if (out.length >= max) break;
    if (test(item)) out.push(item);
  }
  return out;
}

export {
  soleItem,
  getOrMake,
  firstWhere
};
