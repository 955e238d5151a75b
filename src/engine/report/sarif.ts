import { createHash } from 'node:crypto';
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { CheckResult } from '../check.js';
import type { Finding } from '../run/finding.js';
import type { AnyRule } from '../run/rule.js';
import { escapeJsonText, escapeSarifText } from './escape.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** SARIF 2.1.0, one run; input errors are tool execution notifications, never silence. */
export function formatSarif(result: CheckResult, version: string, options: { withBaseline?: boolean } = {}): string {
  const rules = result.rules;
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'endpoint-guard',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/endpoint-guard/endpoint-guard',
            rules: rules.map(descriptor),
          },
        },
        invocations: [
          {
            executionSuccessful: result.problems.length === 0 && result.missing.length === 0,
            toolExecutionNotifications: [
              ...result.missing.map((p): Notification => ({ level: 'error', message: { text: escapeSarifText(`${p}: no such file, directory or matching glob`) } })),
              ...result.problems.map((p) => notification(p, 'error')),
              ...result.notices.map((p) => notification(p, 'note')),
            ],
          },
        ],
        results: withFingerprints(result.findings).map(([f, print]) => ({ ...sarifResult(f, ruleIndex.get(f.ruleId), print), ...(options.withBaseline ? { baselineState: 'new' as const } : {}) })),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
  return escapeJsonText(JSON.stringify(log, null, 2)) + '\n';
}

function descriptor(rule: AnyRule): ReportingDescriptor {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.title },
    helpUri: rule.docsUrl,
    help: { text: rule.help, markdown: rule.help },
    defaultConfiguration: { level: rule.level },
  };
}

/** The path as given, as a URI reference: `#` and `?` would otherwise start a fragment or query. */
function uriOf(file: string): string {
  return encodeURI(file.split('\\').join('/')).replace(/#/g, '%23').replace(/\?/g, '%3F');
}

function location(file: string, line: number, column: number) {
  return { artifactLocation: { uri: uriOf(file) }, region: { startLine: line, startColumn: column } };
}

function notification(p: { file: string; message: string; line?: number; column?: number }, level: 'error' | 'note'): Notification {
  return {
    level,
    message: { text: escapeSarifText(`${p.file}: ${p.message}`) },
    locations: [{ physicalLocation: p.line ? location(p.file, p.line, p.column ?? 1) : { artifactLocation: { uri: uriOf(p.file) } } }],
  };
}

/**
 * Each finding's fingerprint: its rule, file, subject and message (which names the offending statement or property),
 * not its line, so it survives edits elsewhere in the file. Findings alike in all of these (two identical rules on one
 * group) are told apart by their order, so no two results share a fingerprint and code scanning merges none.
 */
function withFingerprints(findings: readonly Finding[]): Array<[Finding, string]> {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const identity = `${f.ruleId}\0${f.file}\0${f.logicalId}\0${f.message}`;
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    const print = createHash('sha256').update(occurrence === 0 ? identity : `${identity}\0${occurrence}`).digest('hex').slice(0, 32);
    return [f, print];
  });
}

function sarifResult(f: Finding, index: number | undefined, fingerprint: string): Result {
  return {
    ruleId: f.ruleId,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: f.level,
    message: { text: escapeSarifText(f.message) },
    locations: [
      {
        physicalLocation: location(f.file, f.line, f.column),
        ...(f.logicalId ? { logicalLocations: [{ name: f.logicalId, kind: 'resource', ...(f.fullyQualifiedName ? { fullyQualifiedName: f.fullyQualifiedName } : {}) }] } : {}),
      },
    ],
    ...(f.suppressed ? { suppressions: [{ kind: 'inSource' as const, justification: f.suppressed.justification }] } : {}),
    ...(f.related.length > 0
      ? {
          relatedLocations: f.related.map((r, id) => ({
            id,
            message: { text: escapeSarifText(r.message) },
            physicalLocation: location(r.file, r.loc.line, r.loc.column),
            ...(r.logicalId ? { logicalLocations: [{ name: r.logicalId, kind: 'resource' }] } : {}),
          })),
        }
      : {}),
    partialFingerprints: { 'endpointGuard/v1': fingerprint },
  };
}
