/** SARIF output validated against the official 2.1.0 schema, and the contract's fields. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { toBeValidSarifLog } from '@microsoft/jest-sarif';
import type { Log } from 'sarif';
import { builtinRules } from '../rules/index.js';
import { metaRules } from '../src/engine/run/meta-rules.js';
import { cli } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';

// jest-sarif ships no types for its matcher.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
expect.extend({ toBeValidSarifLog });
declare module 'expect' {
  interface Matchers<R> {
    toBeValidSarifLog(): R;
  }
}

describe('sarif on examples/', () => {
  let log: Log;
  let code: number | null;
  beforeAll(() => {
    const r = cli(['check', '--format', 'sarif', 'examples/']);
    code = r.code;
    log = JSON.parse(r.stdout) as Log;
  });

  test('is a valid SARIF 2.1.0 log', () => {
    expect(code).toBe(1);
    expect(log).toBeValidSarifLog();
  });

  test('one run by endpoint-guard listing every rule with id, description and help', () => {
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('endpoint-guard');
    // The built-in and meta rules, and the custom rule that examples/custom-rules/.endpoint-guard.yml loads.
    expect(driver.rules?.map((r) => r.id)).toEqual([...builtinRules, ...metaRules].map((r) => r.id).concat('endpoint-cost-center'));
    expect(driver.rules?.at(-1)?.helpUri).toBe('https://wiki.example.com/cloud/tagging#costcenter');
    for (const r of driver.rules?.slice(0, -1) ?? []) {
      expect(r.shortDescription?.text).toBeTruthy();
      expect(r.helpUri).toMatch(new RegExp(`/rules/${r.id}\\.md$`));
      expect(r.help?.text).toMatch(/```yaml/);
    }
  });

  test('each result: ruleId, level, the path relative to the repository (%SRCROOT%), a line, and the logical ID', () => {
    const results = log.runs[0]!.results ?? [];
    expect(results.length).toBeGreaterThanOrEqual(4);
    for (const r of results) {
      expect(builtinRules.map((x) => x.id)).toContain(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      const loc = r.locations![0]!;
      expect(loc.physicalLocation!.artifactLocation!.uri).toMatch(/^examples\/[\w-]+\.yaml$/);
      expect(loc.physicalLocation!.artifactLocation!.uriBaseId).toBe('%SRCROOT%');
      expect(loc.physicalLocation!.region!.startLine).toBeGreaterThan(0);
      expect(loc.logicalLocations![0]!.name).toMatch(/^\w+$/);
    }
  });
});

test('lambda-subnet-no-igw points at the subnet entry and relates the subnet, route table and route', () => {
  const r = cli(['check', '--format', 'sarif', 'examples/qldb-four-violations.yaml']);
  const result = (JSON.parse(r.stdout) as Log).runs[0]!.results!.find((x) => x.ruleId === 'lambda-subnet-no-igw')!;
  expect(result.locations![0]!.logicalLocations![0]!.name).toBe('Function');
  expect(result.message.text).toMatch(
    /subnet PrivateSubnetB uses route table PublicRouteTable, whose route PublicDefaultRoute sends 0\.0\.0\.0\/0 to internet gateway InternetGateway/,
  );
  expect(result.relatedLocations!.map((l) => [l.message!.text, l.physicalLocation!.artifactLocation!.uri])).toEqual([
    ['subnet PrivateSubnetB', 'examples/qldb-four-violations.yaml'],
    ['route table PublicRouteTable', 'examples/qldb-four-violations.yaml'],
    ['route PublicDefaultRoute to an internet gateway', 'examples/qldb-four-violations.yaml'],
  ]);
  expect(result.relatedLocations!.every((l) => (l.physicalLocation!.region!.startLine ?? 0) > 0)).toBe(true);
});

test('lambda-service-endpoints and lambda-multi-az relate the subnets (and route tables) they name, at their lines', () => {
  const related = (file: string, rule: string) => {
    const r = cli(['check', '--format', 'sarif', file]);
    const result = (JSON.parse(r.stdout) as Log).runs[0]!.results!.find((x) => x.ruleId === rule)!;
    return result.relatedLocations!.map((l) => [l.message!.text, l.logicalLocations?.[0]?.name, l.physicalLocation!.region!.startLine]);
  };
  expect(related('test/templates/rules/lambda-service-endpoints/bad-secretsmanager-no-endpoint.yaml', 'lambda-service-endpoints')).toEqual([
    ['subnet PrivateSubnetA, without a default route out', 'PrivateSubnetA', 13],
    ['subnet PrivateSubnetB, without a default route out', 'PrivateSubnetB', 19],
    ['route table PrivateRouteTable', 'PrivateRouteTable', 26],
  ]);
  expect(related('test/templates/rules/lambda-multi-az/bad-one-subnet.yaml', 'lambda-multi-az')).toEqual([
    ['subnet SubnetA (zone 0 of the region (!Select [0, !GetAZs]))', 'SubnetA', 11],
  ]);
});

test('input errors are tool execution notifications, never silence; the log stays valid', () => {
  const r = cli(['check', '--format', 'sarif', 'test/templates/inputs/bad/malformed.yaml', 'test/templates/inputs/bad/empty.yaml']);
  expect(r.code).toBe(2);
  const log = JSON.parse(r.stdout) as Log;
  expect(log).toBeValidSarifLog();
  const notes = log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
  expect(notes.map((n) => [n.level, n.locations?.[0]?.physicalLocation?.artifactLocation?.uri])).toEqual([
    ['error', 'test/templates/inputs/bad/malformed.yaml'],
    ['error', 'test/templates/inputs/bad/empty.yaml'],
  ]);
  expect(notes[0]!.locations![0]!.physicalLocation!.region!.startLine).toBe(7);
  expect(log.runs[0]!.invocations![0]!.executionSuccessful).toBe(false);
});

test('the schema check bites: a log with an invalid level or a driver without name is rejected', () => {
  const r = cli(['check', '--format', 'sarif', 'test/templates/rules/vpc-dns-support/bad-dns-support-false.yaml']);
  const log = JSON.parse(r.stdout) as Log;
  const broken = structuredClone(log) as unknown as { runs: { results: { level: string }[]; tool: { driver: Record<string, unknown> } }[] };
  broken.runs[0]!.results[0]!.level = 'fatal';
  expect(broken).not.toBeValidSarifLog();
  const nameless = structuredClone(log) as unknown as typeof broken;
  delete nameless.runs[0]!.tool.driver.name;
  expect(nameless).not.toBeValidSarifLog();
});

describe('artifact URIs are relative to the repository, however the paths were given', () => {
  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
  let repo: string;
  beforeAll(() => {
    repo = realpathSync(mkdtempSync(join(tmpdir(), 'eg-sarif-repo-')));
    git(repo, 'init', '-q');
    mkdirSync(join(repo, 'infra', 'stacks'), { recursive: true });
    copyFileSync(join(ROOT, 'examples', 'qldb-four-violations.yaml'), join(repo, 'infra', 'stacks', 'app.yaml'));
  });
  const uris = (args: string[], cwd: string) => {
    const log = JSON.parse(cli(['check', '--format', 'sarif', ...args], cwd).stdout) as Log;
    return { log, artifacts: [...new Set(log.runs[0]!.results!.map((r) => JSON.stringify(r.locations![0]!.physicalLocation!.artifactLocation)))] };
  };

  test('an absolute path, a path from a subfolder, and one from the root give the same URI, with the root as %SRCROOT%', () => {
    const expected = [JSON.stringify({ uri: 'infra/stacks/app.yaml', uriBaseId: '%SRCROOT%' })];
    const absolute = uris([join(repo, 'infra', 'stacks', 'app.yaml')], tmpdir());
    expect(absolute.artifacts).not.toEqual(expected); // run from outside the repository: no work tree around the cwd
    expect(uris([join(repo, 'infra', 'stacks', 'app.yaml')], repo).artifacts).toEqual(expected);
    expect(uris(['stacks/app.yaml'], join(repo, 'infra')).artifacts).toEqual(expected);
    const fromRoot = uris(['infra/stacks/app.yaml'], repo);
    expect(fromRoot.artifacts).toEqual(expected);
    expect(fromRoot.log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(repo).href}/` } });
    expect(fromRoot.log).toBeValidSarifLog();
  });

  test('a file outside the repository is an absolute file URI without a base', () => {
    const outside = join(realpathSync(mkdtempSync(join(tmpdir(), 'eg-sarif-out-'))), 'x #1.yaml');
    copyFileSync(join(ROOT, 'examples', 'qldb-four-violations.yaml'), outside);
    expect(uris([outside], repo).artifacts).toEqual([JSON.stringify({ uri: pathToFileURL(outside).href })]);
  });

  test('a baseline written from the root matches a run from a subfolder with absolute paths', () => {
    const baseline = join(repo, 'baseline.sarif');
    expect(cli(['check', '--write-baseline', baseline, 'infra/stacks/app.yaml'], repo).code).toBe(0);
    const r = cli(['check', '--format', 'json', '--baseline', baseline, join(repo, 'infra', 'stacks', 'app.yaml')], join(repo, 'infra'));
    expect((JSON.parse(r.stdout) as { findings: unknown[]; summary: { baselined: number } }).findings).toEqual([]);
    expect(r.code).toBe(0);
  });
});
