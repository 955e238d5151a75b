import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
/** A directory is a CDK cloud assembly (`cdk.out`) when it holds a manifest.json with `artifacts`. */
export function isCloudAssembly(dir) {
    const manifest = join(dir, 'manifest.json');
    if (!existsSync(manifest))
        return false;
    try {
        const data = JSON.parse(readFileSync(manifest, 'utf8'));
        return typeof data.artifacts === 'object' && data.artifacts !== null;
    }
    catch {
        return false;
    }
}
/**
 * The stack templates a cloud assembly's manifest lists, with nested stacks' templates (resources of type
 * AWS::CloudFormation::Stack whose `aws:asset:path` names a template in the assembly) and nested assemblies (stages).
 * Each template once, in manifest order.
 */
export function assemblyTemplates(dir) {
    const templates = [];
    const problems = [];
    const seen = new Set();
    const addTemplate = (file, listedIn) => {
        if (seen.has(file))
            return;
        seen.add(file);
        if (!existsSync(file)) {
            problems.push({ file, message: `listed in ${listedIn} but missing: the cloud assembly is incomplete` });
            return;
        }
        templates.push(file);
        for (const nested of nestedTemplates(file))
            addTemplate(join(dir, nested), file);
    };
    const manifestFile = join(dir, 'manifest.json');
    let manifest;
    try {
        manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    }
    catch (e) {
        return { templates, problems: [{ file: manifestFile, message: `cannot read the cloud assembly manifest: ${e.message}` }] };
    }
    for (const artifact of Object.values(manifest.artifacts ?? {})) {
        if (artifact.type === 'aws:cloudformation:stack' && artifact.properties?.templateFile)
            addTemplate(join(dir, artifact.properties.templateFile), manifestFile);
        if (artifact.type === 'cdk:cloud-assembly' && artifact.properties?.directoryName) {
            const nested = assemblyTemplates(join(dir, artifact.properties.directoryName));
            for (const t of nested.templates)
                addTemplate(t, manifestFile);
            problems.push(...nested.problems);
        }
    }
    return { templates, problems };
}
function nestedTemplates(file) {
    try {
        const template = JSON.parse(readFileSync(file, 'utf8'));
        return Object.values(template.Resources ?? {})
            .filter((r) => r.Type === 'AWS::CloudFormation::Stack')
            .map((r) => r.Metadata?.['aws:asset:path'])
            .filter((p) => typeof p === 'string' && p.endsWith('.json'));
    }
    catch {
        return [];
    }
}
//# sourceMappingURL=cloud-assembly.js.map