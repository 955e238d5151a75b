import { type Loc, type SourceNode } from '../../source-node.js';
import type { Suppression } from '../../../model/types.js';
export interface VariableContext {
    readonly file: string;
    readonly options: {
        readonly stage?: string;
        readonly region?: string;
    };
    /** `${env:…}` values, only when the user opted in (`--env`): otherwise the environment is never read. */
    readonly env?: Readonly<Record<string, string | undefined>>;
    /** The folder `${file()}` may read below (`--root`); default: the Git work tree of the service, else its folder. */
    readonly root?: string;
}
/**
 * Resolves Serverless Framework variables (`${self:…}`, `${opt:stage, 'dev'}`, `${env:X}`, `${sls:stage}`,
 * `${aws:region}`, `${aws:accountId}`, `${file(…)}`, and the plugin form `#{AWS::AccountId}`) in the whole document.
 * What cannot be known here (`${ssm:…}`, `${cf:…}`, a missing file) becomes an UNKNOWN marker, never a guess.
 * A string that still holds pseudo parameters becomes `Fn::Join` (or stays in its `Fn::Sub` as `${AWS::…}`).
 */
export declare class ServerlessVariables {
    private readonly root;
    private readonly ctx;
    private readonly symbols;
    private readonly resolving;
    private readonly done;
    private readonly files;
    readonly notes: {
        message: string;
        loc: Loc;
    }[];
    /** `# endpoint-guard-ignore` comments of included YAML files. */
    readonly commentSuppressions: Suppression[];
    private readonly budget;
    private readonly project;
    constructor(root: SourceNode, ctx: VariableContext);
    /** The stage and region as the framework decides them: the CLI option, then `provider`, then the default. */
    stage(): string;
    region(): string;
    /** The files `${file(...)}` read (absolute paths): checked through this service, not again on their own. */
    includedFiles(): string[];
    resolveTree(node?: SourceNode, inSub?: boolean): SourceNode;
    private plainAt;
    private lookup;
    /**
     * Framework v1/v2 `provider.variableSyntax` set to the common `${{…}}` form. Only that form is recognised: a
     * user's regular expression is never run (template content is data).
     */
    private get doubleBraces();
    private resolveString;
    /** One variable's value: a string (possibly with symbol marks) or a whole node (`${self:custom.subnets}`). */
    private variable;
    private candidate;
    private file;
    /**
     * Reads an included file through the project's one door: a path that leaves the project root (after symbolic
     * links), a directory, a device or a FIFO is an input error at the variable; a missing file is UNKNOWN.
     */
    private load;
    /** An included file's path as the user would write it: relative to the serverless.yml's folder as given. */
    private displayPath;
    /** The symbol a mark stands for; a mark the text had of its own (the private-use character) stands for nothing known. */
    private symbolAt;
    private symbol;
    /** A resolved string as a node: plain, or `Fn::Join` of text and symbolic parts (or `${…}` inside a `Fn::Sub`). */
    private toNode;
    private subText;
}
