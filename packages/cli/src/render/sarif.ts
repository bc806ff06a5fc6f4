import { allDiagnosticDefs, type Diagnostic, type DiagnosticDef, type Location } from "@mofkit/diagnostics";
import type { RenderInput } from "./types.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const INFORMATION_URI = "https://github.com/mofkit/mofkit";

type Level = "error" | "warning";

/** `reportingDescriptor`: used both for rules (located results) and for notifications (location-less). */
interface SarifDescriptor {
  id: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  defaultConfiguration?: { level: Level };
}

interface SarifPhysicalLocation {
  artifactLocation: { uri: string };
  region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: { physicalLocation: SarifPhysicalLocation }[];
  relatedLocations?: { id: number; message: { text: string }; physicalLocation: SarifPhysicalLocation }[];
}

interface SarifNotification {
  descriptor: { id: string; index: number };
  level: Level;
  message: { text: string };
}

export interface SarifLog {
  $schema: string;
  version: "2.1.0";
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: SarifDescriptor[];
        notifications?: SarifDescriptor[];
      };
    };
    invocations: { executionSuccessful: boolean; toolExecutionNotifications?: SarifNotification[] }[];
    columnKind: "utf16CodeUnits";
    results: SarifResult[];
  }[];
}

let defsByCode: Map<string, DiagnosticDef> | undefined;

function descriptor(code: string): SarifDescriptor {
  defsByCode ??= new Map(allDiagnosticDefs().map((d) => [d.code, d]));
  const def = defsByCode.get(code);
  if (!def) return { id: code };
  return {
    id: code,
    shortDescription: { text: def.message.template },
    fullDescription: { text: def.description },
    defaultConfiguration: { level: def.severity },
  };
}

/** Collects descriptors for `codes` sorted by code, and the index of each code in the list. */
function descriptors(codes: Iterable<string>): { list: SarifDescriptor[]; index: Map<string, number> } {
  const sorted = [...new Set(codes)].sort();
  return { list: sorted.map(descriptor), index: new Map(sorted.map((c, i) => [c, i])) };
}

function encodeSegments(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/**
 * Turns a file path into a SARIF `artifactLocation.uri`: relative paths stay relative URI references with forward
 * slashes; absolute paths (POSIX, `C:\...`, `\\server\share\...`) become `file:` URIs. Characters that are not allowed
 * in a URI (spaces, `%`, `#`, non-ASCII, ...) are percent-encoded.
 */
export function toSarifUri(path: string): string {
  const p = path.replace(/\\/g, "/");
  if (/^\/\/[^/]/.test(p)) return "file://" + encodeSegments(p.slice(2));
  if (/^[A-Za-z]:\//.test(p)) return "file:///" + p.slice(0, 2) + "/" + encodeSegments(p.slice(3));
  if (p.startsWith("/")) return "file://" + encodeSegments(p);
  return encodeSegments(p);
}

function physicalLocation(loc: Location): SarifPhysicalLocation {
  return {
    artifactLocation: { uri: toSarifUri(loc.file) },
    region: {
      startLine: loc.start.line,
      startColumn: loc.start.column,
      endLine: loc.end.line,
      endColumn: loc.end.column,
    },
  };
}

/**
 * SARIF 2.1.0 with a single run. Diagnostics with a location become `results`, each pointing at a rule in
 * `tool.driver.rules` (one per code that occurs, sorted by code). Location-less diagnostics (MOF5xxx: unreadable
 * input, bad option) are problems of the invocation, not of a file: they become
 * `invocations[0].toolExecutionNotifications` with descriptors in `tool.driver.notifications`. This also keeps the
 * log uploadable to GitHub code scanning, which rejects a whole log if any result has no location.
 */
export function buildSarif(input: RenderInput): SarifLog {
  const located: (Diagnostic & { location: Location })[] = [];
  const unlocated: Diagnostic[] = [];
  for (const d of input.diagnostics) {
    if (d.location) located.push(d as Diagnostic & { location: Location });
    else unlocated.push(d);
  }
  const rules = descriptors(located.map((d) => d.code));
  const notes = descriptors(unlocated.map((d) => d.code));

  const results = located.map((d): SarifResult => {
    const result: SarifResult = {
      ruleId: d.code,
      ruleIndex: rules.index.get(d.code)!,
      level: d.severity,
      message: { text: d.message },
      locations: [{ physicalLocation: physicalLocation(d.location) }],
    };
    if (d.related && d.related.length > 0) {
      result.relatedLocations = d.related.map((r, id) => ({
        id,
        message: { text: r.message },
        physicalLocation: physicalLocation(r.location),
      }));
    }
    return result;
  });

  const driver: SarifLog["runs"][number]["tool"]["driver"] = {
    name: "mofkit",
    version: input.toolVersion,
    informationUri: INFORMATION_URI,
    rules: rules.list,
  };
  const invocation: SarifLog["runs"][number]["invocations"][number] = {
    executionSuccessful: !unlocated.some((d) => d.severity === "error"),
  };
  if (unlocated.length > 0) {
    driver.notifications = notes.list;
    invocation.toolExecutionNotifications = unlocated.map((d) => ({
      descriptor: { id: d.code, index: notes.index.get(d.code)! },
      level: d.severity,
      message: { text: d.message },
    }));
  }

  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{ tool: { driver }, invocations: [invocation], columnKind: "utf16CodeUnits", results }],
  };
}

export function renderSarif(input: RenderInput): string {
  return JSON.stringify(buildSarif(input), null, 2) + "\n";
}
