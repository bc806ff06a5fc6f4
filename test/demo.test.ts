// `pnpm demo` (scripts/demo.js) end to end, as a user runs it: a separate Node process on the
// built packages (`pnpm test` builds first). It writes into a temporary folder and never into the
// tree (--no-regenerate), and the simulated card is deterministic, so the output is checked for
// exact values: the registration (GUIDs taken from the MOF), decoded instances, the set and its
// effect, the methods' results (recomputed from the samples they return), the event and the WNODE
// trace (whose data bytes must encode the values printed beside them).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "mofkit-demo-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function runDemo(outDir = out): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["scripts/demo.js", "--out", outDir, "--no-regenerate"], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let first: ReturnType<typeof runDemo>;
beforeAll(() => {
  if (!existsSync(`${root}packages/cli/dist/index.js`)) throw new Error("packages are not built: run `pnpm build`");
  first = runDemo();
});

/** The lines of one section of the output (from its title to the next blank line). */
function section(title: string): string {
  const start = first.stdout.indexOf(`\n${title}  `);
  expect(start, `section ${title}`).toBeGreaterThanOrEqual(0);
  const end = first.stdout.indexOf("\n\n", start + 1);
  return first.stdout.slice(start + 1, end < 0 ? undefined : end);
}

describe("pnpm demo", () => {
  it("exits 0 and writes every output", () => {
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(first.stderr).not.toContain("demo failed");
    for (const f of [
      "model.json",
      "wmisamp.h",
      "wmisampwmi.c",
      "wmisamp.x",
      "wmisamp.bmf",
      "wmisamp.layout.txt",
      "wmisamp.layout.json",
      "wmisamp.layout.svg",
      "ts/wmisamp.generated.ts",
    ])
      expect(existsSync(join(out, f)), f).toBe(true);
    expect(readFileSync(join(out, "wmisamp.bmf")).subarray(0, 4).toString("latin1")).toBe("FOMB");
    expect(first.stdout).toContain("0 errors, 0 warnings; 9 classes");
    // The committed generated module matches a fresh compile.
    expect(first.stdout).toContain("examples/wmisamp/wmisamp.generated.ts  up to date");
  });

  it("registers every data and event block of the MOF with its GUID, instance count and flags", () => {
    const mof = readFileSync(`${root}examples/wmisamp/wmisamp.mof`, "utf8");
    // Each class's qualifier list (none of them contains a "]"): Dynamic ones are registered.
    const declared = [...mof.matchAll(/\[(WMI\b[^\]]*)\]\s*class (\w+)/g)].map((m) => ({
      qualifiers: m[1],
      cls: m[2],
      guid: /guid\("\{([0-9A-F-]+)\}"\)/.exec(m[1])?.[1],
    }));
    const registered = declared.filter((d) => /\bDynamic\b/.test(d.qualifiers));
    expect(registered).toHaveLength(7);
    const table = section("Register");
    for (const { guid, cls } of registered) {
      const count = cls === "Fabrikam_DaqChannel" ? 4 : 1;
      const flags = cls === "Fabrikam_DaqAlarm" ? "INSTANCE_BASENAME | EVENT_ONLY_GUID" : "INSTANCE_BASENAME";
      expect(table).toMatch(new RegExp(`\\n  ${cls} +${guid} +${count} +${flags.replace(/\|/g, "\\|")}\\n?`));
    }
    // Embedded classes are never registered.
    expect(table).not.toContain("Fabrikam_DaqSample");
    expect(table).not.toContain("Fabrikam_DaqCalibrationRecord");
  });

  it("prints the decoded instances", () => {
    const q = section("Query");
    for (const text of [
      "Fabrikam_DaqStatus[0]  (32 bytes)",
      "Acquiring=true  EnabledChannels=3  BoardTemperature=41  FifoLevel=448  ColdJunctionOffset=-125",
      "SampleRate=1000  ClockDriftPpb=-3200  SamplesAcquired=5400000  HostClockOffset=-18750",
      'SerialNumber="FX4-2025-004417"  CalibrationDue=20260120000000.000000+000',
      'FirmwareVersion=[2, 7, 1, 41]  Model="Fabrikam FX-4 Data Acquisition Card"',
      "Fabrikam_DaqChannel[3]  (112 bytes)",
      "Latest={Channel=0 Clipped=false MicroVolts=12155 SampleIndex=5399999}",
      "History=[2411450, 2411150, 2410850, 2410550, 2410250, 2409950, 2409650, 2409350]",
      "Samples[3]={Channel=3 Clipped=false MicroVolts=0 SampleIndex=0}",
      "TakenAt=20250314093000.000000+000",
      'OffsetMicroVolts=18  PointCount=4  Technician="Factory, line 3"  Residuals=[1, -2, 0, 1]',
    ])
      expect(q).toContain(text);
  });

  it("shows the set and its effect", () => {
    const s = section("Set");
    expect(s).toMatch(/AlarmHighMicroVolts +2640000 +2400000/);
    expect(s).toMatch(/Label +"24 V supply" +"24 V supply \(bus A\)"/);
    expect(s).toMatch(/Latest\.MicroVolts +2409050 +2409050/);
  });

  it("shows method results computed from their input", () => {
    const m = section("Invoke");
    expect(m).toContain("Capture(Channel: 1, SampleCount: 12)");
    const stats =
      /MinimumMicroVolts=(-?\d+) {2}MaximumMicroVolts=(-?\d+) {2}MeanMicroVolts=(-?\d+) {2}Count=(\d+)/.exec(m);
    const samples = /Samples=\[([^\]]*)\]/.exec(m);
    expect(stats && samples, m).toBeTruthy();
    const values = samples![1].split(", ").map(Number);
    expect(values).toHaveLength(12);
    expect(stats!.slice(1).map(Number)).toEqual([
      Math.min(...values),
      Math.max(...values),
      Math.round(values.reduce((a, b) => a + b, 0) / values.length),
      12,
    ]);
    expect(stats![1]).toBe("4237");
    expect(m).toContain('Calibrate(Channel: 1, ReferenceMicroVolts: 5000, Technician: "R. Okafor")');
    expect(m).toContain("→ OffsetMicroVolts=-43  RecordIndex=1");
    expect(m).toContain("Fabrikam_DaqCalibrationLog now has 2 records");
    expect(m).toContain('PointCount=4  Technician="R. Okafor"  Residuals=[4, 0, -4, 0]');
  });

  it("shows the event the set raised", () => {
    const e = section("Event");
    expect(e).toContain("Fabrikam_DaqAlarm instance 0, 102 bytes, time stamp 2025-03-14T09:30:00.000Z");
    expect(e).toContain("Channel=2  High=true  MicroVolts=2409050  ThresholdMicroVolts=2400000");
    expect(e).toContain('DetectedAt=20250314093000.000000+000  Label="24 V supply (bus A)"');
  });

  it("traces one request and answer, with data bytes that encode the printed values", () => {
    const t = section("WNODE trace");
    expect(t).toContain("→ IRP_MN_QUERY_SINGLE_INSTANCE Fabrikam_DaqStatus BufferSize 256");
    expect(t).toContain("← STATUS_SUCCESS, Information 96");
    expect(t).toMatch(/@ {2}44 {2}82 00 00 00 +Flags = 0x00000082 SINGLE_INSTANCE \| STATIC_INSTANCE_NAMES/);
    expect(t).toMatch(/@ {2}60 {2}20 00 00 00 +SizeDataBlock = 32/);
    expect(t).toContain("Guid = {E4D4B6B0-B8FA-4DAC-BB14-CF7AFD8B846A}");
    const items = [...t.slice(t.indexOf("data items")).matchAll(/@ +(\d+) {2}((?:[0-9A-F]{2} ?)+) +(\w+) = (\S+)/g)];
    expect(items.map((m) => m[3])).toEqual([
      "Acquiring",
      "EnabledChannels",
      "BoardTemperature",
      "FifoLevel",
      "ColdJunctionOffset",
      "SampleRate",
      "ClockDriftPpb",
      "SamplesAcquired",
      "HostClockOffset",
    ]);
    for (const [, , hex, name, printed] of items) {
      const bytes = hex.trim().split(" ");
      const unsigned = BigInt(`0x${[...bytes].reverse().join("")}`);
      const signed =
        unsigned >= 1n << BigInt(8 * bytes.length - 1) ? unsigned - (1n << BigInt(8 * bytes.length)) : unsigned;
      const value = printed === "true" ? 1n : printed === "false" ? 0n : BigInt(printed);
      expect(value === unsigned || value === signed, `${name}: ${hex} vs ${printed}`).toBe(true);
    }
    // The methods moved the simulated clock by 12 + 16 samples.
    expect(t).toContain("SamplesAcquired = 5400028");
  });

  it("keeps the C skeleton on a second run (a file you edit is never overwritten)", () => {
    const again = runDemo();
    expect(again.status, again.stdout + again.stderr).toBe(0);
    expect(again.stdout).toMatch(/wmisampwmi\.c +WmiLib C skeleton +kept: it existed/);
  });

  it("exits 1 and names the failing step when it cannot work", () => {
    const notAFolder = join(out, "model.json");
    const failed = runDemo(notAFolder);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain("demo failed: mofkit compile examples/wmisamp/wmisamp.mof --out");
    expect(failed.stderr).toContain("MOF5005");
  });
});
