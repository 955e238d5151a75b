/**
 * Attack class: one malformed input losing the whole run, or reading outside its own tree. A cdk.out manifest with a
 * null artifact, a non-string templateFile or paths out of the assembly, a baseline with `runs: [null]`, an
 * unreadable directory: each is an input error for that input (exit 2, named, with its line), and the template
 * beside it is still reported. Matching a large baseline is linear.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { BIN, ROOT } from '../helpers/paths.js';
import { canary, expectContained, measuredCli } from './run.js';

const FOUR = join(ROOT, 'examples', 'qldb-four-violations.yaml');
const SECRET = canary();
let dir: string;

interface Report {
  findings: { ruleId: string; file: string; logicalId: string }[];
  inputErrors: { file: string; line?: number; column?: number; message: string }[];
  summary: { baselined: number };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eg-malformed-'));
  writeFileSync(
    join(dir, 'outside.template.json'),
    JSON.stringify({ Resources: { [SECRET]: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16', EnableDnsSupport: false } } } }),
  );
});

/** A cdk.out with this manifest (as text) and a good stack template beside. */
function assembly(name: string, manifest: string, extra: (out: string) => void = () => undefined): string {
  const out = join(dir, name, 'cdk.out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'manifest.json'), manifest);
  writeFileSync(join(out, 'Good.template.json'), JSON.stringify({ Resources: { Q: { Type: 'AWS::SQS::Queue' } } }));
  extra(out);
  return out;
}

const fourFindings = (report: Report) => report.findings.filter((f) => f.file === FOUR && f.ruleId !== 'lambda-sg-egress').length;

describe('cdk.out', () => {
  const stack = (properties: string) =>
    `{\n  "version": "36.0.0",\n  "artifacts": {\n    "App": {"type": "aws:cloudformation:stack", "properties": ${properties}}\n  }\n}\n`;
  test.each([
    [
      'a null artifact',
      '{\n  "version": "36.0.0",\n  "artifacts": {\n    "App": null\n  }\n}\n',
      /^not a valid cloud assembly manifest: artifacts\.App: must be object$/,
      4,
    ],
    [
      'a non-string templateFile',
      stack('{"templateFile": 42}'),
      /^not a valid cloud assembly manifest: artifacts\.App\.properties\.templateFile: must be string$/,
      4,
    ],
    ['artifacts that are a list', '{\n  "artifacts": [1]\n}\n', /^not a valid cloud assembly manifest: artifacts: must be object$/, 2],
  ])('%s: an input error at its line, nothing else lost', (_name, manifest, message, line) => {
    const out = assembly(_name.replace(/\W+/g, '-'), manifest);
    const r = measuredCli(['check', '--format', 'json', out, FOUR]);
    expectContained(r, 2);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.inputErrors).toEqual([{ file: join(out, 'manifest.json'), line, column: expect.any(Number), message: expect.stringMatching(message) }]);
    expect(fourFindings(report)).toBe(4);
  });

  test.each([
    ['templateFile ../../x', (out: string) => stack(`{"templateFile": "${join('..', '..', 'outside.template.json')}"}`) + (out ? '' : '')],
    ['a stage directory out of the assembly', () => '{"artifacts": {"Stage": {"type": "cdk:cloud-assembly", "properties": {"directoryName": "../.."}}}}'],
  ])('%s: not read, an input error; the template outside never reaches the output', (name, manifest) => {
    const out = assembly(name.replace(/\W+/g, '-'), '{}');
    writeFileSync(join(out, 'manifest.json'), manifest(out));
    const r = measuredCli(['check', '--format', 'json', out, FOUR]);
    expectContained(r, 2);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    const report = JSON.parse(r.stdout) as Report;
    expect(fourFindings(report)).toBe(4);
    expect(report.inputErrors.map((e) => e.message).join('\n')).toMatch(/outside .*cdk\.out|cannot read the cloud assembly manifest/);
  });

  test('a template in the assembly that is a symbolic link out of it: not read', () => {
    const out = assembly('symlinked', stack('{"templateFile": "Linked.template.json"}'), (o) => {
      symlinkSync(join(dir, 'outside.template.json'), join(o, 'Linked.template.json'));
    });
    const r = measuredCli(['check', '--format', 'json', out, FOUR]);
    expectContained(r, 2);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect((JSON.parse(r.stdout) as Report).inputErrors).toEqual([
      { file: join(out, 'manifest.json'), message: `names ${join(out, 'Linked.template.json')}, which is not read: it is outside ${out}` },
    ]);
  });

  test('a nested stack whose asset path leaves the assembly: not read', () => {
    const out = assembly('nested-out', stack('{"templateFile": "Parent.template.json"}'), (o) => {
      writeFileSync(
        join(o, 'Parent.template.json'),
        JSON.stringify({ Resources: { Child: { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': '../../outside.template.json' } } } }),
      );
    });
    const r = measuredCli(['check', '--format', 'json', out]);
    expectContained(r, 2);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect((JSON.parse(r.stdout) as Report).inputErrors[0]!.message).toMatch(/which is not read: it is outside/);
  });
});

describe('baselines', () => {
  test('runs: [null] is an input error with its line; the findings stay reported', () => {
    const work = mkdtempSync(join(tmpdir(), 'eg-baseline-null-'));
    writeFileSync(join(work, 'b.sarif'), '{"version": "2.1.0",\n "runs": [null]}');
    copyFileSync(FOUR, join(work, 'four.yaml'));
    const r = measuredCli(['check', '--format', 'json', '--baseline', 'b.sarif', 'four.yaml'], { cwd: work });
    expectContained(r, 2);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.inputErrors).toEqual([{ file: 'b.sarif', line: 2, column: 11, message: 'the baseline is not a SARIF log: runs[0]: must be object' }]);
    expect(report.findings.filter((f) => f.ruleId !== 'lambda-sg-egress')).toHaveLength(4);
  });

  test('10,000 baseline entries against 4,500 findings: matched in linear time', () => {
    const work = mkdtempSync(join(tmpdir(), 'eg-baseline-big-'));
    const endpoints = Array.from(
      { length: 2250 },
      (_, i) =>
        `  Ep${i}:\n    Type: AWS::EC2::VPCEndpoint\n    Properties: {VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-east-1.sqs, VpcEndpointType: Interface, SubnetIds: [subnet-1]}\n`,
    ).join('');
    writeFileSync(
      join(work, 't.yaml'),
      `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: 10.0.0.0/16, EnableDnsSupport: false}\n${endpoints}`,
    );
    const written = measuredCli(['check', '--format', 'json', '--write-baseline', 'b.sarif', 't.yaml'], { cwd: work });
    expectContained(written, 0);
    const findings = (JSON.parse(written.stdout) as Report).findings.length;
    expect(findings).toBeGreaterThanOrEqual(4500);
    // Pad the baseline to 10,000 entries of other resources: each one a candidate the matcher must not scan for every finding.
    const log = JSON.parse(readFileSync(join(work, 'b.sarif'), 'utf8')) as { runs: { results: object[] }[] };
    const results = log.runs[0]!.results;
    const pad = Array.from({ length: 10_000 - results.length }, (_, i) => ({
      ruleId: 'endpoint-policy-scoped',
      message: { text: `x${i}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: 't.yaml' } }, logicalLocations: [{ name: `Other${i}` }] }],
    }));
    log.runs[0]!.results = [...pad, ...results];
    writeFileSync(join(work, 'b.sarif'), JSON.stringify(log));
    const r = measuredCli(['check', '--format', 'json', '--baseline', 'b.sarif', 't.yaml'], { cwd: work });
    expectContained(r, 0);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings).toEqual([]);
    expect(report.summary.baselined).toBe(findings);
  });
});

describe('an unreadable directory', () => {
  test('is an input error naming it (exit 2), not silence; the readable template is still checked', () => {
    const tree = mkdtempSync(join(tmpdir(), 'eg-unreadable-'));
    chmodSync(tree, 0o755);
    mkdirSync(join(tree, 'locked'));
    writeFileSync(join(tree, 'locked', 't.yaml'), "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q: {Type: AWS::SQS::Queue}\n");
    copyFileSync(FOUR, join(tree, 'four.yaml'));
    chmodSync(join(tree, 'four.yaml'), 0o644);
    chmodSync(join(tree, 'locked'), 0o000);
    // Root reads any directory: run as nobody where the tests run as root (CI), as the user otherwise.
    const asRoot = process.getuid?.() === 0;
    const command = asRoot ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath] : [process.execPath];
    const r = spawnSync(command[0]!, [...command.slice(1), BIN, 'check', '--format', 'json', tree], {
      encoding: 'utf8',
      cwd: tree,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    chmodSync(join(tree, 'locked'), 0o755);
    expect(r.stderr).toBe(`endpoint-guard: ${join(tree, 'locked')}: cannot read this directory (EACCES): its templates are not checked\n`);
    expect(r.status).toBe(2);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.findings.filter((f) => f.ruleId !== 'lambda-sg-egress')).toHaveLength(4);
  });
});

describe('type names that are names of Object.prototype', () => {
  const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  test('in a Terraform plan: no internal error, the resources are ignored as unknown types', () => {
    const work = mkdtempSync(join(tmpdir(), 'eg-proto-plan-'));
    const resources = NAMES.map((type) => ({ address: `${type}.x`, mode: 'managed', type, name: 'x', values: { vpc_endpoint_id: 'vpce-1' } }));
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: { resources } },
      resource_changes: [],
      configuration: { root_module: { resources: [] } },
    };
    writeFileSync(join(work, 'plan.json'), JSON.stringify(plan));
    const r = measuredCli(['check', '--format', 'json', 'plan.json'], { cwd: work });
    expectContained(r, 0);
    expect((JSON.parse(r.stdout) as { summary: { templates: number } }).summary.templates).toBe(1);
  });

  test('in a CloudFormation template: no internal error', () => {
    const work = mkdtempSync(join(tmpdir(), 'eg-proto-cfn-'));
    const resources = Object.fromEntries(NAMES.map((type, i) => [`R${i}`, { Type: type, Properties: { Port: 5432, Scheme: 'internal' } }]));
    writeFileSync(join(work, 't.json'), JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: resources }));
    const r = measuredCli(['check', '--format', 'json', 't.json'], { cwd: work });
    expectContained(r, 0);
  });
});
