/**
 * Attack class: forged output. Logical IDs, values and file names carry line breaks followed by workflow commands
 * (`::error …`, `##[error]`), ANSI escapes and bidirectional overrides, and Markdown/HTML. In every format and in the
 * Action's log, annotations and job summary they are shown as text: no raw control character, no line that a runner
 * would take as a workflow command, no live HTML.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import type { Log } from 'sarif';
import { expectContained, measuredAction, measuredCli, pullRequestEvent, pullRequestRepo, RAW_CONTROL, workflowCommands } from './run.js';

const EVIL_ID = 'Vpc\\n::error file=x.yaml::forged\\u001b[31m##[error]red\\u202e<img src=x>';
const TEMPLATE = [
  "AWSTemplateFormatVersion: '2010-09-09'",
  'Resources:',
  `  "${EVIL_ID}":`,
  '    Type: AWS::EC2::VPC',
  '    Properties: {CidrBlock: 10.0.0.0/16, EnableDnsSupport: false}',
  '  Ep:',
  '    Type: AWS::EC2::VPCEndpoint',
  '    Properties:',
  `      VpcId: !Ref "${EVIL_ID}"`,
  '      ServiceName: "com.amazonaws.us-east-1.sqs\\r\\n::warning::forged2 \\u001b]0;title\\u0007"',
  '      VpcEndpointType: Interface',
  '',
].join('\n');
const EVIL_NAME = 'x\n::error::fname ##[warning]<b>bold<i> \u001b[2J.yaml';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eg-forge-'));
  mkdirSync(join(dir, 'stacks'));
  writeFileSync(join(dir, 'stacks', 'evil.yaml'), TEMPLATE);
  writeFileSync(join(dir, 'stacks', EVIL_NAME), TEMPLATE);
  writeFileSync(join(dir, 'stacks', `broken ${EVIL_NAME}`), "AWSTemplateFormatVersion: '2010-09-09'\nResources: [\n");
});

const cliRun = (format: string) => measuredCli(['check', '--format', format, 'stacks'], { cwd: dir });

describe('the CLI', () => {
  test.each(['stylish', 'github', 'mermaid', 'json', 'sarif'])('%s: no raw control character, no workflow command from content', (format) => {
    const r = cliRun(format);
    expectContained(r, 2);
    expect(r.stdout + r.stderr).not.toMatch(RAW_CONTROL);
    const commands = workflowCommands(r.stdout + r.stderr);
    if (format === 'github') {
      // Our own annotations only: each one line, ::error/::warning/::notice with escaped properties and data.
      for (const c of commands) expect(c).toMatch(/^::(error|warning|notice) [^:]*::[^\n]*$/);
      expect(commands.some((c) => c.startsWith('::error::') || c.startsWith('::warning::'))).toBe(false);
      expect(commands.join('\n')).not.toMatch(/##\[/);
    } else expect(commands).toEqual([]);
  });

  test('stylish shows the offending characters escaped, where the user can see them', () => {
    const r = cliRun('stylish');
    expect(r.stdout).toContain('Vpc\\n::error file=x.yaml::forged\\x1b[31m#\\x23[error]red\\u202e<img src=x> sets EnableDnsSupport false');
    expect(r.stdout).toContain('stacks/x\\n::error::fname #\\x23[warning]<b>bold<i> \\x1b[2J.yaml');
  });

  test('mermaid: headings and labels escaped (no HTML, no Mermaid syntax from content)', () => {
    const r = cliRun('mermaid');
    expect(r.stdout).not.toContain('<b>');
    expect(r.stdout).not.toContain('<img');
    expect(r.stdout).toContain('### stacks/x\\n::error::fname &#35;&#35;&#91;warning&#93;&#60;b&#62;bold&#60;i&#62; \\x1b&#91;2J.yaml');
  });

  test('SARIF: message texts escaped (control characters visible, no embedded link from content)', () => {
    const log = JSON.parse(cliRun('sarif').stdout) as Log;
    const texts = (log.runs[0]!.results ?? []).map((r) => r.message.text ?? '');
    expect(texts.length).toBeGreaterThan(0);
    for (const t of texts) expect(t).not.toMatch(RAW_CONTROL);
  });
});

describe('the Action', () => {
  test('log, annotations and summary: no command but our own, nothing raw, HTML escaped', () => {
    const { repo, base, head } = pullRequestRepo({ 'README.md': 'base\n' }, { 'stacks/evil.yaml': TEMPLATE, [`stacks/${EVIL_NAME}`]: TEMPLATE });
    for (const [eventName, headRepo] of [
      ['pull_request', 'fork/app'],
      ['pull_request_target', 'fork/app'],
    ] as const) {
      for (const onlyChanged of ['false', 'true']) {
        const r = measuredAction(repo, { 'only-changed': onlyChanged }, pullRequestEvent(base, head, headRepo), eventName);
        expectContained(r, 1);
        expect(r.stdout).not.toMatch(RAW_CONTROL);
        const lines = r.stdout.split('\n');
        const stop = lines.findIndex((l) => l.startsWith('::stop-commands::'));
        const token = lines[stop]!.slice('::stop-commands::'.length);
        const resume = lines.indexOf(`::${token}::`);
        expect(token).toMatch(/^endpoint-guard-[0-9a-f-]{36}$/);
        expect(resume).toBeGreaterThan(stop);
        expect(workflowCommands(lines.slice(stop + 1, resume).join('\n'))).toEqual([]);
        // Outside the report: our own annotations and the final status only.
        for (const c of workflowCommands([...lines.slice(0, stop), ...lines.slice(resume + 1)].join('\n'))) {
          expect(c).toMatch(/^::(error|warning|notice)( [^:]*)?::[^\n]*$/);
          expect(c).not.toMatch(/##\[/);
        }
        const annotations = lines.filter((l) => l.startsWith('::error title=vpc-dns-support'));
        expect(annotations).toHaveLength(2); // one per template
        expect(r.summary).not.toMatch(RAW_CONTROL);
        expect(r.summary).not.toMatch(/<b>|<img/);
        expect(r.summary).toContain('stacks/x\\n::error::fname &#35;&#35;&#91;warning&#93;&#60;b&#62;bold&#60;i&#62; \\x1b&#91;2J.yaml');
      }
    }
  });
});
