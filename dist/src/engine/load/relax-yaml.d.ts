/**
 * CloudFormation (like PyYAML) accepts a multi-line quoted scalar or flow collection whose continuation lines are
 * indented no deeper than its key, which strict YAML 1.2 rejects:
 *
 *     Description: "a long
 *     sentence"
 *     Statement: [{
 *       "Effect": "Allow"
 *     }]
 *
 * Leading white space of continuation lines means nothing inside a quoted scalar (it is folded away) or a flow
 * collection, so indenting those lines further changes no value and keeps every line number. Returns the re-indented
 * text, or undefined when nothing applied.
 */
export declare function relaxIndentation(text: string): string | undefined;
