// Focused tests of the flavor-on-use rule (DSP0004 2.x, Qualifier flavors (flavors on a use are deprecated)).
import { describe, expect, it } from "vitest";
import { flavorOnUse } from "../../src/rules/flavor-on-use.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("flavor-on-use", () => {
  it("warns about flavors on a use in dmtf (dmtf)", () => {
    const mof = `class Ex_F { [Description("d") : ToSubclass Translatable, Key] string A; };`;
    const d = ruleDiagnostics(flavorOnUse, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2008 warning 'ToSubclass Translatable'"]);
  });
  it("is silent in wmi (wmi)", () => {
    const mof = `class Ex_F { [Description("d") : ToSubclass] string A; };`;
    const d = ruleDiagnostics(flavorOnUse, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
