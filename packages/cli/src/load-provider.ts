/**
 * Loads a provider module for the simulator commands and the demo: TypeScript or JavaScript,
 * anywhere on disk. esbuild bundles it (Node 20 cannot run TypeScript itself), and its imports of
 * @mofkit/runtime are bound to the runtime this process runs, so the provider and the simulator
 * share one WmiLib (requests in flight, WmiStatusError) and the module needs no node_modules of
 * its own.
 */
import { rmSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as runtime from "@mofkit/runtime";
import type { WmiLibContext } from "@mofkit/runtime";

const RUNTIME_KEY = "mofkit.runtime.shared";

export class ProviderLoadError extends Error {
  /** The module as named by the caller, and what went wrong without it (for coded diagnostics). */
  readonly file: string;
  readonly reason: string;
  constructor(message: string, file = "", reason = message, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "ProviderLoadError";
    this.file = file;
    this.reason = reason;
  }
}

/** A virtual @mofkit/runtime re-exporting this process's runtime, name by name. */
function runtimeShim(): string {
  const names = Object.keys(runtime).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
  return [
    `const r = globalThis[Symbol.for(${JSON.stringify(RUNTIME_KEY)})];`,
    ...names.map((n) => `export const ${n} = r.${n};`),
  ].join("\n");
}

/** Bundles and imports the module; its exports as loaded. */
export async function importProviderModule(file: string): Promise<Record<string, unknown>> {
  const path = resolve(file);
  (globalThis as Record<symbol, unknown>)[Symbol.for(RUNTIME_KEY)] = runtime;
  const { build } = await import("esbuild");
  let code: string;
  try {
    const result = await build({
      entryPoints: [path],
      bundle: true,
      write: false,
      format: "esm",
      platform: "node",
      target: "node20",
      sourcemap: "inline",
      logLevel: "silent",
      plugins: [
        {
          name: "mofkit-runtime",
          setup(b) {
            b.onResolve({ filter: /^@mofkit\/runtime$/ }, () => ({ path: "runtime", namespace: "mofkit" }));
            b.onLoad({ filter: /.*/, namespace: "mofkit" }, () => ({ contents: runtimeShim(), loader: "js" }));
          },
        },
      ],
    });
    code = result.outputFiles[0].text;
  } catch (e) {
    const errors = (e as { errors?: { text: string; location?: { file: string; line: number; column: number } }[] })
      .errors;
    const first = errors?.[0];
    // esbuild names files relative to the working directory; an absolute path reads the same from anywhere.
    const loc = first?.location;
    const where = loc ? `${resolve(loc.file)}:${loc.line}:${loc.column + 1}: ` : "";
    const reason = `${where}${first?.text ?? (e as Error).message}`;
    throw new ProviderLoadError(`cannot load provider ${file}: ${reason}`, file, reason);
  }
  const dir = mkdtempSync(join(tmpdir(), "mofkit-provider-"));
  const out = join(dir, `${basename(path).replace(/\.[^.]*$/, "")}.mjs`);
  try {
    writeFileSync(out, code);
    return (await import(pathToFileURL(out).href)) as Record<string, unknown>;
  } catch (e) {
    // The module's own top-level code threw while it was evaluated.
    const reason = `evaluating the module failed: ${(e as Error).message}`;
    throw new ProviderLoadError(`cannot load provider ${file}: ${reason}`, file, reason, e);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function isContext(v: unknown): v is WmiLibContext {
  return typeof v === "object" && v !== null && Array.isArray((v as WmiLibContext).guidList);
}

/**
 * The provider a module offers: its default export (else `provider`, else `createProvider`), as
 * an instance, a class constructed without arguments, or a factory function.
 */
export async function loadProvider(file: string): Promise<WmiLibContext> {
  const mod = await importProviderModule(file);
  const candidates = [mod.default, mod.provider, mod.createProvider].filter((x) => x !== undefined);
  for (const c of candidates) {
    if (isContext(c)) return c;
    if (typeof c === "function") {
      let made: unknown;
      try {
        made = /^class\b/.test(Function.prototype.toString.call(c))
          ? new (c as new () => unknown)()
          : await (c as () => unknown)();
      } catch (e) {
        const reason = `creating the provider failed: ${(e as Error).message}`;
        throw new ProviderLoadError(`provider ${file}: ${reason}`, file, reason, e);
      }
      if (isContext(made)) return made;
    }
  }
  const how =
    "export default a class extending the generated <Stem>ProviderBase, an instance, or a function returning one";
  throw new ProviderLoadError(`provider ${file} exports no provider: ${how}`, file, `it exports no provider: ${how}`);
}
