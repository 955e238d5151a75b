/**
 * The npm package as a user installs it: `npm pack`, then `npm install ./endpoint-guard-x.y.z.tgz` into an empty
 * project (runtime dependencies only, from the registry), then `npx endpoint-guard check …` and a TypeScript
 * custom rule that imports the package by name.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from '@jest/globals';
import { ROOT } from './helpers/paths.js';
import { workingTreeSnapshot } from './helpers/snapshot.js';

const npm = (args: string[], cwd: string) =>
  spawnSync('npm', args, {
    cwd,
    encoding: 'utf8',
    timeout: 300000,
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
let project: string;
let tarball: string;

beforeAll(() => {
  const packDir = mkdtempSync(join(tmpdir(), 'eg-pack-'));
  // The package is built by `npm test` before Jest runs; --ignore-scripts packs exactly that build.
  const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], ROOT);
  expect(pack.status).toBe(0);
  tarball = join(packDir, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);
  project = mkdtempSync(join(tmpdir(), 'eg-user-'));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', private: true }));
  const install = npm(['install', '--omit=dev', '--no-package-lock', tarball], project);
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
}, 600000);

test('the tarball holds the runtime and docs, not sources, tests or scripts', () => {
  const listing = npm(['pack', '--dry-run', '--ignore-scripts', '--json'], ROOT);
  const files = (JSON.parse(listing.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  expect(files).toEqual(
    expect.arrayContaining([
      'bin/endpoint-guard.js',
      'dist/cli/main.mjs',
      'dist/src/index.d.ts',
      'schema/config.schema.json',
      'rules/endpoint-policy-scoped.md',
      'README.md',
      'LICENSE',
      'docs/contract.md',
      'dist/cdk/index.cjs',
      'package.json',
    ]),
  );
  expect(files.filter((f) => /^(src|test|scripts|examples)\//.test(f) || f.startsWith('dist/scripts/') || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual(
    [],
  );
});

test('installed into an empty project, with no dev dependency, npx endpoint-guard checks a template', () => {
  const installed = readdirSync(join(project, 'node_modules'));
  for (const dev of ['typescript', 'jest', 'ts-jest', 'eslint', 'aws-cdk-lib']) expect(installed).not.toContain(dev);
  copyFileSync(join(ROOT, 'examples', 'qldb-four-violations.yaml'), join(project, 'template.yaml'));
  const r = spawnSync('npx', ['--no-install', 'endpoint-guard', 'check', '--format', 'json', 'template.yaml'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 60000,
  });
  expect(r.status).toBe(1);
  const report = JSON.parse(r.stdout) as { findings: { ruleId: string; level: string; line: number }[] };
  expect(report.findings.filter((f) => f.level === 'error').map((f) => [f.ruleId, f.line])).toEqual([
    ['vpc-dns-support', 21],
    ['endpoint-sg-ingress', 100],
    ['lambda-subnet-no-igw', 173],
    ['endpoint-policy-scoped', 197],
  ]);
  expect(spawnSync('npx', ['--no-install', 'endpoint-guard', '--version'], { cwd: project, encoding: 'utf8' }).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

test("a user's TypeScript custom rule imports the installed package, typed, and runs", () => {
  expect(existsSync(join(project, 'node_modules', 'endpoint-guard', 'dist', 'src', 'index.d.ts'))).toBe(true);
  mkdirSync(join(project, 'eg-rules'), { recursive: true });
  writeFileSync(
    join(project, 'eg-rules', 'no-gateway-endpoints.ts'),
    `import { defineRule, label, type RuleContext } from 'endpoint-guard';
export default defineRule({
  id: 'no-gateway-endpoints',
  level: 'error',
  title: 'Interface endpoints only',
  help: 'Fix:\\n\\n\`\`\`yaml\\nVpcEndpointType: Interface\\n\`\`\`\\n',
  check({ model, report }: RuleContext) {
    for (const e of model.endpoints) if (e.endpointType.state !== 'unknown' && e.endpointType.value === 'Gateway') report({ subject: e, message: \`\${label(e)} is a Gateway endpoint\` });
  },
});
`,
  );
  writeFileSync(join(project, '.endpoint-guard.yml'), 'customRules: [eg-rules]\n');
  copyFileSync(join(ROOT, 'test', 'templates', 'inputs', 'mixed-dir', 'template.yaml'), join(project, 'gateway.yaml'));
  const r = spawnSync('npx', ['--no-install', 'endpoint-guard', 'check', '--format', 'json', 'gateway.yaml'], {
    cwd: project,
    encoding: 'utf8',
    timeout: 60000,
  });
  expect(r.stderr).not.toMatch(/endpoint-guard:/); // no input error, no failing rule (npm itself may warn here)
  const report = JSON.parse(r.stdout) as { findings: { ruleId: string; logicalId: string; line: number }[] };
  expect(report.findings.map((f) => [f.ruleId, f.logicalId, f.line])).toContainEqual(['no-gateway-endpoints', 'Endpoint', 7]);
});

/**
 * The README's install, `npm install --save-dev github:endpoint-guard/endpoint-guard`, with this repository as the Git
 * remote (the same fetcher: npm clones, and packs what `files` lists), as the working tree stands. npm must not install the
 * project's dev dependencies to do it (it does when package.json has a `build`, `prepare` or install script).
 */
test('installed from the Git repository as the README says: no build, no dev dependency, npx endpoint-guard and endpoint-guard/cdk work', () => {
  const remote = workingTreeSnapshot().repo;
  const user = mkdtempSync(join(tmpdir(), 'eg-git-user-'));
  writeFileSync(join(user, 'package.json'), JSON.stringify({ name: 'user-project', version: '1.0.0', private: true }));
  const install = npm(['install', '--save-dev', '--no-package-lock', `git+file://${remote}`], user);
  if (install.status !== 0) throw new Error(`npm install from git failed:\n${install.stderr}`);
  const installed = readdirSync(join(user, 'node_modules'));
  for (const dev of ['typescript', 'jest', 'esbuild', 'aws-cdk-lib']) expect(installed).not.toContain(dev);
  expect(
    (JSON.parse(readFileSync(join(user, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['endpoint-guard'],
  ).toMatch(/^git\+file:/);
  copyFileSync(join(ROOT, 'examples', 'qldb-four-violations.yaml'), join(user, 'template.yaml'));
  const r = spawnSync('npx', ['--no-install', 'endpoint-guard', 'check', '.'], { cwd: user, encoding: 'utf8', timeout: 60000 });
  expect(r.stdout).toMatch(/✖ 4 problems \(4 errors, 0 warnings\) in 1 template checked/);
  expect(r.status).toBe(1);
  const plugin = spawnSync(
    process.execPath,
    ['-e', "const { EndpointGuardValidator } = require('endpoint-guard/cdk'); console.log(new EndpointGuardValidator().name)"],
    { cwd: user, encoding: 'utf8' },
  );
  expect(plugin.stdout.trim()).toBe('endpoint-guard');
}, 600000);
