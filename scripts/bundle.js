// Bundles the CLI into one ESM file: loading one module instead of several hundred (chevrotain
// pulls in lodash-es) roughly halves start-up, which dominates short `mofkit` runs.
import { build } from "esbuild";

await build({
  entryPoints: [new URL("../packages/cli/dist/main.js", import.meta.url).pathname],
  outfile: new URL("../packages/cli/dist/mofkit.bundle.js", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minifySyntax: true,
  legalComments: "none",
  logLevel: "warning",
  // prettier (for --emit ts only) is loaded from node_modules when asked for, not parsed at every start.
  // esbuild (loading TypeScript providers) is a native package and cannot be bundled.
  external: ["prettier", "prettier/*", "esbuild"],
  // yargs and other CommonJS-era code call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __mofkitRequire } from 'node:module'; const require = __mofkitRequire(import.meta.url);",
  },
});
