#!/usr/bin/env node
// Thin launcher kept in git so pnpm can link the bin before the first build. It runs the
// single-file bundle when present (fast start-up) and the plain tsc output otherwise.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/mofkit.bundle.js", import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : "../dist/main.js");
const code = await main(process.argv.slice(2));
process.exitCode = code;
// A provider module (query/watch --provider) may leave timers running; once the output is
// flushed the command is over.
process.stdout.write("", () => process.stderr.write("", () => process.exit(code)));
