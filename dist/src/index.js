/** endpoint-guard's public API (the package's main entry): see api.ts. */
export * from './api.js';
//# sourceMappingURL=index.js.map