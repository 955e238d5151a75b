import { dirname, resolve } from 'node:path';
import { child } from './source-node.js';
import { entries, text } from './adapters/nodes.js';
import { realPath } from './input-files.js';
import { HclParser } from './adapters/terraform/source/hcl-parser.js';
import { readTerraformDocument } from './adapters/terraform/source/read-module.js';
/**
 * The `.tf` files among the inputs, one module per folder (all of a folder's `.tf` files, as Terraform reads them).
 * A folder whose plan (`terraform show -json`) is checked too is not read again from source: the plan knows more,
 * and its findings already point at the `.tf` lines.
 */
export async function readTerraformModules(terraform, reads, skipped, root) {
    if (terraform.length === 0)
        return [];
    const plans = reads.flatMap((r) => r.read.status === 'template' && r.read.document.kind === 'terraform-plan' ? [{ file: r.file, root: r.read.document.root }] : []);
    const planned = new Set(plans.map((p) => dirname(p.file)));
    // The local modules a checked plan calls are in that plan.
    const inPlans = new Map(plans.flatMap((p) => [...planCalledFolders(p.root, dirname(p.file))].map(([folder, address]) => [folder, `${address} of ${p.file}`])));
    const byFolder = new Map();
    for (const c of terraform)
        byFolder.set(dirname(c.file), [...(byFolder.get(dirname(c.file)) ?? []), c]);
    const parser = new HclParser();
    const cache = new Map();
    const out = [];
    try {
        for (const [folder, candidates] of byFolder) {
            if (planned.has(folder)) {
                for (const c of candidates)
                    skipped.push({ file: c.file, reason: 'the Terraform plan in its folder is checked instead' });
                continue;
            }
            const calledBy = inPlans.get(realPath(folder) ?? folder);
            if (calledBy) {
                for (const c of candidates)
                    skipped.push({ file: c.file, reason: `checked as ${calledBy}` });
                continue;
            }
            const read = await readTerraformDocument(folder, parser, root, cache);
            if (read.status === 'not-a-template') {
                for (const c of candidates)
                    skipped.push({ file: c.file, reason: read.reason });
                continue;
            }
            const [first] = candidates;
            if (!first)
                continue;
            const files = read.status === 'template' && read.document.terraform ? read.document.terraform.files : candidates.map((c) => c.file);
            out.push({
                ...first,
                file: read.status === 'template' ? read.document.file : first.file,
                explicit: candidates.some((c) => c.explicit),
                read,
                moduleFiles: files,
            });
        }
    }
    finally {
        await parser.close();
    }
    return withoutCalledModules(out, skipped);
}
/**
 * A folder that another checked module calls as a local module is checked through that call (with the caller's
 * arguments), not a second time on its own with every variable unknown.
 */
function withoutCalledModules(reads, skipped) {
    const calls = new Map(reads.map((r) => [r, r.read.status === 'template' && r.read.document.terraform ? calledFolders(r.read.document.terraform) : new Map()]));
    const folderOf = (r) => realPath(dirname(r.file)) ?? dirname(r.file);
    const callsOf = (r) => calls.get(r) ?? new Map();
    return reads.filter((r) => {
        const caller = reads.find((g) => g !== r && callsOf(g).has(folderOf(r)) && !callsOf(r).has(folderOf(g)));
        if (!caller)
            return true;
        const call = callsOf(caller).get(folderOf(r)) ?? 'a module';
        for (const f of r.moduleFiles)
            skipped.push({ file: f, reason: `checked as ${call} of ${caller.file}` });
        return false;
    });
}
/** The folders of the local modules a module calls, at any depth, with the address of the call. */
function calledFolders(module, prefix = '', out = new Map()) {
    for (const [name, child] of module.children) {
        if ('skipped' in child)
            continue;
        out.set(realPath(child.dir) ?? child.dir, `${prefix}module.${name}`);
        calledFolders(child, `${prefix}module.${name}.`, out);
    }
    return out;
}
/** The folders of the local modules a plan's configuration calls (`module_calls.*.source`), with the calls' addresses. */
function planCalledFolders(planRoot, planDir) {
    const out = new Map();
    const visit = (module, dir, prefix, depth) => {
        if (depth > 16)
            return;
        for (const call of entries(child(module, 'module_calls'))) {
            const source = text(child(call.value, 'source'));
            if (!source || !/^\.\.?[/\\]/.test(source))
                continue;
            const folder = resolve(dir, source);
            out.set(realPath(folder) ?? folder, `${prefix}module.${call.key}`);
            visit(child(call.value, 'module'), folder, `${prefix}module.${call.key}.`, depth + 1);
        }
    };
    visit(child(child(planRoot, 'configuration'), 'root_module'), planDir, '', 0);
    return out;
}
//# sourceMappingURL=read-terraform.js.map