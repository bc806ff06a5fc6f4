// Focused tests of the qualifier-redeclaration rule (DSP0004 2.x, Qualifier declarations (one type per name)).
import { describe, expect, it } from "vitest";
import { qualifierRedeclaration } from "../../src/rules/qualifier-redeclaration.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("qualifier-redeclaration", () => {
  it("a second declaration with another type (dmtf)", () => {
    const mof = `Qualifier Ex_Q : boolean = false, Scope(class);
Qualifier Ex_Q : string, Scope(class);`;
    const d = ruleDiagnostics(qualifierRedeclaration, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2010 error 'Ex_Q'"]);
  });
  it("an identical repeat is tolerated (dmtf)", () => {
    const mof = `Qualifier Ex_Q : boolean = false, Scope(class);
Qualifier Ex_Q : boolean = false, Scope(class);`;
    const d = ruleDiagnostics(qualifierRedeclaration, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
