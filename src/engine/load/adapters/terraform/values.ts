import { soleItem } from '../../../util/lists.js';
import { UNKNOWN_MARKER } from '../../../resolve/resolver.js';
import { child, toPlain, type Loc, type SourceNode } from '../../source-node.js';
import { items, map, scalar, seq, text } from '../nodes.js';
import type { ModuleConfig, PlannedResource } from './plan.js';

/** A reference to a resource block: `aws_subnet.private[0].id` → block (with its module path), instance key, attribute. */
interface Reference {
  readonly block: string;
  readonly index?: string;
  readonly attribute?: string;
}

type Referenced = { readonly kind: 'resource'; readonly ref: Reference } | { readonly kind: 'other'; readonly name: string };

/**
 * Attributes that hold IDs, names or ARNs of other resources: where they are known only after apply, the resource an
 * expression references is their value. Any other attribute built from a reference (a policy's JSON, a CIDR) is
 * unknown until apply.
 */
const LINK =
  /^(vpc_id|subnet_ids?|subnets|security_group_ids?|vpc_security_group_ids|security_groups|route_table_ids?|gateway_id|nat_gateway_id|transit_gateway_id|vpc_endpoint_id|egress_only_gateway_id|vpc_peering_connection_id|role|referenced_security_group_id|source_security_group_id|policy_arn|network_interface_id)$/;
const LIST = /(_ids|security_groups|subnets)$/;
const RESOURCE_REFERENCE = /^([a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)(\[[^\]]+\])?(?:\.([a-z0-9_]+))?/;
/** Module outputs and input variables are followed this deep, and this many in all: far beyond real configurations. */
const MAX_HOPS = 32;
const MAX_STEPS = 200_000;

/**
 * What a plan tells about one attribute of a resource, as a CloudFormation-shaped value: the planned value where it
 * is known; where it is known only after apply, the resources its expression references (`aws_vpc.main.id` →
 * `{Ref: aws_vpc.main}`, `aws_iam_role.fn.arn` → `{Fn::GetAtt: [aws_iam_role.fn, Arn]}`), following module outputs
 * and input variables to the resource they stand for; else UNKNOWN, with why.
 */
export class PlanValues {
  private steps = 0;

  constructor(
    /** Every resource instance's address, by the address of its block (`aws_subnet.private` → `[0]`, `[1]`). */
    private readonly instances: ReadonlyMap<string, readonly string[]>,
    private readonly modules: ReadonlyMap<string, ModuleConfig>,
  ) {}

  /** `source`: where planned values, `after_unknown` and expressions are read (a resource, or one of its blocks). */
  attribute(
    source: Pick<PlannedResource, 'values' | 'afterUnknown' | 'expressions' | 'modulePrefix'> & { readonly address?: string },
    path: readonly string[],
    loc: Loc,
  ): SourceNode | undefined {
    const planned = at(source.values, path);
    const unknown = at(source.afterUnknown, path);
    const expression = at(source.expressions, path);
    const afterApply = knownOnlyAfterApply(unknown);
    if (planned !== undefined && !(planned.kind === 'scalar' && planned.value === null) && !afterApply) return planned;
    // Not written in the configuration: AWS's (or the provider's) default applies, as for a missing property in a
    // template — no inline rules on a security group, the default full-access policy on an endpoint.
    if (!afterApply || expression === undefined) return undefined;
    return this.fromReferences(
      path.at(-1) ?? '',
      planned,
      this.sameInstance(expression, this.references(expression, source.modulePrefix), source.address),
      loc,
    );
  }

  /**
   * `aws_subnet.private[count.index].id` is recorded as references to `aws_subnet.private` and `count.index`: in
   * instance `[1]` of a counted resource it is instance `[1]` of the block (and likewise for `each.key`).
   */
  private sameInstance(expression: SourceNode, references: readonly Referenced[], address: string | undefined): readonly Referenced[] {
    const key = address ? /\[[^\]]+\]$/.exec(address)?.[0] : undefined;
    const names = collectReferences(expression);
    if (!key || !names.some((n) => n === 'count.index' || n.startsWith('each.'))) return references;
    return references.map((x) =>
      x.kind === 'resource' && x.ref.index === undefined && (this.instances.get(x.ref.block) ?? []).includes(`${x.ref.block}${key}`)
        ? { kind: 'resource', ref: { ...x.ref, index: key } }
        : x,
    );
  }

  /** The value of an attribute known only after apply, from what its expression references. */
  fromReferences(name: string, planned: SourceNode | undefined, references: readonly Referenced[], loc: Loc): SourceNode {
    const resources = references.flatMap((x) => (x.kind === 'resource' ? [x.ref] : []));
    const others = references.flatMap((x) => (x.kind === 'other' ? [x.name] : []));
    if (LINK.test(name) && resources.length > 0 && others.length === 0) {
      const linked = resources.flatMap((ref) => this.targets(ref, loc));
      const known = planned?.kind === 'seq' ? planned.items.filter((i) => !(i.kind === 'scalar' && i.value === null)) : [];
      if (LIST.test(name)) return seq([...known, ...linked], loc);
      const only = soleItem(linked);
      if (only) return only;
    }
    const named = [...resources.map((x) => `${x.block}${x.index ?? ''}${x.attribute ? `.${x.attribute}` : ''}`), ...others];
    const why = named.length > 0 ? `${named.join(', ')} ${named.length === 1 ? 'is' : 'are'} known only after apply` : 'known only after apply';
    return map([[UNKNOWN_MARKER, scalar(why, loc)]], loc);
  }

  /**
   * The references of an expression, each target once and the most specific form only (`aws_iam_role.fn.arn`, not
   * also `aws_iam_role.fn`); module outputs and input variables followed to what they stand for.
   */
  references(expression: SourceNode | undefined, modulePrefix: string, hops = 0): Referenced[] {
    const names = [...new Set(collectReferences(expression))];
    // `a.b.c` makes `a.b` and `a` redundant: their prefixes are collected once, so this stays linear.
    const prefixes = new Set<string>();
    for (const n of names) {
      const parts = n.split('.');
      for (let i = 1; i < parts.length; i++) prefixes.add(parts.slice(0, i).join('.'));
    }
    const specific = names.filter((n) => !prefixes.has(n));
    const out: Referenced[] = [];
    for (const name of specific) out.push(...this.resolve(name, modulePrefix, hops));
    const seen = new Set<string>();
    return out.filter((x) => {
      const key = x.kind === 'resource' ? `${x.ref.block}${x.ref.index ?? ''}` : x.name;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  private resolve(name: string, modulePrefix: string, hops: number): Referenced[] {
    const other: Referenced[] = [{ kind: 'other', name: `${modulePrefix}${name}` }];
    if (hops > MAX_HOPS || ++this.steps > MAX_STEPS) return other;
    const [, call, outputName] = /^module\.([^.[\]]+)\.([^.[\]]+)/.exec(name) ?? [];
    if (call !== undefined && outputName !== undefined) {
      const inner = `${modulePrefix}module.${call}.`;
      const expression = child(child(child(this.modules.get(inner)?.config, 'outputs'), outputName), 'expression');
      return expression ? this.references(expression, inner, hops + 1) : other;
    }
    const [, variable] = /^var\.([^.[\]]+)/.exec(name) ?? [];
    const module = this.modules.get(modulePrefix);
    if (variable !== undefined && module?.call) {
      const expression = child(module.call, variable);
      return expression ? this.references(expression, module.parentPrefix, hops + 1) : other;
    }
    const root = name.split('.')[0] ?? '';
    const m = RESOURCE_REFERENCE.exec(name);
    if (!m || ['var', 'local', 'module', 'data', 'path', 'count', 'each', 'self', 'terraform'].includes(root))
      return ['path', 'count', 'each'].includes(root) ? [] : other;
    return [{ kind: 'resource', ref: { block: `${modulePrefix}${m[1]}`, ...(m[2] ? { index: m[2] } : {}), ...(m[3] ? { attribute: m[3] } : {}) } }];
  }

  /** The CloudFormation value a reference stands for: one node per instance it names. */
  private targets(ref: Reference, loc: Loc): SourceNode[] {
    const all = this.instances.get(ref.block) ?? [];
    const chosen = ref.index !== undefined ? all.filter((a) => a === `${ref.block}${ref.index}`) : all;
    return chosen.map((id) => reference(id, ref.attribute, loc));
  }
}

export function reference(id: string, attribute: string | undefined, loc: Loc): SourceNode {
  if (attribute === undefined || attribute === 'id' || attribute === 'name') return map([['Ref', scalar(id, loc)]], loc);
  return map([['Fn::GetAtt', seq([scalar(id, loc), scalar(pascal(attribute), loc)], loc)]], loc);
}

function pascal(name: string): string {
  return name
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** Every `references` list under an expression (a nested block's expressions included). */
function collectReferences(node: SourceNode | undefined): string[] {
  if (node === undefined) return [];
  if (node.kind === 'seq') return node.items.flatMap(collectReferences);
  if (node.kind !== 'map') return [];
  const own = items(child(node, 'references')).map((r) => text(r) ?? '');
  return [...own, ...node.entries.filter((e) => e.key !== 'references').flatMap((e) => collectReferences(e.value))];
}

/** Whether an `after_unknown` entry marks its value, or any part of it, as known only after apply. */
export function knownOnlyAfterApply(unknown: SourceNode | undefined): boolean {
  return unknown !== undefined && JSON.stringify(toPlain(unknown)).includes('true');
}

/** A path into planned values, `after_unknown` or expressions; a nested block is a one-item list in all three. */
export function at(node: SourceNode | undefined, path: readonly string[]): SourceNode | undefined {
  let current = node;
  for (const key of path) {
    if (current?.kind === 'seq') current = current.items[0];
    current = child(current, key);
  }
  return current;
}
