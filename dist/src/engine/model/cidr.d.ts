import ipaddr from 'ipaddr.js';
/** A CIDR range, parsed: its network address and prefix length. */
export interface Cidr {
    readonly text: string;
    readonly family: 'ipv4' | 'ipv6';
    readonly address: ipaddr.IPv4 | ipaddr.IPv6;
    readonly prefix: number;
}
export declare function parseCidr(text: string): Cidr | undefined;
/** Whether `inner` lies within `outer` (same family, no wider, and the same first `outer.prefix` bits). */
export declare function cidrContains(outer: Cidr, inner: Cidr): boolean;
/**
 * The shortest prefix a VPC's own block can have: AWS allows IPv4 VPC blocks from /16 to /28 and IPv6 blocks from
 * /44 (with IPAM) to /60. A range with a shorter prefix is wider than any VPC, whatever the template says of its VPC.
 */
export declare const WIDEST_VPC_PREFIX: {
    readonly ipv4: 16;
    readonly ipv6: 44;
};
/**
 * Terraform's `cidrsubnet(prefix, newbits, netnum)` for IPv4: the `netnum`-th range of `prefix + newbits` bits inside
 * `prefix`; undefined when the arguments do not fit (IPv6 is not computed here).
 */
export declare function ipv4Subnet(prefix: string, newbits: number, netnum: number): string | undefined;
