// Generated (--emit ts) codecs against the generic layout codec and Buffer.copy of the same bytes:
// encode (instance → new bytes), encodeInto (instance → a reused buffer) and decode (bytes →
// instance) in MB/s of block bytes, median of 9 warm passes. Each case cycles through 64 values of
// the same shape with seeded random leaves (every one checked against the generic codec first),
// so no pass encodes or decodes one constant. The generated module is transpiled with the
// TypeScript compiler into a scratch folder of the checkout (it imports @mofkit/runtime by package
// name) and imported. Prints figures, never fails on time.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { checkProgram } from "../../packages/schema/dist/index.js";
import { createMemoryHost, loadProgram } from "../../packages/syntax/dist/index.js";
import { decodeInstance, encodeInstance, findBlock, layoutModel } from "../../packages/layout/dist/index.js";
import { emitTypeScript } from "../../packages/codegen/dist/index.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
mkdirSync(join(repo, "node_modules/.cache"), { recursive: true });
const scratch = mkdtempSync(join(repo, "node_modules/.cache/mofkit-bench-ts-"));
const variants = 64;

async function load(path, name) {
  const text = readFileSync(path, "utf8");
  const program = loadProgram([path], createMemoryHost({ [path]: text }), { dialect: "wmi" });
  const layouts = layoutModel(checkProgram(program).model, { program }).layouts;
  const source = await emitTypeScript(layouts, { raw: true });
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const file = join(scratch, `${name}.mjs`);
  writeFileSync(file, js);
  return { layouts, mod: await import(pathToFileURL(file).href) };
}

const worked = await load(join(repo, "packages/layout/test/fixtures/worked-examples.mof"), "worked");
const ec1 = {
  Xboolean: true,
  Xuint8: 1,
  Xuint16: 2,
  Xuint32: 3,
  Xuint64: 4n,
  Xint8: -1,
  Xint16: -2,
  Xint32: -3,
  Xint64: -4n,
};
const cases = [
  ["WmiSampleClass1 (fixed, 9 scalars)", worked, "WmiSampleClass1", ec1],
  [
    "WmiSampleClass6 (fixed, 4 embedded EC2 with arrays)",
    worked,
    "WmiSampleClass6",
    {
      EmbeddedClass2: Array.from({ length: 4 }, () => ({
        Xboolean: [true, false, true, false, true, false, true, false],
        Xuint8: [1, 2, 3, 4, 5, 6, 7, 8],
        Xuint16: [1, 2, 3, 4],
        Xuint32: [1, 2],
        Xuint64: 5n,
        Xint8: [-1, -2, -3, -4, -5, -6, -7, -8],
        Xint16: [-1, -2, -3, -4],
        Xint32: [-1, -2],
        Xint64: -5n,
      })),
    },
  ],
  [
    "Vendor_SampleClass4 (variable, 16 embedded EC1 with datetime)",
    worked,
    "Vendor_SampleClass4",
    { EmbeddedClass1: Array.from({ length: 16 }, () => ({ ...ec1, Xdatetime: "20240131235959.123456+060" })) },
  ],
  [
    "Vendor_SerialInfo (variable, string + counted array)",
    worked,
    "Vendor_SerialInfo",
    {
      BytesSent: 1n,
      BytesReceived: 2n,
      Status: Array.from({ length: 16 }, (_, i) => i),
      Owner: "COM1 on the docking station",
      XmitBufferSize: Array.from({ length: 8 }, (_, i) => ({ DestinationIndex: i, DestinationTarget: -i })),
    },
  ],
];
const classlog = join(
  repo,
  "../shared/corpus/mof/microsoft__Windows-driver-samples/storage/class/classpnp/src/classlog.mof",
);
if (existsSync(classlog)) {
  const l = await load(classlog, "classlog");
  const items = (name) => findBlock(l.layouts, `root/wmi:${name}`).items;
  const srb = Object.fromEntries(
    items("MSStorageDriver_ScsiRequestBlock").map((i) => [
      i.name,
      i.count === 1 ? (i.type === "uint64" ? 7n : 7) : Array(i.count).fill(7),
    ]),
  );
  const sense = Object.fromEntries(
    items("MSStorageDriver_SenseData").map((i) => [
      i.name,
      i.type === "boolean" ? true : i.count === 1 ? 3 : Array(i.count).fill(3),
    ]),
  );
  const entry = {
    tickCount: 1n,
    portNumber: 2,
    errorPaging: true,
    errorRetried: false,
    errorUnhandled: true,
    errorReserved: 0,
    reserved: [0, 0, 0],
    srb,
    senseData: sense,
    eventTime: "20240131235959.123456+000",
  };
  cases.push([
    "MSStorageDriver_ClassErrorLog (WDK classpnp, 3080 bytes, nested)",
    l,
    "MSStorageDriver_ClassErrorLog",
    { numEntries: 16, logEntries: Array(16).fill(entry) },
  ]);
}

/** A deterministic generator (LCG) of numbers in [0, 1). */
function rng(seed) {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const intRanges = {
  uint8: [0, 0xff],
  sint8: [-0x80, 0x7f],
  uint16: [0, 0xffff],
  sint16: [-0x8000, 0x7fff],
  uint32: [0, 0xffffffff],
  sint32: [-0x80000000, 0x7fffffff],
};

/** A value of the same shape (array lengths, string lengths, counts) with random leaves. */
function vary(block, value, r) {
  const int = (lo, hi) => lo + Math.floor(r() * (hi - lo + 1));
  const counts = new Set(block.items.flatMap((i) => (i.array.kind === "variable" ? [i.array.sizeIsIndex] : [])));
  const leaf = (el, v) => {
    switch (el.kind) {
      case "object":
        return vary(el.layout, v, r);
      case "string":
        return Array.from(v, () => String.fromCharCode(int(0x20, 0xd7ff))).join("");
      case "datetime":
        return v.replace(/[0-9]/g, () => String(int(0, 9)));
    }
    const range = intRanges[el.type];
    if (range) return int(range[0], range[1]);
    const u64 = () => (BigInt(int(0, 0xffffffff)) << 32n) | BigInt(int(0, 0xffffffff));
    if (el.type === "boolean") return r() < 0.5;
    if (el.type === "char16") return String.fromCharCode(int(0x20, 0xd7ff));
    if (el.type === "uint64") return u64();
    if (el.type === "sint64") return BigInt.asIntN(64, u64());
    return el.type === "real32" ? Math.fround((r() - 0.5) * 1e6) : (r() - 0.5) * 1e12;
  };
  const out = {};
  block.items.forEach((item, i) => {
    const v = value[item.name];
    if (v === undefined || counts.has(i)) out[item.name] = v;
    else
      out[item.name] =
        item.array.kind === "scalar" ? leaf(item.element, v) : Array.from(v, (e) => leaf(item.element, e));
  });
  return out;
}

function rate(bytesPerOp, fn) {
  // Enough operations for ~50 ms per pass, then the median of 9 passes.
  let ops = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < ops; i++) fn();
    if (performance.now() - t0 > 50) break;
    ops *= 2;
  }
  const runs = [];
  for (let r = 0; r < 9; r++) {
    const t0 = performance.now();
    for (let i = 0; i < ops; i++) fn();
    runs.push(performance.now() - t0);
  }
  const ms = median(runs);
  return { mbps: (bytesPerOp * ops) / 1e6 / (ms / 1000), perOpNs: (ms * 1e6) / ops };
}

const same = (a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
const summary = [];
console.log(
  `generated TS codecs (MB/s of block bytes, median of 9 warm passes over ${variants} varied values; % = of Buffer.copy of the same bytes; x = vs generic):`,
);
for (const [name, { layouts, mod }, cls, base] of cases) {
  const codec = mod.codecs[cls];
  const block = findBlock(layouts, codec.key);
  const r = rng(0x5eed);
  const values = Array.from({ length: variants }, () => vary(block, base, r));
  const encoded = values.map((v) => encodeInstance(block, v));
  const length = encoded[0].length;
  if (encoded.some((b) => b.length !== length)) throw new Error(`${name}: the varied values differ in length`);
  const target = new Uint8Array(length);
  for (const [k, v] of values.entries()) {
    if (!same(codec.encode(v), encoded[k])) throw new Error(`${name}: generated bytes differ (#${k})`);
    target.fill(0xaa);
    if (codec.encodeInto(v, target) !== length || !same(target, encoded[k]))
      throw new Error(`${name}: encodeInto bytes differ (#${k})`);
  }
  const src = Buffer.from(encoded[0]);
  const dst = Buffer.alloc(length);
  const mask = variants - 1;
  let i = 0;
  const copy = rate(length, () => src.copy(dst));
  const genEnc = rate(length, () => codec.encode(values[i++ & mask]));
  const genInto = rate(length, () => codec.encodeInto(values[i++ & mask], target));
  const genDec = rate(length, () => codec.decode(encoded[i++ & mask]));
  const enc = rate(length, () => encodeInstance(block, values[i++ & mask]));
  const dec = rate(length, () => decodeInstance(block, encoded[i++ & mask]));
  const pct = (x) => (x.mbps / copy.mbps) * 100;
  const fmt = (x, g) =>
    `${x.mbps.toFixed(1).padStart(7)} MB/s (${x.perOpNs.toFixed(0).padStart(5)} ns/op, ${pct(x).toFixed(1).padStart(5)}% of Buffer.copy${g ? `, ${(x.mbps / g.mbps).toFixed(1)}x generic ${g.mbps.toFixed(1)} MB/s` : ""})`;
  console.log(
    `  ${name}, ${length} bytes; Buffer.copy ${copy.mbps.toFixed(0)} MB/s (${copy.perOpNs.toFixed(0)} ns/op)`,
  );
  console.log(`    encode     ${fmt(genEnc, enc)}`);
  console.log(`    encodeInto ${fmt(genInto)}`);
  console.log(`    decode     ${fmt(genDec, dec)}`);
  summary.push([name, length, pct(genEnc), pct(genInto), pct(genDec)]);
}
console.log("summary (% of Buffer.copy: encode / encodeInto / decode):");
for (const [name, length, e, ei, d] of summary)
  console.log(
    `  ${`${e.toFixed(1)}% / ${ei.toFixed(1)}% / ${d.toFixed(1)}%`.padEnd(24)} ${name.split(" (")[0]} (${length} bytes)`,
  );
rmSync(scratch, { recursive: true, force: true });
