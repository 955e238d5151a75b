/**
 * Attack class: secrets leaving through messages. A serverless.yml from a pull request asks for the runner's
 * environment (`${env:…}`) or for files outside the project (`${file()}` with an absolute path, `..`, a symbolic
 * link, /proc/self/environ, a FIFO, a device, a directory). None of it may be read; the planted canaries (an
 * environment variable and a file outside the project) never appear in any output format.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { ROOT } from '../helpers/paths.js';
import { canary, expectContained, measuredCli } from './run.js';

const FOUR = join(ROOT, 'examples', 'qldb-four-violations.yaml');
const SECRET = canary();
const ENV = canary();
let outside: string;
let project: string;

const service = (name: string, subnets: string) => {
  const dir = join(project, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'serverless.yml'),
    [
      'service: s',
      'provider:',
      '  name: aws',
      '  vpc:',
      '    securityGroupIds: [sg-1]',
      `    subnetIds: ${subnets}`,
      'functions:',
      '  f: {handler: h.h}',
      '',
    ].join('\n'),
  );
  return join(dir, 'serverless.yml');
};

beforeAll(() => {
  const top = mkdtempSync(join(tmpdir(), 'eg-secrets-'));
  outside = join(top, 'outside');
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.yml'), `value: ${SECRET}\nlist: [${SECRET}]\n`);
  project = join(top, 'project');
  mkdirSync(project);
  spawnSync('git', ['init', '-q'], { cwd: project });
});

/** Every format, the same input: nothing may carry a canary. */
function allFormats(args: readonly string[], env: Record<string, string> = {}) {
  return ['stylish', 'json', 'sarif', 'github', 'mermaid'].map((format) => ({
    format,
    run: measuredCli(['check', '--format', format, ...args], { env: { EG_CANARY: ENV, ...env } }),
  }));
}

describe('${env:…} is not read unless the user opts in', () => {
  test('Split of an environment variable: unknown, with a note that says --env; the value is in no format', () => {
    const file = service('env', '!Split [",", "${env:EG_CANARY}"]');
    for (const { format, run } of allFormats([file])) {
      expectContained(run, 0);
      expect(`${format}: ${run.stdout}${run.stderr}`).not.toContain(ENV);
    }
    expect(measuredCli(['check', file], { env: { EG_CANARY: ENV } }).stdout).toMatch(/the environment is not read \(endpoint-guard check --env reads it\)/);
  });

  test('a fallback applies when the environment is not read', () => {
    const file = service('env-fallback', `["\${env:EG_CANARY, 'subnet-fallback'}"]`);
    const r = measuredCli(['check', '--format', 'json', file], { env: { EG_CANARY: ENV } });
    expectContained(r, 0);
    expect(r.stdout).toMatch(/subnet subnet-fallback is not in this template/);
    expect(r.stdout).not.toContain(ENV);
  });

  test('with --env the variable is read (the test above is not vacuous)', () => {
    const file = service('env-opt-in', '["${env:EG_CANARY}"]');
    const r = measuredCli(['check', '--env', '--format', 'json', file], { env: { EG_CANARY: ENV } });
    expectContained(r, 0);
    expect(r.stdout).toContain(`subnet ${ENV} is not in this template`);
  });
});

describe('${file(…)} reads only regular files inside the project root', () => {
  const cases: [string, () => string, RegExp][] = [
    ['an absolute path outside', () => join(outside, 'secret.yml'), /is outside the project root/],
    ['.. out of the project', () => '../../outside/secret.yml', /is outside the project root/],
    ['/proc/self/environ', () => '/proc/self/environ', /is outside the project root/],
    [
      'a symbolic link to a file outside',
      () => {
        symlinkSync(join(outside, 'secret.yml'), join(project, 'link.yml'));
        return '../link.yml';
      },
      /is outside the project root/,
    ],
    [
      'a symbolic link to /dev/zero',
      () => {
        symlinkSync('/dev/zero', join(project, 'zero.yml'));
        return '../zero.yml';
      },
      /is outside the project root/,
    ],
    [
      'a FIFO (never opened for a blocking read)',
      () => {
        spawnSync('mkfifo', [join(project, 'pipe.yml')]);
        return '../pipe.yml';
      },
      /not a regular file/,
    ],
    [
      'a directory',
      () => {
        mkdirSync(join(project, 'adir.yml'));
        return '../adir.yml';
      },
      /a directory, not a file/,
    ],
  ];
  test.each(cases)('%s: an input error at the variable, the other template still reported, no canary', (name, path, message) => {
    const file = service(`file-${name.replace(/\W+/g, '-')}`, `["\${file(${path()}):value}"]`);
    for (const { format, run } of allFormats([file, FOUR])) {
      expectContained(run, 2);
      expect(`${format}: ${run.stdout}${run.stderr}`).not.toContain(SECRET);
      expect(`${format}: ${run.stdout}${run.stderr}`).not.toContain(ENV);
      if (format === 'json') {
        const report = JSON.parse(run.stdout) as {
          findings: { ruleId: string; file: string }[];
          inputErrors: { file: string; line?: number; message: string }[];
        };
        expect(report.inputErrors).toEqual([{ file, line: 6, column: 17, message: expect.stringMatching(message) }]);
        expect(
          report.findings
            .filter((f) => f.file === FOUR && f.ruleId !== 'lambda-sg-egress')
            .map((f) => f.ruleId)
            .sort(),
        ).toEqual(['endpoint-policy-scoped', 'endpoint-sg-ingress', 'lambda-subnet-no-igw', 'vpc-dns-support']);
      }
    }
  });

  test('/dev/zero under --root /: inside the root, but not a regular file; no memory spent on it', () => {
    const file = service('dev-zero-root', '["${file(/dev/zero)}"]');
    const r = measuredCli(['check', '--root', '/', '--format', 'json', file]);
    expectContained(r, 2);
    expect(r.stdout).toMatch(/not a regular file/);
  });

  test('with --root above the project the file is read (the confinement is what stops it)', () => {
    const file = service('root-opt-in', `["\${file(../../outside/secret.yml):value}"]`);
    const r = measuredCli(['check', '--root', join(project, '..'), '--format', 'json', file]);
    expectContained(r, 0);
    expect(r.stdout).toContain(`subnet ${SECRET} is not in this template`);
  });

  test('a missing file inside the project stays UNKNOWN (a note), not an error', () => {
    const file = service('missing', '["${file(./not-there.yml):value}"]');
    const r = measuredCli(['check', '--format', 'json', file]);
    expectContained(r, 0);
    expect(r.stdout).toMatch(/cannot be read here/);
  });
});
