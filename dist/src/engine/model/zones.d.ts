import type { Zone } from './types.js';
export type KnownZone = Exclude<Zone, {
    readonly kind: 'unknown';
}>;
export declare function isKnownZone(z: Zone): z is KnownZone;
/** A key equal for the same zone written the same way. */
export declare function zoneKey(z: KnownZone): string;
/** How a user reads the zone in a message. */
export declare function zoneName(z: Zone): string;
/**
 * Zones written in different ways (`eu-west-1a`, a zone ID, `!Select [0, !GetAZs '']`) cannot be compared before
 * deployment: only zones of the same class are known to be equal or different.
 */
export declare function zoneClass(z: KnownZone): string;
/** Whether two zones are written so that they can be compared before deployment (see `zoneClass`). */
export declare function comparable(a: Zone, b: Zone): boolean;
