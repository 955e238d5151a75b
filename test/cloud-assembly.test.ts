/**
 * What a CDK cloud assembly holds (src/engine/load/cloud-assembly.ts): which templates, in which order, with which
 * construct paths and environment, and what is wrong with an assembly that cannot be read whole.
 */
import { relative } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { assemblyTemplates, isCloudAssembly } from '../src/engine/load/cloud-assembly.js';
import { writeTree } from './helpers/files.js';

type Files = Record<string, unknown>;

const folder = (files: Files, name = 'cdk.out') => writeTree(files, 'eg-assembly-', name);

/** The templates, problems and contexts, with paths relative to the assembly. */
async function read(files: Files) {
  const dir = folder(files);
  const r = await assemblyTemplates(dir);
  const rel = (f: string) => relative(dir, f);
  return {
    templates: r.templates.map(rel),
    problems: r.problems.map((p) => ({ ...p, file: rel(p.file), message: p.message.replaceAll(dir, '<dir>') })),
    contexts: Object.fromEntries([...r.contexts].map(([file, c]) => [rel(file), { ...c, constructPaths: Object.fromEntries(c.constructPaths) }])),
  };
}

const stack = (templateFile: string, more: Record<string, unknown> = {}) => ({ type: 'aws:cloudformation:stack', properties: { templateFile }, ...more });
const TEMPLATE = { Resources: { B: { Type: 'AWS::S3::Bucket' } } };
const logicalId = (data: unknown) => ({ type: 'aws:cdk:logicalId', data });

describe('isCloudAssembly', () => {
  test('a manifest.json in a folder named cdk.out, or beside the cdk.out version file', () => {
    expect(isCloudAssembly(folder({ 'manifest.json': {} }))).toBe(true);
    expect(isCloudAssembly(folder({ 'manifest.json': {}, 'cdk.out': '{"version":"36.0.0"}' }, 'synth-output'))).toBe(true);
  });

  test('not a manifest.json alone, one beside a cdk.out folder, or a cdk.out without one', () => {
    expect(isCloudAssembly(folder({ 'manifest.json': {} }, 'web'))).toBe(false);
    expect(isCloudAssembly(folder({ 'manifest.json': {}, 'cdk.out/x.json': {} }, 'web'))).toBe(false);
    expect(isCloudAssembly(folder({ 'x.json': {} }))).toBe(false);
  });
});

describe('assemblyTemplates', () => {
  test('a stack: its template, construct paths by logical ID and environment; other artifacts and metadata ignored', async () => {
    const manifest = {
      artifacts: {
        Tree: { type: 'cdk:tree', properties: { file: 'tree.json', templateFile: 'tree.json' } },
        NoTemplate: { type: 'aws:cloudformation:stack', properties: {} },
        S: stack('S.template.json', {
          environment: 'aws://123456789012/eu-west-1',
          metadata: {
            '/S/Vpc/Resource': [{ type: 'aws:cdk:warning', data: 'x' }, logicalId('Vpc8378EB38')],
            '/S/Odd': [logicalId(5), { type: 'aws:cdk:info', data: 'Odd' }],
          },
        }),
      },
    };
    expect(await read({ 'manifest.json': manifest, 'S.template.json': TEMPLATE })).toStrictEqual({
      templates: ['S.template.json'],
      problems: [],
      contexts: { 'S.template.json': { constructPaths: { Vpc8378EB38: 'S/Vpc/Resource' }, account: '123456789012', region: 'eu-west-1' } },
    });
  });

  test.each([
    ['aws://123456789012/eu-west-1', { account: '123456789012', region: 'eu-west-1' }],
    ['aws://unknown-account/unknown-region', {}],
    ['aws://123456789012/unknown-region', { account: '123456789012' }],
    ['aws://unknown-account/us-east-1', { region: 'us-east-1' }],
    ['aws://1234567890123/us-east-1', { region: 'us-east-1' }],
    ['aws://12345678901a/us-east-1', { region: 'us-east-1' }],
    ['aws://123456789012/eu-west-1/x', {}],
    ['xaws://123456789012/eu-west-1', {}],
    ['aws://123456789012', {}],
    [undefined, {}],
  ])('environment %s', async (environment, expected) => {
    const r = await read({ 'manifest.json': { artifacts: { S: stack('S.json', environment ? { environment } : {}) } }, 'S.json': TEMPLATE });
    expect(r.contexts['S.json']).toStrictEqual({ constructPaths: {}, ...expected });
  });

  test('construct paths from the additional metadata file, the manifest’s own entries winning for a path', async () => {
    const metadataFile = { '/S/Fn/Resource': [logicalId('Fn')], '/S/Q/Resource': [logicalId('OldQ')] };
    const manifest = { artifacts: { S: stack('S.json', { additionalMetadataFile: 'S.metadata.json', metadata: { '/S/Q/Resource': [logicalId('Q')] } }) } };
    expect((await read({ 'manifest.json': manifest, 'S.json': TEMPLATE, 'S.metadata.json': metadataFile })).contexts['S.json']?.constructPaths).toStrictEqual({
      Fn: 'S/Fn/Resource',
      Q: 'S/Q/Resource',
    });
  });

  test.each([
    ['not JSON', '{'],
    ['a list', '[]'],
    ['null', 'null'],
    ['a string', '"abc"'],
    ['a list of entry lists', '[[{"type": "aws:cdk:logicalId", "data": "Fn"}]]'],
  ])('an additional metadata file that is %s garnishes nothing and breaks nothing', async (_name, content) => {
    const manifest = { artifacts: { S: stack('S.json', { additionalMetadataFile: 'S.metadata.json', metadata: { '/S/Q': [logicalId('Q')] } }) } };
    const r = await read({ 'manifest.json': manifest, 'S.json': TEMPLATE, 'S.metadata.json': content });
    expect([r.templates, r.problems, r.contexts['S.json']?.constructPaths]).toStrictEqual([['S.json'], [], { Q: 'S/Q' }]);
  });

  test('artifacts without properties are skipped: a stack without a template, a stage without a directory', async () => {
    const manifest = { artifacts: { NoProps: { type: 'aws:cloudformation:stack' }, Stage: { type: 'cdk:cloud-assembly' }, S: stack('S.json') } };
    expect(await read({ 'manifest.json': manifest, 'S.json': TEMPLATE })).toStrictEqual({
      templates: ['S.json'],
      problems: [],
      contexts: { 'S.json': { constructPaths: {} } },
    });
  });

  test('a nested stack inside a nested stack: an ID belongs to the deepest, whatever the metadata order', async () => {
    const outer = { Resources: { Inner: { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': 'inner.json' } } } };
    const parent = { Resources: { Outer: { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': 'outer.json' } } } };
    const metadata = {
      '/S/Outer': [{ type: 'aws:cdk:templateFile', data: 'outer.json' }],
      '/S/Outer/Inner': [{ type: 'aws:cdk:templateFile', data: 'inner.json' }],
      '/S/Outer/Inner/Q/Resource': [logicalId('Q')],
      '/S/Outer/Topic/Resource': [logicalId('Topic')],
      'S/Plain/Resource': [logicalId('Plain')],
    };
    const r = await read({
      'manifest.json': { artifacts: { S: stack('S.json', { metadata }) } },
      'S.json': parent,
      'outer.json': outer,
      'inner.json': TEMPLATE,
    });
    expect(r.templates).toStrictEqual(['S.json', 'outer.json', 'inner.json']);
    expect([r.contexts['S.json'], r.contexts['outer.json'], r.contexts['inner.json']].map((c) => c?.constructPaths)).toStrictEqual([
      { Plain: 'S/Plain/Resource' },
      { Topic: 'S/Outer/Topic/Resource' },
      { Q: 'S/Outer/Inner/Q/Resource' },
    ]);
  });

  test('a missing additional metadata file is no problem', async () => {
    const r = await read({ 'manifest.json': { artifacts: { S: stack('S.json', { additionalMetadataFile: 'gone.json' }) } }, 'S.json': TEMPLATE });
    expect([r.templates, r.problems]).toStrictEqual([['S.json'], []]);
  });

  test('nested stacks: their templates follow the parent’s, with their own construct paths and the parent’s environment', async () => {
    const parent = {
      Resources: {
        Nested: { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': 'SNested.nested.template.json' } },
        Asset: { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': 'asset.zip' } },
        Bucket: { Type: 'AWS::S3::Bucket', Metadata: { 'aws:asset:path': 'bucket.json' } },
        NoPath: { Type: 'AWS::CloudFormation::Stack' },
        NoMetadataPath: { Type: 'AWS::CloudFormation::Stack', Metadata: { 'aws:asset:path': 7 } },
        Empty: null,
        Text: 'x',
      },
    };
    const metadata = {
      '/S/Nested': [
        { type: 'aws:cdk:templateFile', data: 'SNested.nested.template.json' },
        { type: 'aws:cdk:templateFile', data: 3 },
      ],
      '/S/Nested/Queue/Resource': [logicalId('Queue')],
      '/S/NestedX/Bucket/Resource': [logicalId('Bucket')],
      '/S/Nested.NestedStack/Resource': [logicalId('NestedStackResource')],
    };
    const manifest = { artifacts: { S: stack('S.json', { environment: 'aws://123456789012/eu-west-1', metadata }) } };
    const r = await read({ 'manifest.json': manifest, 'S.json': parent, 'SNested.nested.template.json': TEMPLATE, 'bucket.json': TEMPLATE });
    const environment = { account: '123456789012', region: 'eu-west-1' };
    expect(r).toStrictEqual({
      templates: ['S.json', 'SNested.nested.template.json'],
      problems: [],
      contexts: {
        'S.json': { constructPaths: { Bucket: 'S/NestedX/Bucket/Resource', NestedStackResource: 'S/Nested.NestedStack/Resource' }, ...environment },
        'SNested.nested.template.json': { constructPaths: { Queue: 'S/Nested/Queue/Resource' }, ...environment },
      },
    });
  });

  test.each([
    ['Resources null', { Resources: null }],
    ['Resources a string', { Resources: 'x' }],
    ['no Resources', {}],
    ['null', null],
    ['not JSON', '{"Resources": '],
  ])('a stack template with %s has no nested stacks', async (_name, template) => {
    const r = await read({ 'manifest.json': { artifacts: { S: stack('S.json') } }, 'S.json': template ?? 'null' });
    expect([r.templates, r.problems]).toStrictEqual([['S.json'], []]);
  });

  test('a logical ID under two construct paths of one template is left without a path (older CDKs)', async () => {
    const metadata = { '/S/A/Resource': [logicalId('Dup'), logicalId('Dup')], '/S/B/Resource': [logicalId('Dup')], '/S/C': [logicalId('C')] };
    const r = await read({ 'manifest.json': { artifacts: { S: stack('S.json', { metadata }) } }, 'S.json': TEMPLATE });
    expect(r.contexts['S.json']?.constructPaths).toStrictEqual({ C: 'S/C' });
    const once = { '/S/A/Resource': [logicalId('Same'), logicalId('Same')] };
    const again = await read({ 'manifest.json': { artifacts: { S: stack('S.json', { metadata: once }) } }, 'S.json': TEMPLATE });
    expect(again.contexts['S.json']?.constructPaths).toStrictEqual({ Same: 'S/A/Resource' });
  });

  test('each template once, in manifest order', async () => {
    const manifest = { artifacts: { B: stack('B.json'), A: stack('A.json'), B2: stack('B.json') } };
    expect((await read({ 'manifest.json': manifest, 'A.json': TEMPLATE, 'B.json': TEMPLATE })).templates).toStrictEqual(['B.json', 'A.json']);
  });

  test('a missing template, and one outside the assembly: problems, and the rest is read', async () => {
    const manifest = { artifacts: { Gone: stack('Gone.json'), Out: stack('../outside.json'), S: stack('S.json') } };
    const r = await read({ 'manifest.json': manifest, 'S.json': TEMPLATE, '../outside.json': TEMPLATE });
    expect(r.templates).toStrictEqual(['S.json']);
    expect(r.problems).toStrictEqual([
      { file: 'Gone.json', message: 'listed in <dir>/manifest.json but missing: the cloud assembly is incomplete' },
      { file: 'manifest.json', message: expect.stringMatching(/^names .*outside\.json, which is not read: .*outside/) as unknown as string },
    ]);
  });

  test('a stage: its own assembly’s templates with their contexts and problems, each template once', async () => {
    const stage = {
      artifacts: {
        Inner: stack('Inner.json', { environment: 'aws://123456789012/us-west-2', metadata: { '/Stage/Inner/X': [logicalId('X')] } }),
        Lost: stack('Lost.json'),
      },
    };
    const manifest = {
      artifacts: {
        Top: stack('Top.json'),
        Stage: { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Stage' } },
        Again: { type: 'cdk:cloud-assembly', properties: { directoryName: 'assembly-Stage' } },
        NoDir: { type: 'cdk:cloud-assembly', properties: {} },
        NotStage: { type: 'cdk:tree', properties: { directoryName: 'assembly-Other' } },
      },
    };
    const r = await read({
      'manifest.json': manifest,
      'Top.json': TEMPLATE,
      'assembly-Stage/manifest.json': stage,
      'assembly-Stage/Inner.json': TEMPLATE,
      'assembly-Other/manifest.json': { artifacts: { O: stack('O.json') } },
      'assembly-Other/O.json': TEMPLATE,
    });
    expect(r).toStrictEqual({
      templates: ['Top.json', 'assembly-Stage/Inner.json'],
      problems: [
        { file: 'assembly-Stage/Lost.json', message: 'listed in <dir>/assembly-Stage/manifest.json but missing: the cloud assembly is incomplete' },
        { file: 'assembly-Stage/Lost.json', message: 'listed in <dir>/assembly-Stage/manifest.json but missing: the cloud assembly is incomplete' },
      ],
      contexts: {
        'Top.json': { constructPaths: {} },
        'assembly-Stage/Inner.json': { constructPaths: { X: 'Stage/Inner/X' }, account: '123456789012', region: 'us-west-2' },
      },
    });
  });

  test.each([
    ['no manifest', undefined, /^cannot read the cloud assembly manifest: /, undefined],
    ['a manifest that is not JSON', '{\n  "artifacts": {,\n}', /^cannot read the cloud assembly manifest: invalid JSON: /, 2],
    ['artifacts that are not a map', '{"artifacts": []}', /^not a valid cloud assembly manifest/, 1],
    ['a manifest without artifacts', '{"version": "36.0.0"}', /^not a valid cloud assembly manifest/, 1],
    [
      'an artifact whose templateFile is not text',
      '{"artifacts": {"S": {"type": "aws:cloudformation:stack", "properties": {"templateFile": 5}}}}',
      /^not a valid cloud assembly manifest/,
      1,
    ],
  ])('%s: one problem at the manifest', async (_name, manifest, message, line) => {
    const r = await read(manifest === undefined ? { 'S.json': TEMPLATE } : { 'manifest.json': manifest, 'S.json': TEMPLATE });
    expect(r.templates).toStrictEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.file).toBe('manifest.json');
    expect(r.problems[0]?.message).toMatch(message);
    expect(r.problems[0]?.line).toBe(line);
  });
});
