import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  isStackUri
} from "./chunk-SMLWFBTI.mjs";
import {
  escapeSarifText
} from "./chunk-UIOOPDK7.mjs";
import {
  validateShape
} from "./chunk-7MQX2RYR.mjs";
import {
  parseJson
} from "./chunk-G4VHN3IG.mjs";
import "./chunk-NGY2WI6S.mjs";
import {
  readRegularFile
} from "./chunk-5SOEJORG.mjs";
import {
  InputError
} from "./chunk-KVGTMRYX.mjs";
import "./chunk-5DAOS2YO.mjs";

// src/engine/report/baseline.ts
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var TEXT = { type: "object", properties: { text: { type: "string" } } };
var BASELINE_SCHEMA = {
  type: "object",
  required: ["runs"],
  properties: {
    runs: {
      type: "array",
      items: {
        type: "object",
        properties: {
          results: {
            type: "array",
            items: {
              type: "object",
              properties: {
                ruleId: { type: "string" },
                message: TEXT,
                locations: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      physicalLocation: { type: "object", properties: { artifactLocation: { type: "object", properties: { uri: { type: "string" } } } } },
                      logicalLocations: { type: "array", items: { type: "object", properties: { name: { type: "string" } } } }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
};
async function readBaseline(file) {
  const read = readRegularFile(file);
  if (!read.ok) throw new InputError(file, `cannot read the baseline: ${read.reason}`);
  let root;
  try {
    root = parseJson(file, read.bytes.toString("utf8"));
  } catch (e) {
    if (e instanceof InputError) throw new InputError(file, `cannot read the baseline: ${e.message}`, e.loc);
    throw e;
  }
  const log = await validateShape(file, root, BASELINE_SCHEMA, "the baseline is not a SARIF log");
  return log.runs.flatMap(
    (run) => (run.results ?? []).map((r) => ({
      ruleId: r.ruleId ?? "",
      file: key(pathOf(r.locations?.[0]?.physicalLocation?.artifactLocation ?? {}, run.originalUriBaseIds ?? {})),
      logicalId: r.locations?.[0]?.logicalLocations?.[0]?.name ?? "",
      message: r.message?.text ?? ""
    }))
  );
}
function applyBaseline(findings, baseline) {
  const pools = /* @__PURE__ */ new Map();
  for (const b of baseline) {
    const k = JSON.stringify([b.ruleId, b.file, b.logicalId]);
    const pool = pools.get(k) ?? { left: 0, byMessage: /* @__PURE__ */ new Map() };
    pool.left++;
    pool.byMessage.set(b.message, (pool.byMessage.get(b.message) ?? 0) + 1);
    pools.set(k, pool);
  }
  const poolOf = (f) => pools.get(JSON.stringify([f.ruleId, key(f.file), f.logicalId]));
  const matched = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const pool = poolOf(f);
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
function pathOf(artifact, bases) {
  const base = artifact.uriBaseId ? bases[artifact.uriBaseId]?.uri : void 0;
  if (artifact.uri && isStackUri(artifact.uri)) return artifact.uri;
  try {
    if (artifact.uri?.startsWith("file:")) return fileURLToPath(artifact.uri);
    if (base?.startsWith("file:")) return fileURLToPath(new URL(artifact.uri ?? "", base));
  } catch {
  }
  try {
    return decodeURI(artifact.uri ?? "");
  } catch {
    return artifact.uri ?? "";
  }
}
function key(path) {
  if (isStackUri(path)) return path;
  return relative(process.cwd(), resolve(path)).split("\\").join("/");
}
export {
  applyBaseline,
  readBaseline
};
