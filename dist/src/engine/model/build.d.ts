import { type MapNode } from '../load/source-node.js';
import type { Resolver } from '../resolve/resolver.js';
import { NetworkModel } from './network-model.js';
/** Builds the network model of one template: shells first (so links can be cyclic), then their properties. */
export declare function buildModel(root: MapNode, resolver: Resolver, constructPaths?: ReadonlyMap<string, string>): NetworkModel;
