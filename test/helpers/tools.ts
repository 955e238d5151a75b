/**
 * External tools that some suites need (cfn-lint, pre-commit, moto_server, terraform). On a developer's machine a
 * missing tool skips its suite with a warning; under `.ci/run` (ENDPOINT_GUARD_REQUIRE_TOOLS=1) it fails the suite
 * instead, so that CI can never go green by skipping.
 */
import { spawnSync } from 'node:child_process';
import { describe, test } from '@jest/globals';

export type ToolName = 'cfn-lint' | 'pre-commit' | 'moto_server' | 'terraform';

const VERSION_ARGS: Record<ToolName, string[]> = {
  'cfn-lint': ['--version'],
  'pre-commit': ['--version'],
  moto_server: ['--help'],
  terraform: ['version'],
};

/** The command that runs the tool, or `undefined` when it is not installed. */
export function findTool(name: ToolName, candidates: string[] = [name]): string | undefined {
  return candidates.find((bin) => spawnSync(bin, VERSION_ARGS[name], { encoding: 'utf8' }).status === 0);
}

export const toolsRequired = (): boolean => process.env.ENDPOINT_GUARD_REQUIRE_TOOLS === '1';

/**
 * `describe` when the tool is present; otherwise `describe.skip` with a warning, or, when tools are required, a
 * suite whose only test fails and says what to install.
 */
type Describe = (title: string, body: () => void) => void;

export function describeWithTool(name: ToolName, found: string | undefined, install: string): Describe {
  if (found) return describe;
  if (toolsRequired()) {
    return (title: string) => {
      describe(title, () => {
        test(`${name} is installed`, () => {
          throw new Error(`${name} is required (ENDPOINT_GUARD_REQUIRE_TOOLS=1) but not installed: ${install}`);
        });
      });
    };
  }
  console.warn(`${name} is not installed: skipping its tests (${install})`);
  return describe.skip;
}
