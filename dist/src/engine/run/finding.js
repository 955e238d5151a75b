export function compareFindings(a, b) {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
//# sourceMappingURL=finding.js.map