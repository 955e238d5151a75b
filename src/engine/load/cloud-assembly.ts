import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseJson } from './parse-json.js';
import { InputError, toPlain } from './source-node.js';

/**
 * A directory is a CDK cloud assembly when it holds a manifest.json and is a `cdk.out` (by name, or by the `cdk.out`
 * version file the CDK writes into every assembly, whatever `--output` named it). A manifest.json alone, as some
 * projects commit beside their sources, does not make a directory an assembly.
 */
export function isCloudAssembly(dir: string): boolean {
  return existsSync(join(dir, 'manifest.json')) && (basename(dir) === 'cdk.out' || isFile(join(dir, 'cdk.out')));
}

/** The version file, not the `cdk.out/` directory a CDK project keeps beside its own (web) manifest.json. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export interface AssemblyProblem {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

interface Manifest {
  artifacts?: Record<string, { type?: string; properties?: { templateFile?: string; directoryName?: string } }>;
}

/**
 * The stack templates a cloud assembly's manifest lists, with nested stacks' templates (resources of type
 * AWS::CloudFormation::Stack whose `aws:asset:path` names a template in the assembly) and nested assemblies (stages).
 * Each template once, in manifest order.
 */
export function assemblyTemplates(dir: string): { templates: string[]; problems: AssemblyProblem[] } {
  const templates: string[] = [];
  const problems: AssemblyProblem[] = [];
  const seen = new Set<string>();
  const addTemplate = (file: string, listedIn: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!existsSync(file)) {
      problems.push({ file, message: `listed in ${listedIn} but missing: the cloud assembly is incomplete` });
      return;
    }
    templates.push(file);
    // `aws:asset:path` is relative to the assembly holding the template (a stage's own directory for its stacks).
    for (const nested of nestedTemplates(file)) addTemplate(join(dirname(file), nested), file);
  };
  const manifestFile = join(dir, 'manifest.json');
  const manifest = readManifest(manifestFile);
  if ('message' in manifest) return { templates, problems: [manifest] };
  for (const artifact of Object.values(manifest.artifacts ?? {})) {
    if (artifact.type === 'aws:cloudformation:stack' && artifact.properties?.templateFile) addTemplate(join(dir, artifact.properties.templateFile), manifestFile);
    if (artifact.type === 'cdk:cloud-assembly' && artifact.properties?.directoryName) {
      const nested = assemblyTemplates(join(dir, artifact.properties.directoryName));
      for (const t of nested.templates) addTemplate(t, manifestFile);
      problems.push(...nested.problems);
    }
  }
  return { templates, problems };
}

function readManifest(file: string): Manifest | AssemblyProblem {
  try {
    const data = toPlain(parseJson(file, readFileSync(file, 'utf8'))) as Manifest;
    if (typeof data.artifacts === 'object' && data.artifacts !== null) return data;
    return { file, message: 'not a CDK cloud assembly manifest: it lists no artifacts' };
  } catch (e) {
    if (e instanceof InputError) return { file, message: `cannot read the cloud assembly manifest: ${e.message}`, ...(e.loc ? { line: e.loc.line, column: e.loc.column } : {}) };
    return { file, message: `cannot read the cloud assembly manifest: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

function nestedTemplates(file: string): string[] {
  try {
    const template = JSON.parse(readFileSync(file, 'utf8')) as { Resources?: Record<string, { Type?: string; Metadata?: Record<string, unknown> }> };
    return Object.values(template.Resources ?? {})
      .filter((r) => r.Type === 'AWS::CloudFormation::Stack')
      .map((r) => r.Metadata?.['aws:asset:path'])
      .filter((p): p is string => typeof p === 'string' && p.endsWith('.json'));
  } catch {
    return [];
  }
}
