/** `mofkit compile --emit model`: writes model.json only when the input is clean, only inside --out. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeBmf } from "@mofkit/bmf";
import { main } from "../src/main.js";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    env: {},
  });
  return { code, stdout, stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "mofkit-compile-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const driver = `#pragma namespace("\\\\\\\\.\\\\root\\\\wmi")
[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-112233445566}")]
class Ex_Block { [key, read] string InstanceName; [read] boolean Active; [WmiDataId(1), read] uint32 Speed; };
`;

describe("mofkit compile", () => {
  it("writes <out>/model.json for clean input and exits 0", async () => {
    const dir = workspace({ "d.mof": driver });
    const out = join(dir, "build", "gen");
    const r = await run(["compile", join(dir, "d.mof"), "--out", out, "--emit", "model"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("model.json");
    const json = JSON.parse(readFileSync(join(out, "model.json"), "utf8"));
    expect(json.namespaces[1].name).toBe("root/wmi");
    expect(json.namespaces[1].classes[0].name).toBe("Ex_Block");
    // Running again replaces its own output.
    expect((await run(["compile", join(dir, "d.mof"), "--out", out, "--pretty"])).code).toBe(0);
    expect(readFileSync(join(out, "model.json"), "utf8").startsWith('{\n  "namespaces"')).toBe(true);
  });

  it("writes nothing and exits 1 when the input has errors", async () => {
    const dir = workspace({ "bad.mof": "class Ex_A : Ex_Missing { };\n" });
    const out = join(dir, "out");
    const r = await run(["compile", join(dir, "bad.mof"), "--out", out, "-f", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(["MOF2102"]);
    expect(existsSync(join(out, "model.json"))).toBe(false);
  });

  it("refuses to overwrite a file it did not write (exit 2)", async () => {
    const dir = workspace({ "d.mof": driver, "out/model.json": "my notes\n" });
    const r = await run(["compile", join(dir, "d.mof"), "--out", join(dir, "out"), "-f", "json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(["MOF5004"]);
    expect(readFileSync(join(dir, "out/model.json"), "utf8")).toBe("my notes\n");
  });

  it("needs --out and knows only the model emitter", async () => {
    const dir = workspace({ "d.mof": driver });
    expect((await run(["compile", join(dir, "d.mof")])).code).toBe(2);
    expect((await run(["compile", join(dir, "d.mof"), "--out", dir, "--emit", "header"])).code).toBe(2);
  });
});

describe("mofkit check runs the schema rules", () => {
  it("reports checker diagnostics with the front end's", async () => {
    const dir = workspace({ "k.mof": "class Ex_K { [key] string Id; };\ninstance of Ex_K { V = 1; };\n" });
    const r = await run(["check", join(dir, "k.mof"), "-f", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.diagnostics.map((d: { code: string; line: number }) => `${d.code}:${d.line}`)).toEqual([
      "MOF2304:2",
      "MOF2302:2",
    ]);
    expect(out.summary).toMatchObject({ classes: 1, instances: 1, errors: 2, warnings: 0 });
  });

  it("writes the C header and skeleton, replaces its own header, never overwrites the skeleton", async () => {
    const dir = workspace({ "d.mof": driver });
    const out = join(dir, "c");
    const args = ["compile", join(dir, "d.mof"), "--out", out, "--emit", "c-header", "c-skeleton"];
    const first = await run(args);
    expect(first.code).toBe(0);
    const header = readFileSync(join(out, "d.h"), "utf8");
    expect(header.startsWith("#ifndef _d_h_")).toBe(true);
    expect(header).toContain("typedef struct _Ex_Block");
    expect(header).toContain("#define Ex_Block_Speed_ID 1");
    expect(readFileSync(join(out, "dwmi.c"), "utf8")).toContain("Ex_Block");
    // The skeleton is the file a person edits: a second run keeps it byte for byte.
    writeFileSync(join(out, "dwmi.c"), "/* my driver code */\n");
    const second = await run(args);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain("kept");
    expect(readFileSync(join(out, "dwmi.c"), "utf8")).toBe("/* my driver code */\n");
    // A header someone else wrote is not replaced.
    writeFileSync(join(out, "d.h"), "// hand-written\n");
    const third = await run(args);
    expect(third.code).toBe(2);
    expect(third.stdout).toContain("MOF5");
    expect(readFileSync(join(out, "d.h"), "utf8")).toBe("// hand-written\n");
  });

  it("writes the TypeScript module (--emit ts), rewrites its own, never replaces someone else's", async () => {
    const dir = workspace({ "d.mof": driver });
    const out = join(dir, "ts");
    const args = ["compile", join(dir, "d.mof"), "--out", out, "--emit", "ts"];
    const first = await run(args);
    expect(first.code).toBe(0);
    const file = join(out, "d.generated.ts");
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("// generated by mofkit from d.mof")).toBe(true);
    expect(text).toContain('export const Ex_Block_GUID = "6f1a9b40-1c2d-4e5f-8a90-112233445566";');
    expect(text).toContain("export interface Ex_Block {");
    expect(text).toContain("export function encodeEx_Block(value: Ex_Block): Uint8Array");
    writeFileSync(file, text + "// stale\n");
    expect((await run(args)).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(text);
    writeFileSync(file, "// hand-written\n");
    const third = await run(args);
    expect(third.code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("// hand-written\n");
  });

  it("writes the binary MOF as a wmimofck -x byte array that decodes back to the classes", async () => {
    const dir = workspace({ "d.mof": driver });
    const out = join(dir, "x");
    const r = await run(["compile", join(dir, "d.mof"), "--out", out, "--emit", "c-hex"]);
    expect(r.code).toBe(0);
    const hex = readFileSync(join(out, "d.x"), "utf8");
    const bytes = Uint8Array.from(hex.match(/0x[0-9a-f]{2}/gi)!.map((h) => parseInt(h, 16)));
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe("FOMB");
    const decoded = decodeBmf(bytes);
    expect(decoded.diagnostics).toEqual([]);
    expect(decoded.productions.some((p) => p.kind === "Class" && p.name.name === "Ex_Block")).toBe(true);
  });
  it("with --warn-as-error, a warning found while producing the outputs writes nothing and exits 1", async () => {
    const mof = driver.replace(
      "[WmiDataId(1), read] uint32 Speed;",
      "[WmiDataId(1), read] string Name; [WmiDataId(2), read] uint32 After;",
    );
    const dir = workspace({ "w.mof": mof });
    const out = join(dir, "out");
    const strict = await run(["compile", join(dir, "w.mof"), "--out", out, "--emit", "c-header", "--warn-as-error"]);
    expect(strict.stdout).toContain("MOF3610");
    expect(strict.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const lenient = await run(["compile", join(dir, "w.mof"), "--out", out, "--emit", "c-header"]);
    expect(lenient.code).toBe(0);
    expect(existsSync(join(out, "w.h"))).toBe(true);
  });
});
