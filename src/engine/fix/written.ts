import type { Value } from '../resolve/value.js';

/** A value as a template writes it, intrinsic functions in their long form (`{ Ref: X }`, `{ "Fn::Sub": … }`). */
export type Written = string | number | boolean | readonly Written[] | { readonly [key: string]: Written };

/** `${` in literal text of an `Fn::Sub` string is written `${!`. */
const escapeSub = (text: string) => text.replace(/\$\{/g, '${!');

/** The value in CloudFormation's own syntax (Ref, Fn::GetAtt, Fn::Sub), or the reason it cannot be written. */
export function written(v: Value): Written | { readonly unwritable: string } {
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return v.value;
    case 'ref':
      return v.attribute === null ? { Ref: v.target } : { 'Fn::GetAtt': [v.target, v.attribute] };
    case 'text': {
      const parts: string[] = [];
      for (const p of v.parts) {
        if (p.kind === 'text') parts.push(escapeSub(p.text));
        else if (p.kind === 'pseudo') parts.push(`\${${p.name}}`);
        else if (p.kind === 'ref') parts.push(`\${${p.target}${p.attribute === null ? '' : `.${p.attribute}`}}`);
        else return { unwritable: p.kind === 'unknown' ? p.reason : 'an Availability Zone' };
      }
      return { 'Fn::Sub': parts.join('') };
    }
    case 'list': {
      const items = v.items.map(written);
      const bad = items.find((i) => typeof i === 'object' && 'unwritable' in i);
      return bad ?? items;
    }
    case 'unknown':
      return { unwritable: v.reason };
    default:
      return { unwritable: `a ${v.kind} value` };
  }
}

export const isUnwritable = (w: Written | { readonly unwritable: string }): w is { readonly unwritable: string } =>
  typeof w === 'object' && !Array.isArray(w) && 'unwritable' in w;

/** `Ref` and `Fn::…`: the key of a mapping that is an intrinsic function, not data. */
export function isIntrinsicKey(key: unknown): boolean {
  return typeof key === 'string' && /^(Ref|Fn::\w+)$/.test(key);
}
