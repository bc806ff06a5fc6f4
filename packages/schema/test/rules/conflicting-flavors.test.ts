// Focused tests of the conflicting-flavors rule (DSP0004 2.x, Qualifier flavors (contradictory flavors)).
import { describe, expect, it } from "vitest";
import { conflictingFlavors } from "../../src/rules/conflicting-flavors.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("conflicting-flavors", () => {
  it("Restricted with ToSubclass in a declaration (dmtf)", () => {
    const mof = `Qualifier Ex_Q : boolean = false, Scope(class), Flavor(Restricted, ToSubclass);`;
    const d = ruleDiagnostics(conflictingFlavors, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2005 error 'ToSubclass'"]);
    expect(relatedText(d[0], mof)).toEqual(["'Restricted'"]);
  });
  it("ToInstance with NotToInstance on a use (wmi)", () => {
    const mof = `[Ex_F : ToInstance NotToInstance] class Ex_X { };`;
    const d = ruleDiagnostics(conflictingFlavors, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2005 error 'NotToInstance'"]);
  });
  it("compatible flavors (dmtf)", () => {
    const mof = `Qualifier Ex_Q : boolean = false, Scope(class), Flavor(DisableOverride, ToSubclass);`;
    const d = ruleDiagnostics(conflictingFlavors, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
