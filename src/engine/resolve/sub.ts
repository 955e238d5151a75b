import type { Loc, SourceNode } from '../load/source-node.js';
import { fromParts, toParts, unknown, type Part, type Value } from './value.js';

export interface SubScope {
  resolve(node: SourceNode | undefined): Value | undefined;
  refName(name: string, loc: Loc): Value | symbol;
  refAttribute(resource: string, attribute: string, loc: Loc): Value;
}

/** `Fn::Sub`: `${Name}`, `${Res.Attr}`, `${AWS::Region}`, `${!Literal}`, with an optional variable map. */
export function substitute(arg: SourceNode, loc: Loc, scope: SubScope): Value {
  let templateNode: SourceNode | undefined = arg;
  let variables: SourceNode | undefined;
  if (arg.kind === 'seq') {
    templateNode = arg.items[0];
    variables = arg.items[1];
  }
  if (templateNode?.kind !== 'scalar' || typeof templateNode.value !== 'string') return unknown('malformed Fn::Sub', loc);
  const text = templateNode.value;
  const parts: Part[] = [];
  const pattern = /\$\{([^}]*)\}/g;
  let last = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    parts.push({ kind: 'text', text: text.slice(last, m.index) });
    last = m.index + m[0].length;
    const name = (m[1] ?? '').trim();
    if (name.startsWith('!')) {
      parts.push({ kind: 'text', text: `\${${name.slice(1)}}` });
      continue;
    }
    parts.push(...variable(name, variables, loc, scope));
  }
  parts.push({ kind: 'text', text: text.slice(last) });
  // A literal block keeps its lines through the substitution (no `${…}` spans lines), so positions inside stay known.
  return fromParts(parts, templateNode.loc.lines ? { ...loc, lines: templateNode.loc.lines } : loc);
}

function variable(name: string, variables: SourceNode | undefined, loc: Loc, scope: SubScope): Part[] {
  if (variables?.kind === 'map') {
    const own = variables.entries.find((e) => e.key === name);
    if (own) {
      const v = scope.resolve(own.value);
      return (v && toParts(v)) ?? [{ kind: 'unknown', reason: `Fn::Sub variable ${name} is not a string` }];
    }
  }
  const marker = /^EndpointGuard::Unknown\((.*)\)$/.exec(name);
  if (marker) return [{ kind: 'unknown', reason: marker[1] ?? '' }];
  const dot = name.indexOf('.');
  const v = dot > 0 && !name.startsWith('AWS::') ? scope.refAttribute(name.slice(0, dot), name.slice(dot + 1), loc) : scope.refName(name, loc);
  if (typeof v === 'symbol') return [];
  return toParts(v) ?? [{ kind: 'unknown', reason: `\${${name}} is a list, not a string` }];
}
