/**
 * Printer round trip over the shared corpus: every .mof/.mfl file that parses without errors
 * (wmi dialect) must print to text that parses without errors into the same AST (spans aside),
 * and printing that AST again must give the same text.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeSource } from "../packages/syntax/src/decode.js";
import { parseText, type RawDiagnostic } from "../packages/syntax/src/parse.js";
import { printMof } from "../packages/syntax/src/printer.js";

const corpusRoot = fileURLToPath(new URL("../../shared/corpus/mof", import.meta.url));
const corpusPresent = existsSync(corpusRoot);

function mofFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) mofFiles(path, out);
    else if (entry.isFile() && /\.(mof|mfl)$/i.test(entry.name)) out.push(path);
  }
  return out.sort();
}

const errorCount = (ds: RawDiagnostic[]) => ds.filter((d) => d.diagnostic.severity === "error").length;

/**
 * Deep equality that ignores every `span` property; returns the path of the first difference
 * (undefined when equal). Faster than stringifying trees of several megabytes.
 */
function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (a === b) return undefined;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return `${path}: ${describe_(a)} != ${describe_(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs non-array`;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return `${path}: length ${a.length} != ${bb.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], bb[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) {
    if (k === "span") continue;
    const d = firstDifference(ao[k], bo[k], `${path}.${k}`);
    if (d) return d;
  }
  return undefined;
}

function describe_(v: unknown): string {
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "string") return JSON.stringify(v.length > 80 ? `${v.slice(0, 80)}...` : v);
  return String(v);
}

describe("printer round trip over the corpus", () => {
  if (!corpusPresent) {
    console.warn(
      `\n!!! MOF corpus missing at ${corpusRoot}: the corpus round-trip test was SKIPPED. ` +
        "Check out ../shared next to the project to run it.\n",
    );
    it.skip("corpus round trip (corpus missing)", () => {});
    return;
  }

  it("prints every error-free corpus file to MOF that parses back to the same AST", () => {
    const files = mofFiles(corpusRoot);
    let roundTripped = 0;
    let skipped = 0;
    const failures: string[] = [];
    const started = performance.now();

    for (const file of files) {
      const name = relative(corpusRoot, file);
      const { text } = decodeSource(readFileSync(file));
      const first = parseText(text, { dialect: "wmi" });
      if (errorCount(first.diagnostics) > 0) {
        skipped++;
        continue;
      }
      const printed = printMof(first.productions);
      const second = parseText(printed, { dialect: "wmi" });
      const errors = second.diagnostics.filter((d) => d.diagnostic.severity === "error");
      if (errors.length > 0) {
        const e = errors[0];
        const line = printed.slice(0, e.start).split("\n").length;
        failures.push(
          `${name}: printed text has ${errors.length} error(s); first at line ${line}: ${e.diagnostic.message}`,
        );
        continue;
      }
      const diff = firstDifference(first.productions, second.productions, "productions");
      if (diff) {
        failures.push(`${name}: AST differs at ${diff}`);
        continue;
      }
      if (printMof(second.productions) !== printed) {
        failures.push(`${name}: printing is not stable (second print differs from the first)`);
        continue;
      }
      roundTripped++;
    }

    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `corpus round trip: ${files.length} files, ${roundTripped} round-tripped, ` +
        `${skipped} skipped (parse errors), ${failures.length} failed, ${seconds}s`,
    );
    expect(files.length).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    expect(roundTripped + skipped).toBe(files.length);
  });
});
