import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import pLimit from 'p-limit';
import { describeAwsError } from './aws-errors.js';
import { stackUri } from './stack-uri.js';

/** Where and how to reach CloudFormation: the SDK's own provider chain supplies credentials and, by default, the region. */
export interface LiveOptions {
  readonly stacks: readonly string[];
  readonly allStacks: boolean;
  readonly regions: readonly string[];
  readonly profile?: string;
  readonly endpointUrl?: string;
  /** Assume this role (per account) through STS before reading. */
  readonly roleArn?: string;
  /** Stacks read at the same time (API calls, not checking, bound a run). */
  readonly concurrency?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** A deployed stack as endpoint-guard checks it: the template CloudFormation processed, and what it was deployed with. */
export interface LiveStack {
  readonly uri: string;
  readonly region: string;
  readonly name: string;
  readonly stackId: string;
  readonly body: string;
  readonly parameters: ReadonlyMap<string, string>;
  /** The account's exports in the stack's region, for `Fn::ImportValue`. */
  readonly exports: ReadonlyMap<string, string>;
}

export interface LiveProblem {
  readonly file: string;
  readonly message: string;
}

/** The states of a stack that has a template in place (deleted and failed creations have none to check). */
const ACTIVE = [
  'CREATE_COMPLETE',
  'UPDATE_COMPLETE',
  'UPDATE_ROLLBACK_COMPLETE',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_COMPLETE',
  'ROLLBACK_COMPLETE',
  'UPDATE_IN_PROGRESS',
  'UPDATE_COMPLETE_CLEANUP_IN_PROGRESS',
  'UPDATE_ROLLBACK_IN_PROGRESS',
  'UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS',
  'REVIEW_IN_PROGRESS',
] as const;

/**
 * Reads stacks from CloudFormation: named ones, or every active stack of each region (nested stacks once). A stack
 * that cannot be read is a problem of its own; the others are still read. The SDK is loaded here, only when asked.
 */
export async function fetchStacks(options: LiveOptions): Promise<{ stacks: LiveStack[]; problems: LiveProblem[] }> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const sdk = await import('@aws-sdk/client-cloudformation');
  const regions = options.regions.length > 0 ? options.regions : [undefined];
  const stacks: LiveStack[] = [];
  const problems: LiveProblem[] = [];
  const limit = pLimit(options.concurrency ?? 8);
  for (const wanted of regions) {
    const client = new sdk.CloudFormationClient({
      ...(wanted ? { region: wanted } : {}),
      ...(options.profile ? { profile: options.profile } : {}),
      ...(options.endpointUrl ? { endpoint: options.endpointUrl } : {}),
      ...(options.roleArn ? { credentials: await assumed(options.roleArn, wanted, options.profile, options.endpointUrl) } : {}),
      retryMode: 'adaptive',
      maxAttempts: 6,
    });
    let region: string;
    try {
      region = await client.config.region();
    } catch (e) {
      problems.push({ file: 'AWS region', message: `no AWS region: pass --region or set AWS_REGION (${(e as Error).message})` });
      continue;
    }
    stacks.push(...(await readRegion(client, sdk, region, options, limit, problems)));
    client.destroy();
  }
  return { stacks, problems };
}

type Sdk = typeof import('@aws-sdk/client-cloudformation');

/** The stacks of one region: named, or all active ones; each read on its own, a failure costing only that stack. */
async function readRegion(
  client: CloudFormationClient,
  sdk: Sdk,
  region: string,
  options: LiveOptions,
  limit: ReturnType<typeof pLimit>,
  problems: LiveProblem[],
): Promise<LiveStack[]> {
  const names = options.allStacks ? await listActive(client, sdk, region, problems) : [...new Set(options.stacks)];
  if (names === undefined) return [];
  const exports = names.length > 0 ? await listExports(client, sdk, region, problems) : new Map<string, string>();
  if (exports === undefined) return [];
  let done = 0;
  const read = await Promise.all(
    names.map((name) =>
      limit(async () => {
        const stack = await readStack(client, sdk, region, name, exports).catch((e: unknown) => {
          problems.push({ file: stackUri(region, name), message: describeAwsError(e, actionOf(e), `stack ${name} in ${region}`) });
          return undefined;
        });
        options.onProgress?.(++done, names.length);
        return stack;
      }),
    ),
  );
  return read.flatMap((s) => (s ? [s] : []));
}

/** The API action a failed call was: the SDK error carries the command's name. */
function actionOf(e: unknown): string {
  return (e as { action?: string }).action ?? 'cloudformation:GetTemplate';
}

async function call<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e !== null && typeof e === 'object') Object.assign(e, { action });
    throw e;
  }
}

async function readStack(client: CloudFormationClient, sdk: Sdk, region: string, name: string, exports: ReadonlyMap<string, string>): Promise<LiveStack> {
  const described = await call('cloudformation:DescribeStacks', () => client.send(new sdk.DescribeStacksCommand({ StackName: name })));
  const stack = described.Stacks?.[0];
  if (!stack) throw Object.assign(new Error(`Stack with id ${name} does not exist`), { name: 'ValidationError', action: 'cloudformation:DescribeStacks' });
  // The processed template is what a transform (SAM, Serverless's output) expanded to; without a transform it is the original.
  const template = await call('cloudformation:GetTemplate', () =>
    client.send(new sdk.GetTemplateCommand({ StackName: stack.StackId ?? name, TemplateStage: 'Processed' })),
  );
  const body =
    template.TemplateBody ??
    (await call('cloudformation:GetTemplate', () => client.send(new sdk.GetTemplateCommand({ StackName: stack.StackId ?? name, TemplateStage: 'Original' }))))
      .TemplateBody ??
    '';
  const parameters = new Map(
    (stack.Parameters ?? []).flatMap((p): [string, string][] => (p.ParameterKey ? [[p.ParameterKey, p.ResolvedValue ?? p.ParameterValue ?? '']] : [])),
  );
  return { uri: stackUri(region, stack.StackName ?? name), region, name: stack.StackName ?? name, stackId: stack.StackId ?? '', body, parameters, exports };
}

/** Every stack of the region with a template in place; a nested stack once (its own name, as ListStacks gives it). */
async function listActive(client: CloudFormationClient, sdk: Sdk, region: string, problems: LiveProblem[]): Promise<string[] | undefined> {
  const names: string[] = [];
  try {
    for await (const page of sdk.paginateListStacks({ client }, { StackStatusFilter: [...ACTIVE] })) {
      for (const s of page.StackSummaries ?? []) if (s.StackName && !names.includes(s.StackName)) names.push(s.StackName);
    }
  } catch (e) {
    problems.push({ file: `cloudformation://${region}`, message: describeAwsError(e, 'cloudformation:ListStacks', `the stacks of ${region}`) });
    return undefined;
  }
  return names;
}

async function listExports(client: CloudFormationClient, sdk: Sdk, region: string, problems: LiveProblem[]): Promise<Map<string, string> | undefined> {
  const exports = new Map<string, string>();
  try {
    for await (const page of sdk.paginateListExports({ client }, {})) {
      for (const x of page.Exports ?? []) if (x.Name !== undefined && x.Value !== undefined) exports.set(x.Name, x.Value);
    }
  } catch (e) {
    problems.push({ file: `cloudformation://${region}`, message: describeAwsError(e, 'cloudformation:ListExports', `the exports of ${region}`) });
    return undefined;
  }
  return exports;
}

/** Credentials of an assumed role, through the SDK's STS provider (refreshed by it when they expire). */
async function assumed(roleArn: string, region: string | undefined, profile: string | undefined, endpoint: string | undefined) {
  const { fromTemporaryCredentials, fromIni } = await import('@aws-sdk/credential-providers');
  return fromTemporaryCredentials({
    params: { RoleArn: roleArn, RoleSessionName: 'endpoint-guard' },
    ...(profile ? { masterCredentials: fromIni({ profile }) } : {}),
    // An emulator (--endpoint-url) answers STS on the same address.
    clientConfig: { ...(region ? { region } : {}), ...(endpoint ? { endpoint } : {}) },
  });
}
