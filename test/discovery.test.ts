/** What `endpoint-guard check` looks at when given a directory, or nothing (the current directory). */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { cli } from './helpers/cli.js';
import { TEMPLATES } from './helpers/paths.js';

let project: string;
const SYNTHESIZED = '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Vpc": {"Type": "AWS::EC2::VPC", "Properties": {"CidrBlock": "10.0.0.0/16"}}}}\n';

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'eg-discovery-'));
  // A Serverless service with the framework's own output beside it: only serverless.yml is checked.
  mkdirSync(join(project, 'service', '.serverless'), { recursive: true });
  cpSync(join(TEMPLATES, 'inputs', 'serverless', 'qldb-compliant', 'serverless.yml'), join(project, 'service', 'serverless.yml'));
  writeFileSync(join(project, 'service', '.serverless', 'cloudformation-template-update-stack.json'), SYNTHESIZED);
  // The framework's output on its own (no serverless.yml beside it) is a template like any other.
  mkdirSync(join(project, 'built', '.serverless'), { recursive: true });
  writeFileSync(join(project, 'built', '.serverless', 'cloudformation-template-update-stack.json'), SYNTHESIZED);
  // A CDK app: cdk.out is one input, its manifest decides.
  cpSync(join(TEMPLATES, 'inputs', 'cdk', 'cdk.out'), join(project, 'infra', 'cdk.out'), { recursive: true });
  // SAM, and things to skip.
  cpSync(join(TEMPLATES, 'inputs', 'sam', 'globals-vpc.yaml'), join(project, 'sam', 'template.yaml'), { recursive: true });
  mkdirSync(join(project, 'node_modules', 'dep'), { recursive: true });
  writeFileSync(join(project, 'node_modules', 'dep', 'template.json'), SYNTHESIZED);
  writeFileSync(join(project, 'package.json'), '{"name": "app"}\n');
});

test('with no path, the current directory: serverless.yml, SAM, the synthesized template without its serverless.yml, and cdk.out stacks', () => {
  const r = cli(['check', '--format', 'json', '--debug'], project);
  const report = JSON.parse(r.stdout) as { findings: { file: string }[]; inputErrors: unknown[] };
  expect(report.inputErrors).toEqual([]);
  const files = new Set(report.findings.map((f) => f.file));
  expect([...files].sort()).toEqual([
    'infra/cdk.out/DefaultsStack.template.json',
    'infra/cdk.out/DefaultsStackGatewayStack4407BF7F.nested.template.json',
    'sam/template.yaml',
  ]);
  expect(r.stderr).toMatch(/skipped package\.json/);
  // A cdk.out is one input (its other files are not scan candidates); node_modules is passed over whole.
  expect(r.stderr).not.toMatch(/manifest\.json|tree\.json|assets\.json/);
  expect(r.stderr.split('\n').filter((l) => l.includes('node_modules'))).toEqual(['skipped node_modules: a directory never scanned']);
  const checked = cli(['check', '--format', 'sarif'], project);
  const uris = new Set(
    (
      JSON.parse(checked.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }
    ).runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri),
  );
  expect(uris.has('service/.serverless/cloudformation-template-update-stack.json')).toBe(false);
});

test('the templates checked, counted: service/serverless.yml, built/.serverless/…, 3 cdk stacks, sam/template.yaml', () => {
  const r = cli(['check', '--format', 'json'], project);
  expect((JSON.parse(r.stdout) as { summary: { templates: number } }).summary.templates).toBe(6);
});

test('a CDK stage is a nested assembly: its stacks and their nested stacks are checked from its own directory', async () => {
  const app = mkdtempSync(join(tmpdir(), 'eg-cdk-stage-'));
  // What `cdk synth` writes for `new Stage(app, 'Prod')`: the stage's stacks in cdk.out/assembly-Prod/.
  cpSync(join(TEMPLATES, 'inputs', 'cdk', 'cdk.out'), join(app, 'cdk.out', 'assembly-Prod'), { recursive: true });
  const manifest = {
    version: '36.0.0',
    artifacts: { 'assembly-Prod': { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Prod', displayName: 'Prod' } } },
  };
  writeFileSync(join(app, 'cdk.out', 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(app, 'cdk.out', 'cdk.out'), '{"version":"36.0.0"}');
  const result = await check([join(app, 'cdk.out')]);
  expect(result.problems).toEqual([]);
  expect(result.checked.map((f) => relative(join(app, 'cdk.out'), f)).sort()).toEqual([
    'assembly-Prod/CompliantStack.template.json',
    'assembly-Prod/DefaultsStack.template.json',
    'assembly-Prod/DefaultsStackGatewayStack4407BF7F.nested.template.json',
  ]);
  expect(result.findings.some((f) => f.file.endsWith('DefaultsStackGatewayStack4407BF7F.nested.template.json') && f.level === 'error')).toBe(true);
  // A nested stack's template missing from the stage: one input error, the other stacks still checked.
  rmSync(join(app, 'cdk.out', 'assembly-Prod', 'DefaultsStackGatewayStack4407BF7F.nested.template.json'));
  const incomplete = await check([join(app, 'cdk.out')]);
  expect(incomplete.problems.map((p) => [relative(app, p.file), p.message])).toEqual([
    [
      join('cdk.out', 'assembly-Prod', 'DefaultsStackGatewayStack4407BF7F.nested.template.json'),
      expect.stringMatching(/^listed in .*DefaultsStack\.template\.json but missing/),
    ],
  ]);
  expect(incomplete.checked).toHaveLength(2);
});

test('a manifest.json committed beside sources does not make a directory a cdk.out: its templates are still scanned', async () => {
  const repo = mkdtempSync(join(tmpdir(), 'eg-stray-manifest-'));
  mkdirSync(join(repo, 'infra'));
  writeFileSync(
    join(repo, 'manifest.json'),
    JSON.stringify({ version: '36.0.0', artifacts: { App: { type: 'aws:cloudformation:stack', properties: { templateFile: 'App.template.json' } } } }),
  );
  cpSync(join(TEMPLATES, 'rules', 'endpoint-policy-scoped', 'bad-principal-star.yaml'), join(repo, 'infra', 'template.yaml'));
  // A CDK project root: its cdk.out/ directory beside a web app's manifest.json.
  cpSync(join(TEMPLATES, 'inputs', 'cdk', 'cdk.out'), join(repo, 'cdk.out'), { recursive: true });
  const result = await check([repo]);
  expect(result.problems).toEqual([]);
  expect(result.checked.map((f) => relative(repo, f)).sort()).toEqual([
    'cdk.out/CompliantStack.template.json',
    'cdk.out/DefaultsStack.template.json',
    'cdk.out/DefaultsStackGatewayStack4407BF7F.nested.template.json',
    'infra/template.yaml',
  ]);
  expect(result.findings.filter((f) => f.ruleId === 'endpoint-policy-scoped' && f.level === 'error').length).toBeGreaterThan(0);
});

test('a cdk.out whose manifest is not valid JSON: an input error at the line and column of the fault', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eg-cdk-bad-manifest-'));
  mkdirSync(join(dir, 'cdk.out'));
  writeFileSync(join(dir, 'cdk.out', 'manifest.json'), '{\n  "version": "36.0.0",\n  "artifacts": {,}\n}\n');
  const result = await check([join(dir, 'cdk.out')]);
  expect(result.problems).toEqual([
    {
      file: join(dir, 'cdk.out', 'manifest.json'),
      message: expect.stringMatching(/^cannot read the cloud assembly manifest: invalid JSON/),
      line: 3,
      column: 17,
    },
  ]);
});

test("a CDK stack's environment (aws://account/region) gives AWS::Region and AWS::AccountId; an environment-agnostic one does not", async () => {
  const template = {
    Resources: {
      Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.190.0.0/16' } },
      Ep: {
        Type: 'AWS::EC2::VPCEndpoint',
        Properties: { VpcId: { Ref: 'Vpc' }, ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, '.s3']] } },
      },
    },
  };
  const assembly = (environment: string) => {
    const out = join(mkdtempSync(join(tmpdir(), 'eg-cdk-env-')), 'cdk.out');
    mkdirSync(out);
    writeFileSync(join(out, 'App.template.json'), JSON.stringify(template, null, 1));
    writeFileSync(
      join(out, 'manifest.json'),
      JSON.stringify({
        version: '36.0.0',
        artifacts: { App: { type: 'aws:cloudformation:stack', environment, properties: { templateFile: 'App.template.json' } } },
      }),
    );
    return out;
  };
  const message = async (environment: string) => (await check([assembly(environment)])).findings.find((f) => f.ruleId === 'endpoint-policy-scoped')?.message;
  expect(await message('aws://111122223333/ap-southeast-2')).toMatch(/every resource of com\.amazonaws\.ap-southeast-2\.s3$/);
  expect(await message('aws://unknown-account/unknown-region')).toMatch(/every resource of com\.amazonaws\.\$\{AWS::Region\}\.s3$/);
});
