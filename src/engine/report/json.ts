import type { CheckResult } from '../check.js';
import { escapeJsonText } from './escape.js';
import { countByLevel } from './summary.js';

/** A stable machine format: every finding with rule, level, file, line, column and logical ID. */
export function formatJson(result: CheckResult, version: string, baselined = 0): string {
  return escapeJsonText(
    JSON.stringify(
      {
        tool: 'endpoint-guard',
        version,
        summary: { ...countByLevel(result.findings), baselined, inputErrors: result.problems.length + result.missing.length, templates: result.checked.length },
        findings: result.findings,
        rules: result.rules.map((r) => ({ id: r.id, level: r.level, title: r.title, docsUrl: r.docsUrl })),
        inputErrors: [...result.missing.map((p) => ({ file: p, message: 'no such file, directory or matching glob' })), ...result.problems],
        notices: result.notices,
      },
      null,
      2,
    ) + '\n',
  );
}
