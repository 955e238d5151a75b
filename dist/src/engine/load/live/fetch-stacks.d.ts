/** Where and how to reach CloudFormation: the SDK's own provider chain supplies credentials and, by default, the region. */
export interface LiveOptions {
    readonly stacks: readonly string[];
    readonly allStacks: boolean;
    readonly regions: readonly string[];
    readonly profile?: string;
    readonly endpointUrl?: string;
    /** Assume this role (per account) through STS before reading. */
    readonly roleArn?: string;
    /** Stacks read at the same time (API calls, not checking, bound a run). */
    readonly concurrency?: number;
    readonly onProgress?: (done: number, total: number) => void;
}
/** A deployed stack as endpoint-guard checks it: the template CloudFormation processed, and what it was deployed with. */
export interface LiveStack {
    readonly uri: string;
    readonly region: string;
    readonly name: string;
    readonly stackId: string;
    readonly body: string;
    readonly parameters: ReadonlyMap<string, string>;
    /** The account's exports in the stack's region, for `Fn::ImportValue`. */
    readonly exports: ReadonlyMap<string, string>;
}
export interface LiveProblem {
    readonly file: string;
    readonly message: string;
}
/**
 * Reads stacks from CloudFormation: named ones, or every active stack of each region (nested stacks once). A stack
 * that cannot be read is a problem of its own; the others are still read. The SDK is loaded here, only when asked.
 */
export declare function fetchStacks(options: LiveOptions): Promise<{
    stacks: LiveStack[];
    problems: LiveProblem[];
}>;
