import { renderGithub } from "./github.js";
import { renderJson } from "./json.js";
import { renderMsbuild } from "./msbuild.js";
import { renderPretty } from "./pretty.js";
import { renderSarif } from "./sarif.js";
import type { Format, RenderInput } from "./types.js";

export type { Format, RenderInput, Summary } from "./types.js";
export { formats } from "./types.js";
export { shouldUseColor } from "./color.js";
export type { JsonDiagnostic, JsonOutput, JsonRelated } from "./json.js";
export type { SarifLog } from "./sarif.js";
export { buildSarif, toSarifUri } from "./sarif.js";
export { escapeData, escapeProperty } from "./github.js";
export { renderGithub, renderJson, renderMsbuild, renderPretty, renderSarif };

/** Renders diagnostics and the summary as the full stdout text of `mofkit check --format <format>`. */
export function render(format: Format, input: RenderInput): string {
  switch (format) {
    case "pretty":
      return renderPretty(input);
    case "msbuild":
      return renderMsbuild(input);
    case "json":
      return renderJson(input);
    case "sarif":
      return renderSarif(input);
    case "github":
      return renderGithub(input);
    default: {
      const never: never = format;
      throw new Error(`unknown output format '${String(never)}'`);
    }
  }
}
