/**
 * The exit code and the counts it is decided by, in-process (the CLI's cases are in cli.test.ts and config.test.ts):
 * 2 for an input that could not be read or a path that matched nothing, 1 for a finding at or above the threshold or
 * warnings past --max-warnings, else 0; suppressed findings never count.
 */
import { describe, expect, test } from '@jest/globals';
import type { CheckResult, RunSettings } from '../src/engine/check.js';
import { atOrAbove, countByLevel, exitCode, problemLines } from '../src/engine/report/summary.js';
import type { Level } from '../src/engine/run/rule.js';
import { aFinding, aResult as result } from './helpers/findings.js';

const finding = (level: Level, suppressed = false) =>
  aFinding({ level, message: level, ...(suppressed ? { suppressed: { justification: 'why', via: 'metadata' } } : {}) });

describe('atOrAbove and countByLevel', () => {
  const all = [finding('note'), finding('warning'), finding('error'), finding('error', true)];

  test.each([
    ['note', ['note', 'warning', 'error']],
    ['warning', ['warning', 'error']],
    ['error', ['error']],
  ] as const)('at or above %s: the unsuppressed findings of that level and higher', (level, levels) => {
    expect(atOrAbove(all, level).map((f) => f.level)).toEqual(levels);
  });

  test('suppressed findings are counted apart', () => {
    expect(countByLevel(all)).toEqual({ error: 1, warning: 1, note: 1, suppressed: 1 });
  });
});

describe('exitCode', () => {
  const problem = { file: 'bad.yaml', message: 'invalid YAML', line: 3, column: 2 };

  test.each<[string, Partial<CheckResult>, RunSettings, number]>([
    ['nothing found', {}, {}, 0],
    ['an input problem, even with no finding', { problems: [problem] }, {}, 2],
    ['a path that matched nothing', { missing: ['nope/'] }, {}, 2],
    ['an input problem outranks an error', { problems: [problem], findings: [finding('error')] }, {}, 2],
    ['an error', { findings: [finding('error')] }, {}, 1],
    ['a suppressed error', { findings: [finding('error', true)] }, {}, 0],
    ['a warning, by default', { findings: [finding('warning')] }, {}, 0],
    ['a warning at --level warning', { findings: [finding('warning')] }, { levelThreshold: 'warning' }, 1],
    ['a note at --level warning', { findings: [finding('note')] }, { levelThreshold: 'warning' }, 0],
    ['a note at --level note', { findings: [finding('note')] }, { levelThreshold: 'note' }, 1],
    ['two warnings, --max-warnings 2', { findings: [finding('warning'), finding('warning')] }, { maxWarnings: 2 }, 0],
    ['three warnings, --max-warnings 2', { findings: [finding('warning'), finding('warning'), finding('warning')] }, { maxWarnings: 2 }, 1],
    ['one warning, --max-warnings 0', { findings: [finding('warning')] }, { maxWarnings: 0 }, 1],
    ['a suppressed warning, --max-warnings 0', { findings: [finding('warning', true)] }, { maxWarnings: 0 }, 0],
  ])('%s', (_, parts, settings, code) => {
    expect(exitCode(result(parts), settings)).toBe(code);
  });

  test('without settings the threshold is error', () => {
    expect(exitCode(result({ findings: [finding('warning')] }))).toBe(0);
    expect(exitCode(result({ findings: [finding('error')] }))).toBe(1);
  });
});

test('problemLines: paths that matched nothing first, then problems with their place when they have one', () => {
  const lines = problemLines(
    result({
      missing: ['nope/'],
      problems: [
        { file: 'bad.yaml', message: 'invalid YAML', line: 3, column: 2 },
        { file: 'no-column.yaml', message: 'm', line: 4 },
        { file: 'unreadable.yaml', message: 'permission denied' },
      ],
    }),
  );
  expect(lines).toEqual([
    'nope/: no such file, directory or matching glob',
    'bad.yaml:3:2: invalid YAML',
    'no-column.yaml:4:1: m',
    'unreadable.yaml: permission denied',
  ]);
});
