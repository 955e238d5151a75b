import { type Value } from '../resolve/value.js';
import type { NetworkModel } from './network-model.js';
import { type LambdaFunction, type Role } from './types.js';
/** One action a role allows (`svc:*` for a managed policy's actions on a service), and how to say so in messages. */
export interface Grant {
    readonly action: string;
    /** The statement's Resource values; `any` for a managed policy's grants or a statement without Resource. */
    readonly resources: readonly Value[] | 'any';
    /** `sqs:SendMessage is granted to LambdaRole`, `the managed policy AmazonSQSReadOnlyAccess of LambdaRole grants sqs actions`. */
    readonly why: string;
}
/** What a role allows: actions it grants, and grants it has that cannot be read (`*`, NotAction, unknown values). */
export interface Grants {
    readonly actions: readonly Grant[];
    readonly unreadable: readonly string[];
}
/** The Allow actions of a role: inline policies, template policies attached to it, and well-known managed policies. */
export declare function grantsOf(role: Role): Grants;
/**
 * A grant the Lambda service itself uses for the function, not the function's code: polling its event sources, and
 * delivering to its dead-letter queue or destinations (on those resources only). Such calls never go through the
 * function's VPC.
 */
export declare function isLambdaServiceCall(grant: Grant, fn: LambdaFunction, model: NetworkModel): boolean;
