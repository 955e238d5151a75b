import { soleItem } from '../util/lists.js';
import { child, type MapNode, type SourceNode } from '../load/source-node.js';
import type { Loc } from '../load/source-node.js';
import { evaluateCondition, type ConditionScope, type Truth } from './conditions.js';
import { substitute } from './sub.js';
import { display, fromParts, knownString, PSEUDO_PARAMETERS, toParts, unknown, type Part, type PseudoName, type Value, type ValueEntry } from './value.js';

const NO_VALUE = Symbol('AWS::NoValue');
const IN_PROGRESS = Symbol('in progress');
type Resolved = Value | typeof NO_VALUE;

/**
 * What an input adapter writes for a value it knows cannot be known (a Serverless `${ssm:…}` variable):
 * `{ "EndpointGuard::Unknown": "<reason>" }`; inside an `Fn::Sub` string, `${EndpointGuard::Unknown(<reason>)}`.
 */
export const UNKNOWN_MARKER = 'EndpointGuard::Unknown';

/** Whether a node is an input adapter's marker for a value that cannot be known. */
export function isUnknownMarker(node: SourceNode): boolean {
  return node.kind === 'map' && soleItem(node.entries)?.key === UNKNOWN_MARKER;
}

/** Attributes that return a property as written: `!GetAtt Vpc.CidrBlock` is the VPC's `CidrBlock` when it is known. */
const MIRRORED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'AWS::EC2::VPC': ['CidrBlock'],
  'AWS::EC2::Subnet': ['AvailabilityZone', 'AvailabilityZoneId', 'CidrBlock', 'VpcId'],
  'AWS::EC2::SecurityGroup': ['VpcId'],
};

/** Intrinsics nested deeper than this (or cycles through Mappings/Conditions) are UNKNOWN, not a stack overflow. */
const MAX_DEPTH = 200;

export interface ResolverOptions {
  /** Values for pseudo parameters known from the context (e.g. `--region`); others stay symbolic. */
  readonly pseudo?: Partial<Record<PseudoName, string>>;
  /** The account's exports (a deployed stack's region): `Fn::ImportValue` of a known name is its value. */
  readonly imports?: ReadonlyMap<string, string>;
}

/**
 * Resolves intrinsic functions of one template, lazily and memoised per node. Never enumerates condition scenarios:
 * a condition that cannot be evaluated makes the `Fn::If` UNKNOWN.
 */
export class Resolver implements ConditionScope {
  private readonly memo = new WeakMap<SourceNode, Resolved | typeof IN_PROGRESS>();
  private depth = 0;
  private readonly conditionMemo = new Map<string, Truth | 'evaluating'>();
  readonly parameters: MapNode | undefined;
  readonly mappings: SourceNode | undefined;
  readonly conditions: SourceNode | undefined;
  readonly resourceTypes: ReadonlyMap<string, string>;
  private readonly resourceNodes = new Map<string, SourceNode>();

  constructor(
    root: MapNode,
    private readonly options: ResolverOptions = {},
  ) {
    const params = child(root, 'Parameters');
    this.parameters = params?.kind === 'map' ? params : undefined;
    this.mappings = child(root, 'Mappings');
    this.conditions = child(root, 'Conditions');
    const types = new Map<string, string>();
    const resources = child(root, 'Resources');
    if (resources?.kind === 'map') {
      for (const e of resources.entries) {
        const type = child(e.value, 'Type');
        types.set(e.key, type?.kind === 'scalar' && typeof type.value === 'string' ? type.value : '');
        this.resourceNodes.set(e.key, e.value);
      }
    }
    this.resourceTypes = types;
  }

  /** The stack's region when the input tells it (a Serverless `provider.region`), for messages. */
  get region(): string | undefined {
    return this.options.pseudo?.['AWS::Region'];
  }

  /** The value of a node, or undefined when it resolves to `AWS::NoValue` (the property is absent). */
  resolve(node: SourceNode | undefined): Value | undefined {
    if (!node) return undefined;
    const r = this.inner(node);
    return r === NO_VALUE ? undefined : r;
  }

  condition(name: string): Truth {
    const cached = this.conditionMemo.get(name);
    if (cached === 'evaluating') return 'unknown'; // a cycle: CloudFormation rejects it, we just do not know
    if (cached !== undefined) return cached;
    const expr = child(this.conditions, name);
    if (!expr) return 'unknown';
    if (this.depth > MAX_DEPTH) return 'unknown';
    this.conditionMemo.set(name, 'evaluating');
    this.depth++;
    const result = evaluateCondition(expr, this);
    this.depth--;
    this.conditionMemo.set(name, result);
    return result;
  }

  private inner(node: SourceNode): Resolved {
    const cached = this.memo.get(node);
    if (cached === IN_PROGRESS) return unknown('the value refers to itself (a cycle through Mappings)', node.loc);
    if (cached !== undefined) return cached;
    if (this.depth > MAX_DEPTH) return unknown(`intrinsic functions nested deeper than ${MAX_DEPTH} levels`, node.loc);
    this.memo.set(node, IN_PROGRESS);
    this.depth++;
    const result = this.compute(node);
    this.depth--;
    this.memo.set(node, result);
    return result;
  }

  private compute(node: SourceNode): Resolved {
    switch (node.kind) {
      case 'scalar':
        if (node.value === null) return { kind: 'null', loc: node.loc };
        if (typeof node.value === 'string') {
          return DYNAMIC_REFERENCE.test(node.value)
            ? unknown(`dynamic reference ${node.value}`, node.loc)
            : { kind: 'string', value: node.value, loc: node.loc };
        }
        if (typeof node.value === 'number') return { kind: 'number', value: node.value, loc: node.loc };
        return { kind: 'boolean', value: node.value, loc: node.loc };
      case 'seq': {
        const items: Value[] = [];
        for (const item of node.items) {
          const v = this.inner(item);
          if (v !== NO_VALUE) items.push(v);
        }
        return { kind: 'list', items, loc: node.loc };
      }
      case 'map': {
        const only = soleItem(node.entries);
        if (only && (only.key === 'Ref' || only.key.startsWith('Fn::'))) return this.intrinsic(only.key, only.value, node.loc);
        if (only?.key === UNKNOWN_MARKER) return unknown(String(only.value.kind === 'scalar' ? only.value.value : 'unknown'), node.loc);
        const entries: ValueEntry[] = [];
        for (const e of node.entries) {
          const v = this.inner(e.value);
          if (v !== NO_VALUE) entries.push({ key: e.key, keyLoc: e.keyLoc, value: v });
        }
        return { kind: 'map', entries, loc: node.loc };
      }
    }
  }

  private intrinsic(fn: string, arg: SourceNode, loc: Loc): Resolved {
    switch (fn) {
      case 'Ref':
        return this.ref(arg, loc);
      case 'Fn::GetAtt':
        return this.getAtt(arg, loc);
      case 'Fn::Sub':
        return dynamicReference(substitute(arg, loc, this));
      case 'Fn::Join':
        return this.join(arg, loc);
      case 'Fn::Select':
        return this.select(arg, loc);
      case 'Fn::Split':
        return this.split(arg, loc);
      case 'Fn::If':
        return this.fnIf(arg, loc);
      case 'Fn::FindInMap':
        return this.findInMap(arg, loc);
      case 'Fn::GetAZs': {
        const name = regionKey(this.resolve(arg));
        return name === undefined ? unknown('Fn::GetAZs of an unknown region', loc) : { kind: 'zones', region: name, loc };
      }
      case 'Fn::ImportValue': {
        const name = this.resolve(arg);
        const key = name ? knownString(name) : undefined;
        const exported = key !== undefined ? this.options.imports?.get(key) : undefined;
        if (exported !== undefined) return { kind: 'string', value: exported, loc };
        return unknown(`Fn::ImportValue ${key ?? '(computed name)'}${this.options.imports && key !== undefined ? ': no such export in the account' : ''}`, loc);
      }
      default:
        return unknown(`${fn} is not evaluated`, loc);
    }
  }

  /** Ref to a name: a pseudo parameter, a parameter (its default), or a resource (a typed reference). */
  refName(name: string, loc: Loc): Resolved {
    if (name === 'AWS::NoValue') return NO_VALUE;
    if ((PSEUDO_PARAMETERS as readonly string[]).includes(name)) {
      const known = this.options.pseudo?.[name as PseudoName];
      return known !== undefined ? { kind: 'string', value: known, loc } : { kind: 'text', parts: [{ kind: 'pseudo', name: name as PseudoName }], loc };
    }
    const param = child(this.parameters, name);
    if (param) return this.parameterValue(name, param, loc);
    if (this.resourceTypes.has(name)) return { kind: 'ref', target: name, attribute: null, loc };
    return unknown(`Ref to ${name}, which is not defined in this template`, loc);
  }

  private ref(arg: SourceNode, loc: Loc): Resolved {
    const name = arg.kind === 'scalar' ? arg.value : undefined;
    if (typeof name !== 'string') return unknown('Ref with a computed name', loc);
    return this.refName(name, loc);
  }

  private parameterValue(name: string, param: SourceNode, loc: Loc): Value {
    const typeNode = child(param, 'Type');
    // Stryker disable next-line StringLiteral: a stand-in for a type not written is neither a list nor an SSM type, whatever it is
    const type = typeNode?.kind === 'scalar' ? String(typeNode.value ?? '') : 'String';
    if (type.startsWith('AWS::SSM::Parameter::Value')) return unknown(`parameter ${name} is read from SSM`, loc);
    const def = child(param, 'Default');
    if (def?.kind !== 'scalar' || def.value === null) return unknown(`parameter ${name} has no default`, loc);
    const raw = String(def.value);
    if (type.startsWith('List<') || type === 'CommaDelimitedList') {
      const items: Value[] = raw === '' ? [] : raw.split(',').map((s) => ({ kind: 'string', value: s.trim(), loc }));
      return { kind: 'list', items, loc };
    }
    // Ref of a Number parameter is the string as written ("1.0" stays "1.0" for Fn::Equals); properties that read
    // numbers read numeric strings as numbers.
    return { kind: 'string', value: raw, loc };
  }

  /** `Res.Attr` or `[Res, Attr]`; the attribute may contain dots (`Endpoint.Address`). */
  refAttribute(resource: string, attribute: string, loc: Loc): Value {
    const type = this.resourceTypes.get(resource);
    if (type === undefined) return unknown(`Fn::GetAtt on ${resource}, which is not defined in this template`, loc);
    if (MIRRORED_ATTRIBUTES[type]?.includes(attribute)) {
      const property = child(child(this.resourceNodes.get(resource), 'Properties'), attribute);
      const v = property && this.inner(property);
      if (v && v !== NO_VALUE && v.kind !== 'unknown') return { ...v, loc };
    }
    return { kind: 'ref', target: resource, attribute, loc };
  }

  private getAtt(arg: SourceNode, loc: Loc): Value {
    if (arg.kind === 'scalar' && typeof arg.value === 'string') {
      const dot = arg.value.indexOf('.');
      if (dot <= 0) return unknown(`malformed Fn::GetAtt ${arg.value}`, loc);
      return this.refAttribute(arg.value.slice(0, dot), arg.value.slice(dot + 1), loc);
    }
    if (arg.kind !== 'seq') return unknown('malformed Fn::GetAtt', loc);
    const [res, attrNode, ...rest] = arg.items;
    if (res?.kind === 'scalar' && typeof res.value === 'string' && attrNode && rest.length === 0) {
      const attr = this.resolve(attrNode);
      const attrName = attr && knownString(attr);
      if (attrName !== undefined) return this.refAttribute(res.value, attrName, loc);
      // CloudFormation takes a Ref for the attribute name.
      if (attr?.kind === 'unknown' || attr?.kind === 'text' || attr?.kind === 'ref') {
        const why = attr.kind === 'unknown' ? attr.reason : display(attr);
        return unknown(`Fn::GetAtt ${res.value} with an attribute not known before deployment (${why})`, loc);
      }
    }
    return unknown('malformed Fn::GetAtt', loc);
  }

  private join(arg: SourceNode, loc: Loc): Value {
    if (arg.kind !== 'seq' || arg.items.length !== 2) return unknown('malformed Fn::Join', loc);
    const delimiter = knownString(this.resolve(arg.items[0]));
    const list = this.resolve(arg.items[1]);
    if (delimiter === undefined) return unknown('Fn::Join with an unknown delimiter', loc);
    if (list?.kind !== 'list') return unknown(`Fn::Join over ${notAList(list)}`, loc);
    const parts: Part[] = [];
    for (const [i, item] of list.items.entries()) {
      const p = toParts(item);
      if (!p) return unknown('Fn::Join of a list or map item', loc);
      if (i > 0) parts.push({ kind: 'text', text: delimiter });
      parts.push(...p);
    }
    return dynamicReference(fromParts(parts, loc));
  }

  private select(arg: SourceNode, loc: Loc): Value {
    if (arg.kind !== 'seq' || arg.items.length !== 2) return unknown('malformed Fn::Select', loc);
    const indexValue = this.resolve(arg.items[0]);
    const index = Number(knownString(indexValue));
    const list = this.resolve(arg.items[1]);
    if (!Number.isInteger(index) || index < 0) return unknown('Fn::Select with an unknown index', loc);
    if (list?.kind === 'zones') return { kind: 'text', parts: [{ kind: 'zone', region: list.region, index }], loc };
    if (list?.kind !== 'list') return unknown(`Fn::Select from ${notAList(list)}`, loc);
    const item = list.items[index];
    return item ?? unknown(`Fn::Select index ${index} is out of range`, loc);
  }

  private split(arg: SourceNode, loc: Loc): Value {
    if (arg.kind !== 'seq' || arg.items.length !== 2) return unknown('malformed Fn::Split', loc);
    const delimiter = knownString(this.resolve(arg.items[0]));
    const source = this.resolve(arg.items[1]);
    const parts = source && toParts(source);
    if (delimiter === undefined || delimiter === '' || parts === undefined || !splittable(parts, delimiter, this.resourceTypes)) {
      return unknown(`Fn::Split of ${source?.kind === 'unknown' ? source.reason : 'a value not known before deployment'}`, loc);
    }
    // Text splits at the delimiter; references stay whole (`!Split [',', !Join [',', [!Ref A, !Ref B]]]` is [A, B]).
    let piece: Part[] = [];
    const pieces: Part[][] = [piece];
    for (const part of parts) {
      if (part.kind !== 'text') piece.push(part);
      else
        part.text.split(delimiter).forEach((text, i) => {
          if (i > 0) pieces.push((piece = []));
          piece.push({ kind: 'text', text });
        });
    }
    return { kind: 'list', items: pieces.map((piece) => fromParts(piece, loc)), loc };
  }

  private fnIf(arg: SourceNode, loc: Loc): Resolved {
    if (arg.kind !== 'seq' || arg.items.length !== 3) return unknown('malformed Fn::If', loc);
    const [nameNode, whenTrue, whenFalse] = arg.items as readonly [SourceNode, SourceNode, SourceNode];
    if (nameNode.kind !== 'scalar' || typeof nameNode.value !== 'string') return unknown('malformed Fn::If', loc);
    const name = nameNode.value;
    const truth = this.condition(name);
    if (truth === 'unknown') {
      const why = unknown(`condition ${name} cannot be evaluated`, loc);
      const absentBranch = [whenTrue, whenFalse].some((b) => this.inner(b) === NO_VALUE);
      return absentBranch ? { ...why, mayBeAbsent: true } : why;
    }
    return this.inner(truth ? whenTrue : whenFalse);
  }

  private findInMap(arg: SourceNode, loc: Loc): Resolved {
    if (arg.kind !== 'seq' || arg.items.length < 3) return unknown('malformed Fn::FindInMap', loc);
    const keys = arg.items.slice(0, 3).map((n) => this.resolve(n));
    const names = keys.map((k) => (k ? knownString(k) : undefined));
    const [mapName, topKey, secondKey] = names;
    if (mapName === undefined || topKey === undefined || secondKey === undefined) {
      const why = keys.find((k) => k?.kind === 'unknown' || k?.kind === 'text');
      return unknown(
        `Fn::FindInMap with a key not known before deployment${why ? ` (${why.kind === 'unknown' ? why.reason : 'depends on a pseudo parameter'})` : ''}`,
        loc,
      );
    }
    const found = child(child(child(this.mappings, mapName), topKey), secondKey);
    if (found) return this.inner(found);
    const fallback = child(arg.items[3], 'DefaultValue');
    if (fallback) return this.inner(fallback);
    return unknown(`Fn::FindInMap ${names.join('/')} is not in Mappings`, loc);
  }
}

/** Why a value used as a list is not one we know: an unknown's reason, or an attribute known only after deployment. */
function notAList(v: Value | undefined): string {
  if (v?.kind === 'unknown') return v.reason;
  if (v?.kind === 'ref') return `${v.target}.${v.attribute ?? 'Ref'}, known only after deployment`;
  return 'a value that is not a list';
}

/** Normalises a GetAZs region argument: '', no value and `!Ref AWS::Region` are the stack's region. */
function regionKey(v: Value | undefined): string | undefined {
  if (v === undefined) return 'AWS::Region';
  if (v.kind === 'string') return v.value === '' ? 'AWS::Region' : v.value;
  const part = v.kind === 'text' ? soleItem(v.parts) : undefined;
  if (part?.kind === 'pseudo' && part.name === 'AWS::Region') return 'AWS::Region';
  return undefined;
}

/**
 * Whether a string with symbolic parts can be split without knowing them: a list delimiter (`,` `;` `|` or white
 * space), and symbolic parts that cannot hold one: the ID a `Ref` of an AWS resource returns, a pseudo parameter
 * other than the NotificationARNs list, a zone name. A `GetAtt` (a nested stack's output, a custom resource's
 * attribute), a custom resource's ID, or an unknown part may hold the delimiter: UNKNOWN.
 */
function splittable(parts: readonly Part[], delimiter: string, types: ReadonlyMap<string, string>): boolean {
  if (parts.every((p) => p.kind === 'text')) return true;
  if (!/^[,;|\s]+$/.test(delimiter)) return false;
  return parts.every((p) => splittablePart(p, types));
}

function splittablePart(p: Part, types: ReadonlyMap<string, string>): boolean {
  if (p.kind === 'unknown') return false;
  if (p.kind === 'pseudo') return p.name !== 'AWS::NotificationARNs';
  if (p.kind === 'ref') {
    // Stryker disable next-line StringLiteral: a resource not in the template has no type, whatever the stand-in
    const type = types.get(p.target) ?? '';
    return p.attribute === null && type.startsWith('AWS::') && type !== 'AWS::CloudFormation::CustomResource';
  }
  // Text, and a zone name.
  return true;
}

/** `{{resolve:ssm:/app/subnet}}`: CloudFormation reads the value from SSM or Secrets Manager when deploying. */
const DYNAMIC_REFERENCE = /\{\{resolve:[^}]*\}\}/;

const BRACE_FREE = 'x';

/** A string assembled by Join or Sub (`{{resolve:ssm:/` + prefix + `/subnet}}`) may be a dynamic reference too. */
function dynamicReference(v: Value): Value {
  if (v.kind !== 'string' && v.kind !== 'text') return v;
  // Symbolic parts (`${AWS::StackName}`, a Ref) stand as one brace-free character, so their own braces do not count.
  const shape = v.kind === 'string' ? v.value : v.parts.map((p) => (p.kind === 'text' ? p.text : BRACE_FREE)).join('');
  return DYNAMIC_REFERENCE.test(shape) ? unknown(`dynamic reference ${display(v)}`, v.loc) : v;
}
