/** The CLI: resolves to the exit code; never lets an exception escape as a stack trace. */
export declare function main(argv: readonly string[]): Promise<number>;
