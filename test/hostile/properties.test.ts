/**
 * Property-based tests (fast-check): the engine never throws on arbitrary values as templates (CloudFormation, SAM,
 * Serverless; JSON and YAML text), and every escaping function is total. `npm test` runs a few hundred cases;
 * `npm run fuzz` runs 10,000 or more (FC_RUNS).
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { builtinRules } from '../../rules/index.js';
import { checkDocument } from '../../src/engine/check.js';
import { DEFAULT_CONFIG, activeRules } from '../../src/engine/config/config.js';
import { parseJson } from '../../src/engine/load/parse-json.js';
import { parseYaml } from '../../src/engine/load/parse-yaml.js';
import type { TemplateDocument } from '../../src/engine/load/read-template.js';
import { InputError, type MapNode } from '../../src/engine/load/source-node.js';
import {
  escapeJsonText,
  escapeLineStart,
  escapeMarkdown,
  escapeMermaid,
  escapeSarifText,
  escapeTerminal,
  escapeWorkflowData,
  escapeWorkflowProperty,
  showControls,
} from '../../src/engine/report/escape.js';
import { RAW_CONTROL } from './run.js';

const RUNS = Number(process.env.FC_RUNS ?? 300);
const RULES = activeRules(DEFAULT_CONFIG, builtinRules);

// Keys and names the model reads, so that random templates reach deep into the resolver, the model and the rules.
const NAMES = ['Vpc', 'Subnet', 'Sg', 'Ep', 'Fn', 'Role', 'Rt', 'Igw', 'P', 'C', 'AWS::Region', 'AWS::AccountId', 'X'];
const TYPES = [
  'AWS::EC2::VPC',
  'AWS::EC2::Subnet',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::VPCEndpoint',
  'AWS::EC2::RouteTable',
  'AWS::EC2::Route',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::NatGateway',
  'AWS::Lambda::Function',
  'AWS::Serverless::Function',
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::CloudFormation::Stack',
];
const KEYS = [
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::If',
  'Fn::Select',
  'Fn::Split',
  'Fn::FindInMap',
  'Fn::GetAZs',
  'Fn::ImportValue',
  'Fn::Equals',
  'Condition',
  'VpcId',
  'SubnetId',
  'SubnetIds',
  'SecurityGroupIds',
  'SecurityGroupIngress',
  'SecurityGroupEgress',
  'GroupId',
  'SourceSecurityGroupId',
  'CidrIp',
  'IpProtocol',
  'FromPort',
  'ToPort',
  'ServiceName',
  'VpcEndpointType',
  'PrivateDnsEnabled',
  'PolicyDocument',
  'Statement',
  'Effect',
  'Principal',
  'Action',
  'Resource',
  'RouteTableId',
  'RouteTableIds',
  'GatewayId',
  'NatGatewayId',
  'DestinationCidrBlock',
  'VpcConfig',
  'Role',
  'Policies',
  'ManagedPolicyArns',
  'EnableDnsSupport',
  'EnableDnsHostnames',
  'AvailabilityZone',
  'Metadata',
  'Fn::ForEach::L',
  'vpc',
  'subnetIds',
  'securityGroupIds',
  'iamRoleStatements',
];
const SCALARS = [
  '*',
  'Allow',
  'tcp',
  '443',
  'com.amazonaws.us-east-1.s3',
  'com.amazonaws.vpce.us-east-1.vpce-svc-1',
  'igw-1',
  'sg-1',
  '0.0.0.0/0',
  '${AWS::Region}',
  '${self:custom.x}',
  '${file(x.yml)}',
  'arn:aws:iam::1:role/r',
  '',
];

const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS, ...NAMES),
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('v'), { maxKeys: 4 }),
  ),
})).v;

const template = fc.record({
  AWSTemplateFormatVersion: fc.constant('2010-09-09'),
  Transform: fc.constantFrom(undefined, 'AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions'),
  Parameters: fc.option(fc.dictionary(fc.constantFrom(...NAMES), value, { maxKeys: 3 }), { nil: undefined }),
  Conditions: fc.option(fc.dictionary(fc.constantFrom(...NAMES), value, { maxKeys: 3 }), { nil: undefined }),
  Mappings: fc.option(value, { nil: undefined }),
  Globals: fc.option(value, { nil: undefined }),
  Resources: fc.dictionary(
    fc.constantFrom(...NAMES),
    fc.record({ Type: fc.constantFrom(...TYPES), Properties: fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 6 }) }),
    { minKeys: 1, maxKeys: 8 },
  ),
});

const serverless = fc.record({
  service: fc.oneof(fc.constant('s'), value),
  provider: fc.record({ name: fc.constant('aws'), vpc: value, iam: value, stage: value, region: value }),
  functions: fc.dictionary(fc.constantFrom('a', 'b', 'c'), value, { maxKeys: 3 }),
  resources: value,
  custom: value,
});

/** Runs the whole pipeline after reading: adapters, resolver, model, rules. Only an InputError may leave it. */
async function runs(doc: TemplateDocument): Promise<void> {
  try {
    const { failures } = await checkDocument(doc, RULES);
    expect(failures).toEqual([]);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
  }
}

const defined = (data: Record<string, unknown>) => JSON.parse(JSON.stringify(data)) as Record<string, unknown>;

describe('the engine never throws on arbitrary templates', () => {
  test('CloudFormation and SAM, as JSON', async () => {
    await fc.assert(
      fc.asyncProperty(template, async (t) => {
        const data = defined(t);
        const root = parseJson('t.json', JSON.stringify(data)) as MapNode;
        await runs({
          file: 't.json',
          kind: data.Transform === 'AWS::Serverless-2016-10-31' ? 'sam' : 'cloudformation',
          root,
          notes: [],
          commentSuppressions: [],
        });
      }),
      { numRuns: RUNS },
    );
  });

  test('CloudFormation as YAML text with arbitrary strings (short forms, quoting, odd characters)', async () => {
    await fc.assert(
      fc.asyncProperty(template, fc.string({ unit: 'binary' }), async (t, text) => {
        const data = defined({ ...t, Description: text });
        let root: MapNode;
        try {
          root = parseYaml('t.yaml', stringify(data)).root as MapNode;
        } catch (e) {
          if (e instanceof InputError) return;
          throw e;
        }
        await runs({ file: 't.yaml', kind: 'cloudformation', root, notes: [], commentSuppressions: [] });
      }),
      { numRuns: RUNS },
    );
  });

  test('Serverless services (variables included; no file outside the working directory is read)', async () => {
    await fc.assert(
      fc.asyncProperty(serverless, async (s) => {
        const root = parseJson('serverless.json', JSON.stringify(defined(s))) as MapNode;
        await runs({ file: 'serverless.json', kind: 'serverless', root, notes: [], commentSuppressions: [] });
      }),
      { numRuns: RUNS },
    );
  });

  test('arbitrary YAML text never throws anything but an InputError', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab: -[]{},"\'!&*|>#\n\t \\'.split(''), '!Ref', '!!str', 'Resources', '\u0000') }), (text) => {
        try {
          parseYaml('t.yaml', text);
        } catch (e) {
          if (!(e instanceof InputError)) throw e;
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('escaping is total', () => {
  const anyString = fc.string({ unit: 'binary', maxLength: 200 });
  const decodeEntities = (s: string) => s.replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)));
  const decodeMermaid = (s: string) => s.replace(/#quot;/g, '"').replace(/#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)));

  test('terminal: one line, no control character, no workflow command marker', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const out = escapeTerminal(s);
        expect(out).not.toMatch(RAW_CONTROL);
        expect(out).not.toMatch(/[\n\r]|##\[/);
        expect(escapeLineStart(s)).not.toMatch(/^\s*::/);
        expect(out.replace(/#\\x23\[/g, '##[')).toBe(showControls(s));
      }),
      { numRuns: RUNS * 3 },
    );
  });

  test('workflow command data and properties: never end or split the command', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        expect(escapeWorkflowData(s)).not.toMatch(/[\r\n]/);
        expect(escapeWorkflowData(s)).not.toMatch(RAW_CONTROL);
        expect(escapeWorkflowProperty(s)).not.toMatch(/[\r\n:,]/);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  test('Markdown and Mermaid: no markup from content; decoding gives the text back (controls shown)', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const md = escapeMarkdown(s);
        expect(md).not.toMatch(/[<>`*_[\]|\n]|&(?!#\d+;)/);
        expect(md).not.toMatch(RAW_CONTROL);
        expect(decodeEntities(md)).toBe(showControls(s));
        const mermaid = escapeMermaid(s);
        expect(mermaid).not.toMatch(/["<>`\n]/);
        expect(decodeMermaid(mermaid)).toBe(showControls(s));
      }),
      { numRuns: RUNS * 3 },
    );
  });

  test('SARIF text: no embedded link from content, no control character', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.constantFrom('[x](0)', 'see [the subnet](1)', 'a\\](1)')), (s) => {
        const out = escapeSarifText(s);
        expect(out).not.toMatch(RAW_CONTROL);
        expect(out).not.toMatch(/(^|[^\\])(\\\\)*\]\(/);
      }),
      { numRuns: RUNS * 3 },
    );
  });

  test('JSON text: the same value when read back, with no invisible character or command marker left raw', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const text = escapeJsonText(JSON.stringify({ s }));
        expect(JSON.parse(text)).toEqual({ s });
        expect(text).not.toMatch(RAW_CONTROL);
        expect(text).not.toMatch(/##\[/);
      }),
      { numRuns: RUNS * 3 },
    );
  });
});
