import { resolve } from 'node:path';
import { map } from '../../nodes.js';
import { ConfinedFiles } from '../../../input-files.js';
import { TerraformSources } from '../tf-source.js';
import { resourcesToCloudFormation } from '../to-cloudformation.js';
import { PlanValues } from '../values.js';
import { Evaluator } from './evaluate.js';
import { Materializer } from './materialize.js';
import { asText, Unknown } from './tf-value.js';
/** Meta-arguments of a resource block: how Terraform manages it, not what it configures. */
const META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);
/**
 * A folder of `.tf` files (and the local modules it calls) as the CloudFormation-shaped template the model builder
 * reads: each resource instance under its Terraform address, its attributes evaluated as far as the source tells.
 * References to other resources become `Ref`/`Fn::GetAtt`, so that the same model links them as in a plan.
 */
export function terraformModuleToCloudFormation(source) {
    const notes = [];
    const includes = new Set();
    const sources = new Map();
    const rootDir = resolve(source.dir);
    const evaluator = new Evaluator(rootDir, (module) => fileReader(module, rootDir, includes));
    const root = instantiate(source, '', undefined);
    const firstFile = source.files[0] ?? source.dir;
    const materializer = new Materializer(firstFile);
    const resources = [];
    const visit = (module) => {
        const written = sourcesOf(module);
        for (const f of module.source.files)
            includes.add(f);
        for (const block of module.source.resources) {
            const blockAddress = `${block.type}.${block.name}`;
            const loc = written.blockLoc(blockAddress) ?? { line: 1, column: 1, file: module.source.files[0] ?? firstFile };
            for (const { address, scope } of evaluator.scopesOf(block, module)) {
                resources.push({ address, type: block.type, blockAddress, modulePrefix: module.prefix, values: materializer.node(body(block.body, scope, evaluator), loc), afterUnknown: undefined, expressions: undefined, loc });
            }
        }
        for (const [name, child] of module.children) {
            if ('skipped' in child)
                notes.push({ message: `${module.prefix}module.${name} is not checked: ${child.skipped}`, loc: written.blockLoc(`module.${name}`) ?? { line: 1, column: 1, file: firstFile } });
            else
                visit(child);
        }
    };
    visit(root);
    const entries = resourcesToCloudFormation(resources, new PlanValues(new Map(), new Map()), (r) => sources.get(r.modulePrefix));
    const rootLoc = { line: 1, column: 1, file: firstFile };
    const region = asText(evaluator.raw(source.providers.get('aws')?.get('region'), { module: root }));
    const commentSuppressions = [...sources.values()].flatMap((s) => s.commentSuppressions);
    return { root: map([['Resources', map(entries, rootLoc)]], rootLoc), region, notes, includes: [...includes], commentSuppressions };
    function sourcesOf(module) {
        let s = sources.get(module.prefix);
        if (!s)
            sources.set(module.prefix, (s = new TerraformSources(module.source.dir)));
        return s;
    }
}
/** The module tree as instances: each child called with its arguments, evaluated in its caller's scope. */
function instantiate(source, prefix, call) {
    const children = new Map();
    const instance = { source, prefix, ...(call ? { call } : {}), children };
    for (const [name, child] of source.children) {
        const body = source.calls.get(name);
        children.set(name, 'skipped' in child ? child : body ? instantiate(child, `${prefix}module.${name}.`, { body, scope: { module: instance } }) : { skipped: 'it has no module block' });
    }
    return instance;
}
/** A resource instance's attributes and nested blocks, evaluated; meta-arguments left out. */
function body(block, scope, evaluator) {
    return new Map([...block].filter(([k]) => !META_ARGUMENTS.has(k)).map(([k, v]) => [k, evaluator.raw(v, scope)]));
}
/** `file()`: a regular file inside the module's own folder (links resolved), as text; anything else is not read. */
function fileReader(module, rootDir, includes) {
    const files = new ConfinedFiles(module.source.dir);
    return {
        readFile(path) {
            // As Terraform runs in the root module's folder, a relative path starts there (`path.module` is absolute here).
            const full = resolve(rootDir, path);
            const read = files.read(full);
            if (!read.ok)
                return new Unknown(`file(${JSON.stringify(path)}) is not read: ${read.reason}`);
            includes.add(full);
            return read.bytes.toString('utf8');
        },
    };
}
//# sourceMappingURL=source-view.js.map