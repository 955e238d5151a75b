/**
 * How a file is told to be a template, and of which kind (src/engine/load/read-template.ts): the cheap look that lets a
 * directory scan skip data files unparsed, the classification after parsing, and what a file that is not one gets —
 * skipped with a reason in a scan, an error with its place when it looks like a template but is broken.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { MAX_INPUT_BYTES } from '../src/engine/load/input-files.js';
import { looksLikeTemplate, readTemplate, readTemplateText, SERVERLESS_NAMES, type ReadResult } from '../src/engine/load/read-template.js';

/** One line per outcome: the kind of template (with its suppression comments), the reason it is not one, or the error with its place. */
function outcome(r: ReadResult): string {
  switch (r.status) {
    case 'template':
      return `${r.document.kind}${r.document.commentSuppressions.length > 0 ? ` +${r.document.commentSuppressions.length} comment` : ''}`;
    case 'not-a-template':
      return `skip: ${r.reason}${r.parseError ? ` (parse error at ${r.parseError.loc?.line ?? '?'})` : ''}`;
    case 'error':
      return `error${r.error.loc ? ` ${r.error.loc.line}:${r.error.loc.column}` : ''}: ${r.error.message}`;
  }
}

const CFN = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n';
const PLAN = '{"format_version": "1.2", "planned_values": {}, "configuration": {}}';

describe('looksLikeTemplate: a look at the text, no parse', () => {
  test.each([
    ['serverless.yml', '', true],
    ['dir/serverless.yaml', '', true],
    ['SERVERLESS.JSON', '', true],
    ['my-serverless.yml', 'x: 1', false],
    ['serverless.yml.bak', 'x: 1', false],
    ['t.yaml', 'AWSTemplateFormatVersion: x', true],
    ['t.yaml', 'Transform: AWS::Serverless-2016-10-31', true],
    ['t.yaml', 'service: s\nprovider:\n  name: aws', true],
    ['t.yaml', '"service" : s\n  "provider" : {}', true],
    ['t.yaml', "'service': s\n'provider': aws", true],
    ['t.yaml', 'service: s', false],
    ['t.yaml', 'provider: aws', false],
    ['t.yaml', '  service: s\nprovider: aws', false],
    ['t.yaml', 'myservice: s\nprovider: aws', false],
    ['t.yaml', 'service: s\ncloudprovider: aws', false],
    ['t.yaml', 'Resources:\n  B:\n    Type: AWS::S3::Bucket', true],
    ['t.json', '{"Resources" : {"B": {"Type" :  "AWS::S3::Bucket"}}}', true],
    ['t.yaml', "'Resources':\n  B:\n    'Type': 'AWS::S3::Bucket'", true],
    ['t.yaml', 'Resources:\n  B:\n    Type: Custom::Thing', false],
    ['t.yaml', 'Type: AWS::S3::Bucket', false],
    ['t.yaml', 'Resources:\n  B:\n    Type:\n      AWS::S3::Bucket', true],
    ['t.yaml', 'Resources:\n  B:\n    Type: xAWS::S3::Bucket', false],
    ['plan.json', PLAN, true],
    ['plan.json', '{"format_version" : "1.2", "planned_values" : {}}', true],
    ['plan.json', '{"format_version": "1.2"}', false],
    ['plan.json', '{"planned_values": {}}', false],
    ['data.json', '{"a": 1}', false],
  ])('%s %j: %s', (file, text, expected) => {
    expect(looksLikeTemplate(file, text)).toBe(expected);
  });

  test('the Serverless names are exactly serverless.yml, .yaml and .json, in any case', () => {
    expect(
      ['serverless.yml', 'serverless.yaml', 'serverless.json', 'Serverless.YML', 'serverless.js', 'serverless.ts', 'xserverless.yml'].map((n) =>
        SERVERLESS_NAMES.test(n),
      ),
    ).toStrictEqual([true, true, true, true, false, false, false]);
  });
});

describe('readTemplateText: the kind, or why not', () => {
  test.each([
    ['t.yaml', CFN, false, 'cloudformation'],
    ['t.yaml', `${CFN}# endpoint-guard-ignore vpc-dns-support -- reviewed\n`, false, 'cloudformation +1 comment'],
    ['t.yaml', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: AWS::Serverless::Function\n', false, 'sam'],
    ['t.yaml', 'Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n', false, 'sam'],
    ['t.yaml', 'Transform: [AWS::LanguageExtensions]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n', false, 'cloudformation'],
    ['t.yaml', 'Transform: {Name: AWS::Include}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n', false, 'cloudformation'],
    ['t.yaml', 'Transform: AWS::Serverless-2016-10-31\nResources:\n  F:\n    Type: Custom::Thing\n', false, 'sam'],
    ['t.yaml', 'Transform: AWS::Serverless-2016-10-31\n', false, 'error 1:1: template has no Resources section'],
    ['serverless.yml', 'service: s\n', false, 'serverless'],
    ['serverless.yml', 'service: s\n# endpoint-guard-ignore lambda-multi-az -- one zone is fine here\n', false, 'serverless +1 comment'],
    ['other.yml', 'service: s\nprovider: {name: aws}\n', false, 'serverless'],
    ['other.yml', 'service: s\nfunctions: {}\n', false, 'skip: no AWSTemplateFormatVersion, SAM Transform or Resources of AWS:: types'],
    ['other.yml', 'provider: aws\nResources: {}\n', false, 'skip: no AWSTemplateFormatVersion, SAM Transform or Resources of AWS:: types'],
    ['plan.json', PLAN, false, 'terraform-plan'],
    ['t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\n', false, 'error 1:1: template has no Resources section'],
    ['t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n', false, 'error 2:12: Resources is empty or not a mapping'],
    ['t.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [a]\n', false, 'error 2:12: Resources is empty or not a mapping'],
    ['t.yaml', 'Resources:\n  B:\n    Type: 5\n', false, 'skip: no AWSTemplateFormatVersion, SAM Transform or Resources of AWS:: types'],
    ['t.yaml', 'Resources:\n  B:\n    Type: [AWS::S3::Bucket]\n', false, 'skip: no AWSTemplateFormatVersion, SAM Transform or Resources of AWS:: types'],
    ['t.yaml', 'Resources:\n  A:\n    Type: Custom::A\n  B:\n    Type: AWS::S3::Bucket\n', false, 'cloudformation'],
    ['t.yaml', 'Resources:\n  A: 1\n', false, 'skip: no AWSTemplateFormatVersion, SAM Transform or Resources of AWS:: types'],
    ['t.yaml', '- AWSTemplateFormatVersion\n', false, 'error 1:1: not a template: the top level is not a mapping'],
    ['t.yaml', '- a\n', false, 'skip: the top level is not a mapping'],
    ['t.yaml', 'just text', false, 'skip: the top level is not a mapping'],
    ['t.yaml', 'a: 1\n', true, 'skip: no AWSTemplateFormatVersion, SAM Transform, Serverless service or Resources of AWS:: types'],
    ['t.yaml', 'a: [1\n', true, 'skip: no AWSTemplateFormatVersion, SAM Transform, Serverless service or Resources of AWS:: types'],
    ['t.yaml', 'a: [1\n', false, 'skip: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] (parse error at 2)'],
    ['t.yaml', `${CFN}x: [1\n`, false, 'error 6:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
    ['t.json', CFN, false, 'error 1:1: invalid JSON: invalid symbol'],
    ['t.JSON', CFN, false, 'error 1:1: invalid JSON: invalid symbol'],
    ['t.yaml', `  {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket"}}}`, false, 'cloudformation'],
    ['t.yaml', '{AWSTemplateFormatVersion: x}', false, 'error 1:2: invalid JSON: invalid symbol'],
    ['t.yaml', '["AWSTemplateFormatVersion"]', false, 'error 1:1: not a template: the top level is not a mapping'],
    ['t.template', `# c\n${CFN}`, false, 'cloudformation'],
    ['t.yaml', 'Resources:\n  B:\n    Type: Custom::Thing\n', false, 'skip: no AWSTemplateFormatVersion, SAM Transform or Resources of AWS:: types'],
  ])('%s %j (found by a scan: %s): %s', (file, text, found, expected) => {
    expect(outcome(readTemplateText(file, text, found))).toBe(expected);
  });
});

test('a JSON template and a plan have no notes and no suppression comments of their own', () => {
  const json = readTemplateText('t.json', '{"Resources": {"B": {"Type": "AWS::S3::Bucket"}}}');
  const plan = readTemplateText('plan.json', PLAN);
  expect([json, plan].map((r) => (r.status === 'template' ? [r.document.notes, r.document.commentSuppressions] : r.status))).toStrictEqual([
    [[], []],
    [[], []],
  ]);
});

describe('readTemplate: the file itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eg-read-template-'));
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  test.each([
    ['NUL bytes', () => file('nul.yaml', Buffer.from(`${CFN}\0`)), 'skip: binary file (contains NUL bytes)'],
    ['bytes that are not UTF-8', () => file('latin1.yaml', Buffer.concat([Buffer.from(CFN), Buffer.from([0xe9, 0x0a])])), 'skip: binary file (not UTF-8 text)'],
    ['blank', () => file('blank.yaml', ' \n\t\n'), 'skip: empty file'],
    [
      'a byte order mark before JSON',
      () => file('bom.json', `\uFEFF{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"B": {"Type": "AWS::S3::Bucket"}}}`),
      'cloudformation',
    ],
    ['a byte order mark before YAML', () => file('bom.yaml', `\uFEFF${CFN}`), 'cloudformation'],
    ['a directory', () => (mkdirSync(join(dir, 'folder.yaml')), join(dir, 'folder.yaml')), expect.stringMatching(/^error: .*director/) as unknown as string],
  ])('%s', (_name, make, expected) => {
    expect(outcome(readTemplate(make()))).toStrictEqual(expected);
  });

  test('a named file is parsed before it is judged; a byte order mark is not part of the first key', () => {
    expect(outcome(readTemplate(file('data.yaml', 'a: 1\n')))).toBe('skip: no AWSTemplateFormatVersion, SAM Transform or Resources of AWS:: types');
    const bom = readTemplate(file('bom-key.yaml', `\uFEFF${CFN}`));
    expect(bom.status === 'template' && bom.document.root.entries.map((e) => e.key)).toStrictEqual(['AWSTemplateFormatVersion', 'Resources']);
  });

  test('a file over the size limit: an error when its beginning looks like a template, skipped otherwise', () => {
    const big = (name: string, head: string) => file(name, Buffer.concat([Buffer.from(head), Buffer.alloc(MAX_INPUT_BYTES, 0x20)]));
    const limit = `file is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`;
    expect([outcome(readTemplate(big('big.yaml', CFN))), outcome(readTemplate(big('big-data.yaml', 'rows:\n')))]).toStrictEqual([
      `error: ${limit}`,
      `skip: ${limit}`,
    ]);
    expect(limit).toBe('file is larger than 20 MiB');
    // Only the first 64 KiB are looked at.
    expect(outcome(readTemplate(big('late.yaml', `${' '.repeat(64 * 1024)}${CFN}`)))).toBe(`skip: ${limit}`);
    expect(outcome(readTemplate(big('early.yaml', `${' '.repeat(60 * 1024)}${CFN}`)))).toBe(`error: ${limit}`);
  });
});
