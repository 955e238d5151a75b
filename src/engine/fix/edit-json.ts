import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { EditableText, Edited, Splice } from './edit-yaml.js';
import type { FixChange } from './intent.js';
import { isIntrinsicKey, type Written } from './written.js';

/**
 * JSON changed by splicing, as YAML: a new value replaces the old one's characters, a new property or list item
 * follows the last one at its indentation (on its line when the object or list is on one line). jsonc-parser's own
 * `modify` is not used: it reformats the neighbouring value.
 */
export function editableJson(text: string): EditableText {
  const tree = parseTree(text);
  return { text, edit: (change) => spliceJson(text, tree, change) };
}

function spliceJson(text: string, tree: JsonNode | undefined, intent: FixChange): Edited {
  const resource = tree
    ? [
        ['Resources', intent.resource],
        ['resources', 'Resources', intent.resource],
      ].find((path) => findNodeAtLocation(tree, path)?.type === 'object')
    : undefined;
  if (!tree || !resource) return { refused: `${intent.resource} is not written in this file` };
  const props = findNodeAtLocation(tree, [...resource, 'Properties']);
  if (props?.type !== 'object') return { refused: `${intent.resource} has no Properties object to add to` };
  // A key written twice: JSON.parse and CloudFormation take the last one, this editor would find the first.
  const twice = [
    [resource.slice(0, -1), intent.resource],
    [resource, 'Properties'],
    [[...resource, 'Properties'], intent.property],
  ] as const;
  if (twice.some(([path, key]) => keyCount(findNodeAtLocation(tree, [...path]), key) > 1))
    return { refused: `${intent.resource}, its Properties or ${intent.property} is written twice` };
  const existing = findNodeAtLocation(tree, [...resource, 'Properties', intent.property]);
  const unit = indentUnit(text);
  if (!existing)
    return { splices: [appendTo(text, props, `${JSON.stringify(intent.property)}: `, [intent.kind === 'append' ? intent.items : intent.value], unit)] };
  if (intent.kind === 'replace') {
    const intrinsic = existing.type === 'object' && existing.children?.length === 1 && isIntrinsicKey(existing.children[0]?.children?.[0]?.value);
    if ((existing.type !== 'array' && existing.type !== 'object') || intrinsic) return { refused: `${intent.property} is written as an expression` };
    const indent = leading(text, text.lastIndexOf('\n', existing.offset - 1) + 1);
    return { splices: [{ start: existing.offset, end: existing.offset + existing.length, text: rendered(intent.value, indent, unit) }] };
  }
  if (intent.kind === 'set') {
    if (intent.ifAbsent) return { refused: `${intent.property} is already set` };
    if (existing.type === 'object' || existing.type === 'array') return { refused: `${intent.property} is written as an expression` };
    if (typeof existing.value === 'string' && existing.value.includes('${')) return { refused: `${intent.property} is a variable` };
    return { splices: [{ start: existing.offset, end: existing.offset + existing.length, text: JSON.stringify(intent.value) }] };
  }
  if (existing.type !== 'array') return { refused: `${intent.property} is written as an expression, not a list` };
  return { splices: [appendTo(text, existing, '', intent.items, unit)] };
}

/**
 * Members `prefix + value` after the last member of an object or array: each on a line of its own, or inline where
 * the members are on one line.
 */
function appendTo(text: string, container: JsonNode, prefix: string, values: readonly Written[], unit: string): Splice {
  const members = container.children ?? [];
  const last = members[members.length - 1];
  const close = container.offset + container.length - 1;
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  if (!last) {
    const indent = leading(text, lineStart(container.offset));
    const lines = values.map((v) => `${indent}${unit}${prefix}${rendered(v, indent + unit, unit)}`).join(',\n');
    return { start: close, end: close, text: `\n${lines}\n${indent}` };
  }
  const end = last.offset + last.length;
  if (!text.slice(container.offset, close).includes('\n')) return { start: end, end, text: values.map((v) => `, ${prefix}${JSON.stringify(v)}`).join('') };
  const indent = leading(text, lineStart(last.offset));
  return { start: end, end, text: values.map((v) => `,\n${indent}${prefix}${rendered(v, indent, unit)}`).join('') };
}

/** JSON in the file's indentation unit, its later lines indented to stand under `indent`. */
function rendered(value: Written, indent: string, unit: string): string {
  return JSON.stringify(value, null, unit).split('\n').join(`\n${indent}`);
}

function keyCount(object: JsonNode | undefined, key: string): number {
  return (object?.children ?? []).filter((p) => p.children?.[0]?.value === key).length;
}

function leading(text: string, lineStart: number): string {
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/** The file's indentation unit (its first indented line's). */
function indentUnit(text: string): string {
  return /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
}
