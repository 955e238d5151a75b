/** A reference to a resource instance (`aws_subnet.private[0]`) or one of its attributes: its value is known only after apply. */
export class Ref {
  constructor(
    readonly address: string,
    readonly attribute: string | undefined,
  ) {}
}

/** A value nobody can know from the source, with why. */
export class Unknown {
  constructor(readonly why: string) {}
}

/** A string built from parts some of which are references (`"arn:aws:sqs:${var.region}:${aws_sqs_queue.q.name}"`). */
export class Concat {
  constructor(readonly parts: readonly TfValue[]) {}
}

/** `jsonencode(…)` of a value that holds references: a JSON document whose structure is known. */
export class Json {
  constructor(readonly value: TfValue) {}
}

/** An HCL value as the source tells it. Objects are Maps, so that no key of an input is ever looked up on a prototype. */
export type TfValue = null | string | number | boolean | readonly TfValue[] | ReadonlyMap<string, TfValue> | Ref | Unknown | Concat | Json;

export function isMap(v: TfValue): v is ReadonlyMap<string, TfValue> {
  return v instanceof Map;
}

export function isList(v: TfValue): v is readonly TfValue[] {
  return Array.isArray(v);
}

/** Values share parts (a local used twice): what is learnt of a part is remembered, so that walks stay linear. */
const knownness = new WeakMap<object, boolean>();
const sizes = new WeakMap<object, number>();
const unknowns = new WeakMap<object, Unknown | null>();

/** Whether a value holds nothing that is known only after apply or not at all. */
export function isKnown(v: TfValue): boolean {
  if (v instanceof Ref || v instanceof Unknown || v instanceof Concat || v instanceof Json) return false;
  if (!isList(v) && !isMap(v)) return true;
  const memo = knownness.get(v);
  if (memo !== undefined) return memo;
  const known = isList(v) ? v.every(isKnown) : [...v.values()].every(isKnown);
  knownness.set(v, known);
  return known;
}

/** The values a value expands to when written out (shared parts counted each time), capped just above `limit`. */
export function sizeOf(v: TfValue, limit = 1_000_000): number {
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? 1 + (v.length >> 6) : 1;
  const memo = sizes.get(v);
  if (memo !== undefined) return memo;
  const parts = isList(v) ? v : isMap(v) ? [...v.values()] : v instanceof Concat ? v.parts : v instanceof Json ? [v.value] : [];
  let n = 1;
  for (const p of parts) {
    n += sizeOf(p, limit);
    if (n > limit) break;
  }
  sizes.set(v, n);
  return n;
}

/** The first reason a value is unknown, for messages. */
export function unknownIn(v: TfValue): Unknown | undefined {
  if (v instanceof Unknown) return v;
  if (v === null || typeof v !== 'object' || v instanceof Ref || isKnown(v)) return undefined;
  const memo = unknowns.get(v);
  if (memo !== undefined) return memo ?? undefined;
  const found =
    v instanceof Concat ? firstOf(v.parts) : v instanceof Json ? unknownIn(v.value) : isList(v) ? firstOf(v) : isMap(v) ? firstOf([...v.values()]) : undefined;
  unknowns.set(v, found ?? null);
  return found;
}

function firstOf(values: readonly TfValue[]): Unknown | undefined {
  for (const p of values) {
    const u = unknownIn(p);
    if (u) return u;
  }
  return undefined;
}

/** A known value's identity, for equality and sets (`==`, `contains`, `distinct`); undefined when it is not known. */
export function knownKey(v: TfValue): string | undefined {
  return isKnown(v) ? JSON.stringify(toJson(v)) : undefined;
}

/** Equality of known values (null included); undefined when either holds something not known here. */
export function sameKnown(a: TfValue, b: TfValue): boolean | undefined {
  const [x, y] = [knownKey(a), knownKey(b)];
  return x === undefined || y === undefined ? undefined : x === y;
}

/** A known value as plain JSON (for `jsonencode`). */
export function toJson(v: TfValue): unknown {
  if (isList(v)) return v.map(toJson);
  if (isMap(v)) return Object.fromEntries([...v].map(([k, x]) => [k, toJson(x)]));
  return v;
}

/** Plain JSON (a tfvars file, a `file()` read as JSON) as a value. */
export function fromJson(v: unknown): TfValue {
  if (Array.isArray(v)) return v.map(fromJson);
  if (v !== null && typeof v === 'object') return new Map(Object.entries(v).map(([k, x]) => [k, fromJson(x)]));
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return null;
}

/** The text of a string, number or boolean, as HCL converts it in a template; undefined for anything else. */
export function asText(v: TfValue): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}
