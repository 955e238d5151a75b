import { expandForEach } from './language-extensions.js';
import { samToCloudFormation } from './sam/to-cloudformation.js';
import { serverlessToCloudFormation } from './serverless/to-cloudformation.js';
/** One adapter per input kind; all of them end in the same CloudFormation shape, positions kept. */
export function toCloudFormation(doc, options = {}) {
    switch (doc.kind) {
        case 'cloudformation': {
            const expanded = expandForEach(doc.root);
            return { root: expanded.root, pseudo: {}, notes: expanded.notes, includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
        }
        case 'sam': {
            const expanded = expandForEach(doc.root);
            const sam = samToCloudFormation(expanded.root);
            return { root: sam.root, pseudo: {}, notes: [...expanded.notes, ...sam.notes], includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
        }
        case 'serverless': {
            const s = serverlessToCloudFormation(doc.root, { file: doc.file, options, env: options.env ?? process.env });
            return { root: s.root, pseudo: { 'AWS::Region': s.region }, notes: s.notes, includes: s.includes, commentSuppressions: s.commentSuppressions };
        }
    }
}
//# sourceMappingURL=index.js.map