import type { Suppression } from '../../model/types.js';
import type { PseudoName } from '../../resolve/value.js';
import type { TemplateDocument } from '../read-template.js';
import type { Loc, MapNode } from '../source-node.js';
import { expandForEach } from './language-extensions.js';
import { samToCloudFormation } from './sam/to-cloudformation.js';
import { serverlessToCloudFormation } from './serverless/to-cloudformation.js';

export interface AdapterOptions {
  /** `--stage` / `--region`: the Serverless Framework's `opt:stage` / `opt:region`. */
  readonly stage?: string;
  readonly region?: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** An input as the CloudFormation template it stands for, with what its context tells about pseudo parameters. */
export interface CloudFormationView {
  readonly root: MapNode;
  readonly pseudo: Partial<Record<PseudoName, string>>;
  readonly notes: ReadonlyArray<{ readonly message: string; readonly loc: Loc }>;
  /** Other files this input reads (Serverless `${file(...)}`), as absolute paths. */
  readonly includes: readonly string[];
  /** `# endpoint-guard-ignore` comments of those files. */
  readonly commentSuppressions: readonly Suppression[];
  /** Resources a `Fn::ForEach` that could not be expanded may change, with why. */
  readonly uncertain?: ReadonlyMap<string, string>;
}

/** One adapter per input kind; all of them end in the same CloudFormation shape, positions kept. */
export function toCloudFormation(doc: TemplateDocument, options: AdapterOptions = {}): CloudFormationView {
  switch (doc.kind) {
    case 'cloudformation': {
      const expanded = expandForEach(doc.root);
      return { root: expanded.root, pseudo: {}, notes: expanded.notes, includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
    }
    case 'sam': {
      const expanded = expandForEach(doc.root);
      const sam = samToCloudFormation(expanded.root);
      return { root: sam.root, pseudo: {}, notes: [...expanded.notes, ...sam.notes], includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
    }
    case 'serverless': {
      const s = serverlessToCloudFormation(doc.root, { file: doc.file, options, env: options.env ?? process.env });
      return { root: s.root, pseudo: { 'AWS::Region': s.region }, notes: s.notes, includes: s.includes, commentSuppressions: s.commentSuppressions };
    }
  }
}
