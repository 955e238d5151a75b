/**
 * What one small template costs to check is mostly what the CLI loads before it reads it: the code only some runs need
 * (the AWS SDK, ajv, HashiCorp's parser, the adapters of other input kinds, the glob matcher, the other reporters)
 * must be in chunks that the entry does not import statically, and each must still be in the bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@jest/globals';
import { ROOT } from './helpers/paths.js';

const CLI = join(ROOT, 'dist', 'cli');

/** The entry and every chunk it imports statically, transitively. */
function startupChunks(): Map<string, string> {
  const texts = new Map<string, string>();
  const visit = (file: string) => {
    if (texts.has(file)) return;
    const text = readFileSync(file, 'utf8');
    texts.set(file, text);
    for (const m of text.matchAll(/^import\s[^;]*?from\s*"(\.[^"]+)"|^import\s*"(\.[^"]+)"/gm)) visit(join(file, '..', (m[1] ?? m[2])!));
  };
  visit(join(CLI, 'main.mjs'));
  return texts;
}

const bundle = () => readdirSync(join(CLI, 'chunks')).map((f) => readFileSync(join(CLI, 'chunks', f), 'utf8'));

test.each([
  ['the AWS SDK (deployed stacks only)', /GetTemplateCommand|CloudFormationClient/],
  ['ajv (configuration files, baselines and cdk.out manifests only)', /strictSchema/],
  ['the glob matcher (globs and include/exclude only)', /POSIX_REGEX_SOURCE/],
  ['the Serverless adapter', /variableSyntax/],
  ["HashiCorp's parser and the Terraform adapters", /hcl2json|aws_vpc_endpoint/],
  ['the SARIF reporter', /sarif-schema/],
])('%s: in the bundle, and in no chunk the CLI loads at start-up', (_what, marker) => {
  const startup = startupChunks();
  expect(startup.size).toBeGreaterThan(1);
  for (const [file, text] of startup) expect([file, marker.test(text)]).toEqual([file, false]);
  expect(bundle().some((text) => marker.test(text))).toBe(true);
});
