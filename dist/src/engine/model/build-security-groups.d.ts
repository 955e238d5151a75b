import type { ResourceHandler } from './build-network.js';
/** Security groups with their inline rules, and the rules written as resources of their own. */
export declare const SECURITY_GROUP_HANDLERS: Record<string, ResourceHandler>;
