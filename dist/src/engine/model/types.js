/** The switch is known to be on: written true, or true by CloudFormation's default. */
export function isKnownOn(setting) {
    // Stryker disable next-line ConditionalExpression,StringLiteral: an unknown setting has no value, so dropping the state test reads it as off all the same
    return setting.state !== 'unknown' && setting.value;
}
/** Where a setting or list is written: a finding about it points there, and at its resource when it is not written. */
export function writtenAt(item) {
    // Stryker disable next-line ConditionalExpression: what is not written has no loc, so reading it anyway gives undefined too
    return 'loc' in item ? item.loc : undefined;
}
/** A route table for messages: `route table PrivateRouteTable`, or `the main route table of Vpc`. */
export function tableText(t) {
    return t.main ? `the ${t.name}` : `route table ${label(t)}`;
}
/** A CIDR range for messages: its value, or why it is not known. */
export function rangeText(range) {
    return range.known ? range.value : `a CIDR range not known before deployment (${range.reason})`;
}
/** How messages name an element: its name, with the construct path when there is one. */
export function label(e) {
    return e.path ? `${e.name} (${e.path})` : e.name;
}
/** Names a few elements for a message: `A, B, C and 7 more` (messages stay readable, and cheap, on big templates). */
export function labels(elements, max = 3, joiner = ', ') {
    // Only the elements shown are labelled: a subject's message must not cost the size of the whole list.
    const shown = [];
    let count = 0;
    for (const e of elements) {
        if (count++ < max)
            shown.push(label(e));
    }
    return count > max ? `${shown.join(joiner)} and ${count - max} more` : shown.join(joiner);
}
/** `subnet A` or `subnets A, B`: the noun, plural for more than one element, and their labels. */
export function nounWithLabels(noun, elements, max = 3) {
    const count = 'size' in elements ? elements.size : elements.length;
    return `${noun}${count > 1 ? 's' : ''} ${labels(elements, max)}`;
}
/**
 * The first `max` texts and how many more: a message names what a reader can act on, and its length stays bounded
 * by the subject, not by the size of the template (one subject per element would otherwise make output quadratic).
 */
export function listOf(texts, max = 5, joiner = ', ') {
    const all = [...texts];
    const shown = all.slice(0, max).join(joiner);
    return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}
//# sourceMappingURL=types.js.map