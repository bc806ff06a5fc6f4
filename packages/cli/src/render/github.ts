import type { Location } from "@mofkit/diagnostics";
import { joinLines, type RenderInput } from "./types.js";

/** Escapes the message part of a workflow command (as `escapeData` in @actions/core). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a `key=value` property of a workflow command (as `escapeProperty` in @actions/core). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

function properties(loc: Location | undefined, code: string): string {
  const props: [string, string | number][] = [];
  if (loc) {
    props.push(
      ["file", loc.file.replace(/\\/g, "/")],
      ["line", loc.start.line],
      ["col", loc.start.column],
      ["endLine", loc.end.line],
      ["endColumn", loc.end.column],
    );
  }
  props.push(["title", code]);
  return props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
}

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the changed files:
 *
 * ```text
 * ::error file=a.mof,line=2,col=1,endLine=2,endColumn=6,title=MOF1100::expected ';' but found 'class'
 * ```
 *
 * Paths are printed with forward slashes; GitHub resolves relative paths against the repository root.
 */
export function renderGithub(input: RenderInput): string {
  return joinLines(
    input.diagnostics.map((d) => `::${d.severity} ${properties(d.location, d.code)}::${escapeData(d.message)}`),
  );
}
