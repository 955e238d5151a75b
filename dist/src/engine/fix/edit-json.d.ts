import type { EditableText } from './edit-yaml.js';
/**
 * JSON changed by splicing, as YAML: a new value replaces the old one's characters, a new property or list item
 * follows the last one at its indentation (on its line when the object or list is on one line). jsonc-parser's own
 * `modify` is not used: it reformats the neighbouring value.
 */
export declare function editableJson(text: string): EditableText;
