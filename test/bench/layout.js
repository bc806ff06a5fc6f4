// Layout codec throughput: encode (instance object → bytes) and decode (bytes → instance object)
// of representative blocks, in MB/s of block bytes, beside Buffer.copy of the same bytes (the
// floor any codec is measured against). Median of several warm passes; prints figures, never fails.
import { decodeInstance, encodeInstance, findBlock } from "../../packages/layout/dist/index.js";
import { codecCases, compileLayouts, rate } from "./codec-cases.js";

const layouts = new Map();
const cases = codecCases().map(({ label, path, className, value }) => {
  if (!layouts.has(path)) layouts.set(path, compileLayouts(path));
  return [label, findBlock(layouts.get(path), `root/wmi:${className}`), value];
});

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
