/** The `mofkit` command end to end: exit codes, output formats, input options. */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../src/main.js";

async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = "";
  let stderr = "";
  const code = await main(args, {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    env,
  });
  return { code, stdout, stderr };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "mofkit-cli-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const clean = "class Ex_A { [key] string Id; };\n";
const broken = "class Ex_A { uint32 A; }\nclass Ex_B { [Key,] uint8 V = 08; };\n";

describe("mofkit check", () => {
  it("exits 0 on clean input and reports what it read", async () => {
    const dir = workspace({ "a.mof": clean });
    const r = await run(["check", join(dir, "a.mof")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("No problems found in 1 file.\n");
  });

  it("exits 1 with every error located, coded and framed", async () => {
    const dir = workspace({ "b.mof": broken });
    const r = await run(["check", join(dir, "b.mof")]);
    expect(r.code).toBe(1);
    const headers = r.stdout.split("\n").filter((l) => / - error MOF\d{4}: /.test(l));
    expect(headers.map((h) => h.replace(/^.*b\.mof:/, ""))).toEqual([
      "2:1 - error MOF1100: expected ';' but found 'class'",
      "2:18 - error MOF1102: empty element in a qualifier list: remove the extra ',' (a list may not end with ',')",
      "2:31 - error MOF1006: invalid octal literal '08': after a leading 0 only the digits 0-7 may follow",
    ]);
    expect(r.stdout).toContain("2 | class Ex_B { [Key,] uint8 V = 08; };");
    expect(r.stdout).toContain("Found 3 errors in 1 file.");
  });

  it("prints the JSON shape scripts depend on", async () => {
    const dir = workspace({
      "main.mof": '#pragma include ("inc/q.mof")\nclass Ex_A { };\ninstance of Ex_A { };\n',
      "inc/q.mof":
        "Qualifier Key : boolean = false, Scope(property), Flavor(DisableOverride);\nclass Ex_B { uint8 V = 08; };\n",
    });
    const r = await run(["check", join(dir, "main.mof"), "--format", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ files: 2, classes: 2, qualifierTypes: 1, instances: 1, errors: 1, warnings: 0 });
    expect(out.diagnostics).toEqual([
      {
        code: "MOF1006",
        severity: "error",
        message: "invalid octal literal '08': after a leading 0 only the digits 0-7 may follow",
        file: join(dir, "inc/q.mof"),
        line: 2,
        column: 24,
        endLine: 2,
        endColumn: 26,
      },
    ]);
  });

  it("writes MSBuild, SARIF and GitHub formats", async () => {
    const dir = workspace({ "b.mof": broken });
    const f = join(dir, "b.mof");
    expect((await run(["check", f, "-f", "msbuild"])).stdout.split("\n")[0]).toBe(
      `${f}(2,1,2,6): error MOF1100: expected ';' but found 'class'`,
    );
    const sarif = JSON.parse((await run(["check", f, "-f", "sarif"])).stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results).toHaveLength(3);
    expect((await run(["check", f, "-f", "github"])).stdout.split("\n")[0]).toMatch(
      /^::error file=.*b\.mof,line=2,col=1,endLine=2,endColumn=6,title=MOF1100::expected ';' but found 'class'$/,
    );
  });

  it("--warn-as-error turns warnings into exit 1", async () => {
    const dir = workspace({ "w.mof": '#pragma vendor_tuning("fast")\nclass Ex_A { };\n' });
    expect((await run(["check", join(dir, "w.mof")])).code).toBe(0);
    expect((await run(["check", join(dir, "w.mof"), "--warn-as-error"])).code).toBe(1);
  });

  it("exits 2 on usage errors and unreadable inputs", async () => {
    const dir = workspace({ "a.mof": clean });
    const bad = await run(["check", join(dir, "a.mof"), "--dialect", "cim"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("MOF5002");
    expect(bad.stdout).toBe("");
    expect((await run([])).code).toBe(2);
    const missing = await run(["check", join(dir, "nope.mof")]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("MOF5001");
  });

  it("resolves includes through -I, case-insensitively, and follows --dialect", async () => {
    const dir = workspace({
      "src/a.mof": '#pragma include ("Shared.MOF")\nclass Ex_A { void M(); };\n',
      "lib/shared.mof": "class Ex_S { };\n",
    });
    const without = await run(["check", join(dir, "src/a.mof"), "-f", "json"]);
    expect(JSON.parse(without.stdout).diagnostics[0]).toMatchObject({ code: "MOF1202", line: 1 });
    const withI = await run(["check", join(dir, "src/a.mof"), "-I", join(dir, "lib"), "-f", "json"]);
    expect(JSON.parse(withI.stdout).summary).toMatchObject({ files: 2, classes: 2, errors: 0 });
    const dmtf = await run([
      "check",
      join(dir, "src/a.mof"),
      "-I",
      join(dir, "lib"),
      "--dialect",
      "dmtf",
      "-f",
      "json",
    ]);
    expect(JSON.parse(dmtf.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(["MOF1108"]);
  });

  it("expands macros with --preprocess and -D, with positions in the original file", async () => {
    const dir = workspace({
      "p.mof":
        "#ifdef WIDE\n#define LEN 64\n#else\n#define LEN 8\n#endif\nclass Ex_D { [MaxLen(LEN)] string S; uint8 V = 09; };\n",
    });
    const f = join(dir, "p.mof");
    expect((await run(["check", f, "-f", "json"])).code).toBe(1);
    const r = await run(["check", f, "-D", "WIDE", "-f", "json"]);
    const out = JSON.parse(r.stdout);
    expect(
      out.diagnostics.map((d: { code: string; line: number; column: number }) => [d.code, d.line, d.column]),
    ).toEqual([["MOF1006", 6, 48]]);
  });

  it("checks every .mof/.mfl in a folder", async () => {
    const dir = workspace({ "x/a.mof": clean, "x/b.MFL": "class Ex_B { };\n", "x/readme.txt": "not mof" });
    const r = await run(["check", join(dir, "x"), "-f", "json"]);
    expect(JSON.parse(r.stdout).summary).toMatchObject({ files: 2, classes: 2 });
  });

  it("honours NO_COLOR and FORCE_COLOR", async () => {
    const dir = workspace({ "b.mof": broken });
    expect((await run(["check", join(dir, "b.mof")], { FORCE_COLOR: "1" })).stdout).toContain("\u001b[");
    expect((await run(["check", join(dir, "b.mof")], { FORCE_COLOR: "1", NO_COLOR: "1" })).stdout).not.toContain(
      "\u001b[",
    );
  });
});

describe("the installed command", () => {
  const repo = fileURLToPath(new URL("../../../", import.meta.url));
  const bin = join(repo, "node_modules/.bin/mofkit");

  it("runs the bundled example through node_modules/.bin/mofkit", () => {
    const out = execFileSync(bin, ["check", join(repo, "examples/thermal-driver/thermal.mof")], { encoding: "utf8" });
    expect(out).toBe("No problems found in 1 file.\n");
  });

  it("prints help and exits 0", () => {
    const r = spawnSync(bin, ["--help"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("mofkit check <inputs..>");
  });
});
