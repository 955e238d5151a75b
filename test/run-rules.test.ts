/**
 * runRules (src/engine/run/run-rules.ts) in-process: how a rule's report becomes a finding (level, message, place,
 * fix), which suppression covers it, what a failing rule costs, the suppression findings of their own, and how notes
 * of one cause are grouped. Real templates through the real model; the rules are custom ones, as users write them.
 */
import { describe, expect, test } from '@jest/globals';
import { commentSuppressions } from '../src/engine/load/comment-suppressions.js';
import { parseYaml } from '../src/engine/load/parse-yaml.js';
import type { MapNode } from '../src/engine/load/source-node.js';
import { buildModel } from '../src/engine/model/build.js';
import type { NetworkModel } from '../src/engine/model/network-model.js';
import type { Element } from '../src/engine/model/types.js';
import { Resolver } from '../src/engine/resolve/resolver.js';
import type { FixIntent } from '../src/engine/fix/intent.js';
import { runRules, type ActiveRule, type RunOptions } from '../src/engine/run/run-rules.js';
import { defineRule, type Level, type Report } from '../src/engine/run/rule.js';

const FILE = 'stack.yaml';

function modelOf(text: string, constructPaths: ReadonlyMap<string, string> = new Map()): NetworkModel {
  const root = parseYaml(FILE, text).root as MapNode;
  return buildModel(root, new Resolver(root, {}), constructPaths);
}

function elementOf(model: NetworkModel, id: string): Element {
  const found = model.elements().find((e) => e.id === id);
  if (!found) throw new Error(`no ${id} in the model`);
  return found;
}

/** A rule that reports what `reports` makes of the model. */
function ruleOf(id: string, reports: (model: NetworkModel) => Report[], level: Level = 'error'): ActiveRule {
  return {
    rule: defineRule({
      id,
      level,
      title: id,
      help: id,
      check: ({ model, report }) => {
        for (const r of reports(model)) report(r);
      },
    }),
    level,
    options: {},
  };
}

const FIX: FixIntent = { description: 'enable DNS support', changes: [{ kind: 'set', resource: 'Vpc', property: 'EnableDnsSupport', value: true }] };

const TEMPLATE = `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Quiet: # endpoint-guard-ignore vpc-rule -- a lab VPC
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.1.0.0/16
  Tagged:
    Type: AWS::EC2::VPC
    Metadata:
      endpoint-guard:
        suppress:
          - rule: vpc-rule
            reason: owned by the network team
          - rule: other-rule
    Properties:
      CidrBlock: 10.2.0.0/16
`;

const run = (rules: readonly ActiveRule[], options: RunOptions = {}, text = TEMPLATE) =>
  runRules(modelOf(text), rules, FILE, { commentSuppressions: commentSuppressions(text, FILE), ...options });

/** The findings of the rules run, without the error that Tagged's suppression has no reason (asserted on its own). */
const ruleFindings = (rules: readonly ActiveRule[], options: RunOptions = {}, text = TEMPLATE) =>
  run(rules, options, text).findings.filter((f) => f.ruleId !== 'suppression-reason');

describe('a report becomes a finding', () => {
  test('at the subject, with the rule level as configured, the related locations in the file', () => {
    const rule = ruleOf('vpc-rule', (m) => {
      const vpc = elementOf(m, 'Vpc');
      return [{ subject: vpc, message: 'Vpc is wrong', related: [{ message: 'see', loc: { line: 4, column: 7 } }] }];
    });
    expect(ruleFindings([{ ...rule, level: 'warning' }])).toStrictEqual([
      {
        ruleId: 'vpc-rule',
        level: 'warning',
        message: 'Vpc is wrong',
        file: FILE,
        line: 2,
        column: 3,
        logicalId: 'Vpc',
        related: [{ message: 'see', loc: { line: 4, column: 7 }, file: FILE }],
      },
    ]);
  });

  test('at the place the rule names, in another file when the place is there', () => {
    const rule = ruleOf('vpc-rule', (m) => [
      { subject: elementOf(m, 'Vpc'), message: 'here', loc: { line: 5, column: 7 } },
      { subject: elementOf(m, 'Vpc'), message: 'there', loc: { line: 9, column: 1, file: 'fragment.yml' } },
    ]);
    expect(ruleFindings([rule]).map((f) => [f.message, f.file, f.line, f.column])).toStrictEqual([
      ['here', FILE, 5, 7],
      ['there', 'fragment.yml', 9, 1],
    ]);
  });

  test('a CDK construct path is the fully qualified name', () => {
    const rule = ruleOf('vpc-rule', (m) => [{ subject: elementOf(m, 'Vpc'), message: 'x' }]);
    const model = modelOf(TEMPLATE, new Map([['Vpc', 'App/Network/Vpc/Resource']]));
    expect(runRules(model, [rule], FILE).findings[0]).toMatchObject({ logicalId: 'Vpc', fullyQualifiedName: 'App/Network/Vpc/Resource' });
    expect(run([rule]).findings[0]).not.toHaveProperty('fullyQualifiedName');
  });

  test('a finding about what AWS creates with a resource is that resource’s, and its suppressions apply', () => {
    const owned = (m: NetworkModel) => m.defaultSecurityGroups;
    const rule = ruleOf('vpc-rule', (m) => owned(m).map((g) => ({ subject: g, message: `${g.name} allows all`, loc: { line: 30, column: 1 } })));
    const findings = ruleFindings([rule]);
    expect(findings.map((f) => [f.logicalId, f.line, f.suppressed?.justification])).toStrictEqual([
      ['Vpc', 30, undefined],
      ['Quiet', 30, 'a lab VPC'],
      ['Tagged', 30, 'owned by the network team'],
    ]);
  });

  test('a fix travels with an error or warning, never with a note, a doubt or a suppressed finding', () => {
    const rule = ruleOf('vpc-rule', (m) => [
      { subject: elementOf(m, 'Vpc'), message: 'fixable', fix: FIX },
      { subject: elementOf(m, 'Vpc'), message: 'a note', fix: FIX, level: 'note' },
      { subject: elementOf(m, 'Quiet'), message: 'suppressed', fix: FIX },
      { subject: elementOf(m, 'Tagged'), message: 'doubted', fix: FIX },
    ]);
    const findings = ruleFindings([rule], { uncertain: new Map([['Tagged', 'a ForEach over an unknown list']]) });
    expect(findings.map((f) => [f.message, f.level, 'fix' in f])).toStrictEqual([
      ['fixable', 'error', true],
      ['a note', 'note', false],
      ['suppressed', 'error', false],
      ['cannot verify (a ForEach over an unknown list): doubted', 'note', false],
    ]);
    expect(findings[0]?.fix).toBe(FIX);
  });

  test('a resource in doubt turns an error into a note that says why, and leaves a note as it was', () => {
    const rule = ruleOf('vpc-rule', (m) => [
      { subject: elementOf(m, 'Vpc'), message: 'an error' },
      { subject: elementOf(m, 'Vpc'), message: 'already a note', level: 'note' },
      { subject: elementOf(m, 'Quiet'), message: 'not in doubt' },
    ]);
    const findings = ruleFindings([rule], { uncertain: new Map([['Vpc', 'why']]) });
    expect(findings.map((f) => [f.level, f.message])).toStrictEqual([
      ['note', 'cannot verify (why): an error'],
      ['note', 'already a note'],
      ['error', 'not in doubt'],
    ]);
  });
});

describe('suppressions', () => {
  const everyVpc = (id: string, level: Level = 'error') =>
    ruleOf(id, (m) => m.vpcs.map((v) => ({ subject: v, message: `${v.name} ${id}`, loc: { line: v.loc.line + 3, column: 7 } })), level);

  test('Metadata and a comment on the resource key cover the rule they name, with the reason and how', () => {
    const findings = run([everyVpc('vpc-rule'), everyVpc('unrelated')]).findings;
    expect(findings.map((f) => [f.ruleId, f.logicalId, f.suppressed])).toStrictEqual([
      ['vpc-rule', 'Vpc', undefined],
      ['vpc-rule', 'Quiet', { justification: 'a lab VPC', via: 'comment' }],
      ['vpc-rule', 'Tagged', { justification: 'owned by the network team', via: 'metadata' }],
      ['unrelated', 'Vpc', undefined],
      ['unrelated', 'Quiet', undefined],
      ['unrelated', 'Tagged', undefined],
      ['suppression-reason', 'Tagged', undefined],
    ]);
  });

  test('a comment on another line covers findings at its own line only', () => {
    const text = TEMPLATE.replace('CidrBlock: 10.0.0.0/16', 'CidrBlock: 10.0.0.0/16 # endpoint-guard-ignore vpc-rule -- test range');
    const rule = ruleOf('vpc-rule', (m) => [
      { subject: elementOf(m, 'Vpc'), message: 'on the CIDR', loc: { line: 5, column: 7 } },
      { subject: elementOf(m, 'Vpc'), message: 'elsewhere', loc: { line: 4, column: 7 } },
    ]);
    expect(ruleFindings([rule], {}, text).map((f) => [f.message, f.suppressed?.justification])).toStrictEqual([
      ['on the CIDR', 'test range'],
      ['elsewhere', undefined],
    ]);
  });

  test('a comment in one file does not cover a finding at the same line of another', () => {
    const rule = ruleOf('vpc-rule', (m) => [
      { subject: elementOf(m, 'Vpc'), message: 'in a fragment', loc: { line: 6, column: 5, file: 'fragment.yml' } },
      { subject: elementOf(m, 'Vpc'), message: 'in the stack', loc: { line: 6, column: 5 } },
    ]);
    expect(ruleFindings([rule]).map((f) => [f.message, f.suppressed?.via])).toStrictEqual([
      ['in a fragment', undefined],
      ['in the stack', 'comment'],
    ]);
  });

  test('a suppression without a reason still applies, and is an error of its own at its line', () => {
    const findings = run([everyVpc('other-rule')]).findings;
    expect(findings.filter((f) => f.ruleId !== 'other-rule')).toStrictEqual([
      {
        ruleId: 'suppression-reason',
        level: 'error',
        message: 'the suppression of other-rule on Tagged has no reason: say why (reason: "…" or "# endpoint-guard-ignore other-rule -- why")',
        file: FILE,
        line: 17,
        column: 13,
        logicalId: 'Tagged',
        related: [],
      },
    ]);
    expect(findings.find((f) => f.logicalId === 'Tagged' && f.ruleId === 'other-rule')?.suppressed).toStrictEqual({ justification: '', via: 'metadata' });
  });

  test('unused suppressions, on request: which cover no finding, which name no active rule, and where', () => {
    const text = `${TEMPLATE}  # endpoint-guard-ignore gone-rule -- left over\n`;
    const messages = (options: RunOptions, rules: ActiveRule[]) =>
      run(rules, options, text)
        .findings.filter((f) => f.ruleId === 'unused-suppression')
        .map((f) => [f.logicalId, f.line, f.level, f.message]);
    expect(messages({ reportUnusedSuppressions: true }, [everyVpc('other-rule')])).toStrictEqual([
      ['Tagged', 15, 'note', 'unused suppression of vpc-rule on Tagged: no active rule has that id; remove it'],
      ['Quiet', 6, 'note', 'unused suppression of vpc-rule on Quiet: no active rule has that id; remove it'],
      ['', 20, 'note', 'unused suppression of gone-rule: no active rule has that id; remove it'],
    ]);
    const quietOnly = ruleOf('vpc-rule', (m) => [{ subject: elementOf(m, 'Vpc'), message: 'x' }]);
    expect(messages({ reportUnusedSuppressions: true }, [quietOnly])).toStrictEqual([
      ['Tagged', 15, 'note', 'unused suppression of vpc-rule on Tagged: it covers no finding; remove it'],
      ['Tagged', 17, 'note', 'unused suppression of other-rule on Tagged: no active rule has that id; remove it'],
      ['Quiet', 6, 'note', 'unused suppression of vpc-rule on Quiet: it covers no finding; remove it'],
      ['', 20, 'note', 'unused suppression of gone-rule: no active rule has that id; remove it'],
    ]);
    expect(messages({}, [quietOnly])).toStrictEqual([]);
  });
});

test('a rule that throws loses its own findings only, and says so', () => {
  const failing = ruleOf('broken-rule', (m) => {
    const vpc = elementOf(m, 'Vpc');
    return [{ subject: vpc, message: 'first' }, { subject: vpc, message: 'second' }, undefined as unknown as Report];
  });
  const fine = ruleOf('vpc-rule', (m) => [{ subject: elementOf(m, 'Vpc'), message: 'kept' }]);
  const { findings, failures } = run([fine, failing, fine]);
  expect(findings.filter((f) => f.ruleId !== 'suppression-reason').map((f) => f.message)).toStrictEqual(['kept', 'kept']);
  expect(failures).toStrictEqual([expect.stringMatching(/^rule broken-rule failed: Cannot read properties of undefined/)]);
});

describe('notes of one cause are one note', () => {
  const THREE = `Resources:
  Alpha:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Beta:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.1.0.0/16 }
  AlphaBeta:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.2.0.0/16 }
`;
  const CAUSE = { line: 40, column: 3 };
  const noteRule = (message: (name: string) => string, at: (e: Element) => { line: number; column: number } = () => CAUSE) =>
    ruleOf('note-rule', (m) => m.vpcs.map((v) => ({ subject: v, message: message(v.name), loc: at(v), level: 'note' as const })));

  test('naming every subject, the first message kept around them, each subject a related location', () => {
    const [note, ...others] = runRules(modelOf(THREE), [noteRule((n) => `cannot verify ${n}: parameter P has no default (${n} is skipped)`)], FILE).findings;
    expect(others).toStrictEqual([]);
    expect(note).toStrictEqual({
      ruleId: 'note-rule',
      level: 'note',
      message: 'cannot verify each of Alpha, Beta, AlphaBeta: parameter P has no default (each is skipped)',
      file: FILE,
      line: 40,
      column: 3,
      logicalId: 'Alpha',
      related: [
        { message: 'Alpha', loc: { line: 2, column: 3 }, file: FILE, logicalId: 'Alpha' },
        { message: 'Beta', loc: { line: 5, column: 3 }, file: FILE, logicalId: 'Beta' },
        { message: 'AlphaBeta', loc: { line: 8, column: 3 }, file: FILE, logicalId: 'AlphaBeta' },
      ],
    });
  });

  test('with construct paths, whose parentheses and slashes are text, not a pattern', () => {
    const paths = new Map([
      ['Alpha', 'App/A+(x)/Alpha'],
      ['Beta', 'App/B.*/Beta'],
      ['AlphaBeta', 'App/[c]/AlphaBeta'],
    ]);
    const rule = ruleOf('note-rule', (m) =>
      m.vpcs.map((v) => ({ subject: v, message: `cannot verify ${v.name} (${v.path ?? ''})`, loc: CAUSE, level: 'note' })),
    );
    expect(runRules(modelOf(THREE, paths), [rule], FILE).findings.map((f) => f.message)).toStrictEqual([
      'cannot verify each of Alpha (App/A+(x)/Alpha), Beta (App/B.*/Beta), AlphaBeta (App/[c]/AlphaBeta)',
    ]);
  });

  test('not when they differ but for the subject, stand at different places, or do not name the subject', () => {
    const messages = (rule: ActiveRule) => runRules(modelOf(THREE), [rule], FILE).findings.map((f) => f.message);
    expect(messages(noteRule((n) => `cannot verify ${n}: ${n.length} letters`))).toStrictEqual([
      'cannot verify Alpha: 5 letters',
      'cannot verify Beta: 4 letters',
      'cannot verify AlphaBeta: 9 letters',
    ]);
    expect(
      messages(
        noteRule(
          (n) => `cannot verify ${n}`,
          (e) => e.loc,
        ),
      ),
    ).toStrictEqual(['cannot verify Alpha', 'cannot verify Beta', 'cannot verify AlphaBeta']);
    expect(messages(noteRule(() => 'cannot verify a VPC'))).toStrictEqual(['cannot verify a VPC', 'cannot verify a VPC', 'cannot verify a VPC']);
    // `Alpha` inside `AlphaBeta` or `Alpha.x` is not a mention of Alpha.
    expect(messages(noteRule((n) => (n === 'Beta' ? 'see Beta' : `see AlphaBeta.x-${n}`)))).toStrictEqual([
      'see AlphaBeta.x-Alpha',
      'see Beta',
      'see AlphaBeta.x-AlphaBeta',
    ]);
  });

  test('only notes, only of one rule, and never suppressed ones', () => {
    const errors = ruleOf('error-rule', (m) => m.vpcs.map((v) => ({ subject: v, message: `bad ${v.name}`, loc: CAUSE })));
    const other = ruleOf('other-note', (m) =>
      m.vpcs.slice(0, 1).map((v) => ({ subject: v, message: `cannot verify ${v.name}`, loc: CAUSE, level: 'note' as const })),
    );
    const notes = noteRule((n) => `cannot verify ${n}`);
    const text = THREE.replace('  Beta:\n', '  Beta: # endpoint-guard-ignore note-rule -- known\n');
    const findings = runRules(modelOf(text), [errors, other, notes], FILE, { commentSuppressions: commentSuppressions(text, FILE) }).findings;
    expect(findings.map((f) => [f.ruleId, f.message, f.suppressed !== undefined])).toStrictEqual([
      ['error-rule', 'bad Alpha', false],
      ['error-rule', 'bad Beta', false],
      ['error-rule', 'bad AlphaBeta', false],
      ['other-note', 'cannot verify Alpha', false],
      ['note-rule', 'cannot verify each of Alpha, AlphaBeta', false],
      ['note-rule', 'cannot verify Beta', true],
    ]);
  });

  test('at most twenty subjects as related locations, every one named in the message’s count', () => {
    const many = `Resources:\n${Array.from({ length: 23 }, (_, i) => `  Vpc${i}:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: 10.${i}.0.0/16 }\n`).join('')}`;
    const [note, ...rest] = runRules(modelOf(many), [noteRule((n) => `cannot verify ${n}`)], FILE).findings;
    expect(rest).toStrictEqual([]);
    expect(note?.message).toBe('cannot verify each of Vpc0, Vpc1, Vpc2, Vpc3, Vpc4 and 18 more');
    expect(note?.related.map((r) => r.message)).toStrictEqual(Array.from({ length: 20 }, (_, i) => `Vpc${i}`));
  });
});

test('a rule’s docs URL: its own, or its page among the built-in rules’ docs', () => {
  const check = () => undefined;
  expect(defineRule({ id: 'my-rule', level: 'warning', title: 't', help: 'h', check }).docsUrl).toBe(
    'https://github.com/endpoint-guard/endpoint-guard/blob/main/rules/my-rule.md',
  );
  expect(defineRule({ id: 'my-rule', level: 'warning', title: 't', help: 'h', check, docsUrl: 'https://example.com/r' }).docsUrl).toBe('https://example.com/r');
});
