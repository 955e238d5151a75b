import { child, type MapNode, type SourceNode } from '../source-node.js';
import { scalar, withEntry } from '../adapters/nodes.js';
import { readTemplateText, type ReadResult } from '../read-template.js';
import type { StackContext } from '../cloud-assembly.js';
import type { LiveStack } from './fetch-stacks.js';

/**
 * A deployed stack as an input: its processed template read like a file (findings at the lines of that body), each
 * parameter's `Default` replaced by the value the stack was deployed with, and the context a file does not know
 * (region, account, stack name, the account's exports).
 */
export function deployedDocument(stack: LiveStack): { read: ReadResult; context: StackContext } {
  const read = readTemplateText(stack.uri, stack.body);
  const account = /^arn:[^:]+:cloudformation:[^:]*:(\d{12}):/.exec(stack.stackId)?.[1];
  const context: StackContext = {
    constructPaths: new Map(),
    region: stack.region,
    ...(account ? { account } : {}),
    stackName: stack.name,
    imports: stack.exports,
  };
  if (read.status !== 'template') return { read, context };
  return { read: { status: 'template', document: { ...read.document, root: withDeployedParameters(read.document.root, stack.parameters) } }, context };
}

function withDeployedParameters(root: MapNode, deployed: ReadonlyMap<string, string>): MapNode {
  const parameters = child(root, 'Parameters');
  if (parameters?.kind !== 'map' || deployed.size === 0) return root;
  let updated: MapNode = parameters;
  for (const e of parameters.entries) {
    const value = deployed.get(e.key);
    if (value === undefined || e.value.kind !== 'map') continue;
    // A `NoEcho` parameter comes back as `****`: its value is not known, so its default is not used either.
    const node: SourceNode = value === '****' ? scalar(null, e.value.loc) : scalar(value, child(e.value, 'Default')?.loc ?? e.value.loc);
    updated = withEntry(updated, e.key, withEntry(e.value, 'Default', node));
  }
  return withEntry(root, 'Parameters', updated);
}
