import type { ModelBuilder } from './model-builder.js';
import type { ResourceView } from './resource-view.js';
/** How one resource type adds itself to the model under construction. */
export type ResourceHandler = (b: ModelBuilder, r: ResourceView) => void;
/** VPCs, subnets, routing, endpoints and private hosted zones. */
export declare const NETWORK_HANDLERS: Record<string, ResourceHandler>;
