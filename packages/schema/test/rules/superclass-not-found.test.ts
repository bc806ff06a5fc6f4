// Focused tests of the superclass-not-found rule (DSP0004 2.x, Class declarations (superclass declared first)).
import { describe, expect, it } from "vitest";
import { superclassNotFound } from "../../src/rules/superclass-not-found.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("superclass-not-found", () => {
  it("an unknown superclass (wmi)", () => {
    const mof = `class Ex_Child : Ex_Missing { };`;
    const d = ruleDiagnostics(superclassNotFound, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2102 error 'Ex_Missing'"]);
  });
  it("a superclass declared later (wmi)", () => {
    const mof = `class Ex_Late : Ex_Early { };
class Ex_Early { };`;
    const d = ruleDiagnostics(superclassNotFound, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2102 error 'Ex_Early'"]);
    expect(relatedText(d[0], mof)).toEqual(["'Ex_Early'"]);
  });
  it("predeclared WMI classes in wmi (wmi)", () => {
    const mof = `class Ex_Ev : WMIEvent { };
class Ex_P : __Win32Provider { };`;
    const d = ruleDiagnostics(superclassNotFound, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
