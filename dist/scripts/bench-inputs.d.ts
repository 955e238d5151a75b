/**
 * Inputs for `npm run bench`: short-form YAML templates of realistic private networks (one VPC per function, each
 * with two subnets, a route table, a function group, an endpoint group admitting 443 from it, a queue, the function's
 * role granting it, and the SQS interface endpoint with a scoped policy), and a Terraform plan of the same shape.
 */
/** Resources per network unit below. */
export declare const UNIT_SIZE = 12;
/** A template of about `resources` resources (whole units of UNIT_SIZE). */
export declare function yamlTemplate(resources: number, first?: number): string;
/**
 * The same kind of network as a Terraform plan of a new stack (`terraform show -json`): every ID known only after
 * apply, so every link goes through the configuration's references, as in a real first plan.
 */
export declare function terraformPlan(units: number): string;
