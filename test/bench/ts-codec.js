// Generated (--emit ts) codecs against the generic layout codec and Buffer.copy of the same bytes:
// encode (instance → bytes) and decode (bytes → instance) in MB/s of block bytes, median of 9
// warm passes. The generated module is transpiled with the TypeScript compiler into a scratch
// folder and imported. Prints figures, never fails on time.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { checkProgram } from "../../packages/schema/dist/index.js";
import { createMemoryHost, loadProgram } from "../../packages/syntax/dist/index.js";
import { decodeInstance, encodeInstance, findBlock, layoutModel } from "../../packages/layout/dist/index.js";
import { emitTypeScript } from "../../packages/codegen/dist/index.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const scratch = mkdtempSync(join(tmpdir(), "mofkit-bench-ts-"));

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

console.log("generated TS codecs (MB/s of block bytes, median of 9 warm passes; % = of Buffer.copy; x = vs generic):");
for (const [name, { layouts, mod }, cls, value] of cases) {
  const codec = mod.codecs[cls];
  const block = findBlock(layouts, codec.key);
  const bytes = encodeInstance(block, value);
  const mine = codec.encode(value);
  if (Buffer.compare(Buffer.from(bytes), Buffer.from(mine)) !== 0) throw new Error(`${name}: generated bytes differ`);
  const src = Buffer.from(bytes);
  const dst = Buffer.alloc(bytes.length);
  const copy = rate(bytes.length, () => src.copy(dst));
  const genEnc = rate(bytes.length, () => codec.encode(value));
  const genDec = rate(bytes.length, () => codec.decode(bytes));
  const enc = rate(bytes.length, () => encodeInstance(block, value));
  const dec = rate(bytes.length, () => decodeInstance(block, bytes));
  const pct = (r) => `${((r.mbps / copy.mbps) * 100).toFixed(1)}%`;
  const fmt = (r, g) =>
    `${r.mbps.toFixed(1)} MB/s (${r.perOpNs.toFixed(0)} ns/op, ${pct(r)}, ${(r.mbps / g.mbps).toFixed(1)}x generic ${g.mbps.toFixed(1)} MB/s)`;
  console.log(
    `  ${name}, ${bytes.length} bytes; Buffer.copy ${copy.mbps.toFixed(0)} MB/s (${copy.perOpNs.toFixed(0)} ns/op)`,
  );
  console.log(`    encode ${fmt(genEnc, enc)}`);
  console.log(`    decode ${fmt(genDec, dec)}`);
}
rmSync(scratch, { recursive: true, force: true });
