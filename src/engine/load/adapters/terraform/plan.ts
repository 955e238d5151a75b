import { child, entry, type Loc, type MapNode, type SourceNode } from '../../source-node.js';
import { entries, items, text } from '../nodes.js';

/**
 * One resource instance of a Terraform plan (`terraform show -json`), with what the plan knows of it: the planned
 * values, which of them are known only after apply, and the expressions of its configuration block (the references
 * between resources that link IDs nobody knows before apply).
 */
export interface PlannedResource {
  /** The full address: `module.net.aws_subnet.private[0]`. */
  readonly address: string;
  readonly type: string;
  /** The address of its block in its module, without module path or index: `aws_subnet.private`. */
  readonly blockAddress: string;
  /** The module path of the block: `module.net.` or ''. */
  readonly modulePrefix: string;
  readonly values: SourceNode | undefined;
  /** `change.after_unknown`: true (or a structure of trues) where a value is known only after apply. */
  readonly afterUnknown: SourceNode | undefined;
  /** The configuration block's `expressions`. */
  readonly expressions: SourceNode | undefined;
  readonly loc: Loc;
}

/** A module's configuration, and for a child module the expressions its call passes (what `var.x` stands for). */
export interface ModuleConfig {
  readonly config: SourceNode | undefined;
  readonly call?: SourceNode | undefined;
  readonly parentPrefix: string;
}

/** Every module of the configuration by its address prefix: '' for the root, `module.net.` for a call. */
export function moduleConfigs(root: MapNode): Map<string, ModuleConfig> {
  const out = new Map<string, ModuleConfig>();
  const visit = (config: SourceNode | undefined, prefix: string, call: SourceNode | undefined, parentPrefix: string) => {
    if (out.size > 10_000) return;
    out.set(prefix, { config, call, parentPrefix });
    for (const c of entries(child(config, 'module_calls'))) {
      visit(child(c.value, 'module'), `${prefix}module.${c.key}.`, child(c.value, 'expressions'), prefix);
    }
  };
  visit(child(child(root, 'configuration'), 'root_module'), '', undefined, '');
  return out;
}

/** The configuration of a module instance: `module.a[0].module.b["x"].` is configured as `module.a.module.b.`. */
export function configOf(modules: ReadonlyMap<string, ModuleConfig>, prefix: string): ModuleConfig | undefined {
  return modules.get(prefix.replace(/\[[^\]]*\]/g, ''));
}

/** Every managed resource instance of the plan, root module and child modules, in plan order. */
export function plannedResources(root: MapNode, modules: ReadonlyMap<string, ModuleConfig>): PlannedResource[] {
  const changes = new Map(items(child(root, 'resource_changes')).map((c) => [text(child(c, 'address')) ?? '', child(child(c, 'change'), 'after_unknown')]));
  const out: PlannedResource[] = [];
  const visit = (module: SourceNode | undefined, prefix: string) => {
    const config = configOf(modules, prefix)?.config;
    const blocks = new Map(items(child(config, 'resources')).map((c) => [text(child(c, 'address')) ?? '', c]));
    for (const r of items(child(module, 'resources'))) {
      if (text(child(r, 'mode')) !== 'managed') continue;
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
    for (const m of items(child(module, 'child_modules'))) visit(m, `${text(child(m, 'address')) ?? ''}.`);
  };
  visit(child(child(root, 'planned_values'), 'root_module'), '');
  return out;
}

/** Whether a parsed JSON document is a Terraform plan (`terraform show -json plan.out`; a state's JSON is not one). */
export function isTerraformPlan(root: SourceNode): boolean {
  return root.kind === 'map' && entry(root, 'format_version') !== undefined && entry(root, 'planned_values') !== undefined;
}
