/** UNKNOWN never gives an error or warning, but the user is told what could not be verified (a note) and why. */
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { check } from '../src/engine/check.js';
import { TEMPLATES } from './helpers/paths.js';

const notes = async (rule: string, file: string) =>
  (await check([join(TEMPLATES, 'rules', rule, file)])).findings
    .filter((f) => f.ruleId === rule)
    .map((f) => ({ level: f.level, logicalId: f.logicalId, line: f.line, message: f.message }));

test.each([
  ['lambda-subnet-no-igw', 'unknown-gateway-param.yaml', /cannot verify that \w+ has no route to an internet gateway: route \w+: parameter \w+ has no default/],
  ['lambda-subnet-no-igw', 'unknown-subnet-list-param.yaml', /cannot verify .*its subnets: parameter \w+ has no default/],
  ['lambda-subnet-no-igw', 'unknown-route-table-import.json', /has no route table association here/],
  ['endpoint-policy-scoped', 'unknown-principal-param.yaml', /cannot verify the Principal of \w+, statement 1: parameter \w+ has no default/],
  ['endpoint-policy-scoped', 'unknown-principalarn-condition-param.yaml', /aws:PrincipalArn condition names values not known before deployment/],
  ['endpoint-sg-ingress', 'unknown-source-sg-param.yaml', /cannot verify an ingress rule of \w+: source group: parameter \w+ has no default/],
  [
    'endpoint-sg-ingress',
    'unknown-cidr-if-novalue.yaml',
    /cannot verify an ingress rule of EndpointSecurityGroup: source condition AllowOffice cannot be evaluated/,
  ],
  ['lambda-service-endpoints', 'unknown-role-policy-invalid-json.yaml', /ExecutionRole has a policy that cannot be read \(the policy string is not valid JSON/],
  [
    'lambda-service-endpoints',
    'unknown-policies-parameter-import.yaml',
    /a policy that cannot be read \(Fn::ImportValue shared-lambda-policy-document\); ExecutionRole has managed policies that are not known \(parameter ManagedPolicies has no default\)/,
  ],
  ['vpc-dns-support', 'unknown-hostnames-param.yaml', /cannot verify EnableDnsHostnames of \w+: parameter \w+ has no default/],
])('%s %s: only notes, saying why', async (rule, file, message) => {
  const found = await notes(rule, file);
  expect(found.length).toBeGreaterThan(0);
  expect(found.every((f) => f.level === 'note')).toBe(true);
  expect(found.map((f) => f.message)).toContainEqual(expect.stringMatching(message));
});

test('a CIDR source imported from another stack is still a CIDR source: an error naming the import', async () => {
  const [finding] = await notes('endpoint-sg-ingress', 'bad-cidr-import.yaml');
  expect(finding).toMatchObject({ level: 'error', line: 60, logicalId: 'EndpointSecurityGroup' });
  expect(finding!.message).toMatch(
    /from a CIDR range not known before deployment \(Fn::ImportValue network-VpcCidr\): a CIDR range is a source, whatever its value/,
  );
});

test('an endpoint service named com.amazonaws.vpce.<region>.<unknown id> is a partner or own service: nothing to verify', async () => {
  expect(await notes('endpoint-private-dns', 'good-own-service-parameter.yaml')).toEqual([]);
});
