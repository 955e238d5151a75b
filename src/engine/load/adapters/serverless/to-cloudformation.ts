import type { Suppression } from '../../../model/types.js';
import { child, NAME_METADATA, type Loc, type MapEntry, type MapNode, type SourceNode } from '../../source-node.js';
import { entries, isIntrinsic, items, map, relocate, scalar, seq, text } from '../nodes.js';
import { isUnknownMarker } from '../../../resolve/resolver.js';
import { ServerlessVariables, type VariableContext } from './variables.js';

export interface ServerlessTemplate {
  readonly root: MapNode;
  readonly region: string;
  readonly notes: readonly { message: string; loc: Loc }[];
  /** Files read through `${file(...)}` (absolute paths). */
  readonly includes: readonly string[];
  /** Their `# endpoint-guard-ignore` comments. */
  readonly commentSuppressions: readonly Suppression[];
}

const VPC_ACCESS_ROLE = 'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole';
const ROLE_PER_FUNCTION_PLUGIN = 'serverless-iam-roles-per-function';

/**
 * A serverless.yml as the CloudFormation stack the framework deploys: `resources` as written, one
 * AWS::Lambda::Function per entry of `functions` (logical ID as the framework names it, known by its key), and the
 * execution role it generates. Every node keeps its position in serverless.yml (or in an included file).
 */
export function serverlessToCloudFormation(source: SourceNode, ctx: VariableContext): ServerlessTemplate {
  const vars = new ServerlessVariables(source, ctx);
  const doc = vars.resolveTree();
  const stage = vars.stage();
  const region = vars.region();
  const service = text(child(doc, 'service')) ?? text(child(child(doc, 'service'), 'name')) ?? 'service';
  const provider = child(doc, 'provider');
  const loc = doc.loc;

  const sections = new Map<string, MapEntry[]>();
  for (const fragment of items(child(doc, 'resources'))) {
    for (const section of entries(fragment)) {
      if (section.value.kind === 'map') sections.set(section.key, [...(sections.get(section.key) ?? []), ...section.value.entries]);
    }
  }
  const userResources = new Set((sections.get('Resources') ?? []).map((e) => e.key));
  const generated: MapEntry[] = [];
  // `functions` may be a map or a list of maps (the framework merges them), as `resources` may.
  const functions = items(child(doc, 'functions')).flatMap((f) => entries(f));
  const providerVpc = child(provider, 'vpc');
  const vpcConfigs = new Map(functions.map((f) => [f.key, vpcConfigOf(child(f.value, 'vpc'), providerVpc, f.keyLoc)]));
  const anyVpc = [...vpcConfigs.values()].some((v) => v !== undefined);
  const perFunctionRoles = items(child(doc, 'plugins')).some((p) => text(p) === ROLE_PER_FUNCTION_PLUGIN);
  const sharedStatements = [...items(child(child(child(provider, 'iam'), 'role'), 'statements')), ...items(child(provider, 'iamRoleStatements'))];
  const customRole = child(child(provider, 'iam'), 'role')?.kind === 'scalar' ? child(child(provider, 'iam'), 'role') : child(provider, 'role');
  const roleName = `${service}-${stage}-${region}-lambdaRole`;

  const executionRole = (name: string, statements: readonly SourceNode[], at: Loc): MapNode =>
    map(
      [
        ['Type', scalar('AWS::IAM::Role', at)],
        [
          'Properties',
          map(
            [
              ['RoleName', scalar(name, at)],
              ['ManagedPolicyArns', anyVpc ? seq([map([['Fn::Sub', scalar(VPC_ACCESS_ROLE, at)]], at)], at) : undefined],
              [
                'Policies',
                statements.length > 0
                  ? seq(
                      [
                        map(
                          [
                            ['PolicyName', scalar(`${name}-policy`, at)],
                            [
                              'PolicyDocument',
                              map(
                                [
                                  ['Version', scalar('2012-10-17', at)],
                                  ['Statement', seq(statements, at)],
                                ],
                                at,
                              ),
                            ],
                          ],
                          at,
                        ),
                      ],
                      at,
                    )
                  : undefined,
              ],
            ],
            at,
          ),
        ],
      ],
      at,
    );

  let needsSharedRole = false;
  for (const fn of functions) {
    const logicalId = `${normalizeName(fn.key)}LambdaFunction`;
    let role = roleReference(child(fn.value, 'role') ?? customRole, userResources, fn.keyLoc);
    const ownStatements = items(child(fn.value, 'iamRoleStatements'));
    if (!role && perFunctionRoles && ownStatements.length > 0) {
      const inherit = text(child(fn.value, 'iamRoleStatementsInherit')) === 'true';
      const id = `${normalizeName(fn.key)}IamRoleLambdaExecution`;
      generated.push({
        key: id,
        keyLoc: fn.keyLoc,
        value: executionRole(`${service}-${stage}-${fn.key}-${region}-lambdaRole`, [...(inherit ? sharedStatements : []), ...ownStatements], fn.keyLoc),
      });
      role = map([['Fn::GetAtt', seq([scalar(id, fn.keyLoc), scalar('Arn', fn.keyLoc)], fn.keyLoc)]], fn.keyLoc);
    }
    if (!role) {
      needsSharedRole = true;
      role = map([['Fn::GetAtt', seq([scalar('IamRoleLambdaExecution', fn.keyLoc), scalar('Arn', fn.keyLoc)], fn.keyLoc)]], fn.keyLoc);
    }
    generated.push({
      key: logicalId,
      keyLoc: fn.keyLoc,
      value: map(
        [
          ['Type', scalar('AWS::Lambda::Function', fn.keyLoc)],
          ['Condition', child(fn.value, 'condition')],
          ['Metadata', map([[NAME_METADATA, scalar(fn.key, fn.keyLoc)]], fn.keyLoc)],
          [
            'Properties',
            map(
              [
                ['Role', role],
                ['VpcConfig', vpcConfigs.get(fn.key)],
              ],
              fn.keyLoc,
            ),
          ],
        ],
        fn.keyLoc,
      ),
    });
  }
  for (const fn of functions) generated.push(...pollerMappings(fn, `${normalizeName(fn.key)}LambdaFunction`));
  if (needsSharedRole) {
    const at = provider?.loc ?? loc;
    generated.unshift({ key: 'IamRoleLambdaExecution', keyLoc: at, value: executionRole(roleName, sharedStatements, at) });
  }
  // The framework deep-merges `resources.Resources` (and `resources.extensions`) into what it generates.
  const overrides = [...(sections.get('Resources') ?? []), ...(sections.get('extensions') ?? [])];
  const resources = mergeResources(
    [...generated, ...(sections.get('Resources') ?? [])].filter((e, i, all) => all.findIndex((x) => x.key === e.key) === i),
    overrides,
  );
  sections.set('Resources', resources);

  const section = (key: string): [string, SourceNode | undefined] => {
    const all = sections.get(key) ?? [];
    return [key, all.length > 0 ? { kind: 'map', entries: all, loc } : undefined];
  };
  const root = map(
    [
      ['AWSTemplateFormatVersion', scalar('2010-09-09', loc)],
      section('Parameters'),
      section('Mappings'),
      section('Conditions'),
      section('Resources'),
      section('Outputs'),
    ],
    loc,
  );
  return { root, region, notes: vars.notes, includes: vars.includedFiles(), commentSuppressions: vars.commentSuppressions };
}

/**
 * The function's VpcConfig as the framework compiles it, key by key: the function's `vpc.subnetIds` or else the
 * provider's, likewise `securityGroupIds`; without both there is no VpcConfig. Inherited values are relocated to the
 * function's key, where findings about this function point; values that cannot be read stay at their variable, the
 * one cause that the notes about every function sharing it point at.
 */
function vpcConfigOf(own: SourceNode | undefined, provider: SourceNode | undefined, at: Loc): SourceNode | undefined {
  // `vpc: ~` (or `vpc: null`) opts the function out of `provider.vpc`: the framework gives it no VpcConfig.
  if (own?.kind === 'scalar' && own.value === null) return undefined;
  // A `vpc:` whose variable cannot be resolved (`${file(./missing.yml):vpc}`, `${ssm:…}`) is an unknown VpcConfig.
  const whole = own ?? provider;
  if (whole && isUnknownMarker(whole)) return whole;
  const pick = (key: string) => {
    const inherited = child(provider, key);
    return child(own, key) ?? (inherited && !isUnknownMarker(inherited) ? relocate(inherited, at) : inherited);
  };
  const subnets = pick('subnetIds');
  const groups = pick('securityGroupIds');
  if (!subnets || !groups) return undefined;
  return map(
    [
      ['SubnetIds', subnets],
      ['SecurityGroupIds', groups],
    ],
    own?.loc ?? at,
  );
}

/** Each override deep-merged into the resource of the same logical ID: maps merged, anything else replaced. */
function mergeResources(resources: readonly MapEntry[], overrides: readonly MapEntry[]): MapEntry[] {
  return resources.map((r) => {
    let value = r.value;
    for (const o of overrides) if (o.key === r.key && o.value !== r.value) value = deepMerge(value, o.value);
    return value === r.value ? r : { ...r, value };
  });
}

function deepMerge(base: SourceNode, over: SourceNode): SourceNode {
  if (base.kind !== 'map' || over.kind !== 'map' || isIntrinsic(over)) return over;
  const keys = new Set(over.entries.map((e) => e.key));
  return {
    ...base,
    entries: [
      ...base.entries.filter((e) => !keys.has(e.key)),
      ...over.entries.map((e) => {
        const b = child(base, e.key);
        return b ? { ...e, value: deepMerge(b, e.value) } : e;
      }),
    ],
  };
}

/** `events: - sqs: arn`, `- stream: {arn}`, `- msk: {arn}`: the event-source mappings the framework creates. */
function pollerMappings(fn: MapEntry, functionId: string): MapEntry[] {
  return items(child(fn.value, 'events')).flatMap((event, i) => {
    const spec = ['sqs', 'stream', 'msk'].map((k) => child(event, k)).find((s) => s !== undefined);
    if (!spec) return [];
    const arn = spec.kind === 'map' ? child(spec, 'arn') : spec;
    if (!arn) return [];
    const at = spec.loc;
    const props = map(
      [
        ['FunctionName', map([['Ref', scalar(functionId, at)]], at)],
        ['EventSourceArn', arn],
      ],
      at,
    );
    return [
      {
        key: `${functionId}EventSourceMapping${i}`,
        keyLoc: at,
        value: map(
          [
            ['Type', scalar('AWS::Lambda::EventSourceMapping', at)],
            ['Properties', props],
          ],
          at,
        ),
      },
    ];
  });
}

/** A function's (or the provider's) `role:`: a logical ID in `resources` → its ARN; an ARN or intrinsic as written. */
function roleReference(role: SourceNode | undefined, resources: ReadonlySet<string>, at: Loc): SourceNode | undefined {
  if (!role) return undefined;
  const name = text(role);
  if (name !== undefined && resources.has(name)) return map([['Fn::GetAtt', seq([scalar(name, at), scalar('Arn', at)], at)]], at);
  return role;
}

/** The framework's logical-ID naming: `create-licence` → `CreateDashlicence`, `my_fn` → `MyUnderscorefn`. */
export function normalizeName(name: string): string {
  const replaced = name.replace(/-/g, 'Dash').replace(/_/g, 'Underscore');
  return replaced.charAt(0).toUpperCase() + replaced.slice(1);
}
