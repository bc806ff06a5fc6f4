import { isSpaceKind, type PPToken } from "./lexer.js";

interface Context {
  tokens: PPToken[];
  index: number;
  /** The macro whose replacement this is; it stays disabled until the context is popped. */
  macro: string | undefined;
}

/**
 * A stack of token sources: the base list (source text, an argument, a #if line) and, above it,
 * macro replacements being rescanned. Reading past the end of a replacement continues in the
 * context below, which is how a function-like macro name at the end of a replacement picks up
 * its arguments from the following source text. While a replacement is on the stack its macro
 * is disabled, which is C's no-self-recursion rule.
 */
export class TokenReader {
  private readonly stack: Context[];

  constructor(
    base: PPToken[],
    /** Shared by nested readers so argument pre-expansion also sees the outer disabled macros. */
    private readonly disabled: Map<string, number>,
    private readonly maxDepth: number,
    private readonly onTooDeep: () => never,
  ) {
    this.stack = [{ tokens: base, index: 0, macro: undefined }];
  }

  /** True when the last token returned came straight from the base list. */
  get inBase(): boolean {
    return this.stack.length === 1;
  }

  next(): PPToken | undefined {
    for (;;) {
      const top = this.stack[this.stack.length - 1];
      if (top.index < top.tokens.length) return top.tokens[top.index++];
      if (this.stack.length === 1) return undefined;
      this.pop();
    }
  }

  /** Like next(), but skips blanks, line breaks and comments. */
  nextNonSpace(): PPToken | undefined {
    for (;;) {
      const t = this.next();
      if (t === undefined || !isSpaceKind(t.kind)) return t;
    }
  }

  push(macro: string | undefined, tokens: PPToken[]): void {
    if (this.stack.length >= this.maxDepth) this.onTooDeep();
    this.stack.push({ tokens, index: 0, macro });
    if (macro !== undefined) this.disabled.set(macro, (this.disabled.get(macro) ?? 0) + 1);
  }

  private pop(): void {
    const ctx = this.stack.pop()!;
    if (ctx.macro !== undefined) {
      const n = (this.disabled.get(ctx.macro) ?? 1) - 1;
      if (n > 0) this.disabled.set(ctx.macro, n);
      else this.disabled.delete(ctx.macro);
    }
  }

  isDisabled(name: string): boolean {
    return this.disabled.has(name);
  }

  /** Whether the next non-space token, looking through all contexts without consuming, is `(`. */
  nextIsOpenParen(): boolean {
    for (let d = this.stack.length - 1; d >= 0; d--) {
      const c = this.stack[d];
      for (let k = c.index; k < c.tokens.length; k++) {
        const t = c.tokens[k];
        if (isSpaceKind(t.kind)) continue;
        return t.kind === "punct" && t.text === "(";
      }
    }
    return false;
  }
}
