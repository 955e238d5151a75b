import { type Loc, type MapNode, type SourceNode } from '../../source-node.js';
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
export declare function moduleConfigs(root: MapNode): Map<string, ModuleConfig>;
/** The configuration of a module instance: `module.a[0].module.b["x"].` is configured as `module.a.module.b.`. */
export declare function configOf(modules: ReadonlyMap<string, ModuleConfig>, prefix: string): ModuleConfig | undefined;
/** Every managed resource instance of the plan, root module and child modules, in plan order. */
export declare function plannedResources(root: MapNode, modules: ReadonlyMap<string, ModuleConfig>): PlannedResource[];
/** Whether a parsed JSON document is a Terraform plan (`terraform show -json plan.out`; a state's JSON is not one). */
export declare function isTerraformPlan(root: SourceNode): boolean;
