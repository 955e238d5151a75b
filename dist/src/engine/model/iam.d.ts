import { type Value } from '../resolve/value.js';
/** What an AWS principal in a policy is. */
export type PrincipalKind = 'any' | 'role' | 'account-root' | 'account-id' | 'user' | 'other' | 'unknown';
export interface PrincipalEntry {
    readonly kind: PrincipalKind;
    readonly shown: string;
    /** The ARN's shape with pseudo parameters rendered (`arn:aws:iam::000000000000:root`), for matching patterns. */
    readonly shape?: string;
}
/**
 * The value as a string for shape matching: pseudo parameters (also the `#{AWS::AccountId}` form of the
 * serverless-pseudo-parameters plugin) rendered by shape, other symbolic parts as one SYMBOL character.
 */
export declare function pattern(v: Value): string | undefined;
/** Whether a `pattern()` shape (or a piece of one) has no part that is unknown or a reference. */
export declare function isKnownShape(shape: string): boolean;
/** The value's shape when every part of it is known or a pseudo parameter (no reference, nothing unknown). */
export declare function knownShape(v: Value): string | undefined;
export declare function values(v: Value): readonly Value[];
/**
 * Classifies an AWS principal: `Fn::GetAtt Role.Arn`, and role ARNs built with `Fn::Sub`/pseudo parameters
 * (`arn:${AWS::Partition}:iam::${AWS::AccountId}:role/x`), are roles.
 */
export declare function classifyAwsPrincipal(v: Value, typeOf: (id: string) => string | undefined): PrincipalEntry;
/** `*` or `svc:*`: every action (of a service). */
export declare function isWildcardAction(v: Value): boolean;
/** `*`, or an ARN whose resource part is only wildcards (`arn:aws:sqs:us-east-1:123456789012:*`, `arn:aws:s3:::*`). */
export declare function isWildcardResource(v: Value): boolean;
