/**
 * The CDK policy-validation plugin (`endpoint-guard/cdk`) inside a real `cdk synth`: real aws-cdk-lib apps in a
 * project of their own, which resolves `endpoint-guard` to this package (as an install would) and requires it from
 * CommonJS (what `cdk init` generates) and imports it from an ES module. A violating app fails its synth with the
 * construct paths in CDK's report; a compliant one synthesizes; configuration and suppressions apply.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { ROOT } from './helpers/paths.js';

const APPS = join(ROOT, 'test', 'cdk');
let project: string;

/** Runs one of test/cdk/*.{cjs,mjs} with `node`, as `cdk synth` runs the app; a fresh cdk.out each time. */
function synth(app: string, args: string[] = [], folder = project) {
  const outdir = mkdtempSync(join(folder, 'cdk.out-'));
  const r = spawnSync(process.execPath, [join(project, app), outdir, ...args], {
    cwd: project,
    encoding: 'utf8',
    timeout: 120000,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { code: r.status, output: r.stdout + r.stderr, outdir };
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'eg-cdk-app-'));
  mkdirSync(join(project, 'node_modules'));
  symlinkSync(ROOT, join(project, 'node_modules', 'endpoint-guard'), 'dir');
  for (const dep of ['aws-cdk-lib', 'constructs']) symlinkSync(join(ROOT, 'node_modules', dep), join(project, 'node_modules', dep), 'dir');
  for (const app of ['stacks.cjs', 'violating.cjs', 'compliant.mjs']) copyFileSync(join(APPS, app), join(project, app));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'cdk-app', private: true }));
});

function configuredFolder(): string {
  const folder = join(project, 'configured');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, '.endpoint-guard.yml'), 'rules:\n  endpoint-policy-scoped: off\n');
  return folder;
}

describe('endpoint-guard/cdk in cdk synth', () => {
  test('a violating app fails the synth; the report names the rules, the messages and the construct paths', () => {
    const r = synth('violating.cjs');
    expect(r.code).not.toBe(0);
    expect(r.output).toMatch(/Validation failed/);
    expect(r.output).toMatch(
      /ERROR SqsEndpoint\w+ has no PolicyDocument: the default endpoint policy allows every principal[^\n]*\(endpoint-guard\)\n\s+Network\/SqsEndpoint\/Resource \(SqsEndpoint\w+\)/,
    );
    expect(r.output).toMatch(
      /ERROR SqsEndpointSecurityGroup\w+ \(security group of SqsEndpoint\w+\) allows tcp 443 from 10\.0\.0\.0\/16[^\n]*\n\s+Network\/SqsEndpoint\/SecurityGroup\/Resource/,
    );
    expect(r.output).toMatch(/WARNING [^\n]*\n\s+Network\/Fn\/SecurityGroup\/Resource[\s\S]*Acknowledge with 'endpoint-guard::lambda-sg-egress'/);
    expect(r.output).toMatch(/Suggested fix: see https:\/\/github\.com\/endpoint-guard\/endpoint-guard\/blob\/main\/rules\/endpoint-policy-scoped\.md/);
    expect(existsSync(join(r.outdir, 'validation-report.json'))).toBe(true);
  });

  test('a compliant app, imported from an ES module and registered the older way (policyValidationBeta1), synthesizes', () => {
    const r = synth('compliant.mjs');
    expect(r.output).not.toMatch(/Validation failed|\(endpoint-guard\)/);
    expect(r.output.replace(/\[WARNING\] aws-cdk-lib\.AppProps#policyValidationBeta1 is deprecated[^\n]*\n[^\n]*\n/, '').trim()).toBe('');
    expect(r.code).toBe(0);
    expect(existsSync(join(r.outdir, 'Network.template.json'))).toBe(true);
  });

  test('warnings fail only with failOn: warning; a suppression in Metadata and the configuration file apply', () => {
    const warningOnly = synth('violating.cjs', ['--fix-errors']);
    expect(warningOnly.output).not.toMatch(/ERROR/);
    expect(warningOnly.output).toMatch(/WARNING [^\n]*\n\s+Network\/Fn\/SecurityGroup\/Resource/);
    expect(warningOnly.code).toBe(0); // a warning does not fail by default
    const strict = synth('violating.cjs', ['--fix-errors', '--fail-on-warning']);
    expect(strict.code).not.toBe(0);
    expect(strict.output).toMatch(/Validation failed/);
    const suppressed = synth('violating.cjs', ['--fix-errors', '--fail-on-warning', '--suppress-egress']);
    expect(suppressed.output).not.toMatch(/WARNING|ERROR/);
    expect(suppressed.code).toBe(0);
    // The configuration file above cdk.out applies, as it does to `endpoint-guard check cdk.out`.
    const configured = synth('violating.cjs', [], configuredFolder());
    expect(configured.output).not.toMatch(/endpoint-policy-scoped|no PolicyDocument/);
    expect(configured.output).toMatch(/ERROR [^\n]*allows tcp 443 from 10\.0\.0\.0\/16/);
  });
});
