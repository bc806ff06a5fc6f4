#!/usr/bin/env node
// Thin launcher kept in git so pnpm can link the bin before the first build.
import { main } from "../dist/main.js";
process.exitCode = await main(process.argv.slice(2));
