/**
 * Attack class: switching checks off. A new serverless.yml that `${file()}`s a real CloudFormation template (in
 * `custom:`, where nothing of it is checked, or in `resources:` with overrides) must not take that template out of
 * the check: a file that is a template by itself is always checked on its own.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { ROOT } from '../helpers/paths.js';
import { expectContained, measuredCli } from './run.js';

interface Report {
  findings: { ruleId: string; file: string; line: number; logicalId: string; level: string }[];
}

function project(serverless: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'eg-skip-'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'stacks'));
  copyFileSync(join(ROOT, 'examples', 'qldb-four-violations.yaml'), join(dir, 'stacks', 'network.yaml'));
  writeFileSync(join(dir, 'serverless.yml'), serverless);
  return dir;
}

const errorsIn = (report: Report, file: string) =>
  report.findings
    .filter((f) => f.file === file && f.level === 'error')
    .map((f) => [f.ruleId, f.line, f.logicalId])
    .sort();

test('a template that a serverless.yml reads in custom: is still checked on its own', () => {
  const alone = measuredCli(['check', '--format', 'json', join(ROOT, 'examples', 'qldb-four-violations.yaml')]);
  const dir = project('service: s\nprovider: {name: aws}\ncustom:\n  net: ${file(stacks/network.yaml)}\nfunctions: {f: {handler: h.h}}\n');
  const r = measuredCli(['check', '--format', 'json', '.'], { cwd: dir });
  expectContained(r, 1);
  const expected = errorsIn(JSON.parse(alone.stdout) as Report, join(ROOT, 'examples', 'qldb-four-violations.yaml'));
  expect(expected).toHaveLength(4);
  expect(errorsIn(JSON.parse(r.stdout) as Report, join('stacks', 'network.yaml'))).toEqual(expected);
});

test('included as resources: and overridden by the service, the template is still checked on its own, each finding once', () => {
  const dir = project(
    [
      'service: s',
      'provider: {name: aws}',
      'resources:',
      '  - ${file(stacks/network.yaml)}',
      '  - Resources:',
      '      QldbSessionEndpoint: {Type: AWS::SQS::Queue}',
      '    Parameters:',
      '      Anything: {Type: String}',
      '',
    ].join('\n'),
  );
  const r = measuredCli(['check', '--format', 'json', '.'], { cwd: dir });
  expectContained(r, 1);
  const report = JSON.parse(r.stdout) as Report;
  const errors = errorsIn(report, join('stacks', 'network.yaml'));
  expect(errors.map(([rule, , id]) => `${rule} ${id}`)).toEqual(expect.arrayContaining(['endpoint-policy-scoped QldbSessionEndpoint', 'vpc-dns-support Vpc']));
  const keys = report.findings.map((f) => JSON.stringify(f));
  expect(new Set(keys).size).toBe(keys.length);
});
