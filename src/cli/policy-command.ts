import { check, type CheckOptions } from '../engine/check.js';
import { endpointPolicies } from '../engine/fix/endpoint-policy.js';
import { renderPolicies, styleOf } from '../engine/fix/render-policy.js';
import { isTerraformSource } from '../engine/load/discover.js';
import { readRegularFile } from '../engine/load/input-files.js';
import { looksLikeTerraformPlan } from '../engine/load/read-template.js';
import { escapeLineStart, escapeTerminal } from '../engine/report/escape.js';
import { problemLines } from '../engine/report/summary.js';

export interface PolicyFlags {
  endpoint?: string;
  allowBroad?: boolean;
  stage?: string;
  region?: string[];
  env?: boolean;
  root?: string;
}

/**
 * `endpoint-guard policy TEMPLATE`: the least-privilege policy of each VPC endpoint, in the template's own style, to
 * paste under the endpoint's Properties. Exit 0 when printed; 2 for an input error or an endpoint that is not there.
 */
export async function runPolicy(template: string, flags: PolicyFlags): Promise<number> {
  const options: CheckOptions = {
    rules: [],
    keepModels: true,
    ...(flags.stage ? { stage: flags.stage } : {}),
    ...(flags.region?.[0] ? { region: flags.region[0] } : {}),
    ...(flags.env ? { env: process.env } : {}),
    ...(flags.root ? { root: flags.root } : {}),
  };
  const result = await check([template], options);
  const errors = problemLines(result);
  for (const line of errors) process.stderr.write(`endpoint-guard: ${escapeTerminal(line)}\n`);
  if (errors.length > 0) return 2;
  let printed = 0;
  for (const { file, model } of result.models) {
    const read = readRegularFile(file);
    const text = read.ok ? read.bytes.toString('utf8') : '';
    if (isTerraformSource(file) || looksLikeTerraformPlan(text)) {
      process.stderr.write(
        `endpoint-guard: ${escapeTerminal(`${file}: a Terraform input: policy writes CloudFormation, not HCL (the actions and ARNs are the same for an aws_iam_policy_document)`)}\n`,
      );
      continue;
    }
    const policies = endpointPolicies(model, { ...(flags.endpoint ? { endpoint: flags.endpoint } : {}), ...(flags.allowBroad ? { allowBroad: true } : {}) });
    if (policies.length === 0) continue;
    const rendered = renderPolicies(policies, styleOf(file, text));
    if (result.models.length > 1) process.stdout.write(`# ${escapeTerminal(file)}\n`);
    process.stdout.write(rendered.text.split('\n').map(escapeLineStart).join('\n'));
    for (const remark of rendered.remarks) process.stderr.write(`endpoint-guard: ${escapeTerminal(`${file}: ${remark}`)}\n`);
    printed += policies.length;
  }
  if (printed > 0) return 0;
  const what = flags.endpoint ? `no VPC endpoint ${flags.endpoint} of an AWS service` : 'no VPC endpoint of an AWS service';
  process.stderr.write(`endpoint-guard: ${escapeTerminal(`${template}: ${what} (Interface or Gateway) in this template`)}\n`);
  return 2;
}
