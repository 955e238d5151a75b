import { child, NAME_METADATA, type Loc, type MapNode, type SourceNode } from '../load/source-node.js';
import type { Resolver } from '../resolve/resolver.js';
import { field, knownString, type Value } from '../resolve/value.js';
import type { PropertyEntry } from './coerce.js';
import type { Element, Suppression } from './types.js';

/** One resource of the template, with its properties resolved on demand. */
export interface ResourceView {
  readonly element: Element;
  prop(name: string): Value | undefined;
  /** The property with its key's position (absent when missing or `AWS::NoValue`). */
  entry(name: string): PropertyEntry | undefined;
  propEntryLoc(name: string): Loc | undefined;
  /** A key of the resource's Metadata, as written. */
  metadata(name: string): SourceNode | undefined;
}

/** `constructPaths`: CDK construct paths from the cloud assembly's manifest, for templates without `aws:cdk:path`. */
export function resourceViews(root: MapNode, resolver: Resolver, constructPaths: ReadonlyMap<string, string>): ResourceView[] {
  const resources = child(root, 'Resources');
  if (resources?.kind !== 'map') return [];
  const views: ResourceView[] = [];
  for (const entry of resources.entries) {
    const typeNode = child(entry.value, 'Type');
    if (typeNode?.kind !== 'scalar' || typeof typeNode.value !== 'string') continue;
    const condition = child(entry.value, 'Condition');
    if (condition?.kind === 'scalar' && resolver.condition(String(condition.value)) === false) continue;
    const props = child(entry.value, 'Properties');
    const metadata = child(entry.value, 'Metadata');
    const pathNode = child(metadata, 'aws:cdk:path');
    const path = pathNode?.kind === 'scalar' && typeof pathNode.value === 'string' ? pathNode.value : constructPaths.get(entry.key);
    const name = child(metadata, NAME_METADATA);
    const element: Element = {
      id: entry.key,
      name: name?.kind === 'scalar' && typeof name.value === 'string' ? name.value : entry.key,
      type: typeNode.value,
      loc: entry.keyLoc,
      ...(path !== undefined ? { path } : {}),
      tags: tagsOf(resolver.resolve(child(props, 'Tags'))),
      suppressions: metadataSuppressions(child(child(metadata, 'endpoint-guard'), 'suppress')),
    };
    const keyLoc = (name: string) => (props?.kind === 'map' ? props.entries.find((p) => p.key === name)?.keyLoc : undefined);
    const prop = (name: string) => resolver.resolve(child(props, name));
    views.push({
      element,
      prop,
      propEntryLoc: keyLoc,
      metadata: (key) => child(metadata, key),
      entry: (name) => {
        const value = prop(name);
        return value === undefined ? undefined : { value, keyLoc: keyLoc(name) ?? value.loc };
      },
    });
  }
  return views;
}

/** `Tags: [{Key, Value}]` (most resources) or `Tags: {Key: Value}` (a few, and SAM). */
function tagsOf(v: Value | undefined): ReadonlyMap<string, Value> {
  const tags = new Map<string, Value>();
  if (v?.kind === 'list') {
    for (const t of v.items) {
      const key = knownString(field(t, 'Key')?.value);
      const value = field(t, 'Value')?.value;
      if (key !== undefined && value) tags.set(key, value);
    }
  } else if (v?.kind === 'map') for (const e of v.entries) tags.set(e.key, e.value);
  return tags;
}

/** `Metadata: endpoint-guard: suppress: [{rule: slug, reason: "…"}]` (a single map is accepted too). */
function metadataSuppressions(node: SourceNode | undefined): Suppression[] {
  if (!node) return [];
  const list = node.kind === 'seq' ? node.items : [node];
  return list.flatMap((item) => {
    const rule = child(item, 'rule');
    const reason = child(item, 'reason');
    if (rule?.kind !== 'scalar' || rule.value === null) return [];
    const why = reason?.kind === 'scalar' && reason.value !== null && String(reason.value).trim() !== '' ? String(reason.value) : undefined;
    return [{ rule: String(rule.value), reason: why, loc: item.loc, via: 'metadata' as const }];
  });
}
