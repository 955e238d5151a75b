/** The base of every variant: the safe pattern, with no finding of any rule. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { check } from '../../src/engine/check.js';
import { TEMPLATES } from '../helpers/paths.js';

const SAFE = join(TEMPLATES, 'variants', 'safe-pattern.json');

test('the safe pattern has no finding of any rule', async () => {
  const result = await check([SAFE]);
  expect(result.problems).toEqual([]);
  expect(result.findings).toEqual([]);
});

test.each([
  ['an empty SubnetIds', (vpcConfig: Record<string, unknown>) => (vpcConfig.SubnetIds = [])],
  ['no SubnetIds', (vpcConfig: Record<string, unknown>) => delete vpcConfig.SubnetIds],
])('a function with %s runs outside the VPC: no rule judges its network', async (_name, change) => {
  const template = JSON.parse(readFileSync(SAFE, 'utf8')) as { Resources: { Function: { Properties: { VpcConfig: Record<string, unknown> } } } };
  change(template.Resources.Function.Properties.VpcConfig);
  const file = join(mkdtempSync(join(tmpdir(), 'eg-safe-')), 'template.json');
  writeFileSync(file, JSON.stringify(template, null, 2));
  const result = await check([file]);
  expect(result.problems).toEqual([]);
  expect(result.findings.map((f) => `${f.ruleId} ${f.logicalId}: ${f.message}`)).toEqual([]);
});
