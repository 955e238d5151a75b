import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, visit, type Alias, type Document, type Node as YamlNode } from 'yaml';
import { InputError, MAX_DEPTH, type Loc, type MapEntry, type SourceNode, type TextLines } from './source-node.js';
import { relaxIndentation } from './relax-yaml.js';
import { assertParseable, LIMITS } from './budget.js';

/** Short-form tags and the long form CloudFormation reads them as. */
export const SHORT_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    '!Ref': 'Ref',
    '!Condition': 'Condition',
    '!GetAtt': 'Fn::GetAtt',
    '!Sub': 'Fn::Sub',
    '!Join': 'Fn::Join',
    '!If': 'Fn::If',
    '!Select': 'Fn::Select',
    '!Split': 'Fn::Split',
    '!FindInMap': 'Fn::FindInMap',
    '!ImportValue': 'Fn::ImportValue',
    '!Equals': 'Fn::Equals',
    '!Not': 'Fn::Not',
    '!And': 'Fn::And',
    '!Or': 'Fn::Or',
    '!Base64': 'Fn::Base64',
    '!Cidr': 'Fn::Cidr',
    '!GetAZs': 'Fn::GetAZs',
    '!Transform': 'Fn::Transform',
    '!ToJsonString': 'Fn::ToJsonString',
    '!Length': 'Fn::Length',
  }),
);

/**
 * The short forms registered with the parser, as scalars, sequences and mappings: an unregistered tag makes the
 * `yaml` library build an "Unresolved tag" warning (an Error, with its stack) for every `!Ref` of a template. The
 * nodes stay what they were (tag kept, value untouched); the long form is read from the tag below.
 */
export const CUSTOM_TAGS = [...SHORT_FORMS.keys()].flatMap((tag) => [
  { tag, resolve: (value: string) => value },
  { tag, collection: 'seq' as const, resolve: <T>(seq: T) => seq },
  { tag, collection: 'map' as const, resolve: <T>(map: T) => map },
]);

/** Upper bound on nodes produced, so that alias chains ("billion laughs") cannot exhaust memory. */
const MAX_NODES = 2_000_000;
const YAML_TAG = 'tag:yaml.org,2002:';

export interface ParsedYaml {
  readonly root: SourceNode;
  /** Things CloudFormation tolerates but a strict reader would not (reported as notes). */
  readonly notes: readonly { message: string; loc: Loc }[];
}

export function parseYaml(file: string, text: string): ParsedYaml {
  assertParseable(file, text, LIMITS.yamlNodes, 'YAML');
  const strict = tryParse(file, text);
  if (!('error' in strict)) return strict;
  const relaxed = relaxIndentation(text);
  if (relaxed !== undefined) {
    const second = tryParse(file, relaxed);
    if (!('error' in second)) {
      return {
        root: second.root,
        notes: [
          { message: `not strict YAML (${strict.error.message}); read as CloudFormation reads it`, loc: strict.error.loc ?? { line: 1, column: 1 } },
          ...second.notes,
        ],
      };
    }
  }
  throw strict.error;
}

function tryParse(file: string, text: string): ParsedYaml | { error: InputError } {
  const lineCounter = new LineCounter();
  // strict: false reads what PyYAML reads and strict YAML refuses, such as a comment right after a value (`"a"#c`).
  const docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: false, customTags: CUSTOM_TAGS });
  const locOf = (offset: number): Loc => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  // Stryker disable next-line OptionalChaining: a parsed node always has its range
  const startOf = (node: unknown): number => (node as YamlNode | null)?.range?.[0] ?? 0;
  for (const doc of docs) {
    const err = doc.errors[0];
    // prettyErrors: false keeps each message to its one line, without the excerpt of the text.
    if (err) return { error: new InputError(file, `invalid YAML: ${err.message}`, locOf(err.pos[0])) };
  }
  // A document marker with nothing after it is a document too (its contents an empty scalar), as PyYAML reads it.
  const [doc, second] = docs;
  if (!doc) throw new InputError(file, 'empty file: no YAML content');
  if (second) throw new InputError(file, 'several YAML documents in one file; a template is one document', locOf(second.range[0]));
  const notes: { message: string; loc: Loc }[] = [];
  // Only an anchor (`&name`) gives an alias something to expand: text without one skips the walks.
  // Stryker disable next-line StringLiteral: walking every document also works, only slower
  const targets = text.includes('&') ? aliasTargets(doc) : new Map<Alias, YamlNode>();
  if (targets.size > 0 && expandedSize(doc.contents, targets) > MAX_NODES) {
    throw new InputError(file, `YAML aliases expand to more than ${MAX_NODES} nodes (an alias bomb?)`);
  }
  /**
   * Where a tagged node is written: at its tag (`!Ref X`), which ends right before the node, with at most 64
   * characters (white space, a comment) between; else (a tag written another way) at the node. Looks only that far
   * back, never through the file.
   */
  const writtenAt = (tag: string | undefined, start: number): number => {
    if (tag === undefined) return start;
    const written = tag.startsWith(YAML_TAG) ? `!!${tag.slice(YAML_TAG.length)}` : tag;
    const from = Math.max(0, start - tag.length - 64);
    const at = text.slice(from, start).lastIndexOf(written);
    return at < 0 ? start : from + at;
  };

  const convert = (node: unknown, aliasDepth: number, depth = 0): SourceNode => {
    // No node budget here: expandedSize (with an anchor) or assertParseable (without one) bounds the nodes.
    if (depth > MAX_DEPTH) throw new InputError(file, `nested deeper than ${MAX_DEPTH} levels`, locOf(startOf(node)));
    if (isAlias(node)) {
      if (aliasDepth > 50) throw new InputError(file, 'YAML aliases nested too deeply', locOf(startOf(node)));
      const target = targets.get(node);
      if (!target) throw new InputError(file, `unknown YAML alias *${node.source}`, locOf(startOf(node)));
      return convert(target, aliasDepth + 1, depth);
    }
    const yamlNode = node as YamlNode;
    // A tagged node's range starts after its tag; findings should point at the tag (`!Ref X`), where it is written.
    const tag = yamlNode.tag;
    const loc = locOf(writtenAt(tag, startOf(yamlNode)));
    const plain = plainNode(yamlNode, loc, aliasDepth, depth + 1);
    // A short form without an argument (`!GetAZs`) is the empty string (CUSTOM_TAGS' resolve), as CloudFormation reads it.
    const key = tag === undefined ? undefined : SHORT_FORMS.get(tag);
    return key === undefined ? plain : { kind: 'map', entries: [{ key, keyLoc: loc, value: plain }], loc };
  };

  const plainNode = (node: YamlNode, loc: Loc, aliasDepth: number, depth: number): SourceNode => {
    if (isMap(node)) {
      const byKey = new Map<string, MapEntry>();
      const merged: MapEntry[] = [];
      for (const pair of node.items) {
        // An empty key (`: v`) is a null scalar too: 'null', as `String(null)` and CloudFormation's JSON make it.
        const keyNode = pair.key;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        const keyLoc = locOf(startOf(keyNode));
        const value: SourceNode = pair.value === null ? { kind: 'scalar', value: null, loc: keyLoc } : convert(pair.value, aliasDepth, depth);
        if (key === '<<' && isScalar(keyNode) && keyNode.type === 'PLAIN') {
          // YAML merge key (as `aws cloudformation package` and SAM expand it): keys written in the map win.
          for (const source of value.kind === 'seq' ? value.items : [value]) if (source.kind === 'map') merged.push(...source.entries);
          continue;
        }
        const previous = byKey.get(key);
        if (previous) {
          notes.push({ message: `duplicate key '${key}' (also on line ${previous.keyLoc.line}): the last one is used`, loc: keyLoc });
          byKey.delete(key); // re-inserted below: a JavaScript Map keeps the order of the last insertion
        }
        byKey.set(key, { key, keyLoc, value });
      }
      for (const e of merged) if (!byKey.has(e.key)) byKey.set(e.key, e);
      return { kind: 'map', entries: [...byKey.values()], loc };
    }
    if (isSeq(node)) return { kind: 'seq', items: node.items.map((i) => convert(i, aliasDepth, depth)), loc };
    if (isScalar(node)) {
      const v = node.value;
      // A value of another kind (a bigint, a date) is kept as its text, and so is a string.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only those kinds remain here
      const value = typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
      return { kind: 'scalar', value, loc: node.type === 'BLOCK_LITERAL' ? { ...loc, lines: literalLines(node) } : loc };
    }
    // Stryker disable next-line all: after an alias, a map and a sequence only scalars remain
    return { kind: 'scalar', value: null, loc };
  };

  /** A literal block's text starts on the line after its header (`|`), each line indented by the block's indent. */
  const literalLines = (node: YamlNode): TextLines => {
    const [start, end] = node.range ?? [0, 0];
    const header = lineCounter.linePos(start).line;
    const afterHeader = text.indexOf('\n', start) + 1;
    // The spaces that start the first line with text (a tab is text here): the block's indent.
    const indent = /^ *(?=[^ \r\n])/m.exec(text.slice(afterHeader, end));
    return { first: header + 1, indent: indent?.[0].length ?? 0 };
  };

  return { root: convert(doc.contents, 0), notes };
}

/** The number of nodes the document has once every alias is expanded, computed without expanding (memoised). */
function expandedSize(root: unknown, targets: ReadonlyMap<Alias, YamlNode>): number {
  const memo = new Map<unknown, number>();
  const size = (node: unknown, depth: number): number => {
    const known = memo.get(node);
    if (known !== undefined) return known;
    if (depth > 1000) return Infinity;
    memo.set(node, Infinity); // an alias cycle counts as unbounded
    let n = 1;
    if (isAlias(node)) n = size(targets.get(node), depth + 1);
    else if (isMap(node)) for (const p of node.items) n += size(p.key, depth + 1) + size(p.value, depth + 1);
    else if (isSeq(node)) for (const i of node.items) n += size(i, depth + 1);
    memo.set(node, n);
    return n;
  };
  return size(root, 0);
}

/**
 * Each alias's node, in one walk: the last node with its anchor before it, as YAML says. The `yaml` library's own
 * `resolve` walks the whole document for each alias, which makes a file of many aliases take minutes.
 */
function aliasTargets(doc: Document): Map<Alias, YamlNode> {
  const latest = new Map<string, YamlNode>();
  const targets = new Map<Alias, YamlNode>();
  visit(doc, {
    Node(_key, node) {
      if (!isAlias(node)) {
        if (node.anchor) latest.set(node.anchor, node);
        return;
      }
      const target = latest.get(node.source);
      if (target) targets.set(node, target);
    },
  });
  return targets;
}
