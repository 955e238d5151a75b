export {};
//# sourceMappingURL=hcl-protocol.js.map