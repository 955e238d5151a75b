import type { Loc } from '../load/source-node.js';
import type { Value } from '../resolve/value.js';
import type { ResourceView } from './resource-view.js';
import type { LinkList, PrivateTarget, SecurityGroup } from './types.js';
type GroupList = (v: Value | undefined, loc: Loc) => LinkList<SecurityGroup>;
/**
 * The private targets of a template. An instance of an Aurora cluster is reached through its cluster (its groups are
 * the cluster's); an internet-facing load balancer is not private. A load balancer's ports are its listeners'.
 */
export declare function privateTargets(views: readonly ResourceView[], groupList: GroupList): PrivateTarget[];
export {};
