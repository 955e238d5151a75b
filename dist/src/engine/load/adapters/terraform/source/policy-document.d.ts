import { type Body } from './module-source.js';
import { type TfValue } from './tf-value.js';
/**
 * The JSON of a `data "aws_iam_policy_document"`, built as the provider builds it from its `statement` blocks; a
 * document that merges others (`source_policy_documents`, `override_policy_documents`, `policy_id` aside) is not
 * known here.
 */
export declare function policyDocument(body: Body, evaluate: (raw: unknown) => TfValue): TfValue;
