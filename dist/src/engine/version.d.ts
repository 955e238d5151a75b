/**
 * endpoint-guard's version, from the package.json above this module — wherever the build put it (compiled in
 * dist/src/…, bundled in dist/cli/ or dist/action/, installed in node_modules).
 */
export declare function packageVersion(): string;
