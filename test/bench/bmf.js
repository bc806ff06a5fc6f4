// BMF decode throughput over ../shared/corpus/bmf: MB/s of decompressed output (the payload
// bytes the blobs expand to), median of several warm passes. Prints figures, never fails on time.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  compress,
  decodeBmf,
  decodeModel,
  decompress,
  encodeBmf,
  writePayload,
} from "../../packages/bmf/dist/index.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const corpus = join(repo, "../shared/corpus/bmf");
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(corpus)) {
  console.log(`bench bmf: the BMF corpus is missing (${corpus}); nothing to measure.`);
  process.exit(0);
}

const files = [];
for (const dir of [corpus, join(corpus, "mofcomp-vectors")]) {
  for (const f of readdirSync(dir)) if (f.endsWith(".bmf")) files.push(join(dir, f));
}
const blobs = files.map((f) => new Uint8Array(readFileSync(f)));
const compressed = blobs.reduce((n, b) => n + b.length, 0);
const payloads = blobs.map((b) => decompress(b).payload);
const expanded = payloads.reduce((n, p) => n + p.length, 0);

function measure(label, pass, passes = 9) {
  pass(); // warm up the JIT
  const runs = [];
  for (let r = 0; r < passes; r++) {
    const t0 = performance.now();
    pass();
    runs.push(performance.now() - t0);
  }
  const ms = median(runs);
  console.log(
    `bmf ${label}: median ${ms.toFixed(1)} ms per pass => ${(expanded / 1e6 / (ms / 1000)).toFixed(1)} MB/s of decompressed output`,
  );
}

console.log(
  `bmf: ${blobs.length} blobs, ${(compressed / 1e6).toFixed(2)} MB compressed, ${(expanded / 1e6).toFixed(2)} MB decompressed`,
);
measure("decompress (container + DS)", () => {
  for (const b of blobs) decompress(b);
});
measure("decode model (decompress + object model)", () => {
  for (const b of blobs) decodeModel(b);
});
measure("decode to MOF AST (decodeBmf)", () => {
  for (const b of blobs) decodeBmf(b);
});
measure(
  "compress (mofcomp-exact greedy)",
  () => {
    for (const p of payloads) compress(p);
  },
  5,
);
const models = blobs.map((b) => decodeModel(b).model);
measure("write payload (object model → payload)", () => {
  for (const m of models) writePayload(m.objects);
});
const productions = blobs.map((b) => decodeBmf(b).productions);
measure(
  "encode MOF AST to .bmf (encodeBmf: model, payload, compress)",
  () => {
    for (const p of productions) encodeBmf(p);
  },
  5,
);
