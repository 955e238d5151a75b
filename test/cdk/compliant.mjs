// node compliant.mjs OUTDIR — the plugin imported from an ES module, registered the Beta1 way.
import { createRequire } from 'node:module';
import { App } from 'aws-cdk-lib';
import { EndpointGuardValidator } from 'endpoint-guard/cdk';

const { compliantStack } = createRequire(import.meta.url)('./stacks.cjs');
const app = new App({ outdir: process.argv[2], analyticsReporting: false, policyValidationBeta1: [new EndpointGuardValidator({ failOn: 'warning' })] });
compliantStack(app);
app.synth();
