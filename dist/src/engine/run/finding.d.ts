import type { FixIntent } from '../fix/intent.js';
import type { Level, RelatedLocation } from './rule.js';
/** A finding as the reporters see it: rule, level, message, file and position, and the subject's logical ID. */
export interface Finding {
    readonly ruleId: string;
    readonly level: Level;
    readonly message: string;
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly logicalId: string;
    /** The construct path or another qualified name when the input has one. */
    readonly fullyQualifiedName?: string;
    readonly related: readonly (RelatedLocation & {
        readonly file: string;
    })[];
    /** Set when a suppression in the template covers it: not counted for the exit code, still reported. */
    readonly suppressed?: {
        readonly justification: string;
        readonly via: 'metadata' | 'comment';
    };
    /** The rule's mechanical fix (never on notes or suppressed findings). */
    readonly fix?: FixIntent;
}
/** An input that could not be read or parsed (or checked): exit code 2, the other inputs still checked. */
export interface InputProblem {
    readonly file: string;
    readonly message: string;
    readonly line?: number;
    readonly column?: number;
}
export declare function compareFindings(a: Finding, b: Finding): number;
