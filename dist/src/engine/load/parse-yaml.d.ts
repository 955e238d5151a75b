import { type Loc, type SourceNode } from './source-node.js';
export interface ParsedYaml {
    readonly root: SourceNode;
    /** Things CloudFormation tolerates but a strict reader would not (reported as notes). */
    readonly notes: ReadonlyArray<{
        message: string;
        loc: Loc;
    }>;
}
export declare function parseYaml(file: string, text: string): ParsedYaml;
