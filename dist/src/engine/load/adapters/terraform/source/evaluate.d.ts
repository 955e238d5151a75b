import type { Expression } from './hcl-ast.js';
import { type FunctionContext } from './functions.js';
import { type Body, type ModuleSource, type ResourceBlock } from './module-source.js';
import { type TfValue } from './tf-value.js';
/** Where an expression is evaluated: a module instance, and inside a counted resource its `count.index` or `each`. */
export interface Scope {
    readonly module: ModuleInstance;
    readonly count?: TfValue;
    readonly each?: {
        readonly key: TfValue;
        readonly value: TfValue;
    };
    /** The resource block being evaluated: an attribute of its instance that it configures is read from it. */
    readonly resource?: ResourceBlock;
    /** The symbols a `for` expression or a `dynamic` block binds (`s` in `[for s in …]`, `ingress` in its content). */
    readonly symbols?: ReadonlyMap<string, TfValue>;
}
/** A module as evaluated: its source, its address prefix (`module.net.`), and what its caller passes to it. */
export interface ModuleInstance {
    readonly source: ModuleSource;
    readonly prefix: string;
    /** The caller's arguments, evaluated in the caller's scope; undefined for the root module (tfvars apply). */
    readonly call?: {
        readonly body: Body;
        readonly scope: Scope;
    };
    readonly children: ReadonlyMap<string, ModuleInstance | {
        readonly skipped: string;
    }>;
}
/** Count and for_each instances past this are not expanded: far beyond real configurations. */
export declare const MAX_INSTANCES = 256;
/**
 * Evaluates HCL as far as the source tells: literals, variables (defaults, tfvars, a caller's arguments), locals,
 * the functions of functions.ts, and references to resources (known only after apply: a Ref, which the
 * CloudFormation view turns into `Ref`/`Fn::GetAtt`). Everything else is UNKNOWN with why. Cycles, depth and the total
 * work are bounded.
 */
export declare class Evaluator {
    /** The root module's folder, absolute: `path.root`, and what relative paths of `file()` start from. */
    private readonly rootDir;
    private readonly files;
    private steps;
    private readonly active;
    private readonly memo;
    private readonly blockScopes;
    private readonly instanceScopes;
    private readonly instancesOf;
    constructor(
    /** The root module's folder, absolute: `path.root`, and what relative paths of `file()` start from. */
    rootDir: string, files: (module: ModuleInstance) => FunctionContext);
    /** A value as hcl2json gives it: a `${…}` string is an expression, anything else a literal (lists and maps evaluated inside). */
    raw(value: unknown, scope: Scope): TfValue;
    expression(e: Expression, scope: Scope): TfValue;
    private object;
    private forExpression;
    /**
     * A block's attributes and nested blocks, evaluated; `dynamic "name"` blocks expanded into `name` blocks, one per
     * item of their `for_each` (or UNKNOWN when that is not known). `skip`: attributes left out (meta-arguments).
     */
    block(body: Body, scope: Scope, skip?: ReadonlySet<string>): Map<string, TfValue>;
    private dynamicBlocks;
    private conditional;
    /**
     * Steps into a value. An attribute of a resource instance that its block configures is that value (`aws_vpc.main.
     * cidr_block`, as a plan knows it); its ID, ARN and any attribute it does not configure are known only after apply.
     */
    private walk;
    /** `list[*].attribute`: the steps applied to each item; a single value is a list of one, null an empty list. */
    private splat;
    private attribute;
    /** The value a traversal's root names, and how many of its steps that took. */
    private root;
    /** Guards a named value against cycles and runaway depth, and evaluates it once per module instance. */
    private once;
    variable(name: string, module: ModuleInstance): TfValue;
    private local;
    private moduleOutput;
    private data;
    /** `type.name`: the instance (a Ref), the list of its count instances, or the map of its for_each instances. */
    private resource;
    /**
     * Every instance of a resource block, by address, with the scope its attributes are evaluated in (none when how
     * many there are is not known: such a resource is neither checked nor referenced).
     */
    scopesOf(block: ResourceBlock, module: ModuleInstance): readonly {
        readonly address: string;
        readonly scope: Scope;
    }[];
    /** The instances a resource block has: one, `count` of them, one per `for_each` key, or not known. */
    instances(block: ResourceBlock, module: ModuleInstance): Instances;
    private countInstances;
}
export type Instances = {
    readonly kind: 'single';
} | {
    readonly kind: 'count';
    readonly keys: readonly number[];
} | {
    readonly kind: 'each';
    readonly keys: readonly string[];
    readonly values: ReadonlyMap<string, TfValue> | undefined;
} | {
    readonly kind: 'unknown';
    readonly why: string;
};
