/**
 * Checks `#pragma` directives against what each dialect implements: DSP0004 7.14 for `dmtf`,
 * Microsoft's mofcomp pragma pages for `wmi`. Pragmas run in order, so state (classflags,
 * mutually exclusive pairs) is carried across the productions of one compilation.
 */
import { codes, createDiagnostic, type Diagnostic } from "@mofkit/diagnostics";
import type { PragmaArgument, PragmaDirective } from "./ast.js";
import type { Dialect } from "./lexer.js";
import { parseNamespacePath } from "./namespace-path.js";

type Report = (d: Diagnostic, start: number, end: number) => void;

interface PragmaRule {
  dialects: Dialect[];
  check(p: PragmaDirective, ctx: PragmaContext): void;
}

export class PragmaContext {
  readonly seen = new Set<string>();
  constructor(
    readonly dialect: Dialect,
    /** Set by the caller before each pragma, so locations map into the right document. */
    public report: Report,
  ) {}

  malformed(p: PragmaDirective, detail: string): void {
    this.report(createDiagnostic(codes.malformedPragma, { name: p.name.name, detail }), p.span.start, p.span.end);
  }
}

function stringArgs(p: PragmaDirective): string[] | undefined {
  if (!p.args) return undefined;
  const out: string[] = [];
  for (const a of p.args) {
    if (a.kind !== "String") return undefined;
    out.push(a.value);
  }
  return out;
}

/** DMTF shape: exactly one string in parentheses. */
function oneString(p: PragmaDirective, ctx: PragmaContext): string | undefined {
  if (!p.args) {
    ctx.malformed(p, 'expected ("value") after the pragma name');
    return undefined;
  }
  if (p.args.length !== 1 || p.args[0].kind !== "String") {
    ctx.malformed(p, "expected exactly one string argument");
    return undefined;
  }
  return p.args[0].value;
}

function argText(a: PragmaArgument): string {
  if (a.kind === "String") return `"${a.value}"`;
  if (a.kind === "Integer") return a.value.toString();
  return a.name;
}

const exclusive: Record<string, string> = {
  nonlocal: "nonlocaltype",
  nonlocaltype: "nonlocal",
  source: "sourcetype",
  sourcetype: "source",
};

const classFlagNames = ["createonly", "updateonly", "safeupdate", "forceupdate"];

const rules: Record<string, PragmaRule> = {
  include: { dialects: ["dmtf", "wmi"], check: (p, ctx) => void oneString(p, ctx) },
  namespace: {
    dialects: ["dmtf", "wmi"],
    check(p, ctx) {
      const v = oneString(p, ctx);
      if (v === undefined) return;
      const ns = parseNamespacePath(v);
      if (!ns.ok) {
        const a = p.args![0];
        ctx.report(createDiagnostic(codes.invalidNamespace, { path: v, detail: ns.reason }), a.span.start, a.span.end);
      }
    },
  },
  locale: { dialects: ["dmtf"], check: (p, ctx) => checkLocale(p, ctx) },
  instancelocale: { dialects: ["dmtf"], check: (p, ctx) => checkLocale(p, ctx) },
  nonlocal: { dialects: ["dmtf"], check: (p, ctx) => void oneString(p, ctx) },
  nonlocaltype: { dialects: ["dmtf"], check: (p, ctx) => void oneString(p, ctx) },
  source: { dialects: ["dmtf"], check: (p, ctx) => void oneString(p, ctx) },
  sourcetype: { dialects: ["dmtf"], check: (p, ctx) => void oneString(p, ctx) },
  amendment: { dialects: ["wmi"], check: (p, ctx) => void oneString(p, ctx) },
  autorecover: {
    dialects: ["wmi"],
    check(p, ctx) {
      if (p.args && p.args.length > 0) ctx.malformed(p, "autorecover takes no arguments");
    },
  },
  classflags: {
    dialects: ["wmi"],
    check(p, ctx) {
      if (!p.args || p.args.length === 0) return ctx.malformed(p, 'expected one or more flags, e.g. ("forceupdate")');
      const flags: string[] = [];
      for (const a of p.args) {
        // mofcomp also takes the numeric WBEM flag value (Windows-classic-samples use 64).
        if (a.kind === "Integer") continue;
        if (a.kind !== "String") return ctx.malformed(p, "flags are strings");
        const f = a.value.toLowerCase();
        if (!classFlagNames.includes(f)) {
          ctx.report(
            createDiagnostic(codes.malformedPragma, {
              name: "classflags",
              detail: `unknown flag ${argText(a)}; expected ${classFlagNames.join(", ")}`,
            }),
            a.span.start,
            a.span.end,
          );
        }
        flags.push(f);
      }
      const has = (f: string) => flags.includes(f);
      const clash =
        has("createonly") && has("updateonly")
          ? "createonly, updateonly"
          : has("safeupdate") && has("forceupdate")
            ? "safeupdate, forceupdate"
            : has("createonly") && (has("safeupdate") || has("forceupdate"))
              ? `createonly, ${has("safeupdate") ? "safeupdate" : "forceupdate"}`
              : undefined;
      if (clash)
        ctx.report(
          createDiagnostic(codes.conflictingPragmaFlags, { name: "classflags", flags: clash }),
          p.span.start,
          p.span.end,
        );
    },
  },
  instanceflags: {
    dialects: ["wmi"],
    check(p, ctx) {
      const args = stringArgs(p);
      if (!args || args.length !== 1) return ctx.malformed(p, 'expected one flag: ("createonly") or ("updateonly")');
      const f = args[0].toLowerCase();
      if (f !== "createonly" && f !== "updateonly") {
        const a = p.args![0];
        ctx.report(
          createDiagnostic(codes.malformedPragma, {
            name: "instanceflags",
            detail: `unknown flag ${argText(a)}; expected createonly or updateonly`,
          }),
          a.span.start,
          a.span.end,
        );
      }
    },
  },
  deleteclass: { dialects: ["wmi"], check: (p, ctx) => checkDelete(p, ctx, "a class name") },
  deleteinstance: { dialects: ["wmi"], check: (p, ctx) => checkDelete(p, ctx, "an object path") },
};

function checkLocale(p: PragmaDirective, ctx: PragmaContext): void {
  const v = oneString(p, ctx);
  if (v === undefined) return;
  if (!/^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(v)) {
    const a = p.args![0];
    ctx.report(
      createDiagnostic(codes.unknownPragmaValue, {
        value: `"${v}"`,
        name: p.name.name,
        expected: 'a locale such as "en_US"',
      }),
      a.span.start,
      a.span.end,
    );
  }
}

function checkDelete(p: PragmaDirective, ctx: PragmaContext, what: string): void {
  const args = p.args;
  if (!args || args.length !== 2 || args[0].kind !== "String") {
    return ctx.malformed(p, `expected (${what} string, fail or nofail)`);
  }
  const flag = args[1];
  const word =
    flag.kind === "Identifier" ? flag.name.toLowerCase() : flag.kind === "String" ? flag.value.toLowerCase() : "";
  if (word !== "fail" && word !== "nofail") {
    ctx.report(
      createDiagnostic(codes.malformedPragma, {
        name: p.name.name,
        detail: `expected fail or nofail, found ${argText(flag)}`,
      }),
      flag.span.start,
      flag.span.end,
    );
  }
}

export function checkPragma(p: PragmaDirective, ctx: PragmaContext): void {
  const name = p.name.name.toLowerCase();
  // DSP0004 gives every pragma the shape `#pragma name("string")`.
  if (ctx.dialect === "dmtf" && (p.args?.length !== 1 || p.args[0].kind !== "String")) {
    ctx.malformed(p, "DSP0004 pragmas take exactly one string in parentheses");
    return;
  }
  const rule = Object.hasOwn(rules, name) ? rules[name] : undefined;
  if (!rule || !rule.dialects.includes(ctx.dialect)) {
    ctx.report(createDiagnostic(codes.unknownPragma, { name: p.name.name }), p.name.span.start, p.name.span.end);
    return;
  }
  rule.check(p, ctx);
  const other = exclusive[name];
  if (other && ctx.seen.has(other)) {
    ctx.report(createDiagnostic(codes.exclusivePragmas, { name: p.name.name, other }), p.span.start, p.span.end);
  }
  ctx.seen.add(name);
}
