// Focused tests of the flavor-weakens-declaration rule (DSP0004 2.x, Qualifier flavors (a use cannot relax its declaration)).
import { describe, expect, it } from "vitest";
import { flavorWeakensDeclaration } from "../../src/rules/flavor-weakens-declaration.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("flavor-weakens-declaration", () => {
  it("EnableOverride on a DisableOverride qualifier (dmtf)", () => {
    const mof = `class Ex_K { [Key : EnableOverride] string Id; };`;
    const d = ruleDiagnostics(flavorWeakensDeclaration, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2009 error 'EnableOverride'"]);
  });
  it("DisableOverride on an overridable one is allowed (dmtf)", () => {
    const mof = `class Ex_K { [Description("x") : DisableOverride] string Id; };`;
    const d = ruleDiagnostics(flavorWeakensDeclaration, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
