/** A key equal for the same zone written the same way; undefined when the zone is unknown. */
export function zoneKey(z) {
    switch (z.kind) {
        case 'name':
            return `name:${z.name}`;
        case 'zone-id':
            return `id:${z.zoneId}`;
        case 'indexed':
            return `index:${z.region}:${z.index}`;
        case 'unknown':
            return undefined;
    }
}
/** How a user reads the zone in a message. */
export function zoneName(z) {
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
 * deployment: only zones of the same kind are known to be equal or different.
 */
export function comparable(a, b) {
    if (a.kind === 'unknown' || a.kind !== b.kind)
        return false;
    if (a.kind === 'indexed' && b.kind === 'indexed')
        return a.region === b.region;
    // `${AWS::Region}a` is eu-west-1a in one stack and us-east-1a in another: comparable only with its own kind.
    if (a.kind === 'name' && b.kind === 'name')
        return a.name.startsWith('${') === b.name.startsWith('${');
    return true;
}
//# sourceMappingURL=zones.js.map