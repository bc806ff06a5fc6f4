// Focused tests of the disable-override rule (DSP0004 2.x, Qualifier flavors (DisableOverride)).
import { describe, expect, it } from "vitest";
import { disableOverride } from "../../src/rules/disable-override.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("disable-override", () => {
  it("a subclass changes a DisableOverride value (dmtf)", () => {
    const mof = `class Ex_Base { [Key] string Id; };
class Ex_Sub : Ex_Base { [Key(false), Override("Id")] string Id; };`;
    const d = ruleDiagnostics(disableOverride, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2006 error 'false'"]);
  });
  it("repeating the same value is fine (dmtf)", () => {
    const mof = `class Ex_Base { [Key] string Id; };
class Ex_Sub : Ex_Base { [Key, Override("Id")] string Id; };`;
    const d = ruleDiagnostics(disableOverride, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
  it("an overridable qualifier may change (dmtf)", () => {
    const mof = `class Ex_Base { [Key, Description("a")] string Id; };
class Ex_Sub : Ex_Base { [Description("b"), Override("Id")] string Id; };`;
    const d = ruleDiagnostics(disableOverride, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
