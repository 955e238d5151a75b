import { createRequire as __egRequire } from 'node:module'; const require = __egRequire(import.meta.url);
import {
  splicesByFinding
} from "./chunk-3CVHPTJU.mjs";
import {
  isStackUri
} from "./chunk-SMLWFBTI.mjs";
import {
  escapeJsonText,
  escapeSarifText
} from "./chunk-UIOOPDK7.mjs";
import "./chunk-VRRO44KN.mjs";
import "./chunk-7MQX2RYR.mjs";
import "./chunk-FX6ZCERX.mjs";
import "./chunk-LP5P5KEG.mjs";
import "./chunk-G4VHN3IG.mjs";
import "./chunk-NGY2WI6S.mjs";
import "./chunk-L7YBGPCL.mjs";
import "./chunk-TQ4SKKX3.mjs";
import {
  workTreeAround
} from "./chunk-5SOEJORG.mjs";
import "./chunk-N3VBY6XR.mjs";
import {
  getOrMake
} from "./chunk-RWOBXVY3.mjs";
import {
  lineLocator
} from "./chunk-KVGTMRYX.mjs";
import "./chunk-5DAOS2YO.mjs";

// src/engine/report/sarif.ts
import { createHash } from "node:crypto";
import { isAbsolute, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
var SOURCE_ROOT_ID = "%SRCROOT%";
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
function formatSarif(result, version, options = {}) {
  const rules = result.rules;
  const root = resolve(options.sourceRoot ?? workTreeAround(process.cwd()));
  const location = locator(root);
  const notification = notifier(location);
  const sarifResult = resultOf(location, splicesByFinding(result.findings));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "endpoint-guard",
            version,
            semanticVersion: version,
            informationUri: "https://github.com/endpoint-guard/endpoint-guard",
            rules: rules.map(descriptor)
          }
        },
        invocations: [
          {
            executionSuccessful: result.problems.length === 0 && result.missing.length === 0,
            toolExecutionNotifications: [
              ...result.missing.map((p) => ({
                level: "error",
                message: { text: escapeSarifText(`${p}: no such file, directory or matching glob`) }
              })),
              ...result.problems.map((p) => notification(p, "error")),
              ...result.notices.map((p) => notification(p, "note"))
            ]
          }
        ],
        results: withFingerprints(result.findings).map(([f, print]) => ({
          ...sarifResult(f, ruleIndex.get(f.ruleId), print),
          ...options.withBaseline ? { baselineState: "new" } : {}
        })),
        columnKind: "unicodeCodePoints",
        originalUriBaseIds: { [SOURCE_ROOT_ID]: { uri: `${pathToFileURL(root).href.replace(/\/$/, "")}/` } }
      }
    ]
  };
  return escapeJsonText(JSON.stringify(log, null, 2)) + "\n";
}
function descriptor(rule) {
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.title },
    helpUri: rule.docsUrl,
    help: { text: rule.help, markdown: rule.help },
    defaultConfiguration: { level: rule.level }
  };
}
function uriOf(path) {
  return encodeURI(path.split("\\").join("/")).replace(/#/g, "%23").replace(/\?/g, "%3F");
}
function artifactOf(root, file) {
  if (isStackUri(file)) return { uri: file };
  const path = relative(root, resolve(file));
  if (path === "" || path === ".." || path.startsWith(`../`) || path.startsWith("..\\") || isAbsolute(path)) return { uri: pathToFileURL(resolve(file)).href };
  return { uri: uriOf(path), uriBaseId: SOURCE_ROOT_ID };
}
function locator(root) {
  return (file, line, column) => ({ artifactLocation: artifactOf(root, file), ...line ? { region: { startLine: line, startColumn: column ?? 1 } } : {} });
}
function notifier(location) {
  return (p, level) => ({
    level,
    message: { text: escapeSarifText(`${p.file}: ${p.message}`) },
    locations: [{ physicalLocation: location(p.file, p.line, p.column) }]
  });
}
function withFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const identity = `${f.ruleId}\0${f.file}\0${f.logicalId}\0${f.message}`;
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    const print = createHash("sha256").update(occurrence === 0 ? identity : `${identity}\0${occurrence}`).digest("hex").slice(0, 32);
    return [f, print];
  });
}
var resultOf = (location, fixes) => {
  const locators = /* @__PURE__ */ new Map();
  const locate = (text) => getOrMake(locators, text, () => lineLocator(text));
  return (f, index, fingerprint) => ({
    ruleId: f.ruleId,
    ...index !== void 0 ? { ruleIndex: index } : {},
    level: f.level,
    message: { text: escapeSarifText(f.message) },
    locations: [
      {
        physicalLocation: location(f.file, f.line, f.column),
        ...f.logicalId ? { logicalLocations: [{ name: f.logicalId, kind: "resource", ...f.fullyQualifiedName ? { fullyQualifiedName: f.fullyQualifiedName } : {} }] } : {}
      }
    ],
    ...f.suppressed ? { suppressions: [{ kind: "inSource", justification: f.suppressed.justification }] } : {},
    ...f.related.length > 0 ? {
      relatedLocations: f.related.map((r, id) => ({
        id,
        message: { text: escapeSarifText(r.message) },
        physicalLocation: location(r.file, r.loc.line, r.loc.column),
        ...r.logicalId ? { logicalLocations: [{ name: r.logicalId, kind: "resource" }] } : {}
      }))
    } : {},
    partialFingerprints: { "endpointGuard/v1": fingerprint },
    ...fixesOf(f, location, fixes.get(f), locate)
  });
};
function fixesOf(f, location, fix, locate) {
  if (!fix || !f.fix) return {};
  const at = locate(fix.text);
  const replacements = fix.splices.map((s) => {
    const [start, end] = [at(s.start), at(s.end)];
    return { deletedRegion: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column }, insertedContent: { text: s.text } };
  });
  return {
    fixes: [
      {
        description: { text: escapeSarifText(f.fix.description) },
        artifactChanges: [{ artifactLocation: location(f.file, 1, 1).artifactLocation, replacements }]
      }
    ]
  };
}
export {
  SOURCE_ROOT_ID,
  artifactOf,
  formatSarif
};
