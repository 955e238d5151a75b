export {};
//# sourceMappingURL=intent.js.map