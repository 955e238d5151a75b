/**
 * A custom rule, written as a team would: every Interface VPC endpoint carries a `CostCenter` tag, so that its
 * hourly charge lands on the right budget. Loaded from the `customRules` directory of `.endpoint-guard.yml`.
 */
import { defineRule, isInterfaceEndpoint, knownString, label } from 'endpoint-guard';

export default defineRule({
  id: 'endpoint-cost-center',
  level: 'warning',
  title: 'Every Interface VPC endpoint carries a CostCenter tag',
  help: `Interface endpoints are billed per hour and per AZ; the CostCenter tag decides which budget pays.

Fix:

\`\`\`yaml
SqsEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    Tags:
      - Key: CostCenter
        Value: platform-1234
\`\`\`
`,
  docsUrl: 'https://wiki.example.com/cloud/tagging#costcenter',
  check({ model, report }) {
    for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
      const tag = endpoint.tags.get('CostCenter');
      if (tag === undefined) report({ subject: endpoint, message: `${label(endpoint)} has no CostCenter tag` });
      else if (knownString(tag) === '') report({ subject: endpoint, message: `${label(endpoint)} has an empty CostCenter tag` });
    }
  },
});
