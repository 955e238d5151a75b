import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  problemLines
} from "./chunk-AQFTPPK5.mjs";
import {
  escapeLineStart,
  escapeTerminal
} from "./chunk-UIOOPDK7.mjs";
import {
  check,
  endpointPolicies,
  isTerraformSource
} from "./chunk-QXBECLOM.mjs";
import {
  renderPolicies,
  styleOf
} from "./chunk-VRRO44KN.mjs";
import "./chunk-7MQX2RYR.mjs";
import {
  looksLikeTerraformPlan
} from "./chunk-FX6ZCERX.mjs";
import "./chunk-LP5P5KEG.mjs";
import "./chunk-G4VHN3IG.mjs";
import "./chunk-KEUAAFSI.mjs";
import "./chunk-ZC4EM7FW.mjs";
import "./chunk-NGY2WI6S.mjs";
import "./chunk-2OS3UWEG.mjs";
import "./chunk-L7YBGPCL.mjs";
import "./chunk-TQ4SKKX3.mjs";
import {
  readRegularFile
} from "./chunk-5SOEJORG.mjs";
import "./chunk-QEXY4FWD.mjs";
import "./chunk-N3VBY6XR.mjs";
import "./chunk-RWOBXVY3.mjs";
import "./chunk-KVGTMRYX.mjs";
import "./chunk-5DAOS2YO.mjs";

// src/cli/policy-command.ts
async function runPolicy(template, flags) {
  const options = {
    rules: [],
    keepModels: true,
    ...flags.stage ? { stage: flags.stage } : {},
    ...flags.region?.[0] ? { region: flags.region[0] } : {},
    ...flags.env ? { env: process.env } : {},
    ...flags.root ? { root: flags.root } : {}
  };
  const result = await check([template], options);
  const errors = problemLines(result);
  for (const line of errors) process.stderr.write(`endpoint-guard: ${escapeTerminal(line)}
`);
  if (errors.length > 0) return 2;
  let printed = 0;
  for (const { file, model } of result.models) {
    const read = readRegularFile(file);
    const text = read.ok ? read.bytes.toString("utf8") : "";
    if (isTerraformSource(file) || looksLikeTerraformPlan(text)) {
      process.stderr.write(
        `endpoint-guard: ${escapeTerminal(`${file}: a Terraform input: policy writes CloudFormation, not HCL (the actions and ARNs are the same for an aws_iam_policy_document)`)}
`
      );
      continue;
    }
    const policies = endpointPolicies(model, { ...flags.endpoint ? { endpoint: flags.endpoint } : {}, ...flags.allowBroad ? { allowBroad: true } : {} });
    if (policies.length === 0) continue;
    const rendered = renderPolicies(policies, styleOf(file, text));
    if (result.models.length > 1) process.stdout.write(`# ${escapeTerminal(file)}
`);
    process.stdout.write(rendered.text.split("\n").map(escapeLineStart).join("\n"));
    for (const remark of rendered.remarks) process.stderr.write(`endpoint-guard: ${escapeTerminal(`${file}: ${remark}`)}
`);
    printed += policies.length;
  }
  if (printed > 0) return 0;
  const what = flags.endpoint ? `no VPC endpoint ${flags.endpoint} of an AWS service` : "no VPC endpoint of an AWS service";
  process.stderr.write(`endpoint-guard: ${escapeTerminal(`${template}: ${what} (Interface or Gateway) in this template`)}
`);
  return 2;
}
export {
  runPolicy
};
