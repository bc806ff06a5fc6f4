// Every generator in the repository, in one go; `pnpm generate` builds first (tsc -b), because
// the generators read the packages' dist output.
//   - scripts/gen-cst-types.js: packages/syntax/src/cst-types.ts (CST typings for the visitor)
//   - scripts/gen-grammar.js:   grammar/diagrams/*.svg and index.html (railroad diagrams)
//   - scripts/gen-textmate.js:  grammar/mof.tmLanguage.json (TextMate grammar for editors)
//   - scripts/gen-diagnostics-doc.js: docs/diagnostics.md (from the diagnostic registry)
//   - scripts/gen-examples.js:  examples/*/<stem>.generated.ts (`mofkit compile --emit ts` of each example)
// Tests fail when a committed generated file no longer matches its source.
import { writeGrammarFiles } from "./gen-grammar.js";

// gen-cst-types.js does its work when it is loaded.
await import("./gen-cst-types.js");
console.log("generate: wrote packages/syntax/src/cst-types.ts");

const written = await writeGrammarFiles();
console.log(`generate: wrote ${written.length} files under grammar/diagrams/`);
console.log(`generate: wrote ${await (await import("./gen-textmate.js")).writeTextMateGrammar()}`);
console.log(`generate: wrote ${await (await import("./gen-diagnostics-doc.js")).writeDiagnosticsDoc()}`);
for (const file of await (await import("./gen-examples.js")).writeExamples()) console.log(`generate: wrote ${file}`);
