export interface PolicyFlags {
    endpoint?: string;
    allowBroad?: boolean;
    stage?: string;
    region?: string[];
    env?: boolean;
    root?: string;
}
/**
 * `endpoint-guard policy TEMPLATE`: the least-privilege policy of each VPC endpoint, in the template's own style, to
 * paste under the endpoint's Properties. Exit 0 when printed; 2 for an input error or an endpoint that is not there.
 */
export declare function runPolicy(template: string, flags: PolicyFlags): Promise<number>;
