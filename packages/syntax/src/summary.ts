import type { Program } from "./program.js";
import { walkProductions } from "./program.js";

/** What a compilation declares, counted in textual order across inputs and includes. */
export interface DeclarationCounts {
  files: number;
  classes: number;
  qualifierTypes: number;
  instances: number;
}

export function countDeclarations(program: Program): DeclarationCounts {
  const counts: DeclarationCounts = { files: program.documents.length, classes: 0, qualifierTypes: 0, instances: 0 };
  walkProductions(program, (p) => {
    if (p.kind === "Class") counts.classes++;
    else if (p.kind === "QualifierDeclaration") counts.qualifierTypes++;
    else if (p.kind === "Instance") counts.instances++;
  });
  return counts;
}
