import { dirname } from 'node:path';
import { child, NAME_METADATA, NO_DEFAULT_EGRESS, toPlain } from '../../source-node.js';
import { map, relocate, scalar, text } from '../nodes.js';
import { Extras } from './extras.js';
import { MAPPINGS } from './mappings.js';
import { inlineRoutes, inlineRules } from './nested-blocks.js';
import { moduleConfigs, plannedResources } from './plan.js';
import { TerraformSources } from './tf-source.js';
import { at, PlanValues } from './values.js';
/**
 * A Terraform plan as the CloudFormation-shaped template the model builder reads: each resource instance under its
 * Terraform address (`module.net.aws_subnet.private[0]`), mapped to the CloudFormation type it stands for, with the
 * references between resources that the plan's configuration records. Terraform's own semantics are kept where they
 * differ (a security group without egress blocks has no egress rule). Types with no bearing on the network are left
 * out; their IDs are then external, as in a template that references another stack.
 */
export function terraformPlanToCloudFormation(planRoot, file) {
    const modules = moduleConfigs(planRoot);
    const resources = plannedResources(planRoot, modules);
    const sources = TerraformSources.inFolder(dirname(file));
    const instances = new Map();
    for (const r of resources) {
        const block = `${r.modulePrefix}${r.blockAddress}`;
        const list = instances.get(block);
        if (list)
            list.push(r.address);
        else
            instances.set(block, [r.address]);
    }
    // Only the root module's blocks are looked for in the .tf files beside the plan.
    const entries = resourcesToCloudFormation(resources, new PlanValues(instances, modules), (r) => (r.modulePrefix === '' ? sources : undefined));
    const root = map([['Resources', map(entries, planRoot.loc)]], planRoot.loc);
    return { root, region: regionOf(planRoot), notes: [], includes: sources.files, commentSuppressions: sources.commentSuppressions };
}
/**
 * Terraform resource instances as CloudFormation resources under their addresses, with what other resources add to
 * them (rules, policies, associations). `sourcesFor`: the .tf files where a resource's block is written, if known.
 */
export function resourcesToCloudFormation(resources, values, sourcesFor) {
    const entries = [];
    const extra = new Extras();
    for (const r of resources) {
        const sources = sourcesFor(r);
        const loc = sources?.blockLoc(r.blockAddress) ?? r.loc;
        const get = (...path) => {
            const attrLoc = sources?.attributeLoc(r.blockAddress, path) ?? (loc.file ? loc : (at(r.values, path)?.loc ?? loc));
            const v = values.attribute(r, path, attrLoc);
            return v && loc.file ? relocate(v, attrLoc) : v;
        };
        const blockLoc = (name, block) => sources?.nestedLoc(r.blockAddress, name, toPlain(block.planned)) ?? (loc.file ? loc : block.planned.loc);
        extra.collect(r, get, loc);
        const mapping = Object.hasOwn(MAPPINGS, r.type) ? MAPPINGS[r.type] : undefined;
        if (!mapping)
            continue;
        entries.push([r.address, resourceNode(r, mapping, get, values, blockLoc, loc)], ...inlineRoutes(r, values, blockLoc, loc));
    }
    entries.push(...extra.resources());
    extra.fold(entries);
    return entries;
}
function resourceNode(r, mapping, get, values, blockLoc, loc) {
    const metadata = map([
        [NAME_METADATA, scalar(r.address, loc)],
        [NO_DEFAULT_EGRESS, mapping.noDefaultEgress ? scalar(true, loc) : undefined],
    ], loc);
    const properties = [...mapping.properties(get, r), ...inlineRules(r, values, blockLoc, loc)];
    return map([
        ['Type', scalar(mapping.type, loc)],
        ['Metadata', metadata],
        ['Properties', map(properties, loc)],
    ], loc);
}
/** The AWS provider's region when the configuration sets it as a constant. */
function regionOf(planRoot) {
    const providers = child(child(planRoot, 'configuration'), 'provider_config');
    const aws = child(providers, 'aws');
    const region = child(child(child(aws, 'expressions'), 'region'), 'constant_value');
    return text(region);
}
//# sourceMappingURL=to-cloudformation.js.map