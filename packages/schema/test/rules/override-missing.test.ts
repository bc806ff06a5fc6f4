// Focused tests of the override-missing rule (DSP0004 2.x, Override qualifier (required to redeclare)).
import { describe, expect, it } from "vitest";
import { overrideMissing } from "../../src/rules/override-missing.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("override-missing", () => {
  it("a redeclaration without Override in dmtf (dmtf)", () => {
    const mof = `class Ex_A1 { [Key] string Id; uint32 Size; };
class Ex_A2 : Ex_A1 { [Description("bytes")] uint32 Size; };`;
    const d = ruleDiagnostics(overrideMissing, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2105 error 'Size'"]);
  });
  it("with Override it is fine (dmtf)", () => {
    const mof = `class Ex_A1 { [Key] string Id; uint32 Size; };
class Ex_A2 : Ex_A1 { [Override("Size")] uint32 Size; };`;
    const d = ruleDiagnostics(overrideMissing, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
