import { type Loc, type SourceNode } from './source-node.js';
/** Short-form tags and the long form CloudFormation reads them as. */
export declare const SHORT_FORMS: ReadonlyMap<string, string>;
/**
 * The short forms registered with the parser, as scalars, sequences and mappings: an unregistered tag makes the
 * `yaml` library build an "Unresolved tag" warning (an Error, with its stack) for every `!Ref` of a template. The
 * nodes stay what they were (tag kept, value untouched); the long form is read from the tag below.
 */
export declare const CUSTOM_TAGS: ({
    tag: string;
    resolve: (value: string) => string;
    collection?: undefined;
} | {
    tag: string;
    collection: "seq";
    resolve: <T>(seq: T) => T;
} | {
    tag: string;
    collection: "map";
    resolve: <T>(map: T) => T;
})[];
export interface ParsedYaml {
    readonly root: SourceNode;
    /** Things CloudFormation tolerates but a strict reader would not (reported as notes). */
    readonly notes: readonly {
        message: string;
        loc: Loc;
    }[];
}
export declare function parseYaml(file: string, text: string): ParsedYaml;
