import type { IPolicyValidationContextBeta1, IPolicyValidationPluginBeta1, PolicyValidationPluginReportBeta1 } from 'aws-cdk-lib';
export interface EndpointGuardValidatorProps {
    /** A configuration file for every template (default: the nearest `.endpoint-guard.yml` above `cdk.out`). */
    readonly config?: string;
    /** Rule levels over the configuration file's, as `--rule id=level`. */
    readonly rules?: Readonly<Record<string, 'off' | 'note' | 'warning' | 'error'>>;
    /** The lowest level that fails the synth (default: error). Findings below it are reported, not failing. */
    readonly failOn?: 'error' | 'warning' | 'note';
    /** Report notes ("cannot verify …") too (default: false). */
    readonly includeNotes?: boolean;
}
export declare class EndpointGuardValidator implements IPolicyValidationPluginBeta1 {
    private readonly props;
    readonly name = "endpoint-guard";
    readonly version: string;
    constructor(props?: EndpointGuardValidatorProps);
    validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1;
    private args;
}
