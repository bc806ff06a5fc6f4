// Focused tests of the abstract-instance rule (DSP0004 2.x, Abstract qualifier; Microsoft 'Amended class considerations').
import { describe, expect, it } from "vitest";
import { abstractInstance } from "../../src/rules/abstract-instance.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("abstract-instance", () => {
  it("Abstract does not propagate (dmtf)", () => {
    const mof = `[Abstract] class Ex_Shape { [Key] string Id; };
class Ex_Circle : Ex_Shape { };
instance of Ex_Circle { Id = "c1"; };
instance of Ex_Shape { Id = "s1"; };`;
    const d = ruleDiagnostics(abstractInstance, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2305 error 'Ex_Shape'"]);
  });
  it("amended classes behave as abstract (wmi)", () => {
    const mof = `[amendment, locale(0x409)] class Ex_G { [key] string S; };
instance of Ex_G { S = "1"; };`;
    const d = ruleDiagnostics(abstractInstance, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2305 error 'Ex_G'"]);
  });
});
