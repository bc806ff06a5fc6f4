/**
 * Textual-order traversal like `walkProductions`, but telling the visitor where each root input
 * starts: every input file begins in the default namespace (`root/default`) while included files
 * continue in the namespace of the file that includes them (inclusion is textual).
 */
import { maxIncludeDepth, type MofDocument, type Production, type Program } from "@mofkit/syntax";

export interface WalkVisitor {
  enterRoot(doc: MofDocument): void;
  production(p: Production, doc: MofDocument): void;
}

export function walkRoots(program: Program, visitor: WalkVisitor): void {
  const walk = (doc: MofDocument, depth: number) => {
    for (const p of doc.productions) {
      visitor.production(p, doc);
      if ((p.kind === "Pragma" || p.kind === "Include") && depth < maxIncludeDepth) {
        const target = program.includeTargets.get(p);
        if (target) walk(target, depth + 1);
      }
    }
  };
  for (const root of program.roots) {
    visitor.enterRoot(root);
    walk(root, 0);
  }
}
