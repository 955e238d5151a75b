import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { lineLocator, type Loc } from '../load/source-node.js';
import { display, field, fromParts, knownString, type Part, type Value, type ValueEntry } from '../resolve/value.js';
import { whyUnknown, type PropertyEntry } from './coerce.js';
import type { PolicyDocument, PolicySetting, PolicyStatement, StatementField } from './types.js';

/** A policy document property: a map, or a JSON string that CloudFormation parses (possibly from `Fn::Sub`). */
export function policySetting(p: PropertyEntry | undefined): PolicySetting {
  if (p === undefined) return { state: 'absent' };
  const v = p.value;
  if (v.kind !== 'string' && v.kind !== 'text') {
    if (v.kind !== 'map') return { state: 'unknown', reason: whyUnknown(v), loc: p.keyLoc };
    return { state: 'set', document: policyDocument(v), loc: p.keyLoc };
  }
  // Findings inside a JSON string point into it where it is written at the key and keeps its lines (a literal block,
  // `!Sub |`); otherwise at the PolicyDocument key (one line, or text from Mappings or a parameter).
  const lines = v.loc.lines && v.loc.line === p.keyLoc.line && v.loc.file === p.keyLoc.file ? v.loc.lines : undefined;
  const doc = parseJsonText({ ...v, loc: lines ? { ...p.keyLoc, lines } : p.keyLoc });
  if (doc.kind !== 'map') return { state: 'unknown', reason: doc.kind === 'unknown' ? doc.reason : 'the policy string is not a JSON object', loc: p.keyLoc };
  return { state: 'set', document: policyDocument(doc), loc: p.keyLoc };
}

export function policyDocument(doc: Value): PolicyDocument {
  const statement = field(doc, 'Statement')?.value;
  const items = statement?.kind === 'list' ? statement.items : statement ? [statement] : [];
  const statements = items.flatMap((s, i) => (s.kind === 'map' ? [policyStatement(s, i + 1)] : []));
  // A statement that is a known value but no map (a string) is a mistake IAM rejects, not a value to wait for.
  const unreadable = items.filter((s) => s.kind !== 'map').map((s) => (s.kind === 'unknown' ? s.reason : `${display(s)} is not a statement (a map)`));
  return { statements, unreadable };
}

function policyStatement(s: Value, position: number): PolicyStatement {
  const get = (key: string): StatementField => {
    const e = field(s, key);
    return e ? { present: true, keyLoc: e.keyLoc, value: e.value } : { present: false };
  };
  const effect = field(s, 'Effect')?.value;
  const effectName = effect && knownString(effect);
  const sid = knownString(field(s, 'Sid')?.value);
  return {
    loc: s.loc,
    name: sid ? `statement "${sid}"` : `statement ${position}`,
    effect: effectName !== undefined ? { known: true, value: effectName } : { known: false, reason: effect ? whyUnknown(effect) : 'no Effect' },
    principal: get('Principal'),
    notPrincipal: get('NotPrincipal'),
    action: get('Action'),
    notAction: get('NotAction'),
    resource: get('Resource'),
    notResource: get('NotResource'),
    condition: get('Condition'),
  };
}

/** Brackets a placeholder: a private-use character, legal inside a JSON string (control characters are not). */
const MARK = '\uE000';
/** What a mark the text had of its own stands for: nothing known. */
const RESERVED_MARK: Part = { kind: 'unknown', reason: 'the text holds a character reserved for endpoint-guard' };

/**
 * Parses a JSON policy string. Symbolic parts (`${AWS::AccountId}`, `${Role.Arn}`) are swapped for placeholder
 * tokens before parsing and restored inside the resulting strings, so `Fn::Sub` JSON keeps its references. Where the
 * text keeps its lines (`loc.lines`), every key and value gets its own position in the file.
 */
export function parseJsonText(v: Extract<Value, { kind: 'string' | 'text' }>): Value {
  // Stryker disable next-line ArrayDeclaration: placeholders are numbered from what push() returns, so a first item shifts nothing
  const symbols: Part[] = [];
  const source = v.kind === 'string' ? v.value : v.parts.map((p) => (p.kind === 'text' ? p.text : `${MARK}${symbols.push(p) - 1}${MARK}`)).join('');
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const lines = v.loc.lines;
  const { lines: _, ...at } = v.loc;
  const locate = lines ? lineLocator(source) : undefined;
  const locOf = (offset: number): Loc => {
    // Stryker disable next-line LogicalOperator: locate is set exactly when lines is
    if (!locate || !lines) return at;
    const p = locate(offset);
    return { ...at, line: lines.first + p.line - 1, column: lines.indent + p.column };
  };
  const error = errors[0];
  if (error || !tree) {
    const what = error ? `${printParseErrorCode(error.error)} at character ${error.offset + 1}` : 'no content';
    return { kind: 'unknown', reason: `the policy string is not valid JSON (${what})`, loc: locOf(error?.offset ?? 0) };
  }
  return fromJson(tree, symbols, locOf);
}

function fromJson(node: JsonNode, symbols: readonly Part[], locOf: (offset: number) => Loc): Value {
  const loc = locOf(node.offset);
  switch (node.type) {
    case 'null':
      return { kind: 'null', loc };
    case 'array':
      return { kind: 'list', items: (node.children ?? []).map((c) => fromJson(c, symbols, locOf)), loc };
    case 'object': {
      const byKey = new Map<string, ValueEntry>();
      for (const [k, value] of (node.children ?? []).map((p) => p.children ?? [])) {
        if (!k || !value) continue;
        const key = String(k.value);
        byKey.delete(key); // as JSON.parse: the last one wins
        byKey.set(key, { key, keyLoc: locOf(k.offset), value: fromJson(value, symbols, locOf) });
      }
      return { kind: 'map', entries: [...byKey.values()], loc };
    }
    case 'number':
      return { kind: 'number', value: node.value as number, loc };
    case 'boolean':
      return { kind: 'boolean', value: node.value as boolean, loc };
    default: {
      const text = String(node.value);
      if (!text.includes(MARK)) return { kind: 'string', value: text, loc };
      const parts: Part[] = text.split(MARK).map((piece, i) => (i % 2 === 1 ? (symbols[Number(piece)] ?? RESERVED_MARK) : { kind: 'text', text: piece }));
      return fromParts(parts, loc);
    }
  }
}
