// `pnpm demo`: mofkit end to end on examples/wmisamp (the Fabrikam FX-4 data acquisition card).
// Compiles the MOF into every output mofkit writes (examples/wmisamp/out/, git-ignored),
// regenerates the example's TypeScript, then runs its provider in the WMI service simulator and
// prints what a driver writer wants to see: the registration, decoded instances, a set, method
// calls, an event and an annotated WNODE request/answer.
//
//   node scripts/demo.js [--out <dir>] [--no-regenerate | --regenerate]
//
// --no-regenerate compiles the TypeScript into <out>/ts instead and fails when the committed
// wmisamp.generated.ts differs from it. It is the default when CI is set, so that CI fails on a
// stale committed file rather than refreshing it before the tests look; the demo test also runs
// that way, so it never writes into the tree.
// Uses the built packages (`pnpm demo` builds first). Exit code 0, or 1 with the failing step.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadProvider, main } from "@mofkit/cli";
import * as K from "@mofkit/runtime";
import { WmiDevice, WmiService } from "@mofkit/runtime";

const root = fileURLToPath(new URL("..", import.meta.url));
const example = join(root, "examples/wmisamp");
const mof = join(example, "wmisamp.mof");
const WIDTH = 100;

class DemoError extends Error {}

/** Runs a mofkit command in this process; its output is returned, and shown only when it fails. */
async function mofkit(args) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (s) => void (stdout += s), isTTY: false },
    stderr: { write: (s) => void (stderr += s) },
    env: { ...process.env, NO_COLOR: "1" },
  };
  const code = await main(args, io);
  if (code === 0) return stdout;
  let shown = `${stdout}${stderr}`;
  try {
    // A JSON report (-f json): its diagnostics, one a line.
    shown = JSON.parse(stdout)
      .diagnostics.map(
        (d) => `${d.file ? `${rel(d.file)}:${d.line}:${d.column} - ` : ""}${d.severity} ${d.code}: ${d.message}`,
      )
      .join("\n");
  } catch {
    // Not JSON: the command's own text.
  }
  const command = args.map((a) => (a.startsWith(root) ? rel(a) : a)).join(" ");
  throw new DemoError(`mofkit ${command} exited ${code}\n${shown.trimEnd()}`);
}

const rel = (p) => (p.startsWith(root) ? relative(root, p).replace(/\\/g, "/") : p);
const size = (file) => `${statSync(file).size.toLocaleString("en-US")} bytes`;

// ---- value formatting: decoded instances as Name=value, wrapped ---------------------------------

function formatValue(v) {
  if (typeof v === "string") return /^[0-9*]{14}\.[0-9*]{6}[+\-:][0-9*]{3}$/.test(v) ? v : JSON.stringify(v);
  if (typeof v === "bigint" || typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map(formatValue).join(", ")}]`;
  if (v && typeof v === "object")
    return `{${Object.entries(v)
      .map(([k, x]) => `${k}=${formatValue(x)}`)
      .join(" ")}}`;
  return String(v);
}

/** `Name=value` pairs of an instance, wrapped to WIDTH with `indent`; arrays of embedded objects one element a line. */
function formatFields(value, indent) {
  const lines = [];
  let line = "";
  const parts = Object.entries(value ?? {}).flatMap(([k, v]) =>
    Array.isArray(v) && v.length > 0 && typeof v[0] === "object"
      ? v.map((x, i) => {
          const one = `${k}[${i}]=${formatValue(x)}`;
          // Too long for a line: the element's own items, wrapped and indented under its name.
          if (indent.length + one.length <= WIDTH) return [one, true];
          return [`${k}[${i}]:\n${formatFields(x, indent + "  ")}`, true];
        })
      : [[`${k}=${formatValue(v)}`, false]],
  );
  let alone = false;
  for (const [part, own] of parts) {
    if (line && (own || alone || indent.length + line.length + 2 + part.length > WIDTH)) {
      lines.push(indent + line);
      line = part;
    } else line = line ? `${line}  ${part}` : part;
    alone = own;
  }
  if (line) lines.push(indent + line);
  return lines.length ? lines.join("\n") : `${indent}(no data items)`;
}

const regFlags = [
  [K.WMIREG_FLAG_EXPENSIVE, "EXPENSIVE"],
  [K.WMIREG_FLAG_INSTANCE_LIST, "INSTANCE_LIST"],
  [K.WMIREG_FLAG_INSTANCE_BASENAME, "INSTANCE_BASENAME"],
  [K.WMIREG_FLAG_INSTANCE_PDO, "INSTANCE_PDO"],
  [K.WMIREG_FLAG_EVENT_ONLY_GUID, "EVENT_ONLY_GUID"],
];
const regFlagNames = (flags) =>
  regFlags
    .filter(([f]) => flags & f)
    .map(([, n]) => n)
    .join(" | ") || "0";

/** 1970-01-01 as a FILETIME (100 ns units since 1601), the WNODE TimeStamp's clock. */
const FILETIME_UNIX_EPOCH = 116444736000000000n;
const fileTimeToIso = (t) => new Date(Number((t - FILETIME_UNIX_EPOCH) / 10000n)).toISOString();

/** Rows of cells as aligned columns. */
function table(rows, indent = "  ") {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => String(c).padEnd(widths[i])).join("  ");
  return rows.map((r) => (indent + line(r)).trimEnd()).join("\n");
}

// ---- the demo ----------------------------------------------------------------------------------

/**
 * Runs the demo, writing its report through `print`. Options: `out` (output folder, default
 * examples/wmisamp/out), `regenerate` (rewrite examples/wmisamp/wmisamp.generated.ts, else fail
 * when it is stale; default true).
 */
export async function runDemo({ out = join(example, "out"), regenerate = true, print = console.log } = {}) {
  print(`mofkit demo: the Fabrikam FX-4 data acquisition card (${rel(mof)})\n`);

  // 1. Compile: every output of `mofkit compile`, the layouts and the binary MOF.
  const skeleton = join(out, "wmisampwmi.c");
  const skeletonExisted = existsSync(skeleton);
  const emit = ["model", "c-header", "c-skeleton", "c-hex"];
  const report = JSON.parse(
    await mofkit(["compile", mof, "--out", out, "--emit", ...emit, "--header-methods", "-f", "json"]),
  );
  const { summary } = report;
  for (const [format, ext] of [
    ["table", "txt"],
    ["json", "json"],
    ["svg", "svg"],
  ])
    writeFileSync(join(out, `wmisamp.layout.${ext}`), await mofkit(["layout", mof, "--format", format]));
  await mofkit(["bmf", "encode", mof, "-o", join(out, "wmisamp.bmf")]);

  const generated = join(example, "wmisamp.generated.ts");
  const before = existsSync(generated) ? readFileSync(generated, "utf8") : null;
  const tsOut = regenerate ? example : join(out, "ts");
  await mofkit(["compile", mof, "--out", tsOut, "--emit", "ts"]);
  const fresh = readFileSync(join(tsOut, "wmisamp.generated.ts"), "utf8");
  if (!regenerate && before !== fresh)
    throw new DemoError(`${rel(generated)} is out of date with ${rel(mof)}: run \`pnpm generate\` and commit it`);
  const tsState = regenerate ? `regenerated (${before === fresh ? "unchanged" : "updated: commit it"})` : "up to date";

  print("Compile  (mofkit compile, layout, bmf encode)");
  print(`  ${summary.errors} errors, ${summary.warnings} warnings; ${summary.classes} classes\n  ${rel(out)}/`);
  print(
    table(
      [
        ["model.json", "compiled model", size(join(out, "model.json"))],
        ["wmisamp.h", "wmimofck-style C header (with method structures)", size(join(out, "wmisamp.h"))],
        [
          "wmisampwmi.c",
          "WmiLib C skeleton",
          skeletonExisted ? "kept: it existed (a file you edit is never overwritten)" : size(skeleton),
        ],
        ["wmisamp.x", "binary MOF as a C byte array (wmimofck -x)", size(join(out, "wmisamp.x"))],
        ["wmisamp.bmf", "binary MOF (mofcomp -B)", size(join(out, "wmisamp.bmf"))],
        ...[
          ["txt", "table"],
          ["json", "JSON"],
          ["svg", "SVG byte map"],
        ].map(([ext, what]) => [
          `wmisamp.layout.${ext}`,
          `byte layout of every block: ${what}`,
          size(join(out, `wmisamp.layout.${ext}`)),
        ]),
      ],
      "    ",
    ),
  );
  print(`  ${rel(generated)}  ${tsState}`);
  print(`  ${rel(join(example, "wmisamp.provider.ts"))}  the provider (written once, then yours)\n`);

  // 2. Register the TypeScript provider with the simulator (IRP_MN_REGINFO_EX).
  const provider = await loadProvider(join(example, "wmisamp.provider.ts"));
  let recording = null;
  const service = new WmiService({ trace: (text) => recording?.push(text) });
  // Event time stamps follow the provider's simulated clock, so the output is reproducible.
  const clock = () => BigInt(provider.now().getTime()) * 10000n + FILETIME_UNIX_EPOCH;
  const device = new WmiDevice({ providerId: 1, clock: typeof provider.now === "function" ? clock : undefined });
  const reg = service.register(device, provider);
  const nameOf = (guid) => service.blocks.find((b) => b.guid.toUpperCase() === guid.toUpperCase())?.className ?? "?";
  print(`Register  (IRP_MN_REGINFO_EX, x64; instance names ${reg.guids[0]?.baseName}_0, _1, ...)`);
  print(
    table([
      ["class", "guid", "instances", "flags"],
      ...reg.guids.map((g) => [nameOf(g.guid), g.guid, g.instanceCount, regFlagNames(g.flags)]),
    ]),
  );

  // 3. Query every data block (QUERY_ALL_DATA), decoded with the generated codecs.
  print("\nQuery  (IRP_MN_QUERY_ALL_DATA, decoded with the generated codecs)");
  for (const cls of [
    "Fabrikam_DaqStatus",
    "Fabrikam_DaqDeviceInfo",
    "Fabrikam_DaqChannel",
    "Fabrikam_DaqSnapshot",
    "Fabrikam_DaqCalibrationLog",
  ]) {
    for (const inst of await service.query(cls)) {
      print(`  ${cls}[${inst.instanceIndex}]  (${inst.bytes.length} bytes)`);
      print(formatFields(inst.value, "    "));
    }
  }

  // 4. Subscribe to alarms, then lower channel 2's high threshold below its reading (CHANGE_SINGLE_INSTANCE).
  const events = [];
  const unsubscribe = await service.subscribe("Fabrikam_DaqAlarm", (e) => events.push(e));
  const channel = (await service.get("Fabrikam_DaqChannel", 2)).value;
  const edit = { AlarmHighMicroVolts: 2_400_000, Label: "24 V supply (bus A)" };
  await service.set("Fabrikam_DaqChannel", 2, { ...channel, ...edit });
  const after = (await service.get("Fabrikam_DaqChannel", 2)).value;
  print("\nSet  (IRP_MN_CHANGE_SINGLE_INSTANCE Fabrikam_DaqChannel[2], then QUERY_SINGLE_INSTANCE)");
  print(
    table([
      ["item", "before", "after"],
      ...Object.keys(edit).map((k) => [k, formatValue(channel[k]), formatValue(after[k])]),
      ["Latest.MicroVolts", formatValue(channel.Latest.MicroVolts), formatValue(after.Latest.MicroVolts)],
    ]),
  );

  // 5. Methods (EXECUTE_METHOD); WMI queries the instance first, as the simulator does.
  print("\nInvoke  (IRP_MN_EXECUTE_METHOD on Fabrikam_DaqControl[0])");
  const calls = [
    ["Capture", { Channel: 1, SampleCount: 12 }],
    ["Calibrate", { Channel: 1, ReferenceMicroVolts: 5_000, Technician: "R. Okafor" }],
  ];
  for (const [method, input] of calls) {
    const { value } = await service.invoke("Fabrikam_DaqControl", 0, method, input);
    const args = Object.entries(input).map(([k, v]) => `${k}: ${formatValue(v)}`);
    print(`  ${method}(${args.join(", ")})`);
    print(formatFields(value, "      ").replace(/^ {4} {2}/, "    → "));
  }
  const log = (await service.get("Fabrikam_DaqCalibrationLog", 0)).value;
  print(`  Fabrikam_DaqCalibrationLog now has ${log.RecordCount} records; the new one:`);
  print(formatFields(log.Records[log.Records.length - 1], "    "));

  // 6. The event the set raised.
  await service.settled();
  await unsubscribe();
  print("\nEvent  (Fabrikam_DaqAlarm: subscribed (ENABLE_EVENTS) before the set; the provider fired it");
  print("        when the new threshold put channel 2's reading out of range)");
  if (events.length === 0) throw new DemoError("no Fabrikam_DaqAlarm event arrived");
  for (const e of events) {
    print(
      `  ${e.className} instance ${e.instanceIndex}, ${e.bytes.length} bytes, time stamp ${fileTimeToIso(e.timeStamp)}`,
    );
    print(formatFields(e.value, "    "));
  }

  // 7. One request and its answer as the bytes on the wire.
  recording = [];
  const status = await service.get("Fabrikam_DaqStatus", 0);
  const trace = recording;
  recording = null;
  print("\nWNODE trace  (QUERY_SINGLE_INSTANCE Fabrikam_DaqStatus[0]; @offset, bytes, field)");
  print(trace.join("\n"));
  const block = service.blocks.find((b) => b.className === "Fabrikam_DaqStatus");
  print(`  data items (DataBlockOffset 64 + item offset):`);
  for (const item of block.items) {
    const hex = Array.from(status.bytes.subarray(item.offset, item.offset + item.size), (b) =>
      b.toString(16).toUpperCase().padStart(2, "0"),
    ).join(" ");
    print(
      `  @${String(64 + item.offset).padStart(4)}  ${hex.padEnd(47)} ${item.name} = ${formatValue(status.value[item.name])}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--out");
  const out = at >= 0 ? args[at + 1] : undefined;
  try {
    const regenerate = args.includes("--regenerate") || (!args.includes("--no-regenerate") && !process.env.CI);
    await runDemo({ out, regenerate });
  } catch (e) {
    // Our own failures say what failed; anything else is a bug, shown with its stack on request.
    const detail =
      e instanceof DemoError || !process.env.MOFKIT_DEBUG
        ? `${e?.message ?? e}${e instanceof DemoError ? "" : " (MOFKIT_DEBUG=1 shows the stack)"}`
        : e.stack;
    console.error(`\ndemo failed: ${detail}`);
    process.exitCode = 1;
  }
}
