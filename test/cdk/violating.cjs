// node violating.cjs OUTDIR [--fix-errors] [--fail-on-warning] [--suppress-egress]
const { App, Validations } = require('aws-cdk-lib');
const { EndpointGuardValidator } = require('endpoint-guard/cdk');
const { violatingStack } = require('./stacks.cjs');

const flags = new Set(process.argv.slice(3));
const app = new App({ outdir: process.argv[2], analyticsReporting: false });
Validations.of(app).addPlugins(new EndpointGuardValidator(flags.has('--fail-on-warning') ? { failOn: 'warning' } : {}));
violatingStack(app, { fixErrors: flags.has('--fix-errors'), suppressEgress: flags.has('--suppress-egress') });
app.synth();
