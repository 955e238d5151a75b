import type { Loc } from '../load/source-node.js';
import { type Value } from '../resolve/value.js';
import type { Known, Setting } from './types.js';
/** Why a value is not known, in words for a note. */
export declare function whyUnknown(v: Value): string;
/** A property with the position of its key, where findings about it point. */
export interface PropertyEntry {
    readonly value: Value;
    readonly keyLoc: Loc;
}
/** A boolean property as CloudFormation reads it: true/false, or the strings "true"/"false". */
export declare function booleanSetting(p: PropertyEntry | undefined, awsDefault: boolean): Setting<boolean>;
export declare function stringSetting(p: PropertyEntry | undefined, awsDefault: string): Setting<string>;
/** A text value, or why it is not known (`absent` when the template does not give it). */
export declare function knownText(v: Value | undefined, absent: string): Known<string>;
/** A number as CloudFormation reads it: 443 or "443". */
export declare function knownNumber(v: Value): Known<number>;
/** IpProtocol normalised: `tcp`/`6` → tcp, `-1`/-1 → -1 (all traffic). */
export declare function protocol(v: Value | undefined, loc: Loc): Known<string>;
