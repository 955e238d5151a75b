import { InputError, type Loc, type SourceNode } from './source-node.js';

/**
 * Limits that keep the cost of any input bounded. The largest CloudFormation template (1 MB, 500 resources) has a
 * few hundred thousand nodes at most; the limits leave room above that and keep peak memory near 1 GiB.
 */
export const LIMITS = {
  /** Nodes a YAML file may have before it is parsed (the YAML library needs about 1 KiB per node). */
  yamlNodes: 500_000,
  /** Nodes a JSON file may have before it is parsed (about 200 bytes per node). */
  jsonNodes: 2_000_000,
  /** Nodes that expansion may produce for one input: `Fn::ForEach` copies, Serverless variables. */
  expandedNodes: 1_000_000,
} as const;

/**
 * An estimate of the number of nodes in YAML or JSON text, in one pass without parsing: every node but the first of a
 * line needs a comma, an opening bracket, a `: ` or a nested `- ` of its own, and each line may start one.
 */
export function structureCount(text: string): number {
  let n = 0;
  let previous = 10; // the last character that is not a blank, on this line
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    const next = text.charCodeAt(i + 1);
    const spaced = next === 32 || next === 10 || next === 9;
    if (c === 10 || c === 44 || c === 91 || c === 123) n++;
    else if (c === 58 && spaced) n++;
    else if (c === 45 && spaced && previous === 45) n++; // `- - a`: a sequence inside a sequence
    previous = c;
  }
  return n;
}

/** Refuses text with more nodes than `limit` before a parser builds them. */
export function assertParseable(file: string, text: string, limit: number, syntax: 'YAML' | 'JSON'): void {
  // Fewer characters than the limit cannot hold more nodes than the limit: no need to count.
  if (text.length <= limit) return;
  const count = structureCount(text);
  if (count > limit) {
    throw new InputError(
      file,
      `too large to read: about ${count.toLocaleString('en-US')} ${syntax} nodes, more than the ${limit.toLocaleString('en-US')} this tool reads in one file`,
    );
  }
}

/** Counts what an input's expansion produces; past the limit, an input error for that file at the place that asked. */
export class ExpansionBudget {
  private used = 0;
  private readonly sizes = new WeakMap<SourceNode, number>();

  constructor(
    private readonly file: string,
    private readonly limit: number = LIMITS.expandedNodes,
  ) {}

  charge(units: number, what: string, loc?: Loc): void {
    this.used += units;
    if (this.used > this.limit) {
      throw new InputError(loc?.file ?? this.file, `${what} expands to more than ${this.limit.toLocaleString('en-US')} nodes: not expanded`, loc);
    }
  }

  /** The number of nodes of a tree, counting shared subtrees each time they occur (memoised). */
  sizeOf(node: SourceNode): number {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    let n = 1;
    if (node.kind === 'seq') for (const i of node.items) n += this.sizeOf(i);
    else if (node.kind === 'map') for (const e of node.entries) n += this.sizeOf(e.value);
    else if (typeof node.value === 'string') n += node.value.length >> 6;
    this.sizes.set(node, n);
    return n;
  }
}
