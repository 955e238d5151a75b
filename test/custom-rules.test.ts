/**
 * Custom rules (issue 6): the directories in `customRules` hold .ts/.mts/.js/.mjs files whose default export is a rule
 * made with `defineRule` (or a list of them); TypeScript is loaded with jiti and `import … from 'endpoint-guard'`
 * works. Custom rules get levels and validated options from the configuration like built-in ones; a file that is not
 * a rule, a bad or duplicate id, is exit 2 naming the file.
 *
 * Fixtures: test/templates/config/custom-rules/ — rules/required-tag.ts (TypeScript, option `tag`, default Owner),
 * rules/network-names.js (JavaScript, two rules), .endpoint-guard.yml (required-tag: error, tag: Team) and tagged.yaml.
 * The rules import 'endpoint-guard', which resolves to this package (a self-reference), so they stay inside it; broken
 * rule files, which import nothing, are written to temporary directories.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import type { Log } from 'sarif';
import { checkJson, cli, STACK_TRACE, type JsonFinding } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

const FIXTURE_DIR = 'test/templates/config/custom-rules';
const TAGGED = `${FIXTURE_DIR}/tagged.yaml`;
const CONFIG = `${FIXTURE_DIR}/.endpoint-guard.yml`;
const RULES_DIR = join(ROOT, FIXTURE_DIR, 'rules');
const POLICY_OPEN = join(ROOT, 'test/templates/config/policy-open.yaml');

const json = checkJson;

const rows = (findings: readonly JsonFinding[]) => findings.map((f) => [f.ruleId, f.level, f.line, f.logicalId]);

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'eg-custom-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const policyOpen = readFileSync(POLICY_OPEN, 'utf8');
/** A rule module without imports (plain object), for the error cases. */
const plainRule = (id: string, extra = '') =>
  `export default { id: ${JSON.stringify(id)}, level: 'warning', title: 'A title', help: 'Help', check({ model, report }) { ${extra} for (const v of model.vpcs) report({ subject: v, message: v.name + ' seen' }); } };\n`;

describe('custom rules loaded from a directory', () => {
  test('a TypeScript rule (with its option set in the configuration) and a JavaScript file exporting two rules', () => {
    const { code, report } = json([TAGGED]);
    expect(rows(report.findings)).toEqual([
      ['vpc-name-tag', 'warning', 7, 'Vpc'], // network-names.js
      ['security-group-name-tag', 'note', 19, 'EndpointSecurityGroup'], // network-names.js, level note
      ['required-tag', 'error', 56, 'UntaggedEndpoint'], // required-tag.ts: level error and tag Team from the configuration
    ]);
    expect(report.findings.find((f) => f.ruleId === 'required-tag')?.message).toBe('UntaggedEndpoint has no Team tag');
    expect(code).toBe(1);
  });

  test("without options in the configuration, the rule's defaults apply (tag: Owner, level warning)", () => {
    const cfg = join(project({ 'eg.yml': `customRules:\n  - ${JSON.stringify(RULES_DIR)}\n` }), 'eg.yml');
    const { code, report } = json(['--config', cfg, TAGGED]);
    expect(report.findings.filter((f) => f.ruleId === 'required-tag').map((f) => [f.level, f.line, f.logicalId, f.message])).toEqual([
      ['warning', 34, 'TaggedEndpoint', 'TaggedEndpoint has no Owner tag'],
      ['warning', 56, 'UntaggedEndpoint', 'UntaggedEndpoint has no Owner tag'],
    ]);
    expect(code).toBe(0);
  });

  test('customRules paths are relative to the configuration file, wherever the run starts', () => {
    const fromElsewhere = json([join(ROOT, TAGGED)], tmpdir());
    expect(rows(fromElsewhere.report.findings).map((r) => r[0])).toEqual(['vpc-name-tag', 'security-group-name-tag', 'required-tag']);
  });

  test('custom rules take levels like built-in ones: off in the file, --rule on the command line', () => {
    const cfg = join(
      project({
        'eg.yml': `customRules: [${JSON.stringify(RULES_DIR)}]\nrules:\n  vpc-name-tag: off\n  security-group-name-tag: error\n  required-tag: { tag: Team }\n`,
      }),
      'eg.yml',
    );
    expect(rows(json(['--config', cfg, TAGGED]).report.findings)).toEqual([
      ['security-group-name-tag', 'error', 19, 'EndpointSecurityGroup'],
      ['required-tag', 'warning', 56, 'UntaggedEndpoint'],
    ]);
    const overridden = json(['--config', cfg, '--rule', 'security-group-name-tag=off', '--rule', 'vpc-name-tag=note', TAGGED]);
    expect(rows(overridden.report.findings)).toEqual([
      ['vpc-name-tag', 'note', 7, 'Vpc'],
      ['required-tag', 'warning', 56, 'UntaggedEndpoint'],
    ]);
    expect(overridden.code).toBe(0);
  });

  test.each([
    ['an unknown option', '  required-tag:\n    tagg: Team\n', 5, 5, 'rules.required-tag.tagg: unknown key'],
    ['an option of the wrong type', '  required-tag:\n    tag: 5\n', 5, 5, 'rules.required-tag.tag: must be string'],
    ['a misspelt custom rule id', '  required-tags: error\n', 4, 3, 'rules.required-tags: no such rule'],
  ])("a custom rule's configuration is validated: %s", (_name, rule, line, column, problem) => {
    const dir = project({
      '.endpoint-guard.yml': `customRules:\n  - ${JSON.stringify(RULES_DIR)}\nrules:\n${rule}`,
      'tagged.yaml': readFileSync(join(ROOT, TAGGED), 'utf8'),
    });
    const { code, report, stderr } = json(['tagged.yaml'], dir);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([`endpoint-guard: ${join(dir, '.endpoint-guard.yml')}:${line}:${column}: invalid configuration: ${problem}`]);
    expect(report.findings).toEqual([]);
  });

  test('suppressions cover custom rules too', () => {
    const dir = project({
      'tagged.yaml': readFileSync(join(ROOT, TAGGED), 'utf8').replace(
        '  UntaggedEndpoint:\n    Type: AWS::EC2::VPCEndpoint\n',
        '  UntaggedEndpoint:\n    Type: AWS::EC2::VPCEndpoint\n    Metadata:\n      endpoint-guard:\n        suppress:\n          - rule: required-tag\n            reason: Shared endpoint, billed centrally (FIN-7)\n',
      ),
    });
    const { code, report } = json(['--config', join(ROOT, CONFIG), join(dir, 'tagged.yaml')]);
    expect(report.findings.filter((f) => f.ruleId === 'required-tag').map((f) => [f.line, f.logicalId, f.suppressed])).toEqual([
      [56, 'UntaggedEndpoint', { justification: 'Shared endpoint, billed centrally (FIN-7)', via: 'metadata' }],
    ]);
    expect(code).toBe(0);
  });

  test('SARIF lists the custom rules with their help and docsUrl, and their results point at them', () => {
    const log = JSON.parse(cli(['check', '--format', 'sarif', TAGGED]).stdout) as Log;
    const run = log.runs[0]!;
    const rules = run.tool.driver.rules ?? [];
    const requiredTag = rules.find((r) => r.id === 'required-tag');
    expect(requiredTag).toMatchObject({
      shortDescription: { text: 'Every Interface VPC endpoint carries the required tag' },
      helpUri: 'https://wiki.example.com/tags#required-tag',
    });
    expect(requiredTag?.help?.text).toMatch(/```yaml/);
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['vpc-name-tag', 'security-group-name-tag', 'required-tag', 'endpoint-policy-scoped']));
    const results = run.results ?? [];
    expect(
      results.map((r) => [
        r.ruleId,
        rules[r.ruleIndex!]?.id,
        r.level,
        r.locations?.[0]?.physicalLocation?.region?.startLine,
        r.locations?.[0]?.logicalLocations?.[0]?.name,
      ]),
    ).toEqual([
      ['vpc-name-tag', 'vpc-name-tag', 'warning', 7, 'Vpc'],
      ['security-group-name-tag', 'security-group-name-tag', 'note', 19, 'EndpointSecurityGroup'],
      ['required-tag', 'required-tag', 'error', 56, 'UntaggedEndpoint'],
    ]);
  });
});

describe('the example in examples/custom-rules', () => {
  const EXAMPLE_CONFIG = join(ROOT, 'examples/custom-rules/.endpoint-guard.yml');
  const example = readFileSync(join(ROOT, 'examples/custom-rules/tagged-endpoint.yaml'), 'utf8');

  test('the tagged example passes', () => {
    const { code, report } = json(['examples/custom-rules/tagged-endpoint.yaml']);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  test('endpoint-cost-center (a .ts rule of the example, at error by its configuration): a missing and an empty CostCenter tag', () => {
    const without = example.replace('      Tags:\n        - Key: CostCenter\n          Value: ledger-team-42\n', '');
    const empty = example.replace('Value: ledger-team-42', "Value: ''");
    expect(without).not.toBe(example);
    expect(empty).not.toBe(example);
    const dir = project({ 'without-tag.yaml': without, 'empty-tag.yaml': empty });
    const { code, report } = json(['--config', EXAMPLE_CONFIG, 'without-tag.yaml', 'empty-tag.yaml'], dir);
    expect(report.findings.map((f) => [f.ruleId, f.level, f.file, f.line, f.logicalId, f.message])).toEqual([
      ['endpoint-cost-center', 'error', 'empty-tag.yaml', 164, 'QldbSessionEndpoint', 'QldbSessionEndpoint has an empty CostCenter tag'],
      ['endpoint-cost-center', 'error', 'without-tag.yaml', 164, 'QldbSessionEndpoint', 'QldbSessionEndpoint has no CostCenter tag'],
    ]);
    expect(code).toBe(1);
  });
});

describe('broken custom rules: exit 2 naming the file; inputs under other configurations still checked', () => {
  test.each([
    ['an id that is not a slug', { 'bad-id.mjs': plainRule('My_Rule') }, 'bad-id.mjs', /not a rule: id must be a lowercase slug/],
    [
      'a level that does not exist',
      { 'level.js': plainRule('odd-level').replace("level: 'warning'", "level: 'fatal'") },
      'level.js',
      /not a rule: level must be error, warning or note/,
    ],
    ['no default export', { 'none.mjs': 'export const notARule = 1;\n' }, 'none.mjs', /not a rule/],
    [
      'a default export that is not a rule',
      { 'string.mjs': "export default 'required-tag';\n" },
      'string.mjs',
      /not a rule: the default export is not an object/,
    ],
    ['a file that does not parse', { 'syntax.ts': 'export default {{ ;\n' }, 'syntax.ts', /custom rule cannot be loaded/],
    ['two files with the same id', { 'a.mjs': plainRule('same-id'), 'b.mjs': plainRule('same-id') }, 'b.mjs', /rule id same-id is already taken/],
    ['the id of a built-in rule', { 'shadow.mjs': plainRule('vpc-dns-support') }, 'shadow.mjs', /rule id vpc-dns-support is already taken/],
    [
      'a list with the same id twice',
      { 'list.mjs': `const r = ${plainRule('twice').replace('export default ', '').trim().replace(/;$/, '')};\nexport default [r, { ...r }];\n` },
      'list.mjs',
      /rule id twice is already taken/,
    ],
  ])('%s', (_name, ruleFiles: Record<string, string>, culprit, message) => {
    const files: Record<string, string> = {
      'broken/.endpoint-guard.yml': 'customRules:\n  - rules\n',
      'broken/policy-open.yaml': policyOpen,
      'fine/policy-open.yaml': policyOpen,
    };
    for (const [name, text] of Object.entries(ruleFiles)) files[`broken/rules/${name}`] = text;
    const dir = project(files);
    const { code, report, stderr } = json(['.'], dir);
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^endpoint-guard: .*broken[/\\\\]rules[/\\\\]${culprit.replace('.', '\\.')}: `));
    expect(lines[0]).toMatch(message);
    expect(stderr).not.toMatch(STACK_TRACE);
    // broken/policy-open.yaml is skipped; fine/policy-open.yaml (no configuration) is checked.
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['endpoint-policy-scoped', 'fine/policy-open.yaml', 9]]);
    expect(report.inputErrors).toHaveLength(1);
  });

  test('a customRules directory that does not exist', () => {
    const dir = project({ '.endpoint-guard.yml': 'customRules:\n  - no-such-dir\n', 'policy-open.yaml': policyOpen });
    const { code, stderr } = json(['policy-open.yaml'], dir);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^endpoint-guard: .*no-such-dir: custom rules directory cannot be read$/)]);
  });

  test('a rule that throws costs its own findings only (the other rules still report on that file), with one line naming the file and the rule', () => {
    const dir = project({
      'a/.endpoint-guard.yml': 'customRules:\n  - rules\n',
      'a/rules/boom.mjs': plainRule('boom', "throw new Error('kaboom');"),
      'a/policy-open.yaml': policyOpen,
      'b/policy-open.yaml': policyOpen,
    });
    const { code, report, stderr } = json(['a/policy-open.yaml', 'b/policy-open.yaml'], dir);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual(['endpoint-guard: a/policy-open.yaml: rule boom failed: kaboom']);
    expect(report.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['endpoint-policy-scoped', 'a/policy-open.yaml', 9],
      ['endpoint-policy-scoped', 'b/policy-open.yaml', 9],
    ]);
  });

  test('an .mts file whose default export is a plain object (no defineRule) is a rule too', () => {
    const dir = project({
      '.endpoint-guard.yml': 'customRules: [rules]\n',
      'rules/seen.mts': plainRule('vpc-seen').replace(
        'check({ model, report })',
        'check({ model, report }: { model: { vpcs: Array<{ name: string }> }; report: (r: object) => void })',
      ),
      'policy-open.yaml': policyOpen,
    });
    const { code, report } = json(['policy-open.yaml'], dir);
    expect(rows(report.findings)).toEqual([
      ['vpc-seen', 'warning', 5, 'Vpc'],
      ['endpoint-policy-scoped', 'error', 9, 'S3Endpoint'],
    ]);
    expect(report.findings[0]!.message).toBe('Vpc seen');
    expect(code).toBe(1);
  });
});

test("a finding about what AWS creates with a VPC (its default security group) is the VPC's: its logical ID, its suppressions", async () => {
  const { check } = await import('../src/engine/check.js');
  const { defineRule } = await import('../src/engine/run/rule.js');
  const ownerTag = defineRule({
    id: 'group-owner-tag',
    level: 'warning',
    title: 'The groups of functions carry an Owner tag',
    help: 'Tag them.',
    check({ model, report }) {
      for (const fn of model.functions)
        for (const g of model.securityGroupsOf(fn)) if (!g.tags.has('Owner')) report({ subject: g, message: `${g.name} has no Owner tag` });
    },
  });
  const dir = mkdtempSync(join(tmpdir(), 'eg-owner-'));
  const template = (metadata: string) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
${metadata}    Properties:
      CidrBlock: 10.180.0.0/16
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.180.1.0/24
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::123456789012:role/fn
      Code:
        ZipFile: 'def handler(e, c): pass'
      VpcConfig:
        SubnetIds: [!Ref Subnet]
        SecurityGroupIds: [!GetAtt Vpc.DefaultSecurityGroup]
`;
  writeFileSync(join(dir, 'plain.yaml'), template(''));
  writeFileSync(
    join(dir, 'suppressed.yaml'),
    template(
      '    Metadata:\n      endpoint-guard:\n        suppress:\n          - rule: group-owner-tag\n            reason: the default group is locked down by an SCP\n',
    ),
  );
  const result = await check([join(dir, 'plain.yaml'), join(dir, 'suppressed.yaml')], { rules: [ownerTag] });
  expect(
    result.findings.map((f) => [f.file.endsWith('plain.yaml') ? 'plain' : 'suppressed', f.logicalId, f.line, f.message, f.suppressed?.justification]),
  ).toEqual([
    ['plain', 'Vpc', 3, 'default security group of Vpc has no Owner tag', undefined],
    ['suppressed', 'Vpc', 3, 'default security group of Vpc has no Owner tag', 'the default group is locked down by an SCP'],
  ]);
});
