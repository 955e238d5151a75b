import type { NetworkModel } from '../model/network-model.js';
import type { VpcEndpoint } from '../model/types.js';
import type { FixIntent } from './intent.js';
/**
 * The generated least-privilege policy as the fix of an endpoint without one: only when it is complete, with every
 * grant of every calling role written out. A policy that would leave out a broad grant, or a resource that cannot be
 * written, could deny calls the functions make: that is for a person to decide (`endpoint-guard policy` shows why).
 */
export declare function policyFix(model: NetworkModel, endpoint: VpcEndpoint): FixIntent | undefined;
