/**
 * The safe pattern (test/templates/variants/safe-pattern.json, no finding) changed in one place at a time: each rule's
 * test file here pins each branch of the rule, its wording and its fixes, with one line per case. The fixtures show a
 * rule on whole templates; these show what one change does.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { check } from '../../src/engine/check.js';
import { TEMPLATES } from '../helpers/paths.js';

export type Json = Record<string, unknown>;
export interface Template {
  Parameters?: Record<string, Json>;
  Resources: Record<string, { Type: string; Properties: Json }>;
}

const BASE = readFileSync(join(TEMPLATES, 'variants', 'safe-pattern.json'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'eg-variants-'));
let count = 0;

/** The safe pattern after `change`, checked: the findings of `ruleId`, and the lines of the file written. */
async function checkVariant(ruleId: string, change: (t: Template) => void, config?: string) {
  const template = JSON.parse(BASE) as Template;
  change(template);
  const folder = join(dir, String(++count));
  mkdirSync(folder);
  const file = join(folder, 'template.json');
  const text = JSON.stringify(template, null, 2);
  writeFileSync(file, text);
  if (config !== undefined) writeFileSync(join(folder, '.endpoint-guard.yml'), config);
  const result = await check([file]);
  expect(result.problems).toEqual([]);
  return { findings: result.findings.filter((f) => f.ruleId === ruleId), lines: text.split('\n') };
}

/** The findings of `ruleId` on the safe pattern after `change`: `level logicalId: message`, and `  fix: …` after a fixed one. */
async function findingsOf(ruleId: string, change: (t: Template) => void, config?: string): Promise<string[]> {
  const { findings } = await checkVariant(ruleId, change, config);
  return findings.flatMap((f) => [
    `${f.level} ${f.logicalId}: ${f.message}`,
    ...(f.fix ? [`  fix: ${f.fix.description} ${JSON.stringify(f.fix.changes)}`] : []),
  ]);
}

/** Where each finding of `ruleId` points: its logical ID and the text of its line and the next two, in the file written. */
export async function findingLines(ruleId: string, change: (t: Template) => void): Promise<[string, string][]> {
  const { findings, lines } = await checkVariant(ruleId, change);
  return findings.map((f) => [
    f.logicalId,
    lines
      .slice(f.line - 1, f.line + 2)
      .map((l) => l.trim())
      .join(' '),
  ]);
}

export const props = (t: Template, id: string): Json => {
  const resource = t.Resources[id];
  if (!resource) throw new Error(`no resource ${id} in the safe pattern`);
  return resource.Properties;
};
export const ref = (id: string) => ({ Ref: id });
export const groupId = (id: string) => ({ 'Fn::GetAtt': [id, 'GroupId'] });
export const noDefault = (t: Template, name: string) => {
  t.Parameters = { ...t.Parameters, [name]: { Type: 'String' } };
  return ref(name);
};
export const ingress = (t: Template, ...rules: Json[]) => {
  props(t, 'EndpointSecurityGroup').SecurityGroupIngress = rules;
};

/** A case: its name, the change, the findings it gives, and optionally the project's .endpoint-guard.yml. */
export type Case = [name: string, change: (t: Template) => void, expected: string[], config?: string];

/** One test per case. A rest parameter: a callback declaring more parameters than a row has takes the last for `done`. */
export function testCases(ruleId: string, cases: Case[]): void {
  test.each(cases)('%s', async (name, change, expected, ...config) => {
    const found = await findingsOf(ruleId, change, config[0]);
    // RECORD_VARIANTS=file: what each case found, to read (and then paste) when writing new cases.
    if (process.env.RECORD_VARIANTS) appendFileSync(process.env.RECORD_VARIANTS, JSON.stringify({ ruleId, name, found }) + '\n');
    expect(found).toEqual(expected);
  });
}

/** Adds a resource to the template. */
export const add = (t: Template, id: string, type: string, properties: Json = {}) => {
  t.Resources[id] = { Type: type, Properties: properties };
};
/** A subnet of the VPC in this zone (a value of AvailabilityZone, or `{ AvailabilityZoneId }`). */
export const subnet = (t: Template, id: string, zone: unknown, cidr: string, key = 'AvailabilityZone') => {
  add(t, id, 'AWS::EC2::Subnet', { VpcId: ref('Vpc'), CidrBlock: cidr, [key]: zone });
};
/** Zone `i` of a region (the stack's by default), as `!Select [i, !GetAZs region]`. */
export const indexed = (i: number, region: unknown = '') => ({ 'Fn::Select': [i, { 'Fn::GetAZs': region }] });
/** The function's VpcConfig. */
export const vpcConfig = (t: Template): Json => props(t, 'Function').VpcConfig as Json;
/** An internet gateway attached to the VPC, and a route of `table` to it. */
export const internetRoute = (t: Template, table = 'RouteTable', destination: unknown = '0.0.0.0/0') => {
  add(t, 'Igw', 'AWS::EC2::InternetGateway');
  add(t, 'IgwAttachment', 'AWS::EC2::VPCGatewayAttachment', { VpcId: ref('Vpc'), InternetGatewayId: ref('Igw') });
  add(t, `${table}ToIgw`, 'AWS::EC2::Route', { RouteTableId: ref(table), DestinationCidrBlock: destination, GatewayId: ref('Igw') });
};
/** A route table of its own for SubnetB. */
export const ownTableForB = (t: Template) => {
  add(t, 'RouteTableB', 'AWS::EC2::RouteTable', { VpcId: ref('Vpc') });
  props(t, 'SubnetBRoutes').RouteTableId = ref('RouteTableB');
};
/** A condition that cannot be evaluated before deployment (on a parameter without a default). */
export const unknownCondition = (t: Template, name: string) => {
  const conditions = ((t as { Conditions?: Json }).Conditions ??= {});
  conditions[name] = { 'Fn::Equals': [noDefault(t, `${name}Choice`), 'yes'] };
};
