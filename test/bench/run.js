// `pnpm bench`: prints figures, never fails on time. Parser throughput over the MOF corpus,
// wall time / peak RSS of `mofkit check` on the DMTF CIM 2.49 schema (median of several runs),
// then the BMF decode/compress throughput (bmf.js) and the layout codec against Buffer.copy
// (layout.js), the generated TypeScript codecs against both (ts-codec.js) and the WmiLib runtime:
// QUERY_ALL_DATA round trips and requests through the wmisamp example's generated provider (runtime.js).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeSource, parseText } from "../../packages/syntax/dist/index.js";
import { lex } from "../../packages/syntax/dist/lexer.js";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const corpus = join(repo, "../shared/corpus/mof");
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The BMF and layout-codec benches run as children, so their JIT warm-up and heap are their own. */
function runBmfBench() {
  for (const script of ["./bmf.js", "./layout.js", "./ts-codec.js", "./runtime.js"]) {
    const child = spawnSync(process.execPath, [fileURLToPath(new URL(script, import.meta.url))], { stdio: "inherit" });
    if (child.status !== 0) process.exitCode = child.status ?? 1;
  }
}

if (!existsSync(corpus)) {
  console.log(`bench: the shared corpus is missing (${corpus}); nothing to measure.`);
  runBmfBench();
  process.exit();
}

const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(mof|mfl)$/i.test(e.name)) files.push(p);
  }
};
walk(corpus);
const inputs = files.map((f) => readFileSync(f));
const bytes = inputs.reduce((n, b) => n + b.length, 0);
const texts = inputs.map((b) => decodeSource(b).text);

// Warm up the JIT once, then time whole-corpus passes.
for (const t of texts) parseText(t, { dialect: "wmi" });
const runs = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (const t of texts) parseText(t, { dialect: "wmi" });
  runs.push(performance.now() - t0);
}
const ms = median(runs);
console.log(
  `parser: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, median ${ms.toFixed(0)} ms per pass => ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s (lex + parse + AST, warm)`,
);

const lexRuns = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  for (const t of texts) lex(t, { dialect: "wmi" }, () => {});
  lexRuns.push(performance.now() - t0);
}
const lexMs = median(lexRuns);
console.log(
  `lexer: median ${lexMs.toFixed(0)} ms per pass => ${(bytes / 1e6 / (lexMs / 1000)).toFixed(1)} MB/s (tokens + keyword/directive pass, warm)`,
);

const cim = join(corpus, "dmtf__cim_schema_2.49.0/cim_schema_2.49.0.mof");
const cli = join(repo, "packages/cli/bin/mofkit.js");
for (const dialect of ["dmtf", "wmi"]) {
  const walls = [];
  const rss = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    const res = spawnSync(process.execPath, [cli, "check", cim, "--dialect", dialect, "--format", "json", "--stats"], {
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    walls.push((performance.now() - t0) / 1000);
    const m = /peak RSS (\d+(?:\.\d+)?) MB/.exec(res.stderr);
    if (m) rss.push(Number(m[1]));
    if (r === 0) {
      const summary = JSON.parse(res.stdout).summary;
      console.log(
        `check CIM 2.49 (${dialect}): exit ${res.status}, ${summary.files} files, ${summary.classes} classes, ${summary.qualifierTypes} qualifier types, ${summary.errors} errors, ${summary.warnings} warnings`,
      );
    }
  }
  console.log(
    `check CIM 2.49 (${dialect}): wall median ${median(walls).toFixed(3)} s (min ${Math.min(...walls).toFixed(3)}, max ${Math.max(...walls).toFixed(3)}, ${walls.length} runs), peak RSS median ${median(rss)} MB`,
  );
}

runBmfBench();
