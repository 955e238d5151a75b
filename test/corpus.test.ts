/**
 * Real public templates (../shared/corpus, read in place): no crash, no stack trace, no input error on files that
 * CloudFormation accepts, and a sample of findings that were checked by hand against the templates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { cli, STACK_TRACE } from './helpers/cli.js';
import { CORPUS } from './helpers/paths.js';

const present = existsSync(join(CORPUS, 'MANIFEST.tsv'));
// CI sets ENDPOINT_GUARD_REQUIRE_CORPUS so that a missing corpus fails instead of skipping silently.
if (!present && process.env.ENDPOINT_GUARD_REQUIRE_CORPUS)
  throw new Error(`the corpus is required (ENDPOINT_GUARD_REQUIRE_CORPUS) but ${CORPUS} has no MANIFEST.tsv`);
if (!present) console.warn(`no corpus at ${CORPUS}: skipping the real-template tests (CI requires them)`);

(present ? describe : describe.skip)('the shared corpus', () => {
  test('the CLI checks it all, every kind: exit 1 (findings), no input error, no stack trace, a line for every finding', () => {
    const r = cli(['check', '--format', 'json', CORPUS]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    const report = JSON.parse(r.stdout) as { inputErrors: unknown[]; summary: { templates: number }; findings: { file: string; line: number }[] };
    expect(report.inputErrors).toEqual([]);
    const files = readFileSync(join(CORPUS, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
    expect(report.summary.templates).toBe(files.length);
    for (const f of report.findings) expect(f.line).toBeGreaterThan(0);
    expect(new Set(report.findings.map((f) => f.file.split('/').at(-2)))).toEqual(new Set(['cfn-yaml', 'cfn-json', 'sam', 'serverless']));
    expect(r.code).toBe(1);
  });

  test('the seed Serverless QLDB service: no error; only its Lambda group keeps the default allow-all egress', async () => {
    const found = (await check([join(CORPUS, 'serverless/AWS-South-Wales-User-Group__qldb-vpc__serverless.yml')])).findings;
    expect(found.map((f) => [f.ruleId, f.level, f.logicalId, f.line])).toEqual([['lambda-sg-egress', 'warning', 'QLDBSecurityGroup', 125]]);
  });

  /** Every finding of the file, notes included, as `rule level logicalId:line`. */
  const at = async (file: string) => (await check([join(CORPUS, file)])).findings.map((f) => `${f.ruleId} ${f.level} ${f.logicalId}:${f.line}`);

  test("consumers the template does not hold: the bastion's endpoint group is a note, not an error", async () => {
    const found = (await check([join(CORPUS, 'serverless/serverless-guru__templates__sls-bastion__serverless.yml')])).findings.filter(
      (f) => f.ruleId === 'endpoint-sg-ingress',
    );
    expect(found.map((f) => [f.level, f.logicalId, f.line])).toEqual([['note', 'VpcEndpointSG', 40]]);
  });

  test.each([
    // Interface endpoints without a policy. Their shared group admits the VPC's own CIDR (a parameter default): the
    // consumers are ECS tasks, not functions of the template, so a range of the VPC is a fine source (contract: Scope).
    [
      'sam/aws-samples__serverless-patterns__sqs-ecs-autoscaling__template.yaml',
      [
        'endpoint-policy-scoped error ECRDkrVpcEndpoint:60',
        'endpoint-policy-scoped error ECRApiVpcEndpoint:73',
        'endpoint-policy-scoped error S3VpcEndpoint:86',
        'endpoint-policy-scoped error CloudWatchLogsVpcEndpoint:95',
        'endpoint-policy-scoped error SQSVpcEndpoint:108',
      ],
    ],
    // A group whose rules depend on a condition of parameters: a note, not a guess.
    ['cfn-yaml/widdix__aws-cf-templates__vpc__vpc-endpoint.yaml', ['endpoint-sg-ingress note SecurityGroup:565', 'endpoint-policy-scoped error Endpoint:591']],
    // A SAM function in a subnet whose route table sends 0.0.0.0/0 to an internet gateway, in one zone.
    [
      'sam/aws-samples__serverless-patterns__private-apigw-cross-region__template2-regionB.yaml',
      ['lambda-multi-az warning myLambdaFunction:151', 'lambda-subnet-no-igw error myLambdaFunction:151'],
    ],
    // Serverless: SSM endpoints for a bastion host, without a policy. Their group admits a CIDR given by a ${param:}
    // variable: the consumer is an instance, so an unknown range is a note, not an error (contract: Scope).
    [
      'serverless/serverless-guru__templates__sls-bastion__serverless.yml',
      [
        'endpoint-sg-ingress note VpcEndpointSG:40',
        'endpoint-policy-scoped error VpcEndpointSsm:48',
        'endpoint-policy-scoped error VpcEndpointSsmMessages:60',
        'endpoint-policy-scoped error VpcEndpointEc2messages:72',
        'endpoint-policy-scoped error VpcEndpointS3:84',
      ],
    ],
  ])('%s', async (file, expected) => {
    expect(await at(file)).toEqual(expected);
  });

  test('duplicate keys (accepted by CloudFormation) are read, with notes, not refused', async () => {
    const result = await check([join(CORPUS, 'sam/aws-samples__serverless-patterns__vpc-lattice-lambda__template.yaml')]);
    expect(result.problems).toEqual([]);
    expect(result.notices.map((n) => n.line)).toEqual([163, 169, 178, 179]);
  });
});
