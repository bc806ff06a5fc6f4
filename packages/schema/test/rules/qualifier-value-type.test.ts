// Focused tests of the qualifier-value-type rule (DSP0004 2.x, Qualifier value (type of the value)).
import { describe, expect, it } from "vitest";
import { qualifierValueType } from "../../src/rules/qualifier-value-type.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("qualifier-value-type", () => {
  it("a string for a boolean qualifier is an error in dmtf (dmtf)", () => {
    const mof = `class Ex_B { [Static("True")] uint32 M(); };`;
    const d = ruleDiagnostics(qualifierValueType, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2002 error '\"True\"'"]);
  });
  it("and a warning against the wmi catalogue (wmi)", () => {
    const mof = `class Ex_B { [WmiDataId("1")] uint32 V; };`;
    const d = ruleDiagnostics(qualifierValueType, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2002 warning '\"1\"'"]);
  });
  it("a scalar for an array qualifier is MOF2203 in dmtf only (dmtf)", () => {
    const mof = `class Ex_V { [Values("Only")] uint32 T; };`;
    const d = ruleDiagnostics(qualifierValueType, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2203 error '\"Only\"'"]);
  });
  it("accepts alternative literal forms of a WMI qualifier (wmi)", () => {
    const mof = `[Locale(0x409)] class Ex_L { };
[Locale("MS\\\\0x409")] class Ex_M { };`;
    const d = ruleDiagnostics(qualifierValueType, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
