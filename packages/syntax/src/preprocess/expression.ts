import type { PPToken } from "./lexer.js";
import { describeToken } from "./reporter.js";

/**
 * `#if` / `#elif` expression evaluation on macro-expanded tokens, with C's 64-bit signed and
 * unsigned arithmetic (BigInt, wrapped to 64 bits). `defined` has already been replaced by the
 * expander; any identifier left over evaluates to 0, as in C.
 */
interface Value {
  v: bigint;
  /** Unsigned (a `u` suffix, or a constant too large for a signed 64-bit integer). */
  u: boolean;
}

export interface ExpressionError {
  message: string;
  /** The offending token, when there is one with a source position. */
  token: PPToken | undefined;
}

class Fail {
  constructor(readonly error: ExpressionError) {}
}

const PRECEDENCE: Record<string, number> = {
  "||": 1,
  "&&": 2,
  "|": 3,
  "^": 4,
  "&": 5,
  "==": 6,
  "!=": 6,
  "<": 7,
  "<=": 7,
  ">": 7,
  ">=": 7,
  "<<": 8,
  ">>": 8,
  "+": 9,
  "-": 9,
  "*": 10,
  "/": 10,
  "%": 10,
};
const ASSIGNMENT = new Set(["=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "++", "--"]);
const MAX_NESTING = 256;

const ZERO: Value = { v: 0n, u: false };
const bool = (b: boolean): Value => ({ v: b ? 1n : 0n, u: false });
const wrap = (v: bigint, u: boolean): Value => ({ v: u ? BigInt.asUintN(64, v) : BigInt.asIntN(64, v), u });

/** Evaluates the expression; returns its truth or an error to report. */
export function evaluateExpression(tokens: readonly PPToken[]): { value: boolean } | { error: ExpressionError } {
  const p = new ExpressionParser(tokens);
  try {
    const v = p.parseConditional(true);
    if (p.index < tokens.length) {
      const t = tokens[p.index];
      p.fail(`expected an operator or the end of the #if expression but found ${describeToken(t.text)}`, t);
    }
    return { value: v.v !== 0n };
  } catch (e) {
    if (e instanceof Fail) return { error: e.error };
    throw e;
  }
}

class ExpressionParser {
  index = 0;
  private depth = 0;

  constructor(private readonly tokens: readonly PPToken[]) {}

  fail(message: string, token: PPToken | undefined): never {
    throw new Fail({ message, token });
  }

  private peekPunct(): string | undefined {
    const t = this.tokens[this.index];
    return t !== undefined && t.kind === "punct" ? t.text : undefined;
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING)
      this.fail(`#if expression is nested more than ${MAX_NESTING} levels deep`, this.tokens[this.index]);
  }

  parseConditional(ev: boolean): Value {
    this.enter();
    const c = this.parseBinary(1, ev);
    let result = c;
    if (this.peekPunct() === "?") {
      this.index++;
      const taken = c.v !== 0n;
      const a = this.parseConditional(ev && taken);
      if (this.peekPunct() !== ":") {
        const t = this.tokens[this.index];
        this.fail(`expected ':' to go with '?' in #if expression but found ${describeToken(t?.text)}`, t);
      }
      this.index++;
      const b = this.parseConditional(ev && !taken);
      const u = a.u || b.u;
      result = wrap(taken ? a.v : b.v, u);
    }
    this.depth--;
    return result;
  }

  private parseBinary(minPrec: number, ev: boolean): Value {
    let lhs = this.parseUnary(ev);
    for (;;) {
      const op = this.peekPunct();
      const prec = op === undefined ? undefined : PRECEDENCE[op];
      if (op === undefined || prec === undefined || prec < minPrec) {
        if (op !== undefined && (ASSIGNMENT.has(op) || op === ","))
          this.fail(`'${op}' is not allowed in a #if expression`, this.tokens[this.index]);
        return lhs;
      }
      const opTok = this.tokens[this.index++];
      if (op === "&&" || op === "||") {
        // Short-circuit: the right operand is checked but not evaluated (no division-by-zero error).
        const left = lhs.v !== 0n;
        const rhs = this.parseBinary(prec + 1, ev && (op === "&&" ? left : !left));
        lhs = bool(op === "&&" ? left && rhs.v !== 0n : left || rhs.v !== 0n);
        continue;
      }
      const rhs = this.parseBinary(prec + 1, ev);
      lhs = this.apply(op, lhs, rhs, ev, opTok);
    }
  }

  private apply(op: string, a: Value, b: Value, ev: boolean, opTok: PPToken): Value {
    if (op === "<<" || op === ">>") {
      // The result has the left operand's type; huge counts are clamped instead of allocating.
      const x = a.v;
      let n = b.v;
      let left = op === "<<";
      if (n < 0n) {
        n = -n;
        left = !left;
      }
      if (n >= 64n) return left ? wrap(0n, a.u) : wrap(x < 0n ? -1n : 0n, a.u);
      return wrap(left ? x << n : x >> n, a.u);
    }
    const u = a.u || b.u;
    const x = u ? BigInt.asUintN(64, a.v) : a.v;
    const y = u ? BigInt.asUintN(64, b.v) : b.v;
    switch (op) {
      case "*":
        return wrap(x * y, u);
      case "/":
      case "%":
        if (y === 0n) {
          if (ev) this.fail(`division by zero in #if expression`, opTok);
          return { v: 0n, u };
        }
        return wrap(op === "/" ? x / y : x % y, u);
      case "+":
        return wrap(x + y, u);
      case "-":
        return wrap(x - y, u);
      case "<":
        return bool(x < y);
      case "<=":
        return bool(x <= y);
      case ">":
        return bool(x > y);
      case ">=":
        return bool(x >= y);
      case "==":
        return bool(x === y);
      case "!=":
        return bool(x !== y);
      case "&":
        return wrap(x & y, u);
      case "^":
        return wrap(x ^ y, u);
      case "|":
        return wrap(x | y, u);
    }
    return this.fail(`'${op}' is not allowed in a #if expression`, opTok);
  }

  private parseUnary(ev: boolean): Value {
    const t = this.tokens[this.index];
    if (t === undefined)
      this.fail("expected a number, identifier or '(' in #if expression but found end of line", undefined);
    if (t.kind === "punct") {
      switch (t.text) {
        case "+":
        case "-":
        case "~":
        case "!": {
          this.index++;
          this.enter();
          const v = this.parseUnary(ev);
          this.depth--;
          if (t.text === "!") return bool(v.v === 0n);
          if (t.text === "~") return wrap(~v.v, v.u);
          return t.text === "-" ? wrap(-v.v, v.u) : v;
        }
        case "(": {
          this.index++;
          const v = this.parseConditional(ev);
          const close = this.tokens[this.index];
          if (close === undefined || close.kind !== "punct" || close.text !== ")") {
            this.fail(
              `expected ')' to close the '(' in #if expression but found ${describeToken(close?.text)}`,
              close ?? t,
            );
          }
          this.index++;
          return v;
        }
      }
    }
    this.index++;
    switch (t.kind) {
      case "number":
        return this.number(t);
      case "char":
        return this.charValue(t);
      case "ident":
        return ZERO;
      case "string":
        return this.fail(`a string literal is not allowed in a #if expression`, t);
      default:
        if (t.kind === "punct" && (ASSIGNMENT.has(t.text) || t.text === ","))
          this.fail(`'${t.text}' is not allowed in a #if expression`, t);
        return this.fail(
          `expected a number, identifier or '(' in #if expression but found ${describeToken(t.text)}`,
          t,
        );
    }
  }

  private number(t: PPToken): Value {
    const r = parseInteger(t.text);
    if (typeof r === "string") this.fail(r, t);
    return r;
  }

  private charValue(t: PPToken): Value {
    const body = t.text.slice(1, t.text.endsWith("'") && t.text.length > 1 ? -1 : undefined);
    const m = /^(?:\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)|([^\\]))$/su.exec(body);
    if (!m) this.fail(`invalid character constant ${t.text} in #if expression`, t);
    if (m[2] !== undefined) return { v: BigInt(m[2].codePointAt(0)!), u: false };
    const e = m[1];
    const simple: Record<string, number> = {
      n: 10,
      t: 9,
      r: 13,
      "0": 0,
      a: 7,
      b: 8,
      f: 12,
      v: 11,
      "\\": 92,
      "'": 39,
      '"': 34,
      "?": 63,
    };
    if (e[0] === "x") return { v: BigInt(`0x${e.slice(1)}`), u: false };
    if (/^[0-7]+$/.test(e)) return { v: BigInt(`0o${e}`), u: false };
    return { v: BigInt(simple[e] ?? e.codePointAt(0)!), u: false };
  }
}

const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** Parses a C integer constant (decimal, 0x hex, 0 octal, 0b binary; u/l/ll and i64-style suffixes). */
export function parseInteger(text: string): Value | string {
  const m =
    /^(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)((?:[uU](?:ll|LL|l|L)?|(?:ll|LL|l|L)[uU]?|[uU]?[iI](?:8|16|32|64))?)$/.exec(
      text,
    );
  if (!m) {
    if (/^(?:[0-9]*\.|[0-9]+[eE]|0[xX][0-9a-fA-F]*[pP])/.test(text))
      return `floating-point constant '${text}' is not allowed in a #if expression`;
    return `invalid integer constant '${text}' in #if expression`;
  }
  const digits = m[1];
  let v: bigint;
  if (/^0[xXbB]/.test(digits)) v = BigInt(digits);
  else if (digits.length > 1 && digits[0] === "0") {
    if (!/^[0-7]+$/.test(digits))
      return `invalid octal constant '${text}' in #if expression: only digits 0-7 may follow a leading 0`;
    v = BigInt(`0o${digits.slice(1)}`);
  } else v = BigInt(digits);
  if (v > UINT64_MAX) return `integer constant '${text}' is too large for 64 bits`;
  return { v, u: /[uU]/.test(m[2]) || v > INT64_MAX };
}
