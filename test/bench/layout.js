// Layout codec throughput: encode (instance object → bytes) and decode (bytes → instance object)
// of representative blocks, in MB/s of block bytes, beside Buffer.copy of the same bytes (the
// floor any codec is measured against). Median of several warm passes; prints figures, never fails.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkProgram } from "../../packages/schema/dist/index.js";
import { createMemoryHost, loadProgram } from "../../packages/syntax/dist/index.js";
import { decodeInstance, encodeInstance, findBlock, layoutModel } from "../../packages/layout/dist/index.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function layouts(path) {
  const text = readFileSync(path, "utf8");
  const program = loadProgram([path], createMemoryHost({ [path]: text }), { dialect: "wmi" });
  return layoutModel(checkProgram(program).model, { program }).layouts;
}

const worked = layouts(join(repo, "packages/layout/test/fixtures/worked-examples.mof"));
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
  ["WmiSampleClass1 (fixed, 9 scalars)", findBlock(worked, "root/wmi:WmiSampleClass1"), ec1],
  [
    "WmiSampleClass6 (fixed, 4 embedded EC2 with arrays)",
    findBlock(worked, "root/wmi:WmiSampleClass6"),
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
    findBlock(worked, "root/wmi:Vendor_SampleClass4"),
    {
      EmbeddedClass1: Array.from({ length: 16 }, () => ({ ...ec1, Xdatetime: "20240131235959.123456+060" })),
    },
  ],
  [
    "Vendor_SerialInfo (variable, string + counted array)",
    findBlock(worked, "root/wmi:Vendor_SerialInfo"),
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
  const l = layouts(classlog);
  const srb = Object.fromEntries(
    findBlock(l, "root/wmi:MSStorageDriver_ScsiRequestBlock").items.map((i) => [
      i.name,
      i.count === 1 ? (i.type === "uint64" ? 7n : 7) : Array(i.count).fill(7),
    ]),
  );
  const sense = Object.fromEntries(
    findBlock(l, "root/wmi:MSStorageDriver_SenseData").items.map((i) => [
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
    findBlock(l, "root/wmi:MSStorageDriver_ClassErrorLog"),
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

console.log("layout codec (MB/s of block bytes, median of 9 warm passes; ratio = codec / Buffer.copy):");
for (const [name, block, value] of cases) {
  const bytes = encodeInstance(block, value);
  const src = Buffer.from(bytes);
  const dst = Buffer.alloc(bytes.length);
  const copy = rate(bytes.length, () => src.copy(dst));
  const enc = rate(bytes.length, () => encodeInstance(block, value));
  const dec = rate(bytes.length, () => decodeInstance(block, bytes));
  const fmt = (r) =>
    `${r.mbps.toFixed(1)} MB/s (${r.perOpNs.toFixed(0)} ns/op, ${((r.mbps / copy.mbps) * 100).toFixed(2)}% of copy)`;
  console.log(
    `  ${name}, ${bytes.length} bytes: encode ${fmt(enc)}; decode ${fmt(dec)}; Buffer.copy ${copy.mbps.toFixed(0)} MB/s`,
  );
}
