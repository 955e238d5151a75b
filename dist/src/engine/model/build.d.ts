import type { MapNode } from '../load/source-node.js';
import type { Resolver } from '../resolve/resolver.js';
import type { NetworkModel } from './network-model.js';
export type { ResourceView } from './resource-view.js';
/**
 * Builds the network model of one template: shells first (so links can be cyclic), then each resource's properties
 * in template order, then what resources contribute to others (standalone rules, policies).
 */
export declare function buildModel(root: MapNode, resolver: Resolver, constructPaths?: ReadonlyMap<string, string>): NetworkModel;
