/**
 * Real public templates (../shared/corpus, read in place): no crash, no stack trace, no input error on files that
 * CloudFormation accepts, and a sample of findings that were checked by hand against the templates.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { cli, STACK_TRACE } from './helpers/cli.js';
import { CORPUS } from './helpers/paths.js';

const present = existsSync(join(CORPUS, 'MANIFEST.tsv'));
if (!present) console.warn(`no corpus at ${CORPUS}: skipping the real-template tests`);

(present ? describe : describe.skip)('the shared corpus', () => {
  test('the CLI checks it all: exit 1 (findings), no input error, no stack trace', () => {
    const r = cli(['check', '--format', 'json', CORPUS]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const report = JSON.parse(r.stdout) as { inputErrors: unknown[]; summary: { templates: number; error: number } };
    expect(report.inputErrors).toEqual([]);
    expect(report.summary.templates).toBeGreaterThanOrEqual(45);
    expect(r.code).toBe(1);
  });

  const at = (file: string) => check([join(CORPUS, file)]).findings.filter((f) => f.level !== 'note').map((f) => `${f.ruleId} ${f.logicalId}:${f.line}`);

  test.each([
    // Interface endpoints without a policy, and their shared group open to the VPC CIDR (a parameter default).
    ['sam/aws-samples__serverless-patterns__sqs-ecs-autoscaling__template.yaml', ['endpoint-policy-scoped SQSVpcEndpoint:108', 'endpoint-sg-ingress VpcEndpointSecurityGroup:127']],
    // tcp 443 from an imported CIDR block: a CIDR source whatever its value.
    ['cfn-yaml/widdix__aws-cf-templates__vpc__vpc-endpoint.yaml', ['endpoint-policy-scoped Endpoint:591']],
  ])('%s', (file, expected) => {
    expect(at(file)).toEqual(expect.arrayContaining(expected));
  });

  test('duplicate keys (accepted by CloudFormation) are read, with notes, not refused', () => {
    const result = check([join(CORPUS, 'sam/aws-samples__serverless-patterns__vpc-lattice-lambda__template.yaml')]);
    expect(result.problems).toEqual([]);
    expect(result.notices.map((n) => n.line)).toEqual([163, 169, 178, 179]);
  });
});
