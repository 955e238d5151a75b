import { type Loc, type SourceNode } from '../../../source-node.js';
import { type TfValue } from './tf-value.js';
/**
 * Values as the CloudFormation-shaped nodes the model reads, all at one place in the source: a reference to a
 * resource instance is `Ref`/`Fn::GetAtt`, a string built around one is `Fn::Join`, an unknown value the resolver's
 * UNKNOWN marker. Values may share parts (a local used twice); the nodes they expand to are counted, and past the
 * limit the input is refused.
 */
export declare class Materializer {
    private readonly file;
    private readonly limit;
    private used;
    constructor(file: string, limit?: number);
    node(v: TfValue, loc: Loc): SourceNode;
}
