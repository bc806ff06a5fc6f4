/**
 * `mofkit layout` (registered on a yargs instance as main.ts will): table, JSON with the stable
 * names of the issue, SVG, --class, exit codes, diagnostics on stderr.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yargs from "yargs";
import { afterAll, describe, expect, it } from "vitest";
import { registerLayoutCommand } from "../src/commands/layout.js";

async function run(args: string[]) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    env: {},
  };
  let command: (() => number) | undefined;
  let usage: string | undefined;
  await registerLayoutCommand(yargs(args), io, (r) => (command = r))
    .strict()
    .exitProcess(false)
    .fail((msg) => {
      usage = msg;
    })
    .parseAsync();
  const code = usage !== undefined ? 2 : command ? command() : 0;
  return { code, stdout, stderr, usage };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "mofkit-layout-"));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const mof = `[WMI, Dynamic, Provider("WMIProv"), guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455F0}")]
class Ex_Block { [key, read] string InstanceName; [read] boolean Active;
  [WmiDataId(1), read] boolean Flag;
  [WmiDataId(2), read] uint32 Speed;
  [WmiDataId(3), read] string Name;
  [WmiDataId(4), read] uint16 After;
  [Implemented, WmiMethodId(1)] void Go([in] uint8 How, [out] uint64 Result);
};
[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455F1}")]
class Ex_Part { [WmiDataId(1)] uint8 X; };
`;

describe("mofkit layout", () => {
  it("prints a table of offset, size, alignment, type and name", async () => {
    const dir = workspace({ "d.mof": mof });
    const r = await run(["layout", join(dir, "d.mof")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(
      [
        "Ex_Block  data block, struct Ex_Block, variable size, fixed part 8 bytes (the variable part starts at 8), alignment 4",
        "  offset  size  align  type     name",
        "       0     1      1  boolean  Flag",
        "       4     4      4  uint32   Speed",
        "       8   var      2  string   Name",
        "       +     2      2  uint16   After",
      ].join("\n"),
    );
    expect(r.stdout).toContain("Ex_Block.Go  method output, struct Go_OUT, 8 bytes, alignment 8");
  });

  it("prints JSON with the documented names; --class selects a class and its method blocks", async () => {
    const dir = workspace({ "d.mof": mof });
    const r = await run(["layout", join(dir, "d.mof"), "--class", "ex_block", "--format", "json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.classes.map((c: { name: string; kind: string }) => `${c.name}/${c.kind}`)).toEqual([
      "Ex_Block/data",
      "Ex_Block.Go/method-in",
      "Ex_Block.Go/method-out",
    ]);
    const block = json.classes[0];
    expect(Object.keys(block).slice(0, 7)).toEqual([
      "name",
      "cStruct",
      "kind",
      "alignment",
      "fixedSize",
      "variable",
      "items",
    ]);
    expect(block).toMatchObject({
      name: "Ex_Block",
      cStruct: "Ex_Block",
      kind: "data",
      alignment: 4,
      fixedSize: 8,
      variable: true,
    });
    expect(
      block.items.map((i: Record<string, unknown>) => [
        i.name,
        i.cMember,
        i.type,
        i.offset,
        i.size,
        i.alignment,
        i.count,
      ]),
    ).toEqual([
      ["Flag", "Flag", "boolean", 0, 1, 1, 1],
      ["Speed", "Speed", "uint32", 4, 4, 4, 1],
      ["Name", "VariableData", "string", 8, null, 2, 1],
      ["After", "After", "uint16", null, 2, 2, 1],
    ]);
  });

  it("prints an SVG byte map", async () => {
    const dir = workspace({ "d.mof": mof });
    const r = await run(["layout", join(dir, "d.mof"), "-f", "svg", "--class", "Ex_Part"]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(r.stdout).toContain('data-block="root/default:Ex_Part"');
  });

  it("exits 1 with diagnostics on stderr and nothing on stdout when the input has errors", async () => {
    const dir = workspace({
      "bad.mof": `[WMI, guid("{6F1A9B40-1C2D-4E5F-8A90-1122334455F2}")] class Ex_B { [WmiDataId(1)] uint8 A; [WmiDataId(3)] uint8 C; };`,
    });
    const r = await run(["layout", join(dir, "bad.mof")]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("MOF3007");
  });

  it("exits 2 when --class names no class, or the format is unknown", async () => {
    const dir = workspace({ "d.mof": mof });
    const r = await run(["layout", join(dir, "d.mof"), "--class", "Nope"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("MOF5002");
    expect(r.stderr).toContain("--class: no WMI class named 'Nope' in the input");
    expect((await run(["layout", join(dir, "d.mof"), "-f", "xml"])).code).toBe(2);
  });
});
