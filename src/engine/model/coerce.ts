import type { Loc } from '../load/source-node.js';
import { display, knownString, type Value } from '../resolve/value.js';
import type { Known, Setting } from './types.js';

/** Why a value is not known, in words for a note. */
export function whyUnknown(v: Value): string {
  return v.kind === 'unknown' ? v.reason : `${display(v)} is not known before deployment`;
}

/** A property with the position of its key, where findings about it point. */
export interface PropertyEntry {
  readonly value: Value;
  readonly keyLoc: Loc;
}

/** A boolean property as CloudFormation reads it: true/false, or the strings "true"/"false". */
export function booleanSetting(p: PropertyEntry | undefined, awsDefault: boolean): Setting<boolean> {
  if (p === undefined) return { state: 'default', value: awsDefault };
  const { value: v, keyLoc: loc } = p;
  if (v.kind === 'boolean') return { state: 'set', value: v.value, loc };
  const written = knownString(v);
  const s = written?.toLowerCase();
  if (s === 'true' || s === 'false') return { state: 'set', value: s === 'true', loc };
  return { state: 'unknown', reason: written === undefined ? whyUnknown(v) : `'${written}' is not true or false`, loc };
}

export function stringSetting(p: PropertyEntry | undefined, awsDefault: string): Setting<string> {
  if (p === undefined) return { state: 'default', value: awsDefault };
  const s = knownString(p.value);
  return s === undefined ? { state: 'unknown', reason: whyUnknown(p.value), loc: p.keyLoc } : { state: 'set', value: s, loc: p.keyLoc };
}

/** A text value, or why it is not known (`absent` when the template does not give it). */
export function knownText(v: Value | undefined, absent: string): Known<string> {
  if (v === undefined) return { known: false, reason: absent };
  const s = knownString(v);
  return s === undefined ? { known: false, reason: whyUnknown(v) } : { known: true, value: s };
}

/** A number as CloudFormation reads it: 443 or "443". */
export function knownNumber(v: Value): Known<number> {
  const s = knownString(v);
  if (s === undefined) return { known: false, reason: whyUnknown(v) };
  const n = s.trim() === '' ? NaN : Number(s);
  return Number.isFinite(n) ? { known: true, value: n } : { known: false, reason: `'${s}' is not a number` };
}

const PROTOCOL_NAMES: Record<string, string> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6', all: '-1' };

/** IpProtocol normalised: `tcp`/`6` → tcp, `-1`/-1 → -1 (all traffic). */
export function protocol(v: Value | undefined, loc: Loc): Known<string> {
  if (v === undefined) return { known: false, reason: `no IpProtocol at line ${loc.line}` };
  const s = knownString(v)?.trim().toLowerCase();
  if (s === undefined) return { known: false, reason: whyUnknown(v) };
  return { known: true, value: PROTOCOL_NAMES[s] ?? s };
}
