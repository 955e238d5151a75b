import ipaddr from 'ipaddr.js';
export function parseCidr(text) {
    try {
        const [address, prefix] = ipaddr.parseCIDR(text.trim());
        return { text, family: address.kind(), address, prefix };
    }
    catch {
        return undefined;
    }
}
/** Whether `inner` lies within `outer` (same family, no wider, and the same first `outer.prefix` bits). */
export function cidrContains(outer, inner) {
    if (outer.family !== inner.family || inner.prefix < outer.prefix)
        return false;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: both families have the same match(); the casts only satisfy the types
    return inner.family === 'ipv4'
        ? inner.address.match(outer.address, outer.prefix)
        : inner.address.match(outer.address, outer.prefix);
}
/**
 * The shortest prefix a VPC's own block can have: AWS allows IPv4 VPC blocks from /16 to /28 and IPv6 blocks from
 * /44 (with IPAM) to /60. A range with a shorter prefix is wider than any VPC, whatever the template says of its VPC.
 */
export const WIDEST_VPC_PREFIX = { ipv4: 16, ipv6: 44 };
/**
 * Terraform's `cidrsubnet(prefix, newbits, netnum)` for IPv4: the `netnum`-th range of `prefix + newbits` bits inside
 * `prefix`; undefined when the arguments do not fit (IPv6 is not computed here).
 */
export function ipv4Subnet(prefix, newbits, netnum) {
    const base = parseCidr(prefix);
    if (base?.family !== 'ipv4' || !Number.isInteger(newbits) || !Number.isInteger(netnum) || newbits < 0 || netnum < 0)
        return undefined;
    const length = base.prefix + newbits;
    if (length > 32 || netnum >= 2 ** newbits)
        return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = base.address.toByteArray();
    const network = (((a << 24) | (b << 16) | (c << 8) | d) >>> 0) & (base.prefix === 0 ? 0 : (~0 << (32 - base.prefix)) >>> 0);
    const address = (network + netnum * 2 ** (32 - length)) >>> 0;
    return `${[24, 16, 8, 0].map((shift) => (address >>> shift) & 255).join('.')}/${length}`;
}
//# sourceMappingURL=cidr.js.map