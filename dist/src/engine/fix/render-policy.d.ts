import { Document } from 'yaml';
import type { EndpointPolicy } from './endpoint-policy.js';
import { type Written } from './written.js';
/** How a template writes its intrinsic functions: the generated text follows it. */
export type TemplateStyle = 'yaml-short' | 'yaml-long' | 'json';
/** JSON for a .json file; YAML short forms (`!GetAtt`) where the file uses any, else YAML with long forms. */
export declare function styleOf(file: string, text: string): TemplateStyle;
/** The `PolicyDocument` of one endpoint, and what is said beside it. */
export declare function policyDocument(policy: EndpointPolicy): {
    document: Written;
    remarks: string[];
};
/** Long forms as short-form tags: `!GetAtt Role.Arn`, `!Sub …`, `!Ref X`. */
export declare function toShortForms(doc: Document): void;
/** `'2012-10-17'` stays quoted: YAML 1.1 readers (CloudFormation's among them) would read a date. */
export declare function quoteVersions(doc: Document): void;
/**
 * Each endpoint's policy as the text to paste under its Properties, in the template's style. YAML carries the
 * remarks as comments above each policy; JSON, which has no comments, is one object by endpoint logical ID, and its
 * remarks are returned to be said apart.
 */
export declare function renderPolicies(policies: readonly EndpointPolicy[], style: TemplateStyle): {
    text: string;
    remarks: string[];
};
