// Focused tests of the duplicate-qualifier rule (DSP0004 2.x, Qualifiers (one value per element)).
import { describe, expect, it } from "vitest";
import { duplicateQualifier } from "../../src/rules/duplicate-qualifier.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("duplicate-qualifier", () => {
  it("reports the second spelling and points back at the first (wmi)", () => {
    const mof = `class Ex_D { [Key, KEY] string A; };`;
    const d = ruleDiagnostics(duplicateQualifier, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2004 error 'KEY'"]);
    expect(relatedText(d[0], mof)).toEqual(["'Key'"]);
  });
  it("accepts distinct qualifiers (wmi)", () => {
    const mof = `class Ex_D { [Key, Read] string A; };`;
    const d = ruleDiagnostics(duplicateQualifier, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
