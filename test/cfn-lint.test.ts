/**
 * Our test templates are real CloudFormation: AWS's own linter (cfn-lint, on the machine image) must find no error
 * in any of them, except the deliberately broken inputs (and Terraform plans, which are not CloudFormation).
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@jest/globals';
import { describeWithTool, findTool } from './helpers/tools.js';
import { ROOT } from './helpers/paths.js';
import { templateFiles } from './helpers/templates.js';

const describeCfnLint = describeWithTool('cfn-lint', findTool('cfn-lint'), 'it ships with the machine image; pip install cfn-lint');

describeCfnLint('cfn-lint', () => {
  test('cfn-lint finds no error in examples/ and test/templates/', () => {
    const files = [
      ...templateFiles('examples'),
      ...templateFiles('test/templates', ['test/templates/inputs/bad', 'test/templates/inputs/mixed-dir', 'test/templates/inputs/terraform']),
    ];
    expect(files.length).toBeGreaterThan(60);
    const r = spawnSync('cfn-lint', ['--non-zero-exit-code', 'error', '--format', 'parseable', '--', ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300000,
    });
    const errors = r.stdout.split('\n').filter((l) => /:E\d{4}:/.test(l));
    expect(errors).toEqual([]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
