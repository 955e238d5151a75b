import { type Loc, type MapNode } from '../../source-node.js';
/**
 * What the SAM transform does that the network model needs: `Globals.Function` merged into every
 * AWS::Serverless::Function (scalars overridden by the function, maps merged, lists appended; inherited values are
 * written, for findings, at the function), and the execution role SAM generates from `Policies` when there is no
 * `Role` (inline statements, policy templates, managed policies).
 */
export declare function samToCloudFormation(root: MapNode): {
    root: MapNode;
    notes: {
        message: string;
        loc: Loc;
    }[];
};
