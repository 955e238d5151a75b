import { expandForEach } from './language-extensions.js';
import { ExpansionBudget } from '../budget.js';
/**
 * One adapter per input kind; all of them end in the same CloudFormation shape, positions kept. Each is loaded when
 * an input of its kind is first read, so that a run over plain templates does not pay to load the others.
 */
export async function toCloudFormation(doc, options = {}) {
    switch (doc.kind) {
        case 'cloudformation': {
            const expanded = expandForEach(doc.root, new ExpansionBudget(doc.file));
            return { root: expanded.root, pseudo: {}, notes: expanded.notes, includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
        }
        case 'sam': {
            const expanded = expandForEach(doc.root, new ExpansionBudget(doc.file));
            const { samToCloudFormation } = await import('./sam/to-cloudformation.js');
            const sam = samToCloudFormation(expanded.root);
            return { root: sam.root, pseudo: {}, notes: [...expanded.notes, ...sam.notes], includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
        }
        case 'terraform-plan': {
            const { terraformPlanToCloudFormation } = await import('./terraform/to-cloudformation.js');
            const t = terraformPlanToCloudFormation(doc.root, doc.file);
            return terraformView(t);
        }
        case 'terraform-source': {
            if (!doc.terraform)
                return { root: doc.root, pseudo: {}, notes: [], includes: [], commentSuppressions: [] };
            const { terraformModuleToCloudFormation } = await import('./terraform/source/source-view.js');
            const t = terraformModuleToCloudFormation(doc.terraform);
            return terraformView(t);
        }
        case 'serverless': {
            const { serverlessToCloudFormation } = await import('./serverless/to-cloudformation.js');
            const s = serverlessToCloudFormation(doc.root, {
                file: doc.file,
                options,
                ...(options.env ? { env: options.env } : {}),
                ...(options.root ? { root: options.root } : {}),
            });
            return { root: s.root, pseudo: { 'AWS::Region': s.region }, notes: s.notes, includes: s.includes, commentSuppressions: s.commentSuppressions };
        }
    }
}
/** A Terraform plan's or module's CloudFormation view: its region, when the provider names one, is the stack's. */
function terraformView(t) {
    const { region, ...view } = t;
    return { ...view, pseudo: region ? { 'AWS::Region': region } : {} };
}
//# sourceMappingURL=index.js.map