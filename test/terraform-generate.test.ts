/**
 * The committed plans are what today's terraform writes: each fixture is planned again with the real terraform 1.11 and
 * AWS provider 5.100 (offline, from /opt/tf-plugins), and endpoint-guard must report exactly the same findings on the
 * fresh plan as on the committed one. A terraform or provider upgrade that changes the plan's shape fails here.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { checkJson, type JsonFinding } from './helpers/cli.js';
import { ROOT } from './helpers/paths.js';
import { describeWithTool, findTool } from './helpers/tools.js';

const DIR = 'test/templates/inputs/terraform';
const PLUGINS = process.env.TF_PLUGIN_DIR ?? '/opt/tf-plugins';
const TERRAFORM = existsSync(PLUGINS) ? findTool('terraform') : undefined;
const FIXTURES = ['lambda-sqs-no-endpoint', 'violations'];

const key = (f: JsonFinding) => [f.ruleId, f.level, f.line, f.logicalId, f.message, f.suppressed ? 'suppressed' : ''].join(' | ');

function terraform(cwd: string, args: string[]): string {
  const env = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
  const r = spawnSync(TERRAFORM ?? 'terraform', ['-chdir=' + cwd, ...args], { encoding: 'utf8', env, timeout: 240000, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`terraform ${args[0]} failed in ${cwd}: ${r.stderr}`);
  return r.stdout;
}

describeWithTool(
  'terraform',
  TERRAFORM,
  `terraform 1.11 with the AWS provider in ${PLUGINS} (see ${DIR}/generate.sh)`,
)('plans made again by terraform', () => {
  test.each(FIXTURES)(
    "%s: the fresh plan gives the committed plan's findings",
    (name) => {
      const work = mkdtempSync(join(tmpdir(), 'eg-tf-generate-'));
      try {
        cpSync(join(ROOT, DIR, name), work, { recursive: true });
        rmSync(join(work, 'plan.json'));
        terraform(work, ['init', '-input=false', `-plugin-dir=${PLUGINS}`]);
        terraform(work, ['plan', '-input=false', '-refresh=false', '-out=plan.out']);
        writeFileSync(join(work, 'plan.json'), terraform(work, ['show', '-json', 'plan.out']));
        rmSync(join(work, '.terraform'), { recursive: true, force: true });

        const fresh = checkJson([join(work, 'plan.json')]);
        const committed = checkJson([join(ROOT, DIR, name, 'plan.json')]);
        expect(fresh.report.inputErrors).toEqual([]);
        expect(committed.report.findings.length).toBeGreaterThan(0);
        expect(fresh.report.findings.map(key)).toEqual(committed.report.findings.map(key));
        expect(fresh.code).toBe(committed.code);
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    300000,
  );
});
