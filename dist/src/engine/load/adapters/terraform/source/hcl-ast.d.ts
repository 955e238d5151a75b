/** One step of a traversal: `.name` or `[key]`. */
export type Step = {
    readonly name: string;
} | {
    readonly key: string | number;
};
/** An HCL expression, reduced to what evaluation needs. */
export type Expression = {
    readonly t: 'literal';
    readonly value: string | number | boolean | null;
} | {
    readonly t: 'template';
    readonly parts: readonly Expression[];
} | {
    readonly t: 'tuple';
    readonly items: readonly Expression[];
} | {
    readonly t: 'object';
    readonly entries: readonly (readonly [Expression, Expression])[];
} | {
    readonly t: 'traversal';
    readonly root: string;
    readonly steps: readonly Step[];
} | {
    readonly t: 'index';
    readonly collection: Expression;
    readonly key: Expression;
}
/** Steps after an expression: `aws_subnet.private[count.index].id`. */
 | {
    readonly t: 'relative';
    readonly source: Expression;
    readonly steps: readonly Step[];
} | {
    readonly t: 'splat';
    readonly source: Expression;
    readonly steps: readonly Step[];
} | {
    readonly t: 'call';
    readonly name: string;
    readonly args: readonly Expression[];
}
/** `[for k, v in collection : value if condition]`, or `{for … : key => value}` (`object`). */
 | {
    readonly t: 'for';
    readonly keyVar?: string;
    readonly valVar: string;
    readonly collection: Expression;
    readonly key?: Expression;
    readonly value: Expression;
    readonly condition?: Expression;
    readonly object: boolean;
    readonly grouped: boolean;
} | {
    readonly t: 'conditional';
    readonly condition: Expression;
    readonly then: Expression;
    readonly otherwise: Expression;
} | {
    readonly t: 'binary';
    readonly op: string;
    readonly left: Expression;
    readonly right: Expression;
} | {
    readonly t: 'unary';
    readonly op: string;
    readonly operand: Expression;
} | {
    readonly t: 'unsupported';
    readonly what: string;
};
/** The expression tree `@cdktf/hcl2json`'s getExpressionAst returns (the parts used here). */
export interface RawExpression {
    readonly type: string;
    readonly children?: readonly RawExpression[];
    readonly meta?: {
        readonly value?: string;
        readonly type?: string;
        readonly name?: string;
        readonly operator?: string;
        readonly expandedFinalArgument?: boolean;
        readonly traversal?: readonly {
            readonly type: string;
            readonly segment: string;
        }[];
        readonly keyVar?: string;
        readonly valVar?: string;
        readonly keyExpression?: string;
        readonly conditionalExpression?: string;
        readonly openRangeValue?: string;
        readonly groupedValue?: boolean;
    };
    readonly range?: {
        readonly start: {
            readonly byte: number;
        };
        readonly end: {
            readonly byte: number;
        };
    };
}
/**
 * A template string of hcl2json's output (`${…}`, text around it) as an HCL expression to parse: a heredoc, where
 * quotes and line breaks need no escaping; undefined for text that holds the delimiter.
 */
export declare function asHeredoc(text: string): string | undefined;
/**
 * The compact form of a parsed `asHeredoc` expression. `source` is the text that was parsed (a bare object key is
 * only a byte range of it); the heredoc's closing line break is not part of the value.
 */
export declare function compactExpression(raw: RawExpression, source: string): Expression;
