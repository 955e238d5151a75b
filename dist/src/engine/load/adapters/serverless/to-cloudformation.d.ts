import type { Suppression } from '../../../model/types.js';
import { type Loc, type MapNode, type SourceNode } from '../../source-node.js';
import { type VariableContext } from './variables.js';
export interface ServerlessTemplate {
    readonly root: MapNode;
    readonly region: string;
    readonly notes: readonly {
        message: string;
        loc: Loc;
    }[];
    /** Files read through `${file(...)}` (absolute paths). */
    readonly includes: readonly string[];
    /** Their `# endpoint-guard-ignore` comments. */
    readonly commentSuppressions: readonly Suppression[];
}
/**
 * A serverless.yml as the CloudFormation stack the framework deploys: `resources` as written, one
 * AWS::Lambda::Function per entry of `functions` (logical ID as the framework names it, known by its key), and the
 * execution role it generates. Every node keeps its position in serverless.yml (or in an included file).
 */
export declare function serverlessToCloudFormation(source: SourceNode, ctx: VariableContext): ServerlessTemplate;
/** The framework's logical-ID naming: `create-licence` → `CreateDashlicence`, `my_fn` → `MyUnderscorefn`. */
export declare function normalizeName(name: string): string;
