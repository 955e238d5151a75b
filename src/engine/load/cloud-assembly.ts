import { getOrMake } from '../util/lists.js';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ConfinedFiles } from './input-files.js';
import { parseJson } from './parse-json.js';
import { InputError, type SourceNode } from './source-node.js';
import { validateShape } from './validate.js';

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

type MetadataEntries = Record<string, { type?: string; data?: unknown }[]>;

interface Manifest {
  artifacts?: Record<
    string,
    {
      type?: string;
      environment?: string;
      properties?: { templateFile?: string; directoryName?: string };
      metadata?: MetadataEntries;
      additionalMetadataFile?: string;
    }
  >;
}

/** The part of the cloud assembly schema this reader relies on; anything else in a manifest is left alone. */
const MANIFEST_SCHEMA = {
  type: 'object',
  required: ['artifacts'],
  properties: {
    artifacts: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: {
          type: { type: 'string' },
          environment: { type: 'string' },
          properties: { type: 'object', properties: { templateFile: { type: 'string' }, directoryName: { type: 'string' } } },
          metadata: { type: 'object', additionalProperties: { type: 'array', items: { type: 'object', properties: { type: { type: 'string' } } } } },
          additionalMetadataFile: { type: 'string' },
        },
      },
    },
  },
};

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
export async function assemblyTemplates(
  dir: string,
  files = new ConfinedFiles(dir),
): Promise<{ templates: string[]; problems: AssemblyProblem[]; contexts: Map<string, StackContext> }> {
  const templates: string[] = [];
  const problems: AssemblyProblem[] = [];
  const contexts = new Map<string, StackContext>();
  const seen = new Set<string>();
  const addTemplate = (file: string, listedIn: string, environment: Environment, paths: ConstructPaths) => {
    if (seen.has(file)) return;
    seen.add(file);
    const read = files.read(file);
    if (!read.ok && read.kind !== 'missing') {
      problems.push({ file: listedIn, message: `names ${file}, which is not read: ${read.reason}` });
      return;
    }
    if (!read.ok) {
      problems.push({ file, message: `listed in ${listedIn} but missing: the cloud assembly is incomplete` });
      return;
    }
    templates.push(file);
    contexts.set(file, { constructPaths: paths.get(file) ?? new Map(), ...environment });
    // `aws:asset:path` is relative to the assembly holding the template (a stage's own directory for its stacks).
    for (const nested of nestedTemplates(read.bytes)) addTemplate(join(dirname(file), nested), file, environment, paths);
  };
  const manifestFile = join(dir, 'manifest.json');
  const manifest = await readManifest(manifestFile, files);
  if ('message' in manifest) return { templates, problems: [manifest], contexts };
  for (const artifact of Object.values(manifest.artifacts ?? {})) {
    if (artifact.type === 'aws:cloudformation:stack' && artifact.properties?.templateFile) {
      const file = join(dir, artifact.properties.templateFile);
      const metadata = {
        ...readMetadataFile(dir, artifact.additionalMetadataFile, files),
        ...(artifact.metadata ?? {}),
      };
      addTemplate(file, manifestFile, environmentOf(artifact.environment), pathsByTemplate(dir, file, metadata));
    }
    if (artifact.type === 'cdk:cloud-assembly' && artifact.properties?.directoryName) {
      // The stage's own walk found its templates, nested stacks and problems: take them as they are.
      const nested = await assemblyTemplates(join(dir, artifact.properties.directoryName), files);
      // Every template of the stage has its context, in the stage's order.
      for (const [t, context] of nested.contexts) {
        if (seen.has(t)) continue;
        seen.add(t);
        templates.push(t);
        contexts.set(t, context);
      }
      problems.push(...nested.problems);
    }
  }
  return { templates, problems, contexts };
}

type ConstructPaths = Map<string, Map<string, string>>;
type Environment = Pick<StackContext, 'region' | 'account'>;

/** `aws://123456789012/eu-west-1`; `unknown-account` / `unknown-region` in an environment-agnostic stack. */
function environmentOf(environment: string | undefined): Environment {
  // Stryker disable next-line StringLiteral,ArrayDeclaration: no environment and no match both leave both unset
  const [, account, region] = /^aws:\/\/([^/]+)\/([^/]+)$/.exec(environment ?? '') ?? [];
  if (account === undefined || region === undefined) return {};
  return { ...(/^\d{12}$/.test(account) ? { account } : {}), ...(region !== 'unknown-region' ? { region } : {}) };
}

/** Construct paths only garnish messages: without them (a file that cannot be read), findings name logical IDs alone. */
function readMetadataFile(dir: string, name: string | undefined, files: ConfinedFiles): MetadataEntries {
  if (name === undefined) return {};
  const read = files.read(join(dir, name));
  try {
    const data: unknown = read.ok ? JSON.parse(read.bytes.toString('utf8')) : {};
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) return data as MetadataEntries;
  } catch {
    // not JSON: no entries
  }
  return {};
}

/**
 * The construct path of each logical ID, from a stack artifact's metadata (`aws:cdk:logicalId` entries). Nested
 * stacks appear there as `aws:cdk:templateFile` entries: a logical ID belongs to the template of the longest such
 * path that contains it.
 */
function pathsByTemplate(dir: string, stackTemplate: string, metadata: MetadataEntries): ConstructPaths {
  const stacks = Object.entries(metadata)
    .flatMap(([path, entries]) =>
      entries.filter((e) => e.type === 'aws:cdk:templateFile' && typeof e.data === 'string').map((e) => [path, join(dir, e.data as string)] as const),
    )
    .sort(([a], [b]) => b.length - a.length);
  const byTemplate: ConstructPaths = new Map();
  const ambiguous = new Set<string>();
  for (const [path, entries] of Object.entries(metadata)) {
    for (const e of entries) {
      if (e.type !== 'aws:cdk:logicalId' || typeof e.data !== 'string') continue;
      const template = stacks.find(([stack]) => path.startsWith(`${stack}/`))?.[1] ?? stackTemplate;
      const paths = getOrMake(byTemplate, template, () => new Map<string, string>());
      const shown = path.replace(/^\//, '');
      // Older CDK versions write no templateFile entries: a nested stack's IDs then land here and may collide.
      if (paths.has(e.data) && paths.get(e.data) !== shown) ambiguous.add(`${template}\0${e.data}`);
      paths.set(e.data, shown);
    }
  }
  for (const key of ambiguous) {
    const [template, id] = key.split('\0') as [string, string];
    // Stryker disable next-line OptionalChaining: an ambiguous ID's template is always there
    byTemplate.get(template)?.delete(id);
  }
  return byTemplate;
}

/** The manifest, checked against the part of its schema this reader uses: a malformed one is that input's error. */
async function readManifest(file: string, files: ConfinedFiles): Promise<Manifest | AssemblyProblem> {
  const read = files.read(file);
  if (!read.ok) return { file, message: `cannot read the cloud assembly manifest: ${read.reason}` };
  let root: SourceNode;
  try {
    root = parseJson(file, read.bytes.toString('utf8'));
    return await validateShape<Manifest>(file, root, MANIFEST_SCHEMA, 'not a valid cloud assembly manifest');
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return {
      file,
      message: e.message.startsWith('not a valid') ? e.message : `cannot read the cloud assembly manifest: ${e.message}`,
      ...(e.loc ? { line: e.loc.line, column: e.loc.column } : {}),
    };
  }
}

/** The nested stack templates a template names; anything not shaped like a template (null, a list) names none. */
function nestedTemplates(bytes: Buffer): string[] {
  type Resource = { Type?: unknown; Metadata?: Record<string, unknown> } | null;
  try {
    // A template that is null, or whose Resources are null, throws here and names nothing.
    const { Resources = {} } = JSON.parse(bytes.toString('utf8')) as { Resources?: Record<string, Resource> };
    return Object.values(Resources)
      .filter((r) => r?.Type === 'AWS::CloudFormation::Stack')
      .map((r) => r?.Metadata?.['aws:asset:path'])
      .filter((p): p is string => typeof p === 'string' && p.endsWith('.json'));
  } catch {
    return [];
  }
}
