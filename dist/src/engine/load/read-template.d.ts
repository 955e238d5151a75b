import type { ModuleSource } from './adapters/terraform/source/module-source.js';
import type { Suppression } from '../model/types.js';
import { InputError, type Loc, type MapNode } from './source-node.js';
export type TemplateKind = 'cloudformation' | 'sam' | 'serverless' | 'terraform-plan' | 'terraform-source';
/** A parsed input in CloudFormation shape, with notes on what was read leniently. */
export interface TemplateDocument {
    readonly file: string;
    readonly kind: TemplateKind;
    readonly root: MapNode;
    readonly notes: readonly {
        readonly message: string;
        readonly loc: Loc;
    }[];
    /** `# endpoint-guard-ignore` comments (YAML only). */
    readonly commentSuppressions: readonly Suppression[];
    /** A folder of `.tf` files, read and parsed (kind `terraform-source`; `root` is then empty). */
    readonly terraform?: ModuleSource;
}
/** The outcome of looking at a file: a template, something else (skipped in directory scans), or broken. */
export type ReadResult = {
    readonly status: 'template';
    readonly document: TemplateDocument;
}
/** `parseError`: it does not parse either (where, for a file named on the command line). */
 | {
    readonly status: 'not-a-template';
    readonly reason: string;
    readonly parseError?: InputError;
} | {
    readonly status: 'error';
    readonly error: InputError;
};
/** The Serverless Framework's configuration files we can read (not serverless.js/.ts: that is code). */
export declare const SERVERLESS_NAMES: RegExp;
/** The text of `terraform show -json` (a plan), by the two keys every plan has. */
export declare function looksLikeTerraformPlan(text: string): boolean;
/** Cheap content sniffing, so that a broken file can still be told apart from an unrelated one. */
export declare function looksLikeTemplate(file: string, text: string): boolean;
/**
 * Reads and classifies one file. `found`: the file was found by a scan, not named; one whose text does not look like
 * a template is then skipped without being parsed (a large data file costs a look, not a parse).
 */
export declare function readTemplate(file: string, found?: boolean): ReadResult;
/** Parses and classifies a template's text (a file's, or a deployed stack's body). */
export declare function readTemplateText(file: string, text: string, found?: boolean): ReadResult;
