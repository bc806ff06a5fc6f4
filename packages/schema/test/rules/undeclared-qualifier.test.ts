// Focused tests of the undeclared-qualifier rule (DSP0004 2.x, Qualifier types (declaration before use)).
import { describe, expect, it } from "vitest";
import { undeclaredQualifier } from "../../src/rules/undeclared-qualifier.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("undeclared-qualifier", () => {
  it("reports a qualifier with no declaration at its name (dmtf)", () => {
    const mof = `[Ex_VendorHint("fast")] class Ex_U { [Key] string Id; };`;
    const d = ruleDiagnostics(undeclaredQualifier, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2001 error 'Ex_VendorHint'"]);
  });
  it("accepts declared qualifiers (dmtf)", () => {
    const mof = `[Description("d")] class Ex_U { [Key] string Id; };`;
    const d = ruleDiagnostics(undeclaredQualifier, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
  it("needs no declarations in the wmi dialect (wmi)", () => {
    const mof = `[Ex_VendorHint("fast")] class Ex_U { };`;
    const d = ruleDiagnostics(undeclaredQualifier, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
