import { resolve } from 'node:path';
import { InputError, type Loc } from '../../../source-node.js';
import { map } from '../../nodes.js';
import { ConfinedFiles } from '../../../input-files.js';
import type { PlannedResource } from '../plan.js';
import { TerraformSources } from '../tf-source.js';
import { resourcesToCloudFormation, type TerraformView } from '../to-cloudformation.js';
import { PlanValues } from '../values.js';
import { Extras } from '../extras.js';
import { MAPPINGS } from '../mappings.js';
import { Evaluator, type ModuleInstance } from './evaluate.js';
import type { FunctionContext } from './functions.js';
import { Materializer } from './materialize.js';
import type { ModuleSource } from './module-source.js';
import { asText, Unknown, type TfValue } from './tf-value.js';

/** Meta-arguments of a resource block: how Terraform manages it, not what it configures. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

/**
 * A folder of `.tf` files (and the local modules it calls) as the CloudFormation-shaped template the model builder
 * reads: each resource instance under its Terraform address, its attributes evaluated as far as the source tells.
 * References to other resources become `Ref`/`Fn::GetAtt`, so that the same model links them as in a plan.
 */
export function terraformModuleToCloudFormation(source: ModuleSource): TerraformView {
  try {
    return toView(source);
  } catch (e) {
    // Values nested through locals deeper than the stack allows: this input's error, not a defect of the run.
    if (e instanceof RangeError) throw new InputError(source.files[0] ?? source.dir, 'values nested too deeply to read');
    throw e;
  }
}

function toView(source: ModuleSource): TerraformView {
  const notes: { message: string; loc: Loc }[] = [];
  const includes = new Set<string>();
  const sources = new Map<string, TerraformSources>();
  const rootDir = resolve(source.dir);
  const evaluator = new Evaluator(rootDir, (module) => fileReader(module, rootDir, includes));
  const root = instantiate(source, '', undefined);
  const firstFile = source.files[0] ?? source.dir;
  const materializer = new Materializer(firstFile);
  const resources: PlannedResource[] = [];
  const unchecked = new Unchecked();
  const visit = (module: ModuleInstance) => {
    const written = sourcesOf(module);
    for (const f of module.source.files) includes.add(f);
    for (const block of module.source.resources) {
      const blockAddress = `${block.type}.${block.name}`;
      const loc = written.blockLoc(blockAddress) ?? { line: 1, column: 1, file: module.source.files[0] ?? firstFile };
      const instances = evaluator.instances(block, module);
      if (instances.kind === 'unknown' && !readsType(block.type)) continue;
      if (instances.kind === 'unknown') {
        // Whether it exists at all is not known: better unchecked (and said) than judged as if it did.
        unchecked.add(module.prefix, instances.why, `${module.prefix}${blockAddress}`, loc);
        continue;
      }
      for (const { address, scope } of evaluator.scopesOf(block, module)) {
        resources.push({
          address,
          type: block.type,
          blockAddress,
          modulePrefix: module.prefix,
          values: materializer.node(evaluator.block(block.body, scope, META_ARGUMENTS), loc),
          afterUnknown: undefined,
          expressions: undefined,
          loc,
        });
      }
    }
    for (const [name, child] of module.children) {
      if ('skipped' in child)
        notes.push({
          message: `${module.prefix}module.${name} is not checked: ${child.skipped}`,
          loc: written.blockLoc(`module.${name}`) ?? { line: 1, column: 1, file: firstFile },
        });
      else visit(child);
    }
  };
  visit(root);
  notes.push(...unchecked.notes());
  const entries = resourcesToCloudFormation(resources, new PlanValues(new Map(), new Map()), (r) => sources.get(r.modulePrefix));
  const rootLoc: Loc = { line: 1, column: 1, file: firstFile };
  const region = asText(evaluator.raw(source.providers.get('aws')?.get('region'), { module: root }));
  const commentSuppressions = [...sources.values()].flatMap((s) => s.commentSuppressions);
  return { root: map([['Resources', map(entries, rootLoc)]], rootLoc), region, notes, includes: [...includes], commentSuppressions };

  function sourcesOf(module: ModuleInstance): TerraformSources {
    let s = sources.get(module.prefix);
    if (!s) sources.set(module.prefix, (s = new TerraformSources(module.source.texts)));
    return s;
  }
}

/** The module tree as instances: each child called with its arguments, evaluated in its caller's scope. */
function instantiate(source: ModuleSource, prefix: string, call: ModuleInstance['call']): ModuleInstance {
  const children = new Map<string, ModuleInstance | { skipped: string }>();
  const instance: ModuleInstance = { source, prefix, ...(call ? { call } : {}), children };
  for (const [name, child] of source.children) {
    const body = source.calls.get(name);
    children.set(
      name,
      'skipped' in child
        ? child
        : body
          ? instantiate(child, `${prefix}module.${name}.`, { body, scope: { module: instance } })
          : { skipped: 'it has no module block' },
    );
  }
  return instance;
}

/** Resources whose count or for_each is not known: one note per module (with the first one's cause), not one per resource. */
class Unchecked {
  private readonly groups = new Map<string, { address: string; why: string; loc: Loc }[]>();

  add(module: string, why: string, address: string, loc: Loc): void {
    this.groups.set(module, [...(this.groups.get(module) ?? []), { address, why, loc }]);
  }

  /** Each note at the first of its resources in the file, the resources in the order they are written. */
  notes(): { message: string; loc: Loc }[] {
    return [...this.groups.values()].flatMap((group) => {
      const sorted = [...group].sort((a, b) => (a.loc.file ?? '').localeCompare(b.loc.file ?? '') || a.loc.line - b.loc.line);
      const [first] = sorted;
      if (!first) return [];
      const addresses = sorted.map((g) => g.address);
      const shown = addresses.slice(0, 3).join(', ') + (addresses.length > 3 ? ` and ${addresses.length - 3} more` : '');
      const what = addresses.length === 1 ? `${shown} is` : `${addresses.length} resources (${shown}) are`;
      return [{ message: `${what} not checked: how many instances exist is not known here (${first.why})`, loc: first.loc }];
    });
  }
}

/** Whether the network model reads resources of a type (others are left out, as in a plan). */
function readsType(type: string): boolean {
  return Object.hasOwn(MAPPINGS, type) || Extras.reads(type);
}

/** `file()`: a regular file inside the module's own folder (links resolved), as text; anything else is not read. */
function fileReader(module: ModuleInstance, rootDir: string, includes: Set<string>): FunctionContext {
  const files = new ConfinedFiles(module.source.dir);
  return {
    readFile(path: string): TfValue {
      // As Terraform runs in the root module's folder, a relative path starts there (`path.module` is absolute here).
      const full = resolve(rootDir, path);
      const read = files.read(full);
      if (!read.ok) return new Unknown(`file(${JSON.stringify(path)}) is not read: ${read.reason}`);
      includes.add(full);
      return read.bytes.toString('utf8');
    },
  };
}
