import type { Loc, SourceNode } from '../load/source-node.js';
import { type Value } from './value.js';
export interface SubScope {
    resolve(node: SourceNode | undefined): Value | undefined;
    refName(name: string, loc: Loc): Value | symbol;
    refAttribute(resource: string, attribute: string, loc: Loc): Value;
}
/** `Fn::Sub`: `${Name}`, `${Res.Attr}`, `${AWS::Region}`, `${!Literal}`, with an optional variable map. */
export declare function substitute(arg: SourceNode, loc: Loc, scope: SubScope): Value;
