/**
 * CloudFormation (like PyYAML) accepts a multi-line quoted scalar whose continuation lines are indented no deeper
 * than its key, which strict YAML 1.2 rejects:
 *
 *     Description: "a long
 *     sentence"
 *
 * Leading white space of continuation lines is folded away inside a quoted scalar, so indenting those lines further
 * changes no value and keeps every line number. Returns the re-indented text, or undefined when nothing applied.
 */
export declare function relaxQuotedContinuations(text: string): string | undefined;
