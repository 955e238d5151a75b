import { type ReadResult } from '../read-template.js';
import type { StackContext } from '../cloud-assembly.js';
import type { LiveStack } from './fetch-stacks.js';
/**
 * A deployed stack as an input: its processed template read like a file (findings at the lines of that body), each
 * parameter's `Default` replaced by the value the stack was deployed with, and the context a file does not know
 * (region, account, stack name, the account's exports).
 */
export declare function deployedDocument(stack: LiveStack): {
    read: ReadResult;
    context: StackContext;
};
