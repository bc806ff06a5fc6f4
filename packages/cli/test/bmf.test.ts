/** `mofkit bmf decode|encode|dump` and `.bmf` inputs of the other commands, end to end. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/main.js";
import {
  bmfCorpus,
  hasBmfCorpus,
  readBytes,
  realBlobs,
  vectorsDir,
  warnIfNoBmfCorpus,
} from "../../bmf/test/support/corpus.js";

async function run(args: string[], stdin?: Uint8Array) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    env: {},
    readStdin: stdin ? () => stdin : undefined,
  });
  return { code, stdout, stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "mofkit-bmf-"));
  made.push(dir);
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return dir;
}

const driver = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445566}")]
class Ex_Block { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1), read] uint32 Speed;
  [WmiMethodId(1), Implemented] void Set([in, ID(0)] uint32 Value); };
`;

describe("mofkit bmf (no corpus needed)", () => {
  it("encodes MOF to a .bmf that decodes back, and dumps its object model", async () => {
    const dir = workspace({ "d.mof": driver });
    const out = join(dir, "out/d.bmf");
    const enc = await run(["bmf", "encode", join(dir, "d.mof"), "-o", out]);
    expect(enc.code).toBe(0);
    expect(enc.stdout).toBe("No problems found in 1 file.\n");
    expect(enc.stderr).toBe(`wrote ${out}\n`);
    expect(Array.from(readFileSync(out).subarray(0, 4))).toEqual([0x46, 0x4f, 0x4d, 0x42]);

    const dec = await run(["bmf", "decode", out]);
    expect(dec.code).toBe(0);
    expect(dec.stderr).toBe("");
    expect(dec.stdout).toMatch(/^\/\/ Decoded by mofkit from d\.bmf\n/);
    expect(dec.stdout).toContain('#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")');
    expect(dec.stdout).toContain("[WmiMethodId(1), Implemented] void Set([in, ID(0)] uint32 Value);");

    const dump = await run(["bmf", "dump", out]);
    expect(dump.code).toBe(0);
    const model = JSON.parse(dump.stdout);
    expect(model.objects[0]).toMatchObject({ offset: 20, kind: "class" });
    expect(model.objects[0].properties[0]).toMatchObject({ name: "InstanceName", type: { name: "string" } });
  });

  it("reads a .bmf from stdin with -", async () => {
    const dir = workspace({ "d.mof": driver });
    const out = join(dir, "d.bmf");
    expect((await run(["bmf", "encode", join(dir, "d.mof"), "-o", out])).code).toBe(0);
    const viaStdin = await run(["bmf", "decode", "-"], new Uint8Array(readFileSync(out)));
    expect(viaStdin.code).toBe(0);
    expect(viaStdin.stdout).toMatch(/^\/\/ Decoded by mofkit from <stdin>\n/);
    const viaFile = await run(["bmf", "decode", out]);
    expect(viaStdin.stdout.split("\n").slice(1)).toEqual(viaFile.stdout.split("\n").slice(1));
    const dump = await run(["bmf", "dump", "-"], new Uint8Array(readFileSync(out)));
    expect(JSON.parse(dump.stdout).objects).toHaveLength(1);
  });

  it("writes the wmimofck -x hex dump with --emit c-hex", async () => {
    const dir = workspace({ "d.mof": driver });
    const bmf = join(dir, "d.bmf");
    const hex = join(dir, "d.x");
    expect((await run(["bmf", "encode", join(dir, "d.mof"), "-o", bmf])).code).toBe(0);
    expect((await run(["bmf", "encode", join(dir, "d.mof"), "-o", hex, "--emit", "c-hex"])).code).toBe(0);
    const text = readFileSync(hex, "utf8");
    expect(text.startsWith("0x46, 0x4f, 0x4d, 0x42, 0x01, 0x00, 0x00, 0x00, ")).toBe(true);
    const bytes = [...text.matchAll(/0x([0-9a-f]{2}), /g)].map((m) => parseInt(m[1], 16));
    expect(bytes).toEqual(Array.from(readFileSync(bmf)));
    expect(
      text
        .split("\n")
        .slice(0, -2)
        .every((l) => l.split(", ").length === 17),
    ).toBe(true);
  });

  it("never replaces a file mofkit did not write, unless --force", async () => {
    const dir = workspace({ "d.mof": driver, "keep.mof": "class Precious { };\n", "keep.bmf": "not a blob" });
    const bmf = join(dir, "d.bmf");
    expect((await run(["bmf", "encode", join(dir, "d.mof"), "-o", bmf])).code).toBe(0);

    const refused = await run(["bmf", "decode", bmf, "-o", join(dir, "keep.mof")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("MOF5004");
    expect(refused.stderr).toContain("use --force to replace it");
    expect(readFileSync(join(dir, "keep.mof"), "utf8")).toBe("class Precious { };\n");

    const refusedBmf = await run(["bmf", "encode", join(dir, "d.mof"), "-o", join(dir, "keep.bmf")]);
    expect(refusedBmf.code).toBe(2);
    expect(refusedBmf.stdout).toContain("MOF5004");
    expect(readFileSync(join(dir, "keep.bmf"), "utf8")).toBe("not a blob");
    const refusedHex = await run(["bmf", "encode", join(dir, "d.mof"), "-o", join(dir, "keep.mof"), "--emit", "c-hex"]);
    expect(refusedHex.code).toBe(2);

    // Its own earlier output is replaced without --force.
    const out = join(dir, "d.out.mof");
    expect((await run(["bmf", "decode", bmf, "-o", out])).code).toBe(0);
    expect((await run(["bmf", "decode", bmf, "-o", out])).code).toBe(0);
    expect((await run(["bmf", "encode", join(dir, "d.mof"), "-o", bmf])).code).toBe(0);

    const forced = await run(["bmf", "decode", bmf, "-o", join(dir, "keep.mof"), "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, "keep.mof"), "utf8")).toMatch(/^\/\/ Decoded by mofkit/);
  });

  it("writes nothing when the input has errors and exits 1; a missing file exits 2", async () => {
    // A header whose compressed size runs past the end of the input.
    const junkBytes = Uint8Array.from([0x46, 0x4f, 0x4d, 0x42, 1, 0, 0, 0, 0xff, 0xff, 0, 0, 16, 0, 0, 0]);
    const dir = workspace({ "bad.mof": "class Ex_A { uint32 A; }\n", "junk.bmf": junkBytes });
    const out = join(dir, "bad.bmf");
    const bad = await run(["bmf", "encode", join(dir, "bad.mof"), "-o", out]);
    expect(bad.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const junk = await run(["bmf", "decode", join(dir, "junk.bmf"), "-o", join(dir, "junk.mof")]);
    expect(junk.code).toBe(1);
    expect(junk.stderr).toContain("MOF4004");
    expect(existsSync(join(dir, "junk.mof"))).toBe(false);
    const missing = await run(["bmf", "decode", join(dir, "nope.bmf")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("MOF5001");
    const nothing = await run(["bmf"]);
    expect(nothing.code).toBe(2);
  });

  it("takes .bmf inputs in check and compile, and finds them in folders", async () => {
    const dir = workspace({ "src/d.mof": driver });
    const bmf = join(dir, "blobs/d.bmf");
    expect((await run(["bmf", "encode", join(dir, "src/d.mof"), "-o", bmf])).code).toBe(0);
    const check = await run(["check", join(dir, "blobs"), "-f", "json"]);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout).summary).toMatchObject({ files: 1, classes: 1, errors: 0 });
    const compile = await run(["compile", bmf, "--out", join(dir, "out")]);
    expect(compile.code).toBe(0);
    const model = JSON.parse(readFileSync(join(dir, "out/model.json"), "utf8"));
    expect(JSON.stringify(model)).toContain("Ex_Block");
  });

  it("locates problems in a .bmf by byte offset (line 1, column offset + 1)", async () => {
    const dir = workspace({
      "e.mof":
        '[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445567}")]\nclass Ex_E { [read] uint32 NoId; };\n',
    });
    const bmf = join(dir, "e.bmf");
    // Encoding checks first, and the class breaks a WMI rule: so encode a clean copy, then check it.
    expect((await run(["bmf", "encode", join(dir, "e.mof"), "-o", bmf])).code).toBe(1);
    const clean = join(dir, "c.mof");
    writeFileSync(clean, "class Ex_E { [read] uint32 NoId; };\n");
    expect((await run(["bmf", "encode", clean, "-o", bmf])).code).toBe(0);
    const r = await run(["check", bmf, "--dialect", "dmtf", "-f", "json"]);
    const diagnostics = JSON.parse(r.stdout).diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(d).toMatchObject({ file: bmf, line: 1 });
    expect(diagnostics.every((d: { column: number }) => d.column > 20)).toBe(true);
  });
});

warnIfNoBmfCorpus("the mofkit bmf corpus tests");
const withCorpus = hasBmfCorpus ? describe : describe.skip;

/**
 * Real firmware that breaks WMI driver rules mofcomp does not enforce (mofkit reports them as
 * errors): its check errors are listed here, code by code. Every other blob checks clean.
 */
const checkExceptions: Record<string, { codes: string[]; why: string }> = {
  "acer-aspire-z3-715-wqmo-a29499e5": { codes: ["MOF3005"], why: "a WMI event class without Active" },
  "asus-n53sm-wqxm-b0e80633": { codes: ["MOF3007"], why: "a data item without WmiDataId" },
  "asus-tuf-gaming-b650m-plus-wqba-9e8b67c3": { codes: ["MOF3003"], why: "one guid on three classes" },
  "dell-g3-3579-wqmo-939ee8bc": { codes: ["MOF3005", "MOF3007"], why: "blocks without Active or WmiDataId" },
  "dell-latitude-7400-2-in-1-wqmo-5903baf1": {
    codes: ["MOF3005", "MOF3007"],
    why: "blocks without Active or WmiDataId",
  },
  "dell-latitude-7420-wqmo-2dc11795": { codes: ["MOF3005"], why: "blocks without Active" },
  "hp-450-a100ns-wqab-88777a22": { codes: ["MOF3008"], why: "WmiSizeIs on fixed-size arrays" },
  "hp-compaq-6200-pro-sff-pc-wqzz-bcbf6daa": {
    codes: ["MOF3005", "MOF3008"],
    why: "WmiSizeIs on fixed arrays, no Active",
  },
  "hp-compaq-8100-elite-sff-pc-wqzz-d0831322": {
    codes: ["MOF3005", "MOF3008"],
    why: "WmiSizeIs on fixed arrays, no Active",
  },
  "hp-elitebook-8440p-wqba-4f32563a": { codes: ["MOF2201"], why: 'provider registrations with boolean = "TRUE"' },
  "hp-elitebook-8540p-wqxm-63fd2c57": { codes: ["MOF3007"], why: "a data item without WmiDataId" },
  "hp-envy-x360-2-in-1-laptop-15-ew0xxx-wqab-84db59a9": {
    codes: ["MOF3007", "MOF3008"],
    why: "WmiDataId gaps and duplicates",
  },
  // HPBIOS_BIOSInteger redeclares Prerequisites[] without WmiSizeIs; like the layout, the checker
  // takes the WmiSizeIs of the inherited declaration, so that is no MOF3009.
  "hp-mini-5101-wqab-5571889a": { codes: ["MOF3008"], why: "WmiSizeIs on a fixed array" },
  "razer-blade-wqba-aa45f4ce": { codes: ["MOF3004"], why: "a WMI block without Dynamic or Static" },
};

withCorpus("mofkit with the BMF corpus", () => {
  it("checks every real blob in wmi mode with no errors but the listed firmware rule violations", async () => {
    let clean = 0;
    for (const name of realBlobs()) {
      const r = await run(["check", join(bmfCorpus, `${name}.bmf`), "-f", "json"]);
      const errors = JSON.parse(r.stdout).diagnostics.filter((d: { severity: string }) => d.severity === "error");
      const codes = [...new Set(errors.map((d: { code: string }) => d.code))].sort();
      expect(codes, name).toEqual(checkExceptions[name]?.codes ?? []);
      expect(r.code, name).toBe(codes.length > 0 ? 1 : 0);
      if (codes.length === 0) clean++;
    }
    console.log(
      `mofkit check: ${clean}/${realBlobs().length} real blobs clean in wmi mode; ${Object.keys(checkExceptions).length} break WMI driver rules`,
    );
  });

  it("decodes an ACPI buffer with a trailing byte, from stdin too", async () => {
    const name = "asus-n53sm-wqxm-b0e80633";
    const buffer = readBytes(join(bmfCorpus, `${name}.acpi-buffer.bin`));
    const viaFile = await run(["bmf", "decode", join(bmfCorpus, `${name}.bmf`)]);
    const viaStdin = await run(["bmf", "decode", "-"], buffer);
    expect(viaStdin.code).toBe(0);
    expect(viaStdin.stdout.split("\n").slice(1)).toEqual(viaFile.stdout.split("\n").slice(1));
  });

  it("encodes a mofcomp vector to mofcomp's bytes and a decoded blob back to itself", async () => {
    const dir = workspace();
    const out = join(dir, "v.bmf");
    // A method with inputs and outputs: the packed input object of bmf-format.md §4.9.
    const src = join(vectorsDir, "evaluation-methods-methods.source.mof");
    expect((await run(["bmf", "encode", src, "-o", out])).code).toBe(0);
    expect(readFileSync(out).equals(readFileSync(join(vectorsDir, "evaluation-methods-methods.bmf")))).toBe(true);

    const blob = join(bmfCorpus, "lenovo-legion-7-16iax7-82td-wqdd-abc7ebcd.bmf");
    const again = join(dir, "again.bmf");
    expect((await run(["bmf", "encode", blob, "-o", again])).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(blob))).toBe(true);

    // Decoded MOF compiles back to the same blob too, CIMTYPE spellings aside.
    const mof = join(dir, "x.mof");
    const asus = join(bmfCorpus, "asus-rog-crosshair-vii-hero-wqmo-9a3415fe.bmf");
    expect((await run(["bmf", "decode", asus, "-o", mof])).code).toBe(0);
    expect((await run(["bmf", "encode", mof, "-o", join(dir, "x.bmf")])).code).toBe(0);
    expect(readFileSync(join(dir, "x.bmf")).equals(readFileSync(asus))).toBe(true);
  });
});

describe("the installed bin", () => {
  const repo = fileURLToPath(new URL("../../../", import.meta.url));
  const bin = join(repo, "node_modules/.bin/mofkit");

  it("decodes a .bmf piped to stdin", () => {
    const dir = workspace({ "d.mof": driver });
    const bmf = join(dir, "d.bmf");
    const enc = spawnSync(bin, ["bmf", "encode", join(dir, "d.mof"), "-o", bmf], { encoding: "utf8" });
    expect(enc.status, enc.stderr).toBe(0);
    // An ACPI buffer may carry bytes after the blob: they are ignored.
    const input = Buffer.concat([readFileSync(bmf), Buffer.from([0x7f])]);
    const r = spawnSync(bin, ["bmf", "decode", "-"], { input, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("class Ex_Block {");
  });
});
