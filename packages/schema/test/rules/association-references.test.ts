// Focused tests of the association-references rule (DSP0004 2.x, Associations (two or more references)).
import { describe, expect, it } from "vitest";
import { associationReferences } from "../../src/rules/association-references.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("association-references", () => {
  it("one reference is too few (wmi)", () => {
    const mof = `class Ex_Disk { [key] string Drive; };
[Association] class Ex_Lonely { [Key] Ex_Disk ref Only; };`;
    const d = ruleDiagnostics(associationReferences, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2109 error 'Ex_Lonely'"]);
  });
  it("inherited references count (dmtf)", () => {
    const mof = `class Ex_Disk { [key] string Drive; };
[Association] class Ex_L { [Key] Ex_Disk ref A; [Key] Ex_Disk ref B; };
[Association] class Ex_L2 : Ex_L { };`;
    const d = ruleDiagnostics(associationReferences, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
