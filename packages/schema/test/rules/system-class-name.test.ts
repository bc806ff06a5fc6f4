// Focused tests of the system-class-name rule (Microsoft 'WMI System Classes' (reserved '__' names)).
import { describe, expect, it } from "vitest";
import { systemClassName } from "../../src/rules/system-class-name.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("system-class-name", () => {
  it("user MOF may not define __ classes (wmi)", () => {
    const mof = `class __Ex_Private { };`;
    const d = ruleDiagnostics(systemClassName, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2116 error '__Ex_Private'"]);
  });
});
