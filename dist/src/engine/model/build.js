import { COMPUTE_HANDLERS } from './build-compute.js';
import { NETWORK_HANDLERS } from './build-network.js';
import { SECURITY_GROUP_HANDLERS } from './build-security-groups.js';
import { ModelBuilder } from './model-builder.js';
import { resourceViews } from './resource-view.js';
const HANDLERS = new Map(Object.entries({ ...NETWORK_HANDLERS, ...SECURITY_GROUP_HANDLERS, ...COMPUTE_HANDLERS }));
/**
 * Builds the network model of one template: shells first (so links can be cyclic), then each resource's properties
 * in template order, then what resources contribute to others (standalone rules, policies).
 */
export function buildModel(root, resolver, constructPaths = new Map()) {
    const builder = new ModelBuilder(resourceViews(root, resolver, constructPaths), resolver);
    for (const view of builder.views)
        HANDLERS.get(view.element.type)?.(builder, view);
    return builder.finish();
}
//# sourceMappingURL=build.js.map