// Focused tests of the reference-outside-association rule (DSP0004 2.x, Associations (references only in associations)).
import { describe, expect, it } from "vitest";
import { referenceOutsideAssociation } from "../../src/rules/reference-outside-association.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("reference-outside-association", () => {
  it("a reference in an ordinary class in dmtf (dmtf)", () => {
    const mof = `class Ex_Disk { [key] string Drive; };
class Ex_DiskLink { [key] string Name; Ex_Disk ref Target; };`;
    const d = ruleDiagnostics(referenceOutsideAssociation, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2108 error 'Ex_Disk ref'"]);
  });
  it("allowed in wmi (wmi)", () => {
    const mof = `class Ex_Disk { [key] string Drive; };
class Ex_DiskLink { [key] string Name; Ex_Disk ref Target; };`;
    const d = ruleDiagnostics(referenceOutsideAssociation, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
