// Focused tests of the default-values rule (DSP0004 2.x, Initializers (type compatibility of defaults)).
import { describe, expect, it } from "vitest";
import { defaultValues } from "../../src/rules/default-values.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("default-values", () => {
  it("integer ranges per width (wmi)", () => {
    const mof = `class Ex_N { uint8 A = 255; uint8 B = 256; sint8 C = -129; uint32 D = -0x1; };`;
    const d = ruleDiagnostics(defaultValues, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2202 error '256'", "MOF2202 error '-129'", "MOF2202 error '-0x1'"]);
  });
  it("real into integer: rounded with a warning in wmi (wmi)", () => {
    const mof = `class Ex_Rd { uint16 V = 1000.4; };`;
    const d = ruleDiagnostics(defaultValues, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2208 warning '1000.4'"]);
  });
  it("and an error in dmtf (dmtf)", () => {
    const mof = `class Ex_Rd { uint16 V = 1000.4; };`;
    const d = ruleDiagnostics(defaultValues, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2201 error '1000.4'"]);
  });
  it("datetimes (dmtf)", () => {
    const mof = `class Ex_Dt { datetime A = "20240131235959.000000+060"; datetime B = "2024-01-31"; datetime C = "20240131******.******+***"; };`;
    const d = ruleDiagnostics(defaultValues, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([
      "MOF2205 error '\"2024-01-31\"'",
      "MOF2206 warning '\"20240131******.******+***\"'",
    ]);
  });
  it("arrays and fixed sizes (wmi)", () => {
    const mof = `class Ex_Arr { uint8 A[] = 5; uint8 B = {5}; uint8 C[2] = {1, 2, 3}; };`;
    const d = ruleDiagnostics(defaultValues, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2203 error '5'", "MOF2203 error '{5}'", "MOF2204 warning '{1, 2, 3}'"]);
  });
  it("a qualifier declaration's default (dmtf)", () => {
    const mof = `Qualifier Ex_Q : boolean = 1, Scope(any);`;
    const d = ruleDiagnostics(defaultValues, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2201 error '1'"]);
  });
});
