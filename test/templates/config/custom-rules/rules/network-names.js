// A JavaScript custom rule file whose default export is a list of two rules.
import { defineRule } from 'endpoint-guard';

const help = (key) => `Named resources are easier to find in the console.

Fix:

\`\`\`yaml
Tags:
  - Key: ${key}
    Value: app-network
\`\`\`
`;

export default [
  defineRule({
    id: 'vpc-name-tag',
    level: 'warning',
    title: 'Every VPC has a Name tag',
    help: help('Name'),
    check({ model, report }) {
      for (const vpc of model.vpcs) if (!vpc.tags.has('Name')) report({ subject: vpc, message: `${vpc.name} has no Name tag` });
    },
  }),
  defineRule({
    id: 'security-group-name-tag',
    level: 'note',
    title: 'Every security group has a Name tag',
    help: help('Name'),
    check({ model, report }) {
      for (const group of model.securityGroups) {
        if (!group.tags.has('Name')) report({ subject: group, loc: group.loc, message: `${group.name} has no Name tag` });
      }
    },
  }),
];
