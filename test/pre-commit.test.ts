/**
 * The pre-commit hook, with the real `pre-commit` (Debian's package; .ci/run installs it): in a fresh git repository,
 * `pre-commit try-repo <this repository> endpoint-guard --files …` fails on a violating template and passes on a
 * compliant one. pre-commit installs the hook as a user's machine would: npm, the system Node, the committed build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from '@jest/globals';
import { ROOT } from './helpers/paths.js';
import { workingTreeSnapshot } from './helpers/snapshot.js';
import { describeWithTool, findTool } from './helpers/tools.js';

const PRE_COMMIT = findTool('pre-commit', ['/usr/bin/pre-commit', 'pre-commit']);

describeWithTool(
  'pre-commit',
  PRE_COMMIT,
  '.ci/run installs it: apt-get install pre-commit',
)('pre-commit hook', () => {
  let repo: string;
  // pre-commit fetches the hook's repository with git: the working tree, committed in a clone (new dist/ chunks too).
  const hookRepo = workingTreeSnapshot();
  const env = { ...process.env, PRE_COMMIT_HOME: mkdtempSync(join(tmpdir(), 'eg-pre-commit-home-')), NO_COLOR: '1' };
  const run = (args: string[]) => spawnSync(PRE_COMMIT ?? 'pre-commit', args, { cwd: repo, encoding: 'utf8', env, timeout: 900000 });
  const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'eg-pre-commit-'));
    git('init', '-q');
    git('config', 'user.email', 'test@example.com');
    git('config', 'user.name', 'test');
    writeFileSync(join(repo, 'README.md'), 'a project\n');
    git('add', '.');
    git('commit', '-qm', 'start');
  }, 900000);

  test('an ordinary commit passes: a workflow, a docker-compose file, a tsconfig and a compliant template', () => {
    mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
    writeFileSync(
      join(repo, '.github', 'workflows', 'ci.yml'),
      'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n',
    );
    writeFileSync(join(repo, 'docker-compose.yml'), "services:\n  db:\n    image: postgres:16\n    ports: ['5432:5432']\n");
    writeFileSync(join(repo, 'settings.json'), '{"editor.tabSize": 2}\n');
    copyFileSync(join(ROOT, 'examples', 'qldb-private-subnet.yaml'), join(repo, 'good.yaml'));
    git('add', '.');
    const r = run(['try-repo', hookRepo.repo, 'endpoint-guard']); // the staged files, as on `git commit`
    expect(r.stdout).toMatch(/endpoint-guard\.+Passed/);
    expect(r.status).toBe(0);
  }, 900000);

  test('a commit with only files that are not templates passes too', () => {
    git('commit', '-qm', 'ordinary');
    writeFileSync(join(repo, 'docker-compose.yml'), 'services:\n  db:\n    image: postgres:17\n');
    git('add', '.');
    const r = run(['try-repo', hookRepo.repo, 'endpoint-guard']);
    expect(r.stdout).toMatch(/endpoint-guard\.+Passed/);
    expect(r.status).toBe(0);
  }, 900000);

  test('a violating template fails the commit, showing only its findings', () => {
    writeFileSync(join(repo, '.github', 'workflows', 'ci.yml'), 'name: ci\non: [pull_request]\n');
    copyFileSync(join(ROOT, 'examples', 'qldb-four-violations.yaml'), join(repo, 'bad.yaml'));
    git('add', '.');
    const r = run(['try-repo', hookRepo.repo, 'endpoint-guard']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/endpoint-guard\.+Failed/);
    expect(r.stdout).toMatch(/bad\.yaml[\s\S]*197:13\s+error\s+QldbSessionEndpoint, statement \d+: Principal "\*"[\s\S]*endpoint-policy-scoped/);
    expect(r.stdout).toMatch(/✖ 4 problems \(4 errors, 0 warnings\) in 1 template checked/);
    expect(r.stdout).not.toMatch(/ci\.yml|docker-compose|not a CloudFormation|input error/);
  }, 900000);

  test('a Terraform plan in a commit is checked, its findings at the lines of the .tf beside it', () => {
    git('reset', '-q');
    git('checkout', '-q', '--', '.');
    rmSync(join(repo, 'bad.yaml'), { force: true });
    cpSync(join(ROOT, 'test', 'templates', 'inputs', 'terraform', 'lambda-sqs-no-endpoint'), join(repo, 'infra'), { recursive: true });
    git('add', 'infra');
    const r = run(['try-repo', hookRepo.repo, 'endpoint-guard']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/infra\/main\.tf\n\s+120:1\s+error\s+aws_lambda_function\.orders has no default route[\s\S]*lambda-service-endpoints/);
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings\) in 1 template checked/);
    git('reset', '-q');
    rmSync(join(repo, 'infra'), { recursive: true, force: true });
  }, 900000);

  test('.tf files without a plan are checked as their module, .tfvars and the policy file read with them', () => {
    cpSync(join(ROOT, 'test', 'templates', 'inputs', 'terraform', 'source-features'), join(repo, 'infra'), { recursive: true });
    rmSync(join(repo, 'infra', 'plan.json'));
    git('add', 'infra');
    const r = run(['try-repo', hookRepo.repo, 'endpoint-guard']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/infra\/main\.tf\n\s+78:3\s+error\s+aws_vpc_endpoint\.service\["secretsmanager"\], statement 1: Principal "\*"/);
    expect(r.stdout).toMatch(/✖ 3 problems \(3 errors, 0 warnings\) in 1 template checked/);
    git('reset', '-q');
    rmSync(join(repo, 'infra'), { recursive: true, force: true });
  }, 900000);

  test("the README's configuration (rev: a branch) with args: [--debug] lists the files it skipped", () => {
    // The branch of this repository (main in CI): pre-commit fetches it as it would fetch GitHub's main.
    writeFileSync(
      join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hookRepo.repo}\n    rev: ${hookRepo.branch}\n    hooks:\n      - id: endpoint-guard\n        args: [--debug]\n        verbose: true\n`,
    );
    const r = run(['run', '--files', 'docker-compose.yml', 'good.yaml', '.pre-commit-config.yaml']);
    expect(r.stdout).toMatch(/endpoint-guard\.+Passed/);
    expect(r.stdout).toMatch(/^skipped docker-compose\.yml: /m);
    expect(r.stdout).toMatch(/✔ no problems \(1 template checked\)/);
    expect(r.status).toBe(0);
  }, 900000);
});
