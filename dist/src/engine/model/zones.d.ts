import type { Zone } from './types.js';
/** A key equal for the same zone written the same way; undefined when the zone is unknown. */
export declare function zoneKey(z: Zone): string | undefined;
/** How a user reads the zone in a message. */
export declare function zoneName(z: Zone): string;
/**
 * Zones written in different ways (`eu-west-1a`, a zone ID, `!Select [0, !GetAZs '']`) cannot be compared before
 * deployment: only zones of the same kind are known to be equal or different.
 */
export declare function comparable(a: Zone, b: Zone): boolean;
