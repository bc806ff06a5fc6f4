/**
 * Seeded fuzzing of the front end: random bytes, truncations and mutations of corpus files,
 * pathological nesting, multi-megabyte lines, NUL bytes and broken UTF-16. Every input must end
 * in diagnostics only: no exception, no hang, every diagnostic coded and located.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryHost, loadProgram, printMof, parseText, type Dialect } from "@mofkit/syntax";
import { main } from "../packages/cli/src/main.js";
import { corpusMofFiles, hasCorpus, mofCorpus } from "./support/corpus.js";
import { rng } from "./support/rng.js";

const seedMof = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
Qualifier Key : boolean = false, Scope(property, reference), Flavor(DisableOverride, ToSubclass);
[WMI, guid("{6A3C2D10-4B7E-4F1A-9C55-0D2E7B8A1F01}"), Description("a" "b")]
class Ex_A : Ex_Base { [key, read] string InstanceName; uint8 V[4] = {1, 0x2, 03, 1b}; real64 R = -.5e3;
  void M([in] Ex_B ref P[], [out] object O = null); char16 C = '\\x41'; };
instance of Ex_A as $a { InstanceName = "x"; O = instance of Ex_B { Z = $a; }; };
`;

const fragments = [
  "{",
  "}",
  "[",
  "]",
  "(",
  ")",
  ";",
  ",",
  ":",
  "=",
  '"',
  "'",
  "/*",
  "*/",
  "//",
  "#pragma",
  "instance of",
  "class",
  "ref",
  "$",
  "\\x",
  "\u0000",
  "\r",
  "\n",
  "0x",
  "08",
  "\uD800",
  "1.",
  "-",
];

function assertDiagnosticsOnly(text: string | Uint8Array, dialect: Dialect): void {
  const files = { "f.mof": text };
  const program = loadProgram(["f.mof"], createMemoryHost(files), { dialect });
  for (const d of program.diagnostics) {
    expect(d.code).toMatch(/^MOF\d{4}$/);
    expect(d.location).toBeDefined();
    expect(d.location!.start.line).toBeGreaterThanOrEqual(1);
    expect(d.location!.start.column).toBeGreaterThanOrEqual(1);
  }
  // The printer must cope with whatever recovery produced.
  for (const doc of program.documents) printMof(doc.productions);
}

function mutate(src: string, r: () => number): string {
  let s = src;
  const n = 1 + Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    const at = Math.floor(r() * (s.length + 1));
    const op = r();
    if (op < 0.4) s = s.slice(0, at) + fragments[Math.floor(r() * fragments.length)] + s.slice(at);
    else if (op < 0.8) s = s.slice(0, at) + s.slice(at + 1 + Math.floor(r() * 10));
    else s = s.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x10000)) + s.slice(at);
  }
  return s;
}

describe("fuzz: the front end never throws", () => {
  it("random bytes", () => {
    const r = rng(1);
    for (let i = 0; i < 300; i++) {
      const bytes = new Uint8Array(Math.floor(r() * 400));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(r() * 256);
      assertDiagnosticsOnly(bytes, i % 2 ? "wmi" : "dmtf");
    }
  });

  it("mutations of a MOF seed", () => {
    const r = rng(2);
    for (let i = 0; i < 1500; i++) assertDiagnosticsOnly(mutate(seedMof, r), i % 2 ? "wmi" : "dmtf");
  });

  it.skipIf(!hasCorpus)("truncations and mutations of corpus files", () => {
    const r = rng(3);
    const files = corpusMofFiles();
    for (let i = 0; i < 300; i++) {
      const rel = files[Math.floor(r() * files.length)];
      const bytes = readFileSync(join(mofCorpus, rel));
      const cut = bytes.subarray(0, Math.floor(r() * bytes.length));
      assertDiagnosticsOnly(cut, "wmi");
      const text = new TextDecoder().decode(bytes.subarray(0, 20000));
      assertDiagnosticsOnly(mutate(text, r), "dmtf");
    }
  });

  it("100k-deep nesting of every bracket kind and of embedded instances", () => {
    const deep = 100_000;
    const cases = [
      "{".repeat(deep),
      "[".repeat(deep) + "]".repeat(deep),
      `class A { uint8 V = ${"{".repeat(deep)}1${"}".repeat(deep)}; };`,
      `instance of A { P = ${"instance of A { P = ".repeat(deep)}1;${" };".repeat(deep)} };`,
      `class A { uint8 M(${"(".repeat(deep)}); };`,
    ];
    for (const c of cases) {
      const res = parseText(c, { dialect: "wmi" });
      expect(res.diagnostics.some((d) => d.diagnostic.severity === "error")).toBe(true);
      assertDiagnosticsOnly(c, "wmi");
    }
  });

  it("multi-megabyte lines, NUL bytes and broken UTF-16", () => {
    const big = 4 * 1024 * 1024;
    const inputs: (string | Uint8Array)[] = [
      `class A { string S = "${"x".repeat(big)}"; };`,
      `class A${"a".repeat(big)} { };`,
      `class A { string S = "${"y".repeat(big)}`,
      "/*" + "*".repeat(big),
      "a".repeat(big),
      `class A {\u0000 uint8\u0000 V; };\u0000`,
      new Uint8Array([0xff, 0xfe, 0x63, 0x00, 0x6c]),
      new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x63, 0x00]),
      new Uint8Array([0xfe, 0xff, 0xdc, 0x00]),
      new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28, 0x41]),
    ];
    for (const input of inputs) assertDiagnosticsOnly(input, "wmi");
  });

  it("the CLI prints diagnostics, never a stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mofkit-fuzz-"));
    const r = rng(4);
    for (let i = 0; i < 20; i++) {
      const file = join(dir, `f${i}.mof`);
      writeFileSync(file, mutate(seedMof, r));
      let out = "";
      let err = "";
      const code = await main(["check", file, "--format", i % 2 ? "pretty" : "json"], {
        stdout: { write: (s: string) => void (out += s) },
        stderr: { write: (s: string) => void (err += s) },
        env: {},
      });
      expect([0, 1]).toContain(code);
      expect(err).toBe("");
      expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
