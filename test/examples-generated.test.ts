// The examples' generated TypeScript (examples/*/<stem>.generated.ts) is committed: it is
// regenerated here in memory, exactly as `mofkit compile --emit ts` writes it, and any difference
// fails (refresh with `pnpm generate`). Then the examples, generated modules and hand-written
// providers together, must pass `tsc --strict` with examples/tsconfig.json, which resolves
// @mofkit/runtime by package name as a user's project would (to the built types: `pnpm test`
// builds first).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain JavaScript generator without type declarations
import * as gen from "../scripts/gen-examples.js";

const generator = gen as {
  exampleMofs: string[];
  refreshCommand: string;
  renderExample(mof: string): Promise<{ path: string; text: string }>;
};

const root = fileURLToPath(new URL("../", import.meta.url));

/** The first line where two texts differ, for a message that points somewhere. */
function firstDifference(a: string, b: string): string {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if (x[i] !== y[i]) return `line ${i + 1}: committed ${JSON.stringify(x[i])}, generated ${JSON.stringify(y[i])}`;
  return "no line differs";
}

describe("examples' generated TypeScript", () => {
  it.each(generator.exampleMofs)("%s: the committed generated module is current", async (mof) => {
    const { path, text } = await generator.renderExample(mof);
    let committed: string;
    try {
      committed = readFileSync(`${root}${path}`, "utf8").replace(/\r\n/g, "\n");
    } catch {
      throw new Error(`${path} is missing: run \`${generator.refreshCommand}\` and commit it`);
    }
    expect(
      committed === text,
      `${path} differs from what mofkit generates (${firstDifference(committed, text)}): run \`${generator.refreshCommand}\``,
    ).toBe(true);
  });

  it("examples/ passes tsc --strict (examples/tsconfig.json)", () => {
    const configPath = `${root}examples/tsconfig.json`;
    const parsed = ts.getParsedCommandLineOfConfigFile(
      configPath,
      { strict: true, noEmit: true },
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (d) => {
          throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
        },
      },
    );
    if (!parsed) throw new Error(`cannot read ${configPath}`);
    const files = parsed.fileNames.map((f) => f.replace(/\\/g, "/"));
    for (const expected of [
      "thermal-driver/thermal.provider.ts",
      "wmisamp/wmisamp.provider.ts",
      "wmisamp/wmisamp.generated.ts",
    ])
      expect(
        files.some((f) => f.endsWith(`examples/${expected}`)),
        expected,
      ).toBe(true);
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const problems = [...parsed.errors, ...ts.getPreEmitDiagnostics(program)].map((d) => {
      const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
      const file = d.file ? `${d.file.fileName.slice(root.length)}:${(where?.line ?? 0) + 1}: ` : "";
      return `${file}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
    expect(problems).toEqual([]);
  });
});
