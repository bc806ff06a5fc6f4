// Focused tests of the qualifier-scope rule (DSP0004 2.x, Qualifier scope).
import { describe, expect, it } from "vitest";
import { qualifierScope } from "../../src/rules/qualifier-scope.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("qualifier-scope", () => {
  it("class scope does not cover an association (dmtf)", () => {
    const mof = `class Ex_A { [Key] string Id; };
Qualifier Ex_C : boolean = false, Scope(class);
[Association, Ex_C] class Ex_L { [Key] Ex_A ref L; [Key] Ex_A ref R; };`;
    const d = ruleDiagnostics(qualifierScope, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2003 error 'Ex_C'"]);
  });
  it("property scope does not cover a reference (a warning in wmi) (wmi)", () => {
    const mof = `class Ex_A { [Key] string Id; };
[Association] class Ex_L { [Key, MaxLen(10)] Ex_A ref L; [Key] Ex_A ref R; };`;
    const d = ruleDiagnostics(qualifierScope, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2003 warning 'MaxLen'"]);
  });
  it("accepts a qualifier within its scope (dmtf)", () => {
    const mof = `class Ex_A { [Key, MaxLen(10)] string Id; };`;
    const d = ruleDiagnostics(qualifierScope, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
