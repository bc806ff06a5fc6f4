// Focused tests of the duplicate-feature rule (DSP0004 2.x, Properties and methods (unique names)).
import { describe, expect, it } from "vitest";
import { duplicateFeature } from "../../src/rules/duplicate-feature.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("duplicate-feature", () => {
  it("properties compare case-insensitively (wmi)", () => {
    const mof = `class Ex_Dp { uint32 Size; string SIZE; };`;
    const d = ruleDiagnostics(duplicateFeature, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2103 error 'SIZE'"]);
    expect(relatedText(d[0], mof)).toEqual(["'Size'"]);
  });
  it("no method overloading (wmi)", () => {
    const mof = `class Ex_Ov { uint32 Go(); uint32 Go([In] uint32 X); };`;
    const d = ruleDiagnostics(duplicateFeature, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2103 error 'Go'"]);
  });
  it("an [in]/[out] pair of one name is a warning in wmi (wmi)", () => {
    const mof = `class Ex_P { uint32 M([in] uint32 Y, [out] uint32 Y); };`;
    const d = ruleDiagnostics(duplicateFeature, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2103 warning 'Y'"]);
  });
  it("and an error in dmtf (dmtf)", () => {
    const mof = `class Ex_P { uint32 M([in] uint32 Y, [in(false), out] uint32 Y); };`;
    const d = ruleDiagnostics(duplicateFeature, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2103 error 'Y'"]);
  });
});
