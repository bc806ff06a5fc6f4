import * as util from "node:util";

/** The styles the renderers use; all exist in `util.inspect.colors`. */
export type Style = "red" | "yellow" | "cyan" | "gray" | "bold";

export type Styler = (style: Style, text: string) => string;

/** Raw SGR codes (open, close), matching `util.inspect.colors`, for Node versions without `util.styleText`. */
const ansi: Record<Style, readonly [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  gray: [90, 39],
  bold: [1, 22],
};

type StyleTextFn = (format: Style, text: string, options?: { validateStream?: boolean }) => string;

// `util.styleText` appeared in Node 20.12; the package allows 20.11, so look it up instead of importing it by name
// (a named import of a missing builtin export fails at link time).
const nativeStyleText = (util as unknown as { styleText?: StyleTextFn }).styleText;

function ansiStyle(style: Style, text: string): string {
  const [open, close] = ansi[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

/**
 * Returns a function that styles text when `color` is true and returns it unchanged otherwise.
 * The caller decides about colour (see `shouldUseColor`), so `styleText` is told not to second-guess it:
 * since Node 20.19/22.13 it otherwise drops the codes whenever process.stdout is not a TTY.
 */
export function createStyler(color: boolean): Styler {
  if (!color) return (_style, text) => text;
  if (typeof nativeStyleText === "function") {
    return (style, text) => (text === "" ? "" : nativeStyleText(style, text, { validateStream: false }));
  }
  return (style, text) => (text === "" ? "" : ansiStyle(style, text));
}

/**
 * Whether to colour output written to `stream`:
 * NO_COLOR (non-empty) disables; FORCE_COLOR (non-empty) enables unless it is "0" or "false", which disable;
 * TERM=dumb disables; otherwise colour only on a TTY.
 */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force.toLowerCase() !== "false";
  if (env.TERM === "dumb") return false;
  return stream.isTTY === true;
}
