// Focused tests of the property-method-same-name rule (mof-language.md §4.1 (separate property and method tables)).
import { describe, expect, it } from "vitest";
import { propertyMethodSameName } from "../../src/rules/property-method-same-name.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("property-method-same-name", () => {
  it("warns at the method (wmi)", () => {
    const mof = `class Ex_Pm { uint32 Reset; uint32 Reset(); };`;
    const d = ruleDiagnostics(propertyMethodSameName, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2104 warning 'Reset'"]);
  });
});
