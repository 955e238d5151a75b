import { ConfinedFiles } from './input-files.js';
/**
 * A directory is a CDK cloud assembly when it holds a manifest.json and is a `cdk.out` (by name, or by the `cdk.out`
 * version file the CDK writes into every assembly, whatever `--output` named it). A manifest.json alone, as some
 * projects commit beside their sources, does not make a directory an assembly.
 */
export declare function isCloudAssembly(dir: string): boolean;
export interface AssemblyProblem {
    readonly file: string;
    readonly message: string;
    readonly line?: number;
    readonly column?: number;
}
/** What a cloud assembly tells about one stack template: construct paths by logical ID, and its environment. */
export interface StackContext {
    /** Logical ID → construct path (`Stack/Vpc/Resource`), for templates synthesized without path metadata. */
    readonly constructPaths: ReadonlyMap<string, string>;
    /** From the stack's `environment` (`aws://123456789012/eu-west-1`), when it is not environment-agnostic. */
    readonly region?: string;
    readonly account?: string;
    /** A deployed stack's: the exports of its account and region. */
    readonly imports?: ReadonlyMap<string, string>;
    readonly stackName?: string;
}
/**
 * The stack templates a cloud assembly's manifest lists, with nested stacks' templates (resources of type
 * AWS::CloudFormation::Stack whose `aws:asset:path` names a template in the assembly) and nested assemblies (stages).
 * Each template once, in manifest order, with its context (nested stacks share their parent's environment).
 */
export declare function assemblyTemplates(dir: string, files?: ConfinedFiles): Promise<{
    templates: string[];
    problems: AssemblyProblem[];
    contexts: Map<string, StackContext>;
}>;
