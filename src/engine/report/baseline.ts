import { isStackUri } from '../load/live/stack-uri.js';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRegularFile } from '../load/input-files.js';
import { parseJson } from '../load/parse-json.js';
import { InputError, type SourceNode } from '../load/source-node.js';
import { validateShape } from '../load/validate.js';
import type { Finding } from '../run/finding.js';
import { escapeSarifText } from './escape.js';

/** A finding of an earlier run, identified without its line (edits above a resource must not resurrect it). */
interface BaselineEntry {
  readonly ruleId: string;
  readonly file: string;
  readonly logicalId: string;
  readonly message: string;
}

const TEXT = { type: 'object', properties: { text: { type: 'string' } } };

/** The part of SARIF 2.1.0 a baseline is read by: anything else in the log is left alone. */
const BASELINE_SCHEMA = {
  type: 'object',
  required: ['runs'],
  properties: {
    runs: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          results: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                ruleId: { type: 'string' },
                message: TEXT,
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: {
                      physicalLocation: { type: 'object', properties: { artifactLocation: { type: 'object', properties: { uri: { type: 'string' } } } } },
                      logicalLocations: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

interface BaselineLog {
  runs: {
    originalUriBaseIds?: Record<string, { uri?: string }>;
    results?: {
      ruleId?: string;
      message?: { text?: string };
      locations?: { physicalLocation?: { artifactLocation?: { uri?: string; uriBaseId?: string } }; logicalLocations?: { name?: string }[] }[];
    }[];
  }[];
}

/** Reads the results of an earlier SARIF log (endpoint-guard's own, or any with the same fields). */
export async function readBaseline(file: string): Promise<BaselineEntry[]> {
  const read = readRegularFile(file);
  if (!read.ok) throw new InputError(file, `cannot read the baseline: ${read.reason}`);
  let root: SourceNode;
  try {
    root = parseJson(file, read.bytes.toString('utf8'));
  } catch (e) {
    if (e instanceof InputError) throw new InputError(file, `cannot read the baseline: ${e.message}`, e.loc);
    throw e;
  }
  const log = await validateShape<BaselineLog>(file, root, BASELINE_SCHEMA, 'the baseline is not a SARIF log');
  return log.runs.flatMap((run) =>
    (run.results ?? []).map((r) => ({
      ruleId: r.ruleId ?? '',
      file: key(pathOf(r.locations?.[0]?.physicalLocation?.artifactLocation ?? {}, run.originalUriBaseIds ?? {})),
      logicalId: r.locations?.[0]?.logicalLocations?.[0]?.name ?? '',
      message: r.message?.text ?? '',
    })),
  );
}

/**
 * Splits findings into new ones and those already in the baseline, matched by rule, file and logical ID (first
 * those whose message is also the same, then any other of the same rule, file and logical ID, one for one). Indexed:
 * linear in the number of findings and entries.
 */
export function applyBaseline(findings: readonly Finding[], baseline: readonly BaselineEntry[]): { fresh: Finding[]; known: Finding[] } {
  // Per rule, file and logical ID: how many entries are left, in all and per message.
  const pools = new Map<string, { left: number; byMessage: Map<string, number> }>();
  for (const b of baseline) {
    const k = JSON.stringify([b.ruleId, b.file, b.logicalId]);
    const pool = pools.get(k) ?? { left: 0, byMessage: new Map<string, number>() };
    pool.left++;
    pool.byMessage.set(b.message, (pool.byMessage.get(b.message) ?? 0) + 1);
    pools.set(k, pool);
  }
  const poolOf = (f: Finding) => pools.get(JSON.stringify([f.ruleId, key(f.file), f.logicalId]));
  const matched = new Set<Finding>();
  for (const f of findings) {
    const pool = poolOf(f);
    // The baseline holds the message as SARIF text, escaped as the SARIF report writes it.
    const message = escapeSarifText(f.message);
    const same = pool?.byMessage.get(message) ?? 0;
    if (pool && same > 0) {
      pool.byMessage.set(message, same - 1);
      pool.left--;
      matched.add(f);
    }
  }
  for (const f of findings) {
    const pool = poolOf(f);
    if (matched.has(f) || !pool || pool.left === 0) continue;
    pool.left--;
    matched.add(f);
  }
  return { fresh: findings.filter((f) => !matched.has(f)), known: findings.filter((f) => matched.has(f)) };
}

/**
 * The file an artifact location names: a `file:` URI, a path relative to its base (`%SRCROOT%`, the repository), or
 * (baselines written before there was a base) a path relative to the working directory.
 */
function pathOf(artifact: { uri?: string; uriBaseId?: string }, bases: Record<string, { uri?: string }>): string {
  const base = artifact.uriBaseId ? bases[artifact.uriBaseId]?.uri : undefined;
  if (artifact.uri && isStackUri(artifact.uri)) return artifact.uri;
  // A mutant that reads a missing URI or base throws here, and takes the same fallback below.
  try {
    // Stryker disable next-line OptionalChaining
    if (artifact.uri?.startsWith('file:')) return fileURLToPath(artifact.uri);
    // Stryker disable next-line OptionalChaining
    if (base?.startsWith('file:')) return fileURLToPath(new URL(artifact.uri ?? '', base));
  } catch {
    // not a file URI: read as a path below
  }
  try {
    return decodeURI(artifact.uri ?? '');
  } catch {
    // Stryker disable next-line StringLiteral: decodeURI('') cannot throw, so the URI is there
    return artifact.uri ?? '';
  }
}

/** A file as the same key however it was given: relative to the working directory, `/` separated. */
function key(path: string): string {
  if (isStackUri(path)) return path;
  return relative(process.cwd(), resolve(path)).split('\\').join('/');
}
