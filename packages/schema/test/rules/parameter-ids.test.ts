// Focused tests of the parameter-ids rule (Microsoft 'Creating a Method' (ID qualifier)).
import { describe, expect, it } from "vitest";
import { parameterIds } from "../../src/rules/parameter-ids.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("parameter-ids", () => {
  it("duplicate explicit IDs (wmi)", () => {
    const mof = `class Ex_M { uint32 Go([in, ID(0)] uint32 A, [in, ID(0)] uint32 B); };`;
    const d = ruleDiagnostics(parameterIds, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2402 error 'B'"]);
  });
  it("an [in] after an [out] by ID (wmi)", () => {
    const mof = `class Ex_M { uint32 Go([out, ID(0)] uint32 A, [in, ID(1)] uint32 B); };`;
    const d = ruleDiagnostics(parameterIds, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2402 error 'B'"]);
  });
  it("implicit IDs need nothing (wmi)", () => {
    const mof = `class Ex_M { uint32 Go([out] uint32 A, [in] uint32 B); };`;
    const d = ruleDiagnostics(parameterIds, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
