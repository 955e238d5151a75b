import type { Expression } from './hcl-ast.js';
import type { TfValue } from './tf-value.js';

/** A block body as hcl2json gives it: attributes (expressions as `${…}` strings) and nested blocks (lists of bodies). */
export type Body = ReadonlyMap<string, unknown>;

export interface ResourceBlock {
  readonly type: string;
  readonly name: string;
  readonly body: Body;
}

/** One folder of `.tf` files as read and parsed: a Terraform module. */
export interface ModuleSource {
  readonly dir: string;
  readonly files: readonly string[];
  /** Each file with its text, as read (its lines and comments are looked up there, not read again). */
  readonly texts: readonly (readonly [file: string, text: string])[];
  readonly resources: readonly ResourceBlock[];
  readonly data: readonly ResourceBlock[];
  readonly variables: ReadonlyMap<string, Body>;
  readonly locals: ReadonlyMap<string, unknown>;
  readonly outputs: ReadonlyMap<string, Body>;
  readonly calls: ReadonlyMap<string, Body>;
  readonly providers: ReadonlyMap<string, Body>;
  /** Every `${…}` string of the module's files, parsed (null: it could not be). */
  readonly expressions: ReadonlyMap<string, Expression | null>;
  /** `terraform.tfvars`, `*.auto.tfvars` (root module only). */
  readonly tfvars: ReadonlyMap<string, TfValue>;
  /** The modules its `module` blocks call from local folders, by call name; or why one is not read. */
  readonly children: ReadonlyMap<string, ModuleSource | { readonly skipped: string }>;
}

/** The blocks of one parsed file, added to what the module already holds. */
export function collectBlocks(
  json: unknown,
  into: {
    resources: ResourceBlock[];
    data: ResourceBlock[];
    variables: Map<string, Body>;
    locals: Map<string, unknown>;
    outputs: Map<string, Body>;
    calls: Map<string, Body>;
    providers: Map<string, Body>;
  },
): void {
  const top = asMap(json);
  for (const [kind, target] of [
    ['resource', into.resources],
    ['data', into.data],
  ] as const) {
    for (const [type, byName] of asMap(top.get(kind))) {
      for (const [name, bodies] of asMap(byName)) target.push({ type, name, body: firstBody(bodies) });
    }
  }
  for (const [kind, target] of [
    ['variable', into.variables],
    ['output', into.outputs],
    ['module', into.calls],
    ['provider', into.providers],
  ] as const) {
    for (const [name, bodies] of asMap(top.get(kind))) if (!target.has(name)) target.set(name, firstBody(bodies));
  }
  for (const body of asList(top.get('locals'))) for (const [name, value] of asMap(body)) into.locals.set(name, value);
}

export function asMap(v: unknown): Map<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? new Map<string, unknown>(Object.entries(v)) : new Map<string, unknown>();
}

export function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function firstBody(bodies: unknown): Body {
  return asMap(Array.isArray(bodies) ? bodies[0] : bodies);
}
