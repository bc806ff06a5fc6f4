// The blocks both codec benches measure (layout.js: the generic codec, ts-codec.js: the generated
// ones), with one value each, and the timing loop they share.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkProgram } from "../../packages/schema/dist/index.js";
import { createMemoryHost, loadProgram } from "../../packages/syntax/dist/index.js";
import { findBlock, layoutModel } from "../../packages/layout/dist/index.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
export const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function compileLayouts(path) {
  const text = readFileSync(path, "utf8");
  const program = loadProgram([path], createMemoryHost({ [path]: text }), { dialect: "wmi" });
  return layoutModel(checkProgram(program).model, { program }).layouts;
}

const worked = join(repo, "packages/layout/test/fixtures/worked-examples.mof");
const classlog = join(
  repo,
  "../shared/corpus/mof/microsoft__Windows-driver-samples/storage/class/classpnp/src/classlog.mof",
);

/** `{ label, path, className, value }` per block; the classpnp error log only when the corpus is there. */
export function codecCases() {
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
    { label: "WmiSampleClass1 (fixed, 9 scalars)", path: worked, className: "WmiSampleClass1", value: ec1 },
    {
      label: "WmiSampleClass6 (fixed, 4 embedded EC2 with arrays)",
      path: worked,
      className: "WmiSampleClass6",
      value: {
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
    },
    {
      label: "Vendor_SampleClass4 (variable, 16 embedded EC1 with datetime)",
      path: worked,
      className: "Vendor_SampleClass4",
      value: { EmbeddedClass1: Array.from({ length: 16 }, () => ({ ...ec1, Xdatetime: "20240131235959.123456+060" })) },
    },
    {
      label: "Vendor_SerialInfo (variable, string + counted array)",
      path: worked,
      className: "Vendor_SerialInfo",
      value: {
        BytesSent: 1n,
        BytesReceived: 2n,
        Status: Array.from({ length: 16 }, (_, i) => i),
        Owner: "COM1 on the docking station",
        XmitBufferSize: Array.from({ length: 8 }, (_, i) => ({ DestinationIndex: i, DestinationTarget: -i })),
      },
    },
  ];
  if (existsSync(classlog)) {
    const l = compileLayouts(classlog);
    const items = (name) => findBlock(l, `root/wmi:${name}`).items;
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
    cases.push({
      label: "MSStorageDriver_ClassErrorLog (WDK classpnp, 3080 bytes, nested)",
      path: classlog,
      className: "MSStorageDriver_ClassErrorLog",
      value: { numEntries: 16, logEntries: Array(16).fill(entry) },
    });
  }
  return cases;
}

/** MB/s and ns/op of `fn`: enough operations for ~50 ms per pass, then the median of 9 passes. */
export function rate(bytesPerOp, fn) {
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
