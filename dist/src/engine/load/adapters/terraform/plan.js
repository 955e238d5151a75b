import { child, entry } from '../../source-node.js';
import { entries, items, text } from '../nodes.js';
/** Every module of the configuration by its address prefix: '' for the root, `module.net.` for a call. */
export function moduleConfigs(root) {
    const out = new Map();
    const visit = (config, prefix, call, parentPrefix) => {
        if (out.size > 10_000)
            return;
        out.set(prefix, { config, call, parentPrefix });
        for (const c of entries(child(config, 'module_calls'))) {
            visit(child(c.value, 'module'), `${prefix}module.${c.key}.`, child(c.value, 'expressions'), prefix);
        }
    };
    visit(child(child(root, 'configuration'), 'root_module'), '', undefined, '');
    return out;
}
/** The configuration of a module instance: `module.a[0].module.b["x"].` is configured as `module.a.module.b.`. */
export function configOf(modules, prefix) {
    return modules.get(prefix.replace(/\[[^\]]*\]/g, ''));
}
/** Every managed resource instance of the plan, root module and child modules, in plan order. */
export function plannedResources(root, modules) {
    const changes = new Map(items(child(root, 'resource_changes')).map((c) => [text(child(c, 'address')) ?? '', child(child(c, 'change'), 'after_unknown')]));
    const out = [];
    const visit = (module, prefix) => {
        const config = configOf(modules, prefix)?.config;
        const blocks = new Map(items(child(config, 'resources')).map((c) => [text(child(c, 'address')) ?? '', c]));
        for (const r of items(child(module, 'resources'))) {
            if (text(child(r, 'mode')) !== 'managed')
                continue;
            const address = text(child(r, 'address')) ?? '';
            const blockAddress = `${text(child(r, 'type'))}.${text(child(r, 'name'))}`;
            const block = blocks.get(blockAddress);
            out.push({
                address,
                type: text(child(r, 'type')) ?? '',
                blockAddress,
                modulePrefix: prefix,
                values: child(r, 'values'),
                afterUnknown: changes.get(address),
                expressions: child(block, 'expressions'),
                loc: entry(r, 'address')?.keyLoc ?? r.loc,
            });
        }
        for (const m of items(child(module, 'child_modules')))
            visit(m, `${text(child(m, 'address')) ?? ''}.`);
    };
    visit(child(child(root, 'planned_values'), 'root_module'), '');
    return out;
}
/** Whether a parsed JSON document is a Terraform plan (`terraform show -json plan.out`; a state's JSON is not one). */
export function isTerraformPlan(root) {
    return root.kind === 'map' && entry(root, 'format_version') !== undefined && entry(root, 'planned_values') !== undefined;
}
//# sourceMappingURL=plan.js.map