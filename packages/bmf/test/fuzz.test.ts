/**
 * Seeded fuzzing of the whole decoder: blobs with bytes flipped, fields overwritten and tails
 * cut, both in the compressed stream and in the decompressed payload (recompressed, so the
 * object reader sees the damage). Every case must end with MOF4xxx diagnostics only: no
 * exception, bounded output, and no case slower than a second.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseText, printMof } from "@mofkit/syntax";
import { compress, decodeBmf, decompress, dumpJson, type BmfDiagnostic } from "../src/index.js";
import { bmfCorpus, hasBmfCorpus, readBytes, realBlobs, vectorBlobs, vectorsDir } from "./support/corpus.js";
import { rng } from "../../../test/support/rng.js";
import { classObject, list, payload, property, qualifier, utf16z } from "./support/payload-builder.js";

/** Corpus blobs up to 20 KB of payload (fast to decode many times), or built ones without the corpus. */
function seeds(): Uint8Array[] {
  if (!hasBmfCorpus) {
    console.warn("*** fuzz: the BMF corpus is missing; fuzzing hand-built blobs only ***");
    const cimType = qualifier("CIMTYPE", 8, utf16z("uint32"));
    const cls = classObject(
      "Ex_Fuzz",
      [property("V", 0x2013, [0, 0, 0, 0], list([cimType]))],
      [qualifier("WMI", 11, [0xff, 0xff, 0, 0])],
    );
    return [compress(payload([cls], [[48, 3]]))];
  }
  const paths = [
    ...realBlobs().map((n) => join(bmfCorpus, `${n}.bmf`)),
    ...vectorBlobs().map((n) => join(vectorsDir, `${n}.bmf`)),
  ];
  return paths.map(readBytes).filter((b) => new DataView(b.buffer, b.byteOffset).getUint32(12, true) <= 20000);
}

const interesting = [0, 1, 2, 3, 8, 11, 13, 16, 20, 0x2008, 0x4008, 0x200d, 0x7fffffff, 0xfffffffe, 0xffffffff];

function mutate(bytes: Uint8Array, random: () => number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const edits = 1 + Math.floor(random() * 6);
  for (let i = 0; i < edits && out.length > 0; i++) {
    const at = Math.floor(random() * out.length);
    const choice = random();
    if (choice < 0.5) out[at] ^= 1 << Math.floor(random() * 8);
    else if (choice < 0.8 && at + 4 <= out.length) {
      const v = interesting[Math.floor(random() * interesting.length)];
      view.setUint32(at, random() < 0.5 ? v : v + Math.floor(random() * 64), true);
    } else out[at] = Math.floor(random() * 256);
  }
  return out;
}

function truncate(bytes: Uint8Array, random: () => number): Uint8Array {
  return bytes.slice(0, Math.floor(random() * bytes.length));
}

interface Stats {
  cases: number;
  clean: number;
  codes: Map<string, number>;
  slowest: number;
  reparsed: number;
}

function check(bytes: Uint8Array, stats: Stats, what: string): void {
  const started = performance.now();
  let result: ReturnType<typeof decodeBmf>;
  let text = "";
  try {
    result = decodeBmf(bytes);
    text = printMof(result.productions);
    if (result.model) dumpJson(result.model);
  } catch (e) {
    throw new Error(`${what}: decoding threw ${String((e as Error)?.stack ?? e)}`);
  }
  const elapsed = performance.now() - started;
  stats.slowest = Math.max(stats.slowest, elapsed);
  expect(elapsed, `${what}: took ${elapsed.toFixed(0)} ms`).toBeLessThan(1000);
  stats.cases++;
  if (result.diagnostics.length === 0) stats.clean++;
  const payloadSize = result.model?.container.uncompressedSize ?? 0;
  for (const d of result.diagnostics as BmfDiagnostic[]) {
    expect(d.code, `${what}: ${d.message}`).toMatch(/^MOF4\d{3}$/);
    expect(Number.isInteger(d.byteOffset) && d.byteOffset >= 0, `${what}: ${d.code} offset ${d.byteOffset}`).toBe(true);
    expect(d.byteOffset, `${what}: ${d.code}`).toBeLessThanOrEqual(d.offsetIn === "file" ? bytes.length : payloadSize);
    stats.codes.set(d.code, (stats.codes.get(d.code) ?? 0) + 1);
  }
  // Whatever decodes without errors must print as MOF that parses.
  if (!result.diagnostics.some((d) => d.severity === "error")) {
    const parsed = parseText(text, { dialect: "wmi" }).diagnostics.filter((d) => d.diagnostic.severity === "error");
    expect(
      parsed.map((d) => `${d.diagnostic.message}: ${text.slice(d.start - 30, d.end + 30)}`),
      what,
    ).toEqual([]);
    stats.reparsed++;
  }
  // Output stays proportional to the input: no record can print more than a bounded amount.
  expect(text.length, what).toBeLessThanOrEqual(64 * payloadSize + 4096);
}

describe("BMF decoder fuzzing", () => {
  it("turns mutated and truncated blobs into coded diagnostics only", () => {
    const random = rng(20240605);
    const blobs = seeds();
    const stats: Stats = { cases: 0, clean: 0, codes: new Map(), slowest: 0, reparsed: 0 };
    const payloads = blobs.map((b) => decompress(b).payload!);
    const rounds = 1500;
    for (let i = 0; i < rounds; i++) {
      const k = Math.floor(random() * blobs.length);
      check(mutate(blobs[k], random), stats, `blob ${k} mutated (case ${i})`);
      check(truncate(blobs[k], random), stats, `blob ${k} truncated (case ${i})`);
      // Damage the object model itself, then recompress so the stream is valid.
      check(compress(mutate(payloads[k], random)), stats, `payload ${k} mutated (case ${i})`);
      check(compress(truncate(payloads[k], random)), stats, `payload ${k} truncated (case ${i})`);
    }
    const codes = [...stats.codes]
      .sort()
      .map(([c, n]) => `${c}×${n}`)
      .join(" ");
    console.log(
      `BMF fuzz: ${stats.cases} cases from ${blobs.length} blobs, ${stats.clean} without diagnostics, ${stats.reparsed} error-free ones re-parsed, slowest ${stats.slowest.toFixed(1)} ms; ${codes}`,
    );
    expect(stats.cases).toBe(rounds * 4);
  });
});
