import type { SourceFile } from "@mofkit/diagnostics";
import type { PPToken, TokenKind } from "./lexer.js";
import { describeToken, type Reporter } from "./reporter.js";

/** A token of a macro body; parameters are resolved to indexes once, at definition time. */
export interface BodyToken {
  kind: TokenKind | "stringize";
  text: string;
  spaceBefore: boolean;
  /** Index into MacroDef.params when the token names a parameter (or is `#param`), else -1. */
  param: number;
}

export interface MacroDef {
  name: string;
  /** Parameter names of a function-like macro (`__VA_ARGS__` last when variadic); undefined when object-like. */
  params: string[] | undefined;
  variadic: boolean;
  body: BodyToken[];
  /** Predefined macros whose value depends on where they are used. */
  builtin?: "file" | "line";
  /** Where it was defined (for redefinition warnings). */
  file: SourceFile;
  start: number;
  end: number;
}

function isPunct(t: PPToken | undefined, text: string): boolean {
  return t !== undefined && t.kind === "punct" && t.text === text;
}

/**
 * Parses what follows `#define` (whitespace already folded into `spaceBefore`).
 * Reports and returns undefined when the definition is malformed.
 */
export function parseDefine(
  tokens: readonly PPToken[],
  file: SourceFile,
  directiveStart: number,
  directiveEnd: number,
  reporter: Reporter,
): MacroDef | undefined {
  const nameTok = tokens[0];
  const fail = (detail: string, at: PPToken | undefined): undefined => {
    const start = at ? at.start : directiveEnd;
    reporter.error(file, detail, start, at ? at.end : directiveEnd);
    return undefined;
  };
  if (!nameTok) return fail("#define needs a macro name", undefined);
  if (nameTok.kind !== "ident")
    return fail(
      `malformed #define: expected a macro name (an identifier) but found ${describeToken(nameTok.text)}`,
      nameTok,
    );
  const name = nameTok.text;
  if (name === "defined") return fail("'defined' cannot be used as a macro name", nameTok);

  let i = 1;
  let params: string[] | undefined;
  let variadic = false;
  // A `(` right after the name (no blank) makes the macro function-like.
  if (isPunct(tokens[1], "(") && !tokens[1].spaceBefore) {
    params = [];
    i = 2;
    for (;;) {
      const t = tokens[i];
      if (isPunct(t, ")") && params.length === 0) {
        i++;
        break;
      }
      if (t && t.kind === "ident") {
        if (t.text === "__VA_ARGS__")
          return fail(
            `'__VA_ARGS__' can only appear in the body of a variadic macro, not as a parameter of '${name}'`,
            t,
          );
        if (params.includes(t.text))
          return fail(`duplicate parameter '${t.text}' in the definition of macro '${name}'`, t);
        params.push(t.text);
        i++;
        if (isPunct(tokens[i], "...")) {
          // GNU named variadic parameter: `args...`
          variadic = true;
          i++;
        }
      } else if (isPunct(t, "...")) {
        params.push("__VA_ARGS__");
        variadic = true;
        i++;
      } else {
        return fail(
          `malformed #define: expected a parameter name${params.length === 0 ? ", '...' or ')'" : " or '...'"} in the parameter list of macro '${name}' but found ${describeToken(t?.text)}`,
          t,
        );
      }
      const sep = tokens[i];
      if (isPunct(sep, ")")) {
        i++;
        break;
      }
      if (isPunct(sep, ",") && !variadic) {
        i++;
        continue;
      }
      return fail(
        `malformed #define: expected ${variadic ? "')'" : "',' or ')'"} after parameter '${params[params.length - 1]}' of macro '${name}' but found ${describeToken(sep?.text)}`,
        sep,
      );
    }
  }

  const body: BodyToken[] = [];
  for (let k = i; k < tokens.length; k++) {
    const t = tokens[k];
    const spaceBefore = body.length > 0 && t.spaceBefore;
    if (t.kind === "punct" && t.text === "##") {
      if (body.length === 0 || k === tokens.length - 1)
        return fail(`'##' cannot appear at either end of the body of macro '${name}'`, t);
      body.push({ kind: "paste", text: "##", spaceBefore, param: -1 });
      continue;
    }
    if (params && t.kind === "punct" && t.text === "#") {
      const next = tokens[k + 1];
      const p = next && next.kind === "ident" ? params.indexOf(next.text) : -1;
      if (p < 0)
        return fail(
          `'#' in function-like macro '${name}' must be followed by a parameter name, found ${describeToken(next?.text)}`,
          t,
        );
      body.push({ kind: "stringize", text: `#${next.text}`, spaceBefore, param: p });
      k++;
      continue;
    }
    const param = params && t.kind === "ident" ? params.indexOf(t.text) : -1;
    body.push({ kind: t.kind, text: t.text, spaceBefore, param });
  }
  return { name, params, variadic, body, file, start: directiveStart, end: directiveEnd };
}

/** C's rule for benign redefinition: same parameters, same tokens, same whitespace separation. */
export function sameDefinition(a: MacroDef, b: MacroDef): boolean {
  if (a.builtin || b.builtin) return false;
  if ((a.params === undefined) !== (b.params === undefined) || a.variadic !== b.variadic) return false;
  if (a.params && b.params && (a.params.length !== b.params.length || a.params.some((p, i) => p !== b.params![i])))
    return false;
  if (a.body.length !== b.body.length) return false;
  for (let i = 0; i < a.body.length; i++) {
    const x = a.body[i];
    const y = b.body[i];
    if (x.kind !== y.kind || x.text !== y.text || x.param !== y.param || x.spaceBefore !== y.spaceBefore) return false;
  }
  return true;
}

/** Human-readable signature for messages: `F(a, b)` or `X`. */
export function macroSignature(m: MacroDef): string {
  if (!m.params) return m.name;
  return `${m.name}(${m.params.map((p) => (p === "__VA_ARGS__" ? "..." : p)).join(", ")})`;
}
