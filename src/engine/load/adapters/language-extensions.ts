import { child, type Loc, type MapEntry, type MapNode, type SourceNode } from '../source-node.js';
import { refName, text } from './nodes.js';
import { ExpansionBudget } from '../budget.js';

/** `Fn::ForEach::Name: [Identifier, Collection, {OutputKey: OutputValue}]` (the AWS::LanguageExtensions transform). */
const SECTIONS = ['Conditions', 'Resources', 'Outputs'];

export interface Expanded {
  readonly root: MapNode;
  readonly notes: readonly { readonly message: string; readonly loc: Loc }[];
  /** Resources a loop that could not be expanded refers to (it may add rules to them), with why. */
  readonly uncertain: ReadonlyMap<string, string>;
}

/**
 * Expands `Fn::ForEach` loops as the AWS::LanguageExtensions transform does: for each item of the collection (a list,
 * or a CommaDelimitedList parameter's default), the output keys and values with `${Identifier}` / `&{Identifier}`
 * substituted and `{Ref: Identifier}` replaced by the item. The copies keep the positions of the loop's body, where
 * findings about them point. A loop over a collection not known before deployment is left out, with a note.
 */
export function expandForEach(root: MapNode, budget: ExpansionBudget): Expanded {
  if (!SECTIONS.some((s) => entriesOf(child(root, s)).some((e) => e.key.startsWith('Fn::ForEach::')))) return { root, notes: [], uncertain: new Map() };
  const notes: { message: string; loc: Loc }[] = [];
  const uncertain = new Map<string, string>();
  const skip = (entry: MapEntry, why: string) => {
    notes.push({ message: `${entry.key} ${why}: its resources are not checked`, loc: entry.keyLoc });
    for (const id of references(entry.value)) uncertain.set(id, `${entry.key} may add to it`);
  };
  const parameters = child(root, 'Parameters');
  const expand = (entries: readonly MapEntry[], depth: number): MapEntry[] =>
    entries.flatMap((entry): MapEntry[] => {
      if (!entry.key.startsWith('Fn::ForEach::')) return [entry];
      const loop = entry.value.kind === 'seq' ? entry.value.items : [];
      const [identifierNode, collectionNode, body] = loop;
      const identifier = text(identifierNode);
      const collection = collectionNode && collectionOf(collectionNode, parameters, child(root, 'Mappings'));
      if (loop.length !== 3 || identifier === undefined || body?.kind !== 'map' || depth > 5) {
        skip(entry, 'is not a loop this tool can expand');
        return [];
      }
      if (collection === undefined) {
        skip(entry, 'loops over a collection not known before deployment');
        return [];
      }
      // Charged before copying: nested loops multiply, and a small template must not build an exponential one.
      budget.charge(budget.sizeOf(body) * collection.length, entry.key, entry.keyLoc);
      return collection.flatMap((item) =>
        expand(
          body.entries.map((e) => ({ ...e, key: substituteText(e.key, identifier, item), value: substitute(e.value, identifier, item) })),
          depth + 1,
        ),
      );
    });
  const rootEntries = root.entries.map((section) =>
    SECTIONS.includes(section.key) && section.value.kind === 'map'
      ? { ...section, value: { ...section.value, entries: expand(section.value.entries, 0) } }
      : section,
  );
  return { root: { ...root, entries: rootEntries }, notes, uncertain };
}

/** Logical IDs a node refers to with `Ref` or `Fn::GetAtt`. */
function references(node: SourceNode): string[] {
  if (node.kind === 'seq') return node.items.flatMap(references);
  if (node.kind !== 'map') return [];
  return node.entries.flatMap((e) => {
    if (e.key === 'Ref') return [text(e.value) ?? ''];
    if (e.key === 'Fn::GetAtt') return [(e.value.kind === 'seq' ? text(e.value.items[0]) : text(e.value)?.split('.')[0]) ?? ''];
    return references(e.value);
  });
}

function entriesOf(node: SourceNode | undefined): readonly MapEntry[] {
  return node?.kind === 'map' ? node.entries : [];
}

/** A literal list of strings, `{Ref: Parameter}` of a list parameter with a default, or a literal `Fn::FindInMap`. */
function collectionOf(node: SourceNode, parameters: SourceNode | undefined, mappings: SourceNode | undefined): string[] | undefined {
  if (node.kind === 'seq') {
    const values = node.items.map(text);
    return values.every((v): v is string => v !== undefined) ? values : undefined;
  }
  const lookup = child(node, 'Fn::FindInMap');
  if (lookup?.kind === 'seq' && lookup.items.length === 3) {
    const [map, top, second] = lookup.items.map(text);
    const found = map !== undefined && top !== undefined && second !== undefined ? child(child(child(mappings, map), top), second) : undefined;
    return found ? collectionOf(found, parameters, undefined) : undefined;
  }
  const ref = refName(node);
  const fallback = ref === undefined ? undefined : text(child(child(parameters, ref), 'Default'));
  return fallback?.split(',').map((v) => v.trim());
}

function substituteText(value: string, identifier: string, item: string): string {
  return value
    .split(`\${${identifier}}`)
    .join(item)
    .split(`&{${identifier}}`)
    .join(item.replace(/[^A-Za-z0-9]/g, ''));
}

function substitute(node: SourceNode, identifier: string, item: string): SourceNode {
  switch (node.kind) {
    case 'scalar':
      return typeof node.value === 'string' ? { ...node, value: substituteText(node.value, identifier, item) } : node;
    case 'seq':
      return { ...node, items: node.items.map((i) => substitute(i, identifier, item)) };
    case 'map':
      if (refName(node) === identifier) return { kind: 'scalar', value: item, loc: node.loc };
      return {
        ...node,
        entries: node.entries.map((e) => ({ ...e, key: substituteText(e.key, identifier, item), value: substitute(e.value, identifier, item) })),
      };
  }
}
