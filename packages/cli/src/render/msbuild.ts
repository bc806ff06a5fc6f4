import { joinLines, singleLine, type RenderInput } from "./types.js";

/**
 * MSBuild canonical error format, one line per diagnostic, understood by Visual Studio, VS Code's `$msCompile`
 * problem matcher and Azure Pipelines:
 *
 * ```text
 * a.mof(2,1,2,6): error MOF1100: expected ';' but found 'class'
 * mofkit : error MOF5001: cannot read input file 'x.mof': not found
 * ```
 *
 * Columns are 1-based; the end column is exclusive (the column after the span), as in VS Code ranges.
 * Related locations have no place in this format and are left out.
 */
export function renderMsbuild(input: RenderInput): string {
  return joinLines(
    input.diagnostics.map((d) => {
      const origin = d.location
        ? `${d.location.file}(${d.location.start.line},${d.location.start.column},${d.location.end.line},${d.location.end.column})`
        : "mofkit ";
      return `${origin}: ${d.severity} ${d.code}: ${singleLine(d.message)}`;
    }),
  );
}
