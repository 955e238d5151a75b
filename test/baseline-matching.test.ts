/**
 * The baseline read and matched in-process (the CLI's cases are in baseline.test.ts): how each artifact location of a
 * SARIF log becomes a file, what a log of the wrong shape is told, and how findings are matched one for one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { InputError } from '../src/engine/load/source-node.js';
import { applyBaseline, readBaseline } from '../src/engine/report/baseline.js';
import { aFinding } from './helpers/findings.js';

const DIR = mkdtempSync(join(tmpdir(), 'eg-baseline-unit-'));
const fromCwd = (path: string) => relative(process.cwd(), path);

function logFile(name: string, log: unknown): string {
  const file = join(DIR, name);
  writeFileSync(file, JSON.stringify(log, null, 1));
  return file;
}

const result = (uri: string | undefined, extra: Record<string, unknown> = {}) => ({
  ruleId: 'r',
  message: { text: 'm' },
  locations: [{ physicalLocation: { artifactLocation: { ...(uri === undefined ? {} : { uri }), ...extra } }, logicalLocations: [{ name: 'Id' }] }],
});

describe('readBaseline: the file of each result', () => {
  const base = pathToFileURL(join(DIR, 'repo')).href + '/';
  const log = {
    version: '2.1.0',
    runs: [
      {
        originalUriBaseIds: { SRC: { uri: base }, NOTFILE: { uri: 'https://example.com/' } },
        results: [
          result(pathToFileURL(join(DIR, 'a b.yaml')).href),
          result('sub/t%20x.yaml', { uriBaseId: 'SRC' }),
          result('plain/t.yaml'),
          result('cloudformation://eu-west-1/my-stack'),
          result('%E0%A4%A'),
          result('other.yaml', { uriBaseId: 'NOTFILE' }),
          result('gone.yaml', { uriBaseId: 'MISSING' }),
          { ruleId: 'bare' },
          result('cloudformation://eu-west-1/my%20stack'),
          result(undefined, { uriBaseId: 'SRC' }),
          {},
          { ruleId: 'r', locations: [] },
          { ruleId: 'r', locations: [{ logicalLocations: [{ name: 'OnlyLogical' }] }] },
          { ruleId: 'r', locations: [{ physicalLocation: {}, logicalLocations: [] }] },
        ],
      },
      { results: [result('no-bases/t.yaml', { uriBaseId: 'SRC' })] },
      {},
    ],
  };

  test('file URIs, paths under a base, plain paths, stacks, and what cannot be decoded', async () => {
    const entries = await readBaseline(logFile('files.sarif', log));
    expect(entries.map((e) => e.file)).toStrictEqual([
      fromCwd(join(DIR, 'a b.yaml')),
      fromCwd(join(DIR, 'repo', 'sub', 't x.yaml')),
      'plain/t.yaml',
      'cloudformation://eu-west-1/my-stack',
      '%E0%A4%A',
      'other.yaml',
      'gone.yaml',
      '',
      'cloudformation://eu-west-1/my%20stack',
      fromCwd(join(DIR, 'repo')),
      '',
      '',
      '',
      '',
      'no-bases/t.yaml',
    ]);
  });

  test('rule, logical ID and message, empty where the result has none', async () => {
    const entries = await readBaseline(logFile('fields.sarif', log));
    expect(entries[0]).toStrictEqual({ ruleId: 'r', file: fromCwd(join(DIR, 'a b.yaml')), logicalId: 'Id', message: 'm' });
    expect(entries[7]).toStrictEqual({ ruleId: 'bare', file: '', logicalId: '', message: '' });
    expect(entries.slice(10, 14).map((e) => [e.ruleId, e.logicalId])).toStrictEqual([
      ['', ''],
      ['r', ''],
      ['r', 'OnlyLogical'],
      ['r', ''],
    ]);
    expect(entries).toHaveLength(15);
  });
});

describe('readBaseline: a log of the wrong shape is an input error at its place', () => {
  const wrong = (results: unknown[]) => ({ version: '2.1.0', runs: [{ results }] });
  test.each([
    ['a message text that is not a string', [{ ruleId: 'r', message: { text: 5 } }], 'runs[0].results[0].message.text: must be string'],
    ['locations that are not a list', [{ ruleId: 'r', locations: {} }], 'runs[0].results[0].locations: must be array'],
    ['a location that is not an object', [{ ruleId: 'r', locations: [3] }], 'runs[0].results[0].locations[0]: must be object'],
    [
      'an artifact URI that is not a string',
      [{ ruleId: 'r', locations: [{ physicalLocation: { artifactLocation: { uri: 1 } } }] }],
      'runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri: must be string',
    ],
    [
      'a logical name that is not a string',
      [{ ruleId: 'r', locations: [{ logicalLocations: [{ name: [] }] }] }],
      'runs[0].results[0].locations[0].logicalLocations[0].name: must be string',
    ],
  ])('%s', async (_, results, error) => {
    expect.assertions(3);
    const file = logFile('wrong.sarif', wrong(results));
    try {
      await readBaseline(file);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).message).toBe(`the baseline is not a SARIF log: ${error}`);
      expect((e as InputError).loc?.line).toBeGreaterThan(1);
    }
  });

  test('a file that is not JSON names its line', async () => {
    expect.assertions(2);
    const file = join(DIR, 'broken.sarif');
    writeFileSync(file, '{\n  "runs": [\n');
    await readBaseline(file).catch((e: unknown) => {
      expect((e as InputError).message).toMatch(/^cannot read the baseline: /);
      expect((e as InputError).loc?.line).toBe(3);
    });
  });
});

describe('applyBaseline: one for one, same message first', () => {
  const finding = (message: string) => aFinding({ message, file: 'plain/t.yaml' });
  const entry = (message: string) => ({ ruleId: 'r', file: 'plain/t.yaml', logicalId: 'Id', message });

  test('an entry with the same message is used for that finding, not the first one', () => {
    const [a, b] = [finding('first'), finding('second')];
    const { fresh, known } = applyBaseline([a, b], [entry('second')]);
    expect(known).toStrictEqual([b]);
    expect(fresh).toStrictEqual([a]);
  });

  test('one entry matches one finding, even when both findings say the same', () => {
    const [a, b] = [finding('same'), finding('same')];
    expect(applyBaseline([a, b], [entry('same')]).fresh).toHaveLength(1);
  });

  test('with no entry of the same message, an entry of the same rule, file and resource still matches', () => {
    const a = finding('reworded');
    expect(applyBaseline([a], [entry('old words')])).toStrictEqual({ fresh: [], known: [a] });
  });

  test('an entry matched without its message is used once', () => {
    const [a, b] = [finding('new one'), finding('new two')];
    expect(applyBaseline([a, b], [entry('old')])).toStrictEqual({ fresh: [b], known: [a] });
  });

  test('an entry matched by message is not used again by another message', () => {
    const [a, b] = [finding('kept'), finding('other')];
    expect(applyBaseline([a, b], [entry('kept')])).toStrictEqual({ fresh: [b], known: [a] });
  });
});
