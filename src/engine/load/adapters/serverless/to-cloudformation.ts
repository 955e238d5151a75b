import { child, NAME_METADATA, type Loc, type MapEntry, type MapNode, type SourceNode } from '../../source-node.js';
import { entries, items, map, relocate, scalar, seq, text } from '../nodes.js';
import { ServerlessVariables, type VariableContext } from './variables.js';

export interface ServerlessTemplate {
  readonly root: MapNode;
  readonly region: string;
  readonly notes: ReadonlyArray<{ message: string; loc: Loc }>;
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
  const functions = entries(child(doc, 'functions'));
  const providerVpc = child(provider, 'vpc');
  const anyVpc = functions.some((f) => child(f.value, 'vpc') ?? providerVpc);
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
                  ? seq([map([['PolicyName', scalar(`${name}-policy`, at)], ['PolicyDocument', map([['Version', scalar('2012-10-17', at)], ['Statement', seq(statements, at)]], at)]], at)], at)
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
    const own = child(fn.value, 'vpc');
    const vpc = own ?? (providerVpc ? relocate(providerVpc, fn.keyLoc) : undefined);
    let role = roleReference(child(fn.value, 'role') ?? customRole, userResources, fn.keyLoc);
    const ownStatements = items(child(fn.value, 'iamRoleStatements'));
    if (!role && perFunctionRoles && ownStatements.length > 0) {
      const inherit = text(child(fn.value, 'iamRoleStatementsInherit')) === 'true';
      const id = `${normalizeName(fn.key)}IamRoleLambdaExecution`;
      generated.push({ key: id, keyLoc: fn.keyLoc, value: executionRole(`${service}-${stage}-${fn.key}-${region}-lambdaRole`, [...(inherit ? sharedStatements : []), ...ownStatements], fn.keyLoc) });
      role = map([['Fn::GetAtt', seq([scalar(id, fn.keyLoc), scalar('Arn', fn.keyLoc)], fn.keyLoc)]], fn.keyLoc);
    }
    if (!role) {
      needsSharedRole = true;
      role = map([['Fn::GetAtt', seq([scalar('IamRoleLambdaExecution', fn.keyLoc), scalar('Arn', fn.keyLoc)], fn.keyLoc)]], fn.keyLoc);
    }
    const vpcConfig = vpc ? map([['SubnetIds', child(vpc, 'subnetIds')], ['SecurityGroupIds', child(vpc, 'securityGroupIds')]], vpc.loc) : undefined;
    generated.push({
      key: logicalId,
      keyLoc: fn.keyLoc,
      value: map(
        [
          ['Type', scalar('AWS::Lambda::Function', fn.keyLoc)],
          ['Metadata', map([[NAME_METADATA, scalar(fn.key, fn.keyLoc)]], fn.keyLoc)],
          ['Properties', map([['Role', role], ['VpcConfig', vpcConfig]], fn.keyLoc)],
        ],
        fn.keyLoc,
      ),
    });
  }
  if (needsSharedRole && !userResources.has('IamRoleLambdaExecution')) {
    const at = provider?.loc ?? loc;
    generated.unshift({ key: 'IamRoleLambdaExecution', keyLoc: at, value: executionRole(roleName, sharedStatements, at) });
  }

  const section = (key: string, extra: MapEntry[] = []): [string, SourceNode | undefined] => {
    const all = [...extra, ...(sections.get(key) ?? [])];
    return [key, all.length > 0 ? { kind: 'map', entries: all, loc } : undefined];
  };
  const root = map(
    [['AWSTemplateFormatVersion', scalar('2010-09-09', loc)], section('Parameters'), section('Mappings'), section('Conditions'), section('Resources', generated), section('Outputs')],
    loc,
  );
  return { root, region, notes: vars.notes };
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
