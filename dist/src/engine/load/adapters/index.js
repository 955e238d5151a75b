import { samToCloudFormation } from './sam/to-cloudformation.js';
import { serverlessToCloudFormation } from './serverless/to-cloudformation.js';
/** One adapter per input kind; all of them end in the same CloudFormation shape, positions kept. */
export function toCloudFormation(doc, options = {}) {
    switch (doc.kind) {
        case 'cloudformation':
            return { root: doc.root, pseudo: {}, notes: [], includes: [], commentSuppressions: [] };
        case 'sam': {
            const sam = samToCloudFormation(doc.root);
            return { root: sam.root, pseudo: {}, notes: sam.notes, includes: [], commentSuppressions: [] };
        }
        case 'serverless': {
            const s = serverlessToCloudFormation(doc.root, { file: doc.file, options, env: options.env ?? process.env });
            return { root: s.root, pseudo: { 'AWS::Region': s.region }, notes: s.notes, includes: s.includes, commentSuppressions: s.commentSuppressions };
        }
    }
}
//# sourceMappingURL=index.js.map