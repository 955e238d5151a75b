import type { Value } from '../resolve/value.js';
/** A value as a template writes it, intrinsic functions in their long form (`{ Ref: X }`, `{ "Fn::Sub": … }`). */
export type Written = string | number | boolean | readonly Written[] | {
    readonly [key: string]: Written;
};
/** The value in CloudFormation's own syntax (Ref, Fn::GetAtt, Fn::Sub), or the reason it cannot be written. */
export declare function written(v: Value): Written | {
    readonly unwritable: string;
};
export declare const isUnwritable: (w: Written | {
    readonly unwritable: string;
}) => w is {
    readonly unwritable: string;
};
/** `Ref` and `Fn::…`: the key of a mapping that is an intrinsic function, not data. */
export declare function isIntrinsicKey(key: unknown): boolean;
