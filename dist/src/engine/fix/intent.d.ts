import type { Written } from './written.js';
/** One change a fix makes to a resource of the template. */
export type FixChange = 
/** `Properties.<property>` set to a scalar, or added when absent; `ifAbsent`: only added. */
{
    readonly kind: 'set';
    readonly resource: string;
    readonly property: string;
    readonly value: Written;
    readonly ifAbsent?: true;
}
/** Items appended to the list `Properties.<property>` (made when absent). */
 | {
    readonly kind: 'append';
    readonly resource: string;
    readonly property: string;
    readonly items: readonly Written[];
}
/** `Properties.<property>` written anew (a list of rules), where it is written out and not an expression. */
 | {
    readonly kind: 'replace';
    readonly resource: string;
    readonly property: string;
    readonly value: Written;
};
/**
 * A fix as a rule describes it: what the template must say, not how its text changes. The fixer turns each change
 * into text edits in the file's own syntax (YAML or JSON), all of them or none (a fix half made could make another
 * finding), or says why it cannot: the property is an expression, a Serverless variable, written in flow style, or
 * the input is generated. Rules attach one only when the fix is mechanical and always safe.
 */
export interface FixIntent {
    readonly description: string;
    readonly changes: readonly FixChange[];
}
