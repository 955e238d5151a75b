import { type Role } from './types.js';
/** One action a role allows, and where the grant comes from (for messages). */
export interface Grant {
    readonly action: string;
    readonly source: string;
}
/** What a role allows: actions it grants, and grants it has that cannot be read (`*`, NotAction, unknown values). */
export interface Grants {
    readonly actions: readonly Grant[];
    readonly unreadable: readonly string[];
}
/** The Allow actions of a role: inline policies, template policies attached to it, and well-known managed policies. */
export declare function grantsOf(role: Role): Grants;
