/**
 * Helpers for tests of the generated TypeScript: type-check it with the compiler API under
 * --strict, load it (transpiled to JavaScript in a scratch folder) and build seeded random
 * instances of a block from its layout.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import type { BlockLayout, ElementType, ScalarType } from "@mofkit/layout";

/**
 * A scratch folder inside the checkout (node_modules/.cache): generated modules import
 * @mofkit/runtime by package name, which resolves there as it would in a user's project.
 */
export function tsScratch(prefix = "ts-"): { dir: string; dispose(): void } {
  const root = fileURLToPath(new URL("../../../../node_modules/.cache/mofkit-tests/", import.meta.url));
  mkdirSync(root, { recursive: true });
  const dir = mkdtempSync(join(root, prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `tsc --strict --noEmit` diagnostics of one file (no lib beyond ES2022, no @types). */
export function typeCheck(file: string): string[] {
  return typeCheckAll([file]);
}

/** The same for several files in one program. */
export function typeCheckAll(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2022.d.ts"],
    types: [],
    // Users compile generated modules with these on too; a generated file must not break their build.
    noUnusedLocals: true,
    noUnusedParameters: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) =>
        `${d.file ? `${d.file.fileName}:${d.start}: ` : ""}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
    );
}

export interface GeneratedCodec {
  key: string;
  guid: string | null;
  fixedSize: number;
  variable: boolean;
  alignment: number;
  encode(value: unknown): Uint8Array;
  decode(bytes: Uint8Array, options?: { offset?: number; allowTrailing?: boolean }): unknown;
}

export interface GeneratedModule {
  codecs: Record<string, GeneratedCodec>;
  guids: Record<string, string>;
  wmiDatetime(text: string): string;
  WmiCodecError: new (...args: never[]) => Error & { code: string; path: string };
}

/** Transpiles the module to JavaScript in `dir` and imports it. */
export async function loadGenerated(text: string, dir: string, name: string): Promise<GeneratedModule> {
  const js = ts.transpileModule(text, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, js);
  return (await import(pathToFileURL(file).href)) as GeneratedModule;
}

const intRanges: Partial<Record<ScalarType, [number, number]>> = {
  uint8: [0, 0xff],
  sint8: [-0x80, 0x7f],
  uint16: [0, 0xffff],
  sint16: [-0x8000, 0x7fff],
  uint32: [0, 0xffffffff],
  sint32: [-0x80000000, 0x7fffffff],
};

/** A random instance of a block; WmiSizeIs arrays get 0..4 elements and their counts agree. */
export function randomInstance(block: BlockLayout, r: () => number): Record<string, unknown> {
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const lengths = new Map<number, number>();
  for (const item of block.items) if (item.array.kind === "variable") lengths.set(item.array.sizeIsIndex, int(0, 4));
  const element = (el: ElementType): unknown => {
    switch (el.kind) {
      case "scalar":
        return scalar(el.type);
      case "datetime": {
        const d = (n: number) => Array.from({ length: n }, () => String(int(0, 9))).join("");
        return `${d(14)}.${d(6)}${["+", "-", ":"][int(0, 2)]}${d(3)}`;
      }
      case "string": {
        const n = int(0, el.maxLen ?? 12);
        return Array.from({ length: n }, () => String.fromCharCode(int(1, 0xd7ff))).join("");
      }
      case "object":
        return randomInstance(el.layout!, r);
    }
  };
  const scalar = (type: ScalarType): unknown => {
    const range = intRanges[type];
    if (range) return int(range[0], range[1]);
    const u64 = () => (BigInt(int(0, 0xffffffff)) << 32n) | BigInt(int(0, 0xffffffff));
    switch (type) {
      case "boolean":
        return r() < 0.5;
      case "char16":
        return String.fromCharCode(int(0, 0xffff));
      case "uint64":
        return u64();
      case "sint64":
        return BigInt.asIntN(64, u64());
      case "real32":
        return Math.fround((r() - 0.5) * 1e6);
      case "real64":
        return (r() - 0.5) * 1e12;
    }
    throw new Error(type);
  };
  const value: Record<string, unknown> = {};
  block.items.forEach((item, i) => {
    const n = lengths.get(i);
    if (n !== undefined) {
      const el = item.element;
      value[item.name] = el.kind === "scalar" && (el.type === "uint64" || el.type === "sint64") ? BigInt(n) : n;
      return;
    }
    if (item.array.kind === "scalar") value[item.name] = element(item.element);
    else {
      const count = item.array.kind === "fixed" ? item.array.count : lengths.get(item.array.sizeIsIndex)!;
      value[item.name] = Array.from({ length: count }, () => element(item.element));
    }
  });
  // A count may follow its array in the item order: set it after all values are drawn.
  for (const [i, n] of lengths) if (value[block.items[i].name] === undefined) value[block.items[i].name] = n;
  return value;
}
