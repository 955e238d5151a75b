export const DOCS_BASE = 'https://github.com/endpoint-guard/endpoint-guard/blob/main/rules';
/**
 * Declares a rule — built-in or custom, the same API. Built-in rules' doc pages are `rules/<id>.md`, generated
 * from `help`; a custom rule may give its own `docsUrl`.
 */
export function defineRule(rule) {
    return { ...rule, docsUrl: rule.docsUrl ?? `${DOCS_BASE}/${rule.id}.md` };
}
//# sourceMappingURL=rule.js.map