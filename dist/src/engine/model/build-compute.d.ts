import type { ResourceHandler } from './build-network.js';
/** Functions, what invokes them and what they deliver to, and their roles with every policy attached to them. */
export declare const COMPUTE_HANDLERS: Record<string, ResourceHandler>;
