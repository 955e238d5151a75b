import type { MapNode } from '../load/source-node.js';
import type { Resolver } from '../resolve/resolver.js';
import { COMPUTE_HANDLERS } from './build-compute.js';
import { NETWORK_HANDLERS, type ResourceHandler } from './build-network.js';
import { SECURITY_GROUP_HANDLERS } from './build-security-groups.js';
import { ModelBuilder } from './model-builder.js';
import type { NetworkModel } from './network-model.js';
import { resourceViews } from './resource-view.js';

export type { ResourceView } from './resource-view.js';

const HANDLERS: ReadonlyMap<string, ResourceHandler> = new Map(Object.entries({ ...NETWORK_HANDLERS, ...SECURITY_GROUP_HANDLERS, ...COMPUTE_HANDLERS }));

/**
 * Builds the network model of one template: shells first (so links can be cyclic), then each resource's properties
 * in template order, then what resources contribute to others (standalone rules, policies).
 */
export function buildModel(root: MapNode, resolver: Resolver, constructPaths: ReadonlyMap<string, string> = new Map()): NetworkModel {
  const builder = new ModelBuilder(resourceViews(root, resolver, constructPaths), resolver);
  for (const view of builder.views) HANDLERS.get(view.element.type)?.(builder, view);
  return builder.finish();
}
