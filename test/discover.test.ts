/**
 * Which files a run looks at (src/engine/load/discover.ts), asked directly: a directory scan, named files, globs, a
 * pull request's changed files, cloud assemblies; what is skipped and why; what is a problem and what is missing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { discover, isTerraformSource, type Discovery } from '../src/engine/load/discover.js';
import { writeTree } from './helpers/files.js';

const TEMPLATE = JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket' } } });
const FILES = [
  'a.yaml',
  'b.json',
  'c.template',
  'd.tf',
  'e.YML',
  'notes.txt',
  'sub/x.yaml',
  'node_modules/m.yaml',
  '.git/g.yaml',
  '.terraform/t.tf',
  'svc/serverless.yml',
  'svc/.serverless/cloudformation-template-update-stack.json',
  'other/.serverless/y.json',
  'cdk.out/S.json',
  'cdk.out/junk.json',
];
const MANIFEST = {
  artifacts: { S: { type: 'aws:cloudformation:stack', environment: 'aws://123456789012/eu-west-1', properties: { templateFile: 'S.json' } } },
};
const ROOT = writeTree({ ...Object.fromEntries(FILES.map((f) => [f, TEMPLATE])), 'cdk.out/manifest.json': MANIFEST }, 'eg-discover-');
symlinkSync(join(ROOT, 'a.yaml'), join(ROOT, 'link.yaml'));
symlinkSync(join(ROOT, 'sub'), join(ROOT, 'linkdir'));
execFileSync('mkfifo', [join(ROOT, 'pipe.yaml')]);

const rel = (f: string) => relative(ROOT, f) || '.';
function summary(d: Discovery) {
  return {
    candidates: d.candidates.map((c) => `${rel(c.file)}${c.explicit ? ' (named)' : ''}${c.stack ? ` [${c.stack.region ?? '?'}]` : ''}`),
    missing: d.missing.map(rel),
    problems: d.problems.map((p) => `${rel(p.file)}: ${p.message}`),
    skipped: d.skipped.map((s) => `${rel(s.file)}: ${s.reason}`),
  };
}
const SYMLINK = 'a symbolic link: not followed in scans';
const SPECIAL = 'not a regular file (a device, FIFO or socket): not read';
const NOT_A_NAME = 'not a template file name (.yaml, .yml, .json, .template, .tf)';

describe('discover', () => {
  test('a directory scan: template names in name order, each folder in turn; the rest skipped with why', async () => {
    expect(summary(await discover([ROOT]))).toStrictEqual({
      candidates: [
        'a.yaml',
        'b.json',
        'c.template',
        'cdk.out/S.json (named) [eu-west-1]',
        'd.tf',
        'e.YML',
        'other/.serverless/y.json',
        'sub/x.yaml',
        'svc/serverless.yml',
      ],
      missing: [],
      problems: [],
      skipped: [
        `.git: a directory never scanned`,
        `.terraform: a directory never scanned`,
        `link.yaml: ${SYMLINK}`,
        `linkdir: ${SYMLINK}`,
        `node_modules: a directory never scanned`,
        `notes.txt: ${NOT_A_NAME}`,
        `pipe.yaml: ${SPECIAL}`,
        `svc/.serverless: the framework's output of the serverless.yml beside it`,
      ],
    });
  });

  test('named files are named (explicit), once each, in the order given; a named link is followed', async () => {
    const named = ['sub/x.yaml', 'a.yaml', 'sub/x.yaml', 'link.yaml', 'notes.txt'].map((f) => join(ROOT, f));
    expect(summary(await discover(named)).candidates).toStrictEqual(['sub/x.yaml (named)', 'a.yaml (named)', 'link.yaml (named)', 'notes.txt (named)']);
  });

  test("a pull request's changed files (asScan): found, not named; links not followed", async () => {
    const changed = ['a.yaml', 'link.yaml', 'sub'].map((f) => join(ROOT, f));
    expect(summary(await discover(changed, true))).toStrictEqual({
      candidates: ['a.yaml', 'sub/x.yaml'],
      missing: [],
      problems: [],
      skipped: [`link.yaml: ${SYMLINK}`],
    });
  });

  test('a path that names nothing is missing; a glob matches regular files only, sorted, never links', async () => {
    const d = summary(await discover([join(ROOT, 'nothing.yaml'), join(ROOT, '*.yaml'), join(ROOT, 'none-*.yaml'), join(ROOT, '**/x.y?ml')]));
    expect(d).toStrictEqual({ candidates: ['a.yaml', 'sub/x.yaml'], missing: ['nothing.yaml', 'none-*.yaml'], problems: [], skipped: [] });
  });

  test('a glob does not enter node_modules, .git or dot folders, wherever it points', async () => {
    expect(summary(await discover([join(ROOT, '**/*.yaml')])).candidates).toStrictEqual(['a.yaml', 'sub/x.yaml']);
    expect(summary(await discover([join(ROOT, '*/*.yaml')])).candidates).toStrictEqual(['sub/x.yaml']);
    expect(summary(await discover([relative(process.cwd(), join(ROOT, '**/m.yaml'))])).missing).toStrictEqual(['**/m.yaml']);
  });

  test('a glob whose own base is inside a node_modules folder matches there', async () => {
    expect(summary(await discover([join(ROOT, 'node_modules', '*.yaml')])).candidates).toStrictEqual(['node_modules/m.yaml']);
  });

  describe('a second tree', () => {
    // Written out of name order, so that a scan must sort.
    const files = ['order/c.yaml', 'order/a.yaml', 'order/b.yaml', 'svc/serverless.yml', 'svc/resources/r.yaml', 'svc/.serverless/x.json'];
    const more = ['plain/template.yaml', 'plain/.serverless/y.json', 'deep/pkg/node_modules/n.yaml'];
    const tree = writeTree(Object.fromEntries([...files, ...more].map((f) => [f, TEMPLATE])), 'eg-discover-2-');
    const inTree = (f: string) => relative(tree, f);

    test('names sorted whatever the order they were written; .serverless skipped only beside a serverless file', async () => {
      expect((await discover([tree])).candidates.map((c) => inTree(c.file))).toStrictEqual([
        'order/a.yaml',
        'order/b.yaml',
        'order/c.yaml',
        'plain/.serverless/y.json',
        'plain/template.yaml',
        'svc/resources/r.yaml',
        'svc/serverless.yml',
      ]);
    });

    test('a glob skips a node_modules folder deep below its base, and dot folders', async () => {
      expect((await discover([join(tree, '**/*.yaml')])).candidates.map((c) => inTree(c.file))).toStrictEqual([
        'order/a.yaml',
        'order/b.yaml',
        'order/c.yaml',
        'plain/template.yaml',
        'svc/resources/r.yaml',
      ]);
      expect((await discover([join(tree, '**/*.json')])).missing).toStrictEqual([join(tree, '**/*.json')]);
    });
  });

  test('a named special file is a problem, never opened', async () => {
    expect(summary(await discover([join(ROOT, 'pipe.yaml')])).problems).toStrictEqual([`pipe.yaml: ${SPECIAL}`]);
  });

  test('a cloud assembly is its listed templates, in its place, named, with their stacks; a template named twice once', async () => {
    const d = summary(await discover([join(ROOT, 'a.yaml'), join(ROOT, 'cdk.out'), join(ROOT, 'cdk.out', 'S.json'), join(ROOT, 'b.json')]));
    expect(d.candidates).toStrictEqual(['a.yaml (named)', 'cdk.out/S.json (named) [eu-west-1]', 'b.json (named)']);
    expect([d.problems, d.skipped]).toStrictEqual([[], []]);
  });

  test("a cloud assembly's problems are the run's, and it stays one input", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'eg-discover-')), 'cdk.out');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ artifacts: { S: { type: 'aws:cloudformation:stack', properties: { templateFile: 'Gone.json' } } } }),
    );
    writeFileSync(join(dir, 'other.json'), TEMPLATE);
    const d = await discover([dir]);
    expect([d.candidates, d.problems.map((p) => [relative(dir, p.file), p.message.replace(dir, '<dir>')])]).toStrictEqual([
      [],
      [['Gone.json', 'listed in <dir>/manifest.json but missing: the cloud assembly is incomplete']],
    ]);
  });
});

test.each([
  ['main.tf', true],
  ['MAIN.TF', true],
  ['prod.tfvars', true],
  ['prod.tfvars.json', true],
  ['main.tf.bak', false],
  ['plan.json', false],
  ['tf', false],
])('isTerraformSource(%s): %s', (file, expected) => {
  expect(isTerraformSource(file)).toBe(expected);
});
