/** A directory is a CDK cloud assembly (`cdk.out`) when it holds a manifest.json with `artifacts`. */
export declare function isCloudAssembly(dir: string): boolean;
/**
 * The stack templates a cloud assembly's manifest lists, with nested stacks' templates (resources of type
 * AWS::CloudFormation::Stack whose `aws:asset:path` names a template in the assembly) and nested assemblies (stages).
 * Each template once, in manifest order.
 */
export declare function assemblyTemplates(dir: string): {
    templates: string[];
    problems: Array<{
        file: string;
        message: string;
    }>;
};
