/** Resource metadata an input adapter sets when the user knows a resource by another name (a Serverless function key). */
export const NAME_METADATA = 'endpoint-guard:name';

/** Resource metadata an input adapter sets on a security group whose tool removes AWS's default egress rule (Terraform). */
export const NO_DEFAULT_EGRESS = 'endpoint-guard:no-default-egress';

/** Deeper nesting than any template has; beyond it, recursion could exhaust the stack. */
export const MAX_DEPTH = 500;

/** Where something stands in the file the user wrote (1-based line and column). */
export interface Loc {
  readonly line: number;
  readonly column: number;
  /** Set only when the node comes from another file than the input's (a Serverless `${file(...)}` include). */
  readonly file?: string;
  /** Set on text that keeps its lines in the file (a YAML literal block, `|`): where its first line is, and its indent. */
  readonly lines?: TextLines;
}

/** Line `i` of the text is the file's line `first + i`, its content starting after `indent` columns. */
export interface TextLines {
  readonly first: number;
  readonly indent: number;
}

/** Finds the 1-based line and column of offsets into `text` (its line starts are found once; each lookup is a search). */
export function lineLocator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

export interface MapEntry {
  readonly key: string;
  readonly keyLoc: Loc;
  readonly value: SourceNode;
}

/**
 * The parsed document as a tree whose every node knows its position. YAML short forms (`!Ref X`) are already
 * rewritten to their long form (`{Ref: X}`), so later stages see one shape whatever the input syntax was.
 */
export type SourceNode =
  | { readonly kind: 'map'; readonly entries: readonly MapEntry[]; readonly loc: Loc }
  | { readonly kind: 'seq'; readonly items: readonly SourceNode[]; readonly loc: Loc }
  | { readonly kind: 'scalar'; readonly value: string | number | boolean | null; readonly loc: Loc };

export type MapNode = Extract<SourceNode, { kind: 'map' }>;

export function entry(node: SourceNode | undefined, key: string): MapEntry | undefined {
  return node?.kind === 'map' ? node.entries.find((e) => e.key === key) : undefined;
}

export function child(node: SourceNode | undefined, key: string): SourceNode | undefined {
  return entry(node, key)?.value;
}

/** Converts to plain JSON-like data (used for content sniffing and messages, never for rule logic). */
export function toPlain(node: SourceNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map':
      return Object.fromEntries(node.entries.map((e) => [e.key, toPlain(e.value)]));
  }
}

/** A failure to read an input, with the position when the parser knows it. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly loc?: Loc,
  ) {
    super(message);
  }
}
