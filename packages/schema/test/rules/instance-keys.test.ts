// Focused tests of the instance-keys rule (DSP0004 2.x, Key qualifier (keys are never NULL)).
import { describe, expect, it } from "vitest";
import { instanceKeys } from "../../src/rules/instance-keys.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("instance-keys", () => {
  it("a missing key (wmi)", () => {
    const mof = `class Ex_K { [key] string Id; uint32 V; };
instance of Ex_K { V = 1; };`;
    const d = ruleDiagnostics(instanceKeys, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2304 error 'Ex_K'"]);
  });
  it("a NULL key (wmi)", () => {
    const mof = `class Ex_K { [key] string Id; };
instance of Ex_K { Id = NULL; };`;
    const d = ruleDiagnostics(instanceKeys, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2304 error 'Id = NULL;'"]);
  });
  it("a class default fills the key (wmi)", () => {
    const mof = `class Ex_K { [key] string Id = "d"; };
instance of Ex_K { };`;
    const d = ruleDiagnostics(instanceKeys, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
