import type { Finding } from '../run/finding.js';
import { type Splice } from './edit-yaml.js';
/** One file as the fixes leave it. */
export interface FileFix {
    readonly file: string;
    readonly before: string;
    readonly after: string;
    readonly fixed: readonly Finding[];
}
export interface FixPlan {
    readonly files: readonly FileFix[];
    /** Findings with a fix that could not be applied, and why. */
    readonly refused: readonly {
        readonly finding: Finding;
        readonly why: string;
    }[];
}
/** The fixes of these findings, file by file, in the order of the findings; nothing is written here. */
export declare function planFixes(findings: readonly Finding[]): FixPlan;
/**
 * Each finding's own fix, alone, as splices of its file as it is (for SARIF `fixes` and review suggestions): every
 * file read and parsed once, however many findings it has.
 */
export declare function splicesByFinding(findings: readonly Finding[]): Map<Finding, {
    text: string;
    splices: readonly Splice[];
}>;
/**
 * The text with the splices made: all of them were located in the same original text. Insertions at one place go in
 * the order they were made, except that a deeper one goes first: an item of a list that ends there belongs before a
 * property added to the mapping that ends there too.
 */
export declare function applied(text: string, splices: readonly Splice[]): string;
