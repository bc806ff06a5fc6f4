// The examples' generated TypeScript (`examples/*/<stem>.generated.ts`), exactly as
// `mofkit compile <mof> --out <its folder> --emit ts` writes it. `pnpm generate` runs it;
// test/examples-generated.test.ts regenerates the same text in memory and fails when a committed
// file differs. The providers beside them (`<stem>.provider.ts`) are written once and then
// hand-edited, so they are not generated here.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultTsFileName, emitTypeScript } from "@mofkit/codegen";
import { layoutModel } from "@mofkit/layout";
import { checkProgram } from "@mofkit/schema";
import { loadProgram } from "@mofkit/syntax";

const root = fileURLToPath(new URL("..", import.meta.url));

/** The example MOFs, relative to the repository root. */
export const exampleMofs = ["examples/thermal-driver/thermal.mof", "examples/wmisamp/wmisamp.mof"];
export const refreshCommand = "pnpm generate";

/** The file system for the front end (the CLI's node host is not exported). */
const host = {
  readFile: (path) => {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
  readDirectory: (path) => {
    try {
      return readdirSync(path);
    } catch {
      return undefined;
    }
  },
};

/**
 * The generated TypeScript of one example: its path relative to the root and its text. Follows
 * the `--emit ts` branch of packages/cli/src/commands/compile.ts step by step.
 */
export async function renderExample(mof) {
  const program = loadProgram([join(root, mof)], host, { dialect: "wmi" });
  const checked = checkProgram(program);
  const { layouts, diagnostics } = layoutModel(checked.model, { program });
  const problems = [...program.diagnostics, ...checked.diagnostics, ...diagnostics].filter(
    (d) => d.severity === "error",
  );
  if (problems.length > 0)
    throw new Error(`${mof}: ${problems.map((d) => `${d.code} ${d.message}`).join("; ")} (run mofkit check on it)`);
  const text = await emitTypeScript(layouts, { sources: [basename(mof)] });
  return { path: join(dirname(mof), defaultTsFileName(mof)).replace(/\\/g, "/"), text };
}

/** Writes every example's generated TypeScript; returns the paths written. */
export async function writeExamples() {
  const written = [];
  for (const mof of exampleMofs) {
    const { path, text } = await renderExample(mof);
    writeFileSync(join(root, path), text);
    written.push(path);
  }
  return written;
}
