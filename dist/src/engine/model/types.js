/** How messages name an element: its name, with the construct path when there is one. */
export function label(e) {
    return e.path ? `${e.name} (${e.path})` : e.name;
}
/** Names a few elements for a message: `A, B, C and 7 more` (messages stay readable, and cheap, on big templates). */
export function labels(elements, max = 3, joiner = ', ') {
    const all = [...elements];
    const shown = all.slice(0, max).map(label).join(joiner);
    return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}
//# sourceMappingURL=types.js.map