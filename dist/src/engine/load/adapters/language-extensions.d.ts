import { type Loc, type MapNode } from '../source-node.js';
import { ExpansionBudget } from '../budget.js';
export interface Expanded {
    readonly root: MapNode;
    readonly notes: readonly {
        readonly message: string;
        readonly loc: Loc;
    }[];
    /** Resources a loop that could not be expanded refers to (it may add rules to them), with why. */
    readonly uncertain: ReadonlyMap<string, string>;
}
/**
 * Expands `Fn::ForEach` loops as the AWS::LanguageExtensions transform does: for each item of the collection (a list,
 * or a CommaDelimitedList parameter's default), the output keys and values with `${Identifier}` / `&{Identifier}`
 * substituted and `{Ref: Identifier}` replaced by the item. The copies keep the positions of the loop's body, where
 * findings about them point. A loop over a collection not known before deployment is left out, with a note.
 */
export declare function expandForEach(root: MapNode, budget: ExpansionBudget): Expanded;
