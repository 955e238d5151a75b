import { UNKNOWN_MARKER } from '../../../../resolve/resolver.js';
import { LIMITS } from '../../../budget.js';
import { InputError, type Loc, type SourceNode } from '../../../source-node.js';
import { map, scalar, seq } from '../../nodes.js';
import { reference } from '../values.js';
import { Concat, isList, isMap, Json, Ref, Unknown, type TfValue } from './tf-value.js';

/**
 * Values as the CloudFormation-shaped nodes the model reads, all at one place in the source: a reference to a
 * resource instance is `Ref`/`Fn::GetAtt`, a string built around one is `Fn::Join`, an unknown value the resolver's
 * UNKNOWN marker. Values may share parts (a local used twice); the nodes they expand to are counted, and past the
 * limit the input is refused.
 */
export class Materializer {
  private used = 0;

  constructor(
    private readonly file: string,
    private readonly limit: number = LIMITS.expandedNodes,
  ) {}

  node(v: TfValue, loc: Loc): SourceNode {
    if (++this.used > this.limit)
      throw new InputError(this.file, `the configuration expands to more than ${this.limit.toLocaleString('en-US')} values: not read`, loc);
    if (v instanceof Ref) return reference(v.address, v.attribute, loc);
    if (v instanceof Unknown) return map([[UNKNOWN_MARKER, scalar(v.why, loc)]], loc);
    if (v instanceof Concat)
      return map(
        [
          [
            'Fn::Join',
            seq(
              [
                scalar('', loc),
                seq(
                  v.parts.map((p) => this.node(p, loc)),
                  loc,
                ),
              ],
              loc,
            ),
          ],
        ],
        loc,
      );
    if (v instanceof Json) return this.node(v.value, loc);
    if (isList(v))
      return seq(
        v.map((i) => this.node(i, loc)),
        loc,
      );
    if (isMap(v))
      return map(
        [...v].map(([k, x]) => [k, this.node(x, loc)]),
        loc,
      );
    return scalar(v, loc);
  }
}
