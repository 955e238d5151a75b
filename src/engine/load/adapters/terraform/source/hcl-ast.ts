import { soleItem } from '../../../../util/lists.js';
/** One step of a traversal: `.name` or `[key]`. */
export type Step = { readonly name: string } | { readonly key: string | number };

/** An HCL expression, reduced to what evaluation needs. */
export type Expression =
  | { readonly t: 'literal'; readonly value: string | number | boolean | null }
  | { readonly t: 'template'; readonly parts: readonly Expression[] }
  | { readonly t: 'tuple'; readonly items: readonly Expression[] }
  | { readonly t: 'object'; readonly entries: readonly (readonly [Expression, Expression])[] }
  | { readonly t: 'traversal'; readonly root: string; readonly steps: readonly Step[] }
  | { readonly t: 'index'; readonly collection: Expression; readonly key: Expression }
  /** Steps after an expression: `aws_subnet.private[count.index].id`. */
  | { readonly t: 'relative'; readonly source: Expression; readonly steps: readonly Step[] }
  | { readonly t: 'splat'; readonly source: Expression; readonly steps: readonly Step[] }
  | { readonly t: 'call'; readonly name: string; readonly args: readonly Expression[] }
  /** `[for k, v in collection : value if condition]`, or `{for … : key => value}` (`object`). */
  | {
      readonly t: 'for';
      readonly keyVar?: string;
      readonly valVar: string;
      readonly collection: Expression;
      readonly key?: Expression;
      readonly value: Expression;
      readonly condition?: Expression;
      readonly object: boolean;
      readonly grouped: boolean;
    }
  | { readonly t: 'conditional'; readonly condition: Expression; readonly then: Expression; readonly otherwise: Expression }
  | { readonly t: 'binary'; readonly op: string; readonly left: Expression; readonly right: Expression }
  | { readonly t: 'unary'; readonly op: string; readonly operand: Expression }
  | { readonly t: 'unsupported'; readonly what: string };

/** The expression tree `@cdktf/hcl2json`'s getExpressionAst returns (the parts used here). */
export interface RawExpression {
  readonly type: string;
  readonly children?: readonly RawExpression[];
  readonly meta?: {
    readonly value?: string;
    readonly type?: string;
    readonly name?: string;
    readonly operator?: string;
    readonly expandedFinalArgument?: boolean;
    readonly traversal?: readonly { readonly type: string; readonly segment: string }[];
    readonly keyVar?: string;
    readonly valVar?: string;
    readonly keyExpression?: string;
    readonly conditionalExpression?: string;
    readonly openRangeValue?: string;
    readonly groupedValue?: boolean;
  };
  readonly range?: { readonly start: { readonly byte: number }; readonly end: { readonly byte: number } };
}

const MAX_DEPTH = 200;

const DELIMITER = 'ENDPOINT_GUARD_EXPRESSION';

/**
 * A template string of hcl2json's output (`${…}`, text around it) as an HCL expression to parse: a heredoc, where
 * quotes and line breaks need no escaping; undefined for text that holds the delimiter.
 */
export function asHeredoc(text: string): string | undefined {
  return text.includes(DELIMITER) ? undefined : `<<${DELIMITER}\n${text}\n${DELIMITER}\n`;
}

/**
 * The compact form of a parsed `asHeredoc` expression. `source` is the text that was parsed (a bare object key is
 * only a byte range of it); the heredoc's closing line break is not part of the value.
 */
export function compactExpression(raw: RawExpression, source: string): Expression {
  const bytes = Buffer.from(source, 'utf8');
  const top = compact(raw, bytes, 0);
  if (top.t !== 'template') return top;
  const parts = [...top.parts];
  const last = parts.at(-1);
  if (last?.t === 'literal' && typeof last.value === 'string' && last.value.endsWith('\n'))
    parts[parts.length - 1] = { t: 'literal', value: last.value.slice(0, -1) };
  const kept = parts.filter((p) => !(p.t === 'literal' && p.value === ''));
  // A template that is one interpolation and nothing else is that value, not its text (`"${var.list}"` is a list).
  const only = soleItem(kept);
  if (only && only.t !== 'literal') return only;
  return { t: 'template', parts: kept };
}

function compact(raw: RawExpression, bytes: Buffer, depth: number): Expression {
  if (depth > MAX_DEPTH) return { t: 'unsupported', what: 'an expression nested too deeply' };
  const children = raw.children ?? [];
  const sub = (i: number) => (children[i] ? compact(children[i], bytes, depth + 1) : ({ t: 'unsupported', what: 'a missing part' } as const));
  switch (raw.type) {
    case 'templateWrap':
    case '':
      return children.length === 1 ? sub(0) : { t: 'unsupported', what: 'an expression' };
    case 'literalValue':
      return { t: 'literal', value: literal(raw.meta?.type, raw.meta?.value ?? '') };
    case 'template':
      return { t: 'template', parts: children.map((_, i) => sub(i)) };
    case 'tuple':
      return { t: 'tuple', items: children.map((_, i) => sub(i)) };
    case 'object':
      return { t: 'object', entries: pairs(children, bytes, depth) };
    case 'scopeTraversal': {
      const [root, ...rest] = raw.meta?.traversal ?? [];
      return root ? { t: 'traversal', root: root.segment, steps: rest.map(step) } : { t: 'unsupported', what: 'a reference' };
    }
    case 'index':
      return { t: 'index', collection: sub(0), key: sub(1) };
    case 'splat':
      return { t: 'splat', source: sub(0), steps: (children[1]?.meta?.traversal ?? []).map(step).filter((s) => !('key' in s && s.key === '*')) };
    case 'function':
      return raw.meta?.expandedFinalArgument
        ? { t: 'unsupported', what: `${raw.meta.name ?? 'a function'}(…) with an expanded argument` }
        : { t: 'call', name: raw.meta?.name ?? '', args: children.map((_, i) => sub(i)) };
    case 'conditional':
      return { t: 'conditional', condition: sub(0), then: sub(1), otherwise: sub(2) };
    case 'binaryOp':
      return { t: 'binary', op: raw.meta?.operator ?? '', left: sub(0), right: sub(1) };
    case 'unaryOp':
      return { t: 'unary', op: raw.meta?.operator ?? '', operand: sub(0) };
    case 'relativeTraversal':
      return children.length === 1
        ? { t: 'relative', source: sub(0), steps: (raw.meta?.traversal ?? []).map(step) }
        : { t: 'unsupported', what: 'a reference' };
    case 'for':
      return forExpression(raw, (i) => sub(i));
    default:
      return { t: 'unsupported', what: `a ${raw.type} expression` };
  }
}

/** A for expression's children: the collection, the key (object form), the value, the condition (with `if`). */
function forExpression(raw: RawExpression, sub: (i: number) => Expression): Expression {
  const meta = raw.meta ?? {};
  let i = 0;
  const collection = sub(i++);
  const key = meta.keyExpression ? sub(i++) : undefined;
  const value = sub(i++);
  const condition = meta.conditionalExpression ? sub(i) : undefined;
  return {
    t: 'for',
    ...(meta.keyVar ? { keyVar: meta.keyVar } : {}),
    valVar: meta.valVar ?? '',
    collection,
    ...(key ? { key } : {}),
    value,
    ...(condition ? { condition } : {}),
    object: meta.openRangeValue === '{',
    grouped: meta.groupedValue === true,
  };
}

/** An object's children come as key, value, key, value; a bare key is a name with no children, read from the text. */
function pairs(children: readonly RawExpression[], bytes: Buffer, depth: number): (readonly [Expression, Expression])[] {
  const out: (readonly [Expression, Expression])[] = [];
  for (let i = 0; i + 1 < children.length; i += 2) {
    const key = children[i];
    const value = children[i + 1];
    if (!key || !value) break;
    const keyExpression: Expression =
      key.type === '' && (key.children ?? []).length === 0 && key.range
        ? { t: 'literal', value: bytes.subarray(key.range.start.byte, key.range.end.byte).toString('utf8') }
        : compact(key, bytes, depth + 1);
    out.push([keyExpression, compact(value, bytes, depth + 1)]);
  }
  return out;
}

function step(part: { readonly type: string; readonly segment: string }): Step {
  if (part.type !== 'indexTraversal') return { name: part.segment };
  if (part.segment.startsWith('"')) {
    try {
      return { key: String(JSON.parse(part.segment)) };
    } catch {
      return { key: part.segment };
    }
  }
  return { key: part.segment === '*' ? '*' : Number(part.segment) };
}

function literal(type: string | undefined, text: string): string | number | boolean | null {
  if (type === 'number') return Number(text);
  if (type === 'bool') return text === 'true';
  if (type === 'string') return text;
  return null;
}
