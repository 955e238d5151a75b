import { type TerraformView } from '../to-cloudformation.js';
import type { ModuleSource } from './module-source.js';
/**
 * A folder of `.tf` files (and the local modules it calls) as the CloudFormation-shaped template the model builder
 * reads: each resource instance under its Terraform address, its attributes evaluated as far as the source tells.
 * References to other resources become `Ref`/`Fn::GetAtt`, so that the same model links them as in a plan.
 */
export declare function terraformModuleToCloudFormation(source: ModuleSource): TerraformView;
