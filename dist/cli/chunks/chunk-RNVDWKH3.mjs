import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);

// src/engine/load/adapters/terraform/source/tf-value.ts
var Ref = class {
  constructor(address, attribute) {
    this.address = address;
    this.attribute = attribute;
  }
  address;
  attribute;
};
var Unknown = class {
  constructor(why) {
    this.why = why;
  }
  why;
};
var Concat = class {
  constructor(parts) {
    this.parts = parts;
  }
  parts;
};
var Json = class {
  constructor(value) {
    this.value = value;
  }
  value;
};
function isMap(v) {
  return v instanceof Map;
}
function isList(v) {
  return Array.isArray(v);
}
var knownness = /* @__PURE__ */ new WeakMap();
var sizes = /* @__PURE__ */ new WeakMap();
var unknowns = /* @__PURE__ */ new WeakMap();
function isKnown(v) {
  if (v instanceof Ref || v instanceof Unknown || v instanceof Concat || v instanceof Json) return false;
  if (!isList(v) && !isMap(v)) return true;
  const memo = knownness.get(v);
  if (memo !== void 0) return memo;
  const known = isList(v) ? v.every(isKnown) : [...v.values()].every(isKnown);
  knownness.set(v, known);
  return known;
}
function sizeOf(v, limit = 1e6) {
  if (v === null || typeof v !== "object") return typeof v === "string" ? 1 + (v.length >> 6) : 1;
  const memo = sizes.get(v);
  if (memo !== void 0) return memo;
  const parts = isList(v) ? v : isMap(v) ? [...v.values()] : v instanceof Concat ? v.parts : v instanceof Json ? [v.value] : [];
  let n = 1;
  for (const p of parts) {
    n += sizeOf(p, limit);
    if (n > limit) break;
  }
  sizes.set(v, n);
  return n;
}
function unknownIn(v) {
  if (v instanceof Unknown) return v;
  if (v === null || typeof v !== "object" || v instanceof Ref || isKnown(v)) return void 0;
  const memo = unknowns.get(v);
  if (memo !== void 0) return memo ?? void 0;
  const found = v instanceof Concat ? firstOf(v.parts) : v instanceof Json ? unknownIn(v.value) : isList(v) ? firstOf(v) : isMap(v) ? firstOf([...v.values()]) : void 0;
  unknowns.set(v, found ?? null);
  return found;
}
function firstOf(values) {
  for (const p of values) {
    const u = unknownIn(p);
    if (u) return u;
  }
  return void 0;
}
function knownKey(v) {
  return isKnown(v) ? JSON.stringify(toJson(v)) : void 0;
}
function sameKnown(a, b) {
  const [x, y] = [knownKey(a), knownKey(b)];
  return x === void 0 || y === void 0 ? void 0 : x === y;
}
function toJson(v) {
  if (isList(v)) return v.map(toJson);
  if (isMap(v)) return Object.fromEntries([...v].map(([k, x]) => [k, toJson(x)]));
  return v;
}
function fromJson(v) {
  if (Array.isArray(v)) return v.map(fromJson);
  if (v !== null && typeof v === "object") return new Map(Object.entries(v).map(([k, x]) => [k, fromJson(x)]));
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return null;
}
function asText(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return void 0;
}

// src/engine/load/adapters/terraform/source/module-source.ts
function collectBlocks(json, into) {
  const top = asMap(json);
  for (const [kind, target] of [
    ["resource", into.resources],
    ["data", into.data]
  ]) {
    for (const [type, byName] of asMap(top.get(kind))) {
      for (const [name, bodies] of asMap(byName)) target.push({ type, name, body: firstBody(bodies) });
    }
  }
  for (const [kind, target] of [
    ["variable", into.variables],
    ["output", into.outputs],
    ["module", into.calls],
    ["provider", into.providers]
  ]) {
    for (const [name, bodies] of asMap(top.get(kind))) if (!target.has(name)) target.set(name, firstBody(bodies));
  }
  for (const body of asList(top.get("locals"))) for (const [name, value] of asMap(body)) into.locals.set(name, value);
}
function asMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v) ? new Map(Object.entries(v)) : /* @__PURE__ */ new Map();
}
function asList(v) {
  return Array.isArray(v) ? v : [];
}
function firstBody(bodies) {
  return asMap(Array.isArray(bodies) ? bodies[0] : bodies);
}

export {
  Ref,
  Unknown,
  Concat,
  Json,
  isMap,
  isList,
  isKnown,
  sizeOf,
  unknownIn,
  knownKey,
  sameKnown,
  toJson,
  fromJson,
  asText,
  collectBlocks,
  asMap,
  asList
};
