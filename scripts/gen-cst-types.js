// Regenerates packages/syntax/src/cst-types.ts from the grammar, so the CST visitor is typed
// against the parser. `pnpm generate` runs it; a test fails when the committed file is stale.
import { writeFileSync } from "node:fs";
import { cstTypesSource } from "../packages/syntax/dist/grammar-info.js";

writeFileSync(new URL("../packages/syntax/src/cst-types.ts", import.meta.url), cstTypesSource());
