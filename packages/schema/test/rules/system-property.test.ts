// Focused tests of the system-property rule (Microsoft 'WMI System Properties').
import { describe, expect, it } from "vitest";
import { systemProperty } from "../../src/rules/system-property.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("system-property", () => {
  it("__PATH cannot be set (wmi)", () => {
    const mof = `class Ex_I { [key] string Id; };
instance of Ex_I { Id = "a"; __PATH = "x"; };`;
    const d = ruleDiagnostics(systemProperty, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2307 error '__PATH'"]);
  });
});
