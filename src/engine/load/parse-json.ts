import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { InputError, type Loc, type MapEntry, type SourceNode } from './source-node.js';

/** Strict JSON (no comments, no trailing commas) into a position-carrying tree. */
export function parseJson(file: string, text: string): SourceNode {
  const lineStarts = computeLineStarts(text);
  const locOf = (offset: number): Loc => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
  };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const err = errors[0];
  if (err) throw new InputError(file, `invalid JSON: ${describe(printParseErrorCode(err.error))}`, locOf(err.offset));
  if (!tree) throw new InputError(file, 'empty file: no JSON content');

  const convert = (node: JsonNode): SourceNode => {
    const loc = locOf(node.offset);
    switch (node.type) {
      case 'object': {
        const entries: MapEntry[] = [];
        const seen = new Set<string>();
        for (const prop of node.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (!k || !v) continue;
          const key = String(k.value);
          if (seen.has(key)) entries.splice(entries.findIndex((e) => e.key === key), 1); // JSON.parse semantics: the last wins
          seen.add(key);
          entries.push({ key, keyLoc: locOf(k.offset), value: convert(v) });
        }
        return { kind: 'map', entries, loc };
      }
      case 'array':
        return { kind: 'seq', items: (node.children ?? []).map(convert), loc };
      default:
        return { kind: 'scalar', value: node.value as string | number | boolean | null, loc };
    }
  };
  return convert(tree);
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
