/** A TypeScript custom rule with an option: every Interface VPC endpoint carries a tag (default: Owner). */
import { defineRule, isInterfaceEndpoint, label } from 'endpoint-guard';

interface Options {
  tag: string;
}

export default defineRule<Options>({
  id: 'required-tag',
  level: 'warning',
  title: 'Every Interface VPC endpoint carries the required tag',
  help: `Interface endpoints cost money per hour and per zone; the tag says who pays.

Fix:

\`\`\`yaml
SqsEndpoint:
  Type: AWS::EC2::VPCEndpoint
  Properties:
    Tags:
      - Key: Owner
        Value: payments
\`\`\`
`,
  docsUrl: 'https://wiki.example.com/tags#required-tag',
  options: {
    schema: { type: 'object', properties: { tag: { type: 'string', description: 'The tag key to require.' } } },
    defaults: { tag: 'Owner' },
  },
  check({ model, options, report }) {
    for (const endpoint of model.endpoints.filter(isInterfaceEndpoint)) {
      if (!endpoint.tags.has(options.tag)) report({ subject: endpoint, message: `${label(endpoint)} has no ${options.tag} tag` });
    }
  },
});
