/**
 * The bundled Action (dist/action/index.js) run as GitHub runs it: inputs as INPUT_* variables, a real-shaped
 * pull_request event in GITHUB_EVENT_PATH, GITHUB_WORKSPACE a git repository with base and head commits, and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. Asserts annotations, outputs, the summary and the exit status.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { ROOT } from './helpers/paths.js';
import { actionAsCheckedOut, measuredAction } from './hostile/run.js';
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js';
let repo: string;
let base: string;
let head: string;

const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' }).stdout.trim();

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'eg-action-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'ci@example.com');
  git('config', 'user.name', 'ci');
  mkdirSync(join(repo, 'stacks'));
  copyFileSync(join(ROOT, 'examples', 'qldb-four-violations.yaml'), join(repo, 'stacks', 'old-bad.yaml'));
  copyFileSync(join(ROOT, 'examples', 'qldb-private-subnet.yaml'), join(repo, 'stacks', 'good.yaml'));
  git('add', '.');
  git('commit', '-qm', 'base');
  base = git('rev-parse', 'HEAD');
  // The pull request adds one violating template and a file that is not a template.
  copyFileSync(join(ROOT, 'test', 'templates', 'rules', 'endpoint-policy-scoped', 'bad-principal-star.yaml'), join(repo, 'stacks', 'new-bad.yaml'));
  writeFileSync(join(repo, 'notes.md'), 'notes\n');
  git('add', '.');
  git('commit', '-qm', 'head');
  head = git('rev-parse', 'HEAD');
});

function runAction(inputs: Record<string, string>, event: Record<string, unknown> = {}, eventName = 'pull_request', workspace = repo, action?: string) {
  return measuredAction(workspace, inputs, event, eventName, {}, action);
}

const pr = (headRepo = 'org/app') => ({
  pull_request: { base: { sha: base, repo: { full_name: 'org/app' } }, head: { sha: head, repo: { full_name: headRepo } } },
});

test('checks the workspace: annotations on the lines, outputs, a summary with a table and a Mermaid diagram, failure', () => {
  const r = runAction({ 'sarif-file': 'eg.sarif' }, pr());
  expect(r.code).toBe(1);
  const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error title='));
  expect(annotations).toContainEqual(
    expect.stringMatching(
      /^::error title=endpoint-policy-scoped,file=stacks\/old-bad\.yaml,line=197,col=13::QldbSessionEndpoint, statement \d+: Principal "\*"/,
    ),
  );
  expect(annotations).toContainEqual(expect.stringMatching(/^::error title=vpc-dns-support,file=stacks\/old-bad\.yaml,line=21,col=7::/));
  expect(annotations.filter((a) => a.includes('file=stacks/good.yaml'))).toEqual([]);
  expect(r.stdout).toMatch(/^::error::endpoint-guard: \d+ finding\(s\) at or above error$/m);
  expect(Number(r.outputs.errors)).toBe(annotations.length);
  expect(r.outputs['sarif-file']).toBe('eg.sarif');
  expect((JSON.parse(readFileSync(join(repo, 'eg.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
  expect(r.summary).toMatch(/<tr><td>endpoint-policy-scoped<\/td><td>stacks\/old-bad\.yaml<\/td><td>1<\/td><td>0<\/td><\/tr>/);
  expect(r.summary).toMatch(/```mermaid\nflowchart LR\n[\s\S]*class [^\n]*fn_Function[^\n]* bad/);
});

test('only-changed checks only the templates the pull request changed', () => {
  const r = runAction({ 'only-changed': 'true' }, pr());
  expect(r.code).toBe(1);
  const files = new Set([...r.stdout.matchAll(/^::(?:error|warning|notice) [^:]*file=([^,]+),/gm)].map((m) => m[1]));
  expect([...files]).toEqual(['stacks/new-bad.yaml']);
  expect(r.stdout).toMatch(/only-changed: 2 of 2 changed files are under \./); // notes.md too: not a template, skipped
  expect(r.stdout).not.toMatch(/input error/);
  const scoped = runAction({ 'only-changed': 'true', paths: 'stacks' }, pr());
  expect(scoped.stdout).toMatch(/only-changed: 1 of 2 changed files are under stacks/);
  expect(scoped.outputs.errors).toBe('1');
});

test('format decides the log: json prints the report as JSON; an unknown format fails the step', () => {
  const json = runAction({ format: 'json', paths: 'stacks/old-bad.yaml' }, pr());
  const start = json.stdout.indexOf('{');
  const report = JSON.parse(json.stdout.slice(start, json.stdout.lastIndexOf('}') + 1)) as { summary: { error: number } };
  expect(report.summary.error).toBe(4);
  const bad = runAction({ format: 'xml' }, pr());
  expect(bad.code).toBe(1);
  expect(bad.stdout).toMatch(/^::error::endpoint-guard: format must be one of stylish, json, sarif, mermaid, github \(got xml\)$/m);
});

test('fail-on never reports without failing; fail-on warning fails on warnings too', () => {
  const never = runAction({ 'fail-on': 'never', paths: 'stacks/good.yaml' }, pr());
  expect(never.code).toBe(0);
  expect(never.outputs.findings).toBe('0');
  const good = runAction({ paths: 'stacks/good.yaml' }, pr());
  expect(good.code).toBe(0);
  expect(good.summary).toMatch(/0 errors, 0 warnings in 1 templates/);
});

/**
 * A pull request in a repository of its own: `base` files committed, then `head` files (null deletes) committed on
 * top, so the workspace is the head. Returns the workspace and the event of a pull request from `headRepo`.
 */
function pullRequest(baseFiles: Record<string, string>, headFiles: Record<string, string | null>, headRepo = 'org/app') {
  const dir = mkdtempSync(join(tmpdir(), 'eg-action-pr-'));
  const run = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' }).stdout.trim();
  run('init', '-q', '-b', 'main');
  run('config', 'user.email', 'ci@example.com');
  run('config', 'user.name', 'ci');
  const commit = (files: Record<string, string | null>, message: string) => {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      if (text === null) rmSync(join(dir, file));
      else writeFileSync(join(dir, file), text);
    }
    run('add', '-A');
    run('commit', '-qm', message);
    return run('rev-parse', 'HEAD');
  };
  const baseSha = commit(baseFiles, 'base');
  const headSha = commit(headFiles, 'head');
  const event = { pull_request: { base: { sha: baseSha, repo: { full_name: 'org/app' } }, head: { sha: headSha, repo: { full_name: headRepo } } } };
  return { dir, event };
}

const VIOLATING = readFileSync(join(ROOT, 'examples', 'qldb-four-violations.yaml'), 'utf8');
const ALL_RULES_OFF = 'rules:\n  vpc-dns-support: off\n  endpoint-policy-scoped: off\n  endpoint-sg-ingress: off\n  lambda-subnet-no-igw: off\n';

test('custom rules (code) are refused for a pull request from a fork, and under pull_request_target', () => {
  const evil = "import { writeFileSync } from 'node:fs'; writeFileSync('pwned', 'x'); export default {};\n";
  const { dir, event } = pullRequest(
    { '.endpoint-guard.yml': 'customRules: [rules]\n', 'rules/ok.mjs': 'export default {};\n', 'stacks/good.yaml': VIOLATING },
    { 'rules/ok.mjs': evil },
  );
  const fork = { pull_request: { ...event.pull_request, head: { ...event.pull_request.head, repo: { full_name: 'fork/app' } } } };
  for (const run of [runAction({ paths: 'stacks' }, fork, 'pull_request', dir), runAction({ paths: 'stacks' }, event, 'pull_request_target', dir)]) {
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/customRules: custom rules are not run for pull requests from forks or under pull_request_target/);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  }
});

test("a pull request from a fork is judged by the base commit's configuration, not by one it adds or edits", () => {
  const { dir, event } = pullRequest(
    { 'stacks/.endpoint-guard.yml': 'rules:\n  vpc-dns-support: warning\n', 'stacks/app.yaml': VIOLATING },
    { 'stacks/.endpoint-guard.yml': ALL_RULES_OFF, '.endpoint-guard.yml': ALL_RULES_OFF },
    'fork/app',
  );
  const fork = runAction({ paths: 'stacks' }, event, 'pull_request', dir);
  expect(fork.code).toBe(1);
  // The base's nested configuration applies (vpc-dns-support lowered to warning there), the head's edits do not.
  expect(fork.stdout).toMatch(/^::warning title=vpc-dns-support,file=stacks\/app\.yaml,line=21,col=7::/m);
  expect(fork.outputs.errors).toBe('3');
  // The same change from a branch of the repository itself is trusted: its configuration turns every rule off.
  const sameRepo = { pull_request: { ...event.pull_request, head: { ...event.pull_request.head, repo: { full_name: 'org/app' } } } };
  const trusted = runAction({ paths: 'stacks' }, sameRepo, 'pull_request', dir);
  expect(trusted.code).toBe(0);
  expect(trusted.outputs.findings).toBe('0');
});

test("for a fork, a config the workflow keeps outside the checkout is read as it is (it is not the pull request's)", () => {
  const { dir, event } = pullRequest({ 'stacks/app.yaml': VIOLATING }, { '.endpoint-guard.yml': ALL_RULES_OFF }, 'fork/app');
  const outside = join(mkdtempSync(join(tmpdir(), 'eg-action-config-')), 'policy.yml');
  writeFileSync(outside, 'rules:\n  vpc-dns-support: warning\n');
  const r = runAction({ paths: 'stacks', config: outside }, event, 'pull_request', dir);
  expect(r.stdout).not.toMatch(/input error/);
  expect(r.stdout).toMatch(/^::warning title=vpc-dns-support,file=stacks\/app\.yaml,line=21,col=7::/m);
  expect(r.outputs.errors).toBe('3');
});

test("a fork's pull request whose base commit is not in the clone is checked without any configuration, with a warning", () => {
  const { dir, event } = pullRequest({ 'stacks/app.yaml': VIOLATING }, { '.endpoint-guard.yml': ALL_RULES_OFF }, 'fork/app');
  const shallow = { pull_request: { ...event.pull_request, base: { ...event.pull_request.base, sha: '0'.repeat(40) } } };
  const r = runAction({ paths: 'stacks' }, shallow, 'pull_request', dir);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(
    /^::warning::endpoint-guard: the base commit 0{40} is not in the clone \(fetch-depth: 0 brings it\); checking without any configuration file$/m,
  );
  expect(r.outputs.errors).toBe('4');
});

describe('custom rules from the committed bundle, without node_modules (as a runner checks the Action out)', () => {
  const TS_RULE = `import { defineRule, label, type Rule } from 'endpoint-guard';
const rule: Rule = defineRule({
  id: 'vpc-seen-ts', level: 'warning', title: 'Sees VPCs', help: 'TypeScript rule',
  check({ model, report }) { for (const vpc of model.vpcs) report({ subject: vpc, message: \`\${label(vpc)} seen by TypeScript\` }); },
});
export default rule;
`;
  const MJS_RULE = `import { defineRule, isInterfaceEndpoint, label } from 'endpoint-guard';
export default defineRule({
  id: 'endpoint-seen-mjs', level: 'error', title: 'Sees endpoints', help: 'ES module rule',
  check({ model, report }) { for (const e of model.endpoints.filter(isInterfaceEndpoint)) report({ subject: e, message: \`\${label(e)} seen by an ES module\` }); },
});
`;
  const GOOD = readFileSync(join(ROOT, 'examples', 'qldb-private-subnet.yaml'), 'utf8');

  test('a .ts rule and a .mjs rule that import endpoint-guard are loaded and report on their lines', () => {
    const action = actionAsCheckedOut();
    expect(existsSync(join(dirname(action), '..', '..', 'node_modules'))).toBe(false);
    const { dir, event } = pullRequest(
      { '.endpoint-guard.yml': 'customRules: [rules]\n', 'rules/vpc.ts': TS_RULE, 'rules/endpoint.mjs': MJS_RULE, 'stacks/app.yaml': GOOD },
      {},
    );
    const r = runAction({ paths: 'stacks' }, event, 'pull_request', dir, action);
    expect(r.stdout).not.toMatch(/cannot be loaded|Cannot find package|Unknown file extension/);
    expect(r.stdout).toMatch(/^::warning title=vpc-seen-ts,file=stacks\/app\.yaml,line=19,col=3::Vpc seen by TypeScript \(Vpc\)$/m);
    expect(r.stdout).toMatch(
      /^::error title=endpoint-seen-mjs,file=stacks\/app\.yaml,line=\d+,col=\d+::QldbSessionEndpoint seen by an ES module \(QldbSessionEndpoint\)$/m,
    );
    expect(r.outputs.errors).toBe('1');
    expect(r.code).toBe(1);
  });

  test('a rule that cannot be loaded fails the step: a run that checked nothing does not pass', () => {
    const action = actionAsCheckedOut();
    const { dir, event } = pullRequest(
      { '.endpoint-guard.yml': 'customRules: [rules]\n', 'rules/broken.ts': 'export default defineRule({ id: \n', 'stacks/app.yaml': GOOD },
      {},
    );
    const r = runAction({ paths: 'stacks' }, event, 'pull_request', dir, action);
    expect(r.stdout).toMatch(/^::error title=endpoint-guard input error::.*rules\/broken\.ts: custom rule cannot be loaded/m);
    expect(r.stdout).toMatch(/^::error::endpoint-guard: \d+ input error\(s\)$/m);
    expect(r.code).toBe(1);
  });
});

test('a paths input without any template fails the step; a pull request that changes no template passes with only-changed', () => {
  const { dir, event } = pullRequest(
    { 'stacks/app.yaml': readFileSync(join(ROOT, 'examples', 'qldb-private-subnet.yaml'), 'utf8'), 'docs/guide.md': 'guide\n' },
    { 'docs/guide.md': 'guide, edited\n', '.github/workflows/ci.yml': 'name: ci\non: [push]\n' },
  );
  const wrongPath = runAction({ paths: 'docs' }, event, 'pull_request', dir);
  expect(wrongPath.code).toBe(1);
  expect(wrongPath.stdout).toMatch(/^::error title=endpoint-guard input error::docs: no template found to check/m);
  const unchanged = runAction({ 'only-changed': 'true' }, event, 'pull_request', dir);
  expect(unchanged.stdout).toMatch(/only-changed: 2 of 2 changed files are under \./);
  expect(unchanged.stdout).not.toMatch(/input error|::error/);
  expect(unchanged.code).toBe(0);
});

test('only-changed picks up a Terraform plan the pull request changed; annotations go to the .tf lines', () => {
  const dir = join(ROOT, 'test', 'templates', 'inputs', 'terraform', 'lambda-sqs-no-endpoint');
  const files = { 'infra/plan.json': readFileSync(join(dir, 'plan.json'), 'utf8'), 'infra/main.tf': readFileSync(join(dir, 'main.tf'), 'utf8') };
  const { dir: workspace, event } = pullRequest({ 'README.md': 'app\n' }, files);
  const r = runAction({ 'only-changed': 'true' }, event, 'pull_request', workspace);
  expect(r.stdout).toMatch(/^::error title=lambda-service-endpoints,file=infra\/main\.tf,line=120,col=1::aws_lambda_function\.orders has no default route/m);
  expect(r.outputs.errors).toBe('1');
  expect(r.code).toBe(1);
});

test('only-changed picks up changed .tf files: the module is read from source by the Action as checked out (no node_modules)', () => {
  const action = actionAsCheckedOut();
  const dir = join(ROOT, 'test', 'templates', 'inputs', 'terraform', 'source-features');
  const files = Object.fromEntries(
    ['main.tf', 'variables.tf', 'terraform.tfvars', 'iam/secrets-endpoint.json'].map((f) => [`infra/${f}`, readFileSync(join(dir, f), 'utf8')]),
  );
  const { dir: workspace, event } = pullRequest({ 'README.md': 'app\n' }, files);
  const r = runAction({ 'only-changed': 'true' }, event, 'pull_request', workspace, action);
  expect(r.stdout).toMatch(
    /^::error title=endpoint-policy-scoped,file=infra\/main\.tf,line=78,col=3::aws_vpc_endpoint\.service\["secretsmanager"\], statement 1: Principal "\*"/m,
  );
  expect(r.stdout).not.toMatch(/input error/);
  expect(r.outputs.errors).toBe('3');
  expect(r.code).toBe(1);
});

describe('suggest-fixes', () => {
  const env = (api: FakeGitHub) => ({ GITHUB_API_URL: api.url, GITHUB_REPOSITORY: 'org/app' });
  const withNumber = (headRepo?: string) => ({ ...pr(headRepo), number: 7, pull_request: { ...pr(headRepo).pull_request, number: 7 } });

  test('a pull request of the repository: each fix is a review suggestion, on its line, with the job token', async () => {
    const api = await startFakeGitHub(200);
    try {
      const r = measuredAction(
        repo,
        { paths: 'stacks/old-bad.yaml', 'suggest-fixes': 'true', 'github-token': 'ghs_test' },
        withNumber(),
        'pull_request',
        env(api),
      );
      expect(r.stdout).toMatch(/endpoint-guard: suggested 2 fix\(es\) on the pull request/);
      const [review] = api.requests();
      expect(review).toMatchObject({ method: 'POST', path: '/repos/org/app/pulls/7/reviews', authorization: 'Bearer ghs_test' });
      const body = review!.body as { commit_id: string; event: string; comments: { path: string; line: number; side: string; body: string }[] };
      expect([body.commit_id, body.event]).toEqual([head, 'COMMENT']);
      expect(body.comments).toEqual([
        {
          path: 'stacks/old-bad.yaml',
          line: 21,
          side: 'RIGHT',
          body: expect.stringMatching(
            /^endpoint-guard &#40;vpc-dns-support&#41;: set EnableDnsHostnames true on Vpc\n\n````suggestion\n {6}EnableDnsHostnames: true {2}# VIOLATION: vpc-dns-support [^\n]*\n````$/,
          ),
        },
        {
          path: 'stacks/old-bad.yaml',
          start_line: 100,
          start_side: 'RIGHT',
          line: 104,
          side: 'RIGHT',
          body: expect.stringMatching(
            /^endpoint-guard &#40;endpoint-sg-ingress&#41;: allow only tcp 443 from LambdaSecurityGroup into EndpointSecurityGroup\n\n````suggestion\n {8}- IpProtocol: tcp\n {10}FromPort: 443\n {10}ToPort: 443\n {10}SourceSecurityGroupId: !GetAtt LambdaSecurityGroup\.GroupId\n````$/,
          ),
        },
      ]);
      expect(r.summary).not.toContain('Suggested fixes');
    } finally {
      api.close();
    }
  });

  test("a fork's pull request: nothing is posted; the fix is a diff in the job summary", async () => {
    const api = await startFakeGitHub(200);
    try {
      const r = measuredAction(
        repo,
        { paths: 'stacks/old-bad.yaml', 'suggest-fixes': 'true', 'github-token': 'ghs_test' },
        withNumber('fork/app'),
        'pull_request',
        env(api),
      );
      expect(api.requests()).toEqual([]);
      expect(r.stdout).toMatch(/comes from a fork .*: the 2 fix\(es\) are in the job summary/);
      expect(r.summary).toContain('Suggested fixes');
      expect(r.summary).toMatch(/^-\s+EnableDnsHostnames: false {2}# VIOLATION[^\n]*\n\+\s+EnableDnsHostnames: true {2}# VIOLATION/m);
    } finally {
      api.close();
    }
  });

  test('a token that may not write: a warning, and the diff in the job summary', async () => {
    const api = await startFakeGitHub(403);
    try {
      const r = measuredAction(
        repo,
        { paths: 'stacks/old-bad.yaml', 'suggest-fixes': 'true', 'github-token': 'ghs_test' },
        withNumber(),
        'pull_request',
        env(api),
      );
      expect(api.requests()).toHaveLength(1);
      expect(r.stdout).toMatch(
        /^::warning::endpoint-guard: could not suggest the fixes on the pull request \(HTTP 403: Resource not accessible by integration\): they are in the job summary$/m,
      );
      expect(r.summary).toContain('Suggested fixes');
    } finally {
      api.close();
    }
  });
});
