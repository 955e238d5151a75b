import type { Suppression } from '../../model/types.js';
import type { PseudoName } from '../../resolve/value.js';
import type { TemplateDocument } from '../read-template.js';
import type { Loc, MapNode } from '../source-node.js';
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
    readonly notes: readonly {
        readonly message: string;
        readonly loc: Loc;
    }[];
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
export declare function toCloudFormation(doc: TemplateDocument, options?: AdapterOptions): Promise<CloudFormationView>;
