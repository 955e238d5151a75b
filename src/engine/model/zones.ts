import type { Zone } from './types.js';

export type KnownZone = Exclude<Zone, { readonly kind: 'unknown' }>;

export function isKnownZone(z: Zone): z is KnownZone {
  return z.kind !== 'unknown';
}

/** A key equal for the same zone written the same way. */
export function zoneKey(z: KnownZone): string {
  switch (z.kind) {
    case 'name':
      return `name:${z.name}`;
    case 'zone-id':
      return `id:${z.zoneId}`;
    case 'indexed':
      return `index:${z.region}:${z.index}`;
  }
}

/** How a user reads the zone in a message. */
export function zoneName(z: Zone): string {
  switch (z.kind) {
    case 'name':
      return z.name;
    case 'zone-id':
      return z.zoneId;
    case 'indexed':
      return `zone ${z.index} of ${z.region === 'AWS::Region' ? 'the region' : z.region} (!Select [${z.index}, !GetAZs])`;
    case 'unknown':
      return 'an unknown zone';
  }
}

/**
 * Zones written in different ways (`eu-west-1a`, a zone ID, `!Select [0, !GetAZs '']`) cannot be compared before
 * deployment: only zones of the same class are known to be equal or different.
 */
export function zoneClass(z: KnownZone): string {
  switch (z.kind) {
    case 'name':
      // `${AWS::Region}a` is eu-west-1a in one stack and us-east-1a in another: comparable only with its own kind.
      return `name:${String(z.name.startsWith('${'))}`;
    // Stryker disable next-line ConditionalExpression,StringLiteral: a zone ID's class, falling through or unnamed, is still one of its own
    case 'zone-id':
      // Stryker disable next-line StringLiteral: the classes only need to differ from each other
      return 'id';
    case 'indexed':
      return `index:${z.region}`;
  }
}

/** Whether two zones are written so that they can be compared before deployment (see `zoneClass`). */
export function comparable(a: Zone, b: Zone): boolean {
  return isKnownZone(a) && isKnownZone(b) && zoneClass(a) === zoneClass(b);
}
