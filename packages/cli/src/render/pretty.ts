import type { Diagnostic, Location } from "@mofkit/diagnostics";
import { createStyler, type Styler } from "./color.js";
import { codeFrame } from "./frame.js";
import type { RenderInput, Summary } from "./types.js";

/**
 * TypeScript-style human output:
 *
 * ```text
 * a.mof:2:1 - error MOF1100: expected ';' but found 'class'
 *
 * 2 | class Ex_Next { };
 *   | ~~~~~
 *
 * Found 1 error in 1 file.
 * ```
 *
 * Diagnostics are separated by a blank line; related locations follow the frame, indented by two spaces.
 */
export function renderPretty(input: RenderInput): string {
  const style = createStyler(input.color);
  const blocks = input.diagnostics.map((d) => renderDiagnostic(d, input, style));
  blocks.push(summaryLine(input.summary));
  return blocks.join("\n\n") + "\n";
}

function renderDiagnostic(d: Diagnostic, input: RenderInput, style: Styler): string {
  const severityStyle = d.severity === "error" ? "red" : "yellow";
  const head = `${style(severityStyle, d.severity)} ${style("gray", d.code + ":")} ${d.message}`;
  if (!d.location) return [head, ...relatedLines(d, style)].join("\n");

  const lines = [`${formatLocation(d.location, style)} - ${head}`];
  const source = input.sources.get(d.location.file);
  const frame = source && codeFrame(source, d.location.start, d.location.end);
  if (frame) {
    const number = String(frame.line);
    const gutter = style("gray", `${number} |`);
    const blankGutter = style("gray", `${" ".repeat(number.length)} |`);
    lines.push("");
    lines.push(frame.text === "" ? gutter : `${gutter} ${frame.text}`);
    lines.push(`${blankGutter} ${" ".repeat(frame.markerColumn)}${style(severityStyle, frame.marker)}`);
  }
  lines.push(...relatedLines(d, style));
  return lines.join("\n");
}

function relatedLines(d: Diagnostic, style: Styler): string[] {
  return (d.related ?? []).map((r) => `  ${formatLocation(r.location, style)} - ${r.message}`);
}

function formatLocation(loc: Location, style: Styler): string {
  return `${style("cyan", loc.file)}:${style("yellow", String(loc.start.line))}:${style("yellow", String(loc.start.column))}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** `Found 2 errors and 1 warning in 3 files.` / `No problems found in 3 files.` (no "in ..." when no file was read). */
export function summaryLine(summary: Summary): string {
  const where = summary.files > 0 ? ` in ${plural(summary.files, "file")}` : "";
  const parts: string[] = [];
  if (summary.errors > 0) parts.push(plural(summary.errors, "error"));
  if (summary.warnings > 0) parts.push(plural(summary.warnings, "warning"));
  if (parts.length === 0) return `No problems found${where}.`;
  return `Found ${parts.join(" and ")}${where}.`;
}
