import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './paths.js';

/**
 * CloudFormation templates only: not expectation files, not serverless.yml (Serverless Framework syntax), and in a
 * cdk.out only the stack templates (not the manifest, tree or asset files).
 */
function isTemplateFile(rel: string): boolean {
  if (!/\.(ya?ml|json|template)$/.test(rel) || /(^|\/|-)expected[\w-]*\.json$/.test(rel) || /(^|\/)(serverless\.ya?ml|\.endpoint-guard\.\w+)$/.test(rel))
    return false;
  return !rel.includes('/cdk.out/') || rel.endsWith('.template.json');
}

/** Every template file below `dir` (relative to the repository root), except expectation files. */
export function templateFiles(dir: string, exclude: readonly string[] = []): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      const rel = relative(ROOT, full);
      if (exclude.some((x) => rel.startsWith(x))) continue;
      if (e.isDirectory()) walk(full);
      else if (isTemplateFile(rel)) out.push(rel);
    }
  };
  walk(join(ROOT, dir));
  return out.sort();
}
