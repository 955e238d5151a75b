import type { TerraformView } from './terraform/to-cloudformation.js';
import type { Suppression } from '../../model/types.js';
import type { PseudoName } from '../../resolve/value.js';
import type { TemplateDocument } from '../read-template.js';
import type { Loc, MapNode } from '../source-node.js';
import { expandForEach } from './language-extensions.js';
import { ExpansionBudget } from '../budget.js';

export interface AdapterOptions {
  /** `--stage` / `--region`: the Serverless Framework's `opt:stage` / `opt:region`. */
  readonly stage?: string;
  readonly region?: string;
  /** `--env`: the environment `${env:…}` reads; without it, the environment is never read. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** `--root`: the folder a Serverless `${file()}` may read below. */
  readonly root?: string;
}

/** An input as the CloudFormation template it stands for, with what its context tells about pseudo parameters. */
export interface CloudFormationView {
  readonly root: MapNode;
  readonly pseudo: Partial<Record<PseudoName, string>>;
  readonly notes: readonly { readonly message: string; readonly loc: Loc }[];
  /** Other files this input reads (Serverless `${file(...)}`), as absolute paths. */
  readonly includes: readonly string[];
  /** `# endpoint-guard-ignore` comments of those files. */
  readonly commentSuppressions: readonly Suppression[];
  /** Resources a `Fn::ForEach` that could not be expanded may change, with why. */
  readonly uncertain?: ReadonlyMap<string, string>;
}

/**
 * One adapter per input kind; all of them end in the same CloudFormation shape, positions kept. Each is loaded when
 * an input of its kind is first read, so that a run over plain templates does not pay to load the others.
 */
export async function toCloudFormation(doc: TemplateDocument, options: AdapterOptions = {}): Promise<CloudFormationView> {
  switch (doc.kind) {
    case 'cloudformation': {
      const expanded = expandForEach(doc.root, new ExpansionBudget(doc.file));
      return { root: expanded.root, pseudo: {}, notes: expanded.notes, includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
    }
    case 'sam': {
      const expanded = expandForEach(doc.root, new ExpansionBudget(doc.file));
      const { samToCloudFormation } = await import('./sam/to-cloudformation.js');
      const sam = samToCloudFormation(expanded.root);
      return { root: sam.root, pseudo: {}, notes: [...expanded.notes, ...sam.notes], includes: [], commentSuppressions: [], uncertain: expanded.uncertain };
    }
    case 'terraform-plan': {
      const { terraformPlanToCloudFormation } = await import('./terraform/to-cloudformation.js');
      const t = terraformPlanToCloudFormation(doc.root, doc.file);
      return terraformView(t);
    }
    case 'terraform-source': {
      if (!doc.terraform) return { root: doc.root, pseudo: {}, notes: [], includes: [], commentSuppressions: [] };
      const { terraformModuleToCloudFormation } = await import('./terraform/source/source-view.js');
      const t = terraformModuleToCloudFormation(doc.terraform);
      return terraformView(t);
    }
    case 'serverless': {
      const { serverlessToCloudFormation } = await import('./serverless/to-cloudformation.js');
      const s = serverlessToCloudFormation(doc.root, {
        file: doc.file,
        options,
        ...(options.env ? { env: options.env } : {}),
        ...(options.root ? { root: options.root } : {}),
      });
      return { root: s.root, pseudo: { 'AWS::Region': s.region }, notes: s.notes, includes: s.includes, commentSuppressions: s.commentSuppressions };
    }
  }
}

/** A Terraform plan's or module's CloudFormation view: its region, when the provider names one, is the stack's. */
function terraformView(t: TerraformView): CloudFormationView {
  const { region, ...view } = t;
  return { ...view, pseudo: region ? { 'AWS::Region': region } : {} };
}
