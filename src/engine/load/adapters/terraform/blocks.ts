import { UNKNOWN_MARKER } from '../../../resolve/resolver.js';
import { child, type Loc, type SourceNode } from '../../source-node.js';
import { items, map, scalar } from '../nodes.js';
import type { PlannedResource } from './plan.js';
import { knownOnlyAfterApply, type PlanValues } from './values.js';

/** One nested block of a resource (an `ingress`, `egress` or `route` block): its fields as CloudFormation values. */
export interface NestedBlock {
  field(name: string): SourceNode | undefined;
  /** The block's known values, to find it in the source. */
  readonly planned: SourceNode;
}

/**
 * The nested blocks of a set-of-objects attribute (`ingress`, `egress`, `route`). The plan's configuration records such
 * an attribute as one expression whose references are those of all its blocks, so a field known only after apply
 * (`security_groups = [aws_security_group.fn.id]` of a new group) takes those references when it is the only such
 * field; with several, each is unknown rather than guessed.
 */
export function nestedBlocks(r: PlannedResource, name: string, values: PlanValues, loc: Loc): NestedBlock[] | SourceNode {
  const planned = child(r.values, name);
  const unknown = child(r.afterUnknown, name);
  if (unknown?.kind === 'scalar' && unknown.value === true) {
    if (child(r.expressions, name) === undefined) return [];
    return map([[UNKNOWN_MARKER, scalar(`the ${name} blocks are known only after apply`, loc)]], loc);
  }
  const unknownItems = items(unknown);
  const slots = items(planned).flatMap((_, i) => unknownFields(unknownItems[i]).map((field) => `${i}:${field}`));
  const references = values.references(child(r.expressions, name), r.modulePrefix);
  return items(planned).map((block, i) => ({
    planned: block,
    field: (field) => {
      const value = child(block, field);
      if (!unknownFields(unknownItems[i]).includes(field)) return value === undefined || (value.kind === 'scalar' && value.value === null) ? undefined : value;
      return values.fromReferences(field, value, slots.length === 1 ? references : [{ kind: 'other', name: `${field} of a ${name} block` }], loc);
    },
  }));
}

function unknownFields(unknown: SourceNode | undefined): string[] {
  if (unknown?.kind !== 'map') return [];
  return unknown.entries.filter((e) => knownOnlyAfterApply(e.value)).map((e) => e.key);
}
