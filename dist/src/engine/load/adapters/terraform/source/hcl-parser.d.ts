import type { HclResponse } from './hcl-protocol.js';
export type HclParse = Extract<HclResponse, {
    ok: true;
}> | {
    readonly ok: false;
    readonly message: string;
};
/**
 * HCL files parsed on a thread of their own (see hcl-worker.ts): one file at a time, each with a time limit; a parser
 * that crashed or timed out is replaced for the next file, so one hostile file costs only its own check.
 */
export declare class HclParser {
    private worker;
    private nextId;
    parse(file: string, text: string): Promise<HclParse>;
    close(): Promise<void>;
}
