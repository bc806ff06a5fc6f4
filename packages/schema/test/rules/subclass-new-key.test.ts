// Focused tests of the subclass-new-key rule (DSP0004 2.x, Key qualifier (subclasses keep the keys)).
import { describe, expect, it } from "vitest";
import { subclassNewKey } from "../../src/rules/subclass-new-key.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("subclass-new-key", () => {
  it("a new key below a keyed class (dmtf)", () => {
    const mof = `class Ex_A1 { [Key] string Id; };
class Ex_A4 : Ex_A1 { [Key] string Second; };`;
    const d = ruleDiagnostics(subclassNewKey, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2113 error 'Key'"]);
    expect(relatedText(d[0], mof)).toEqual(["'Id'"]);
  });
  it("keys below keyless ancestors are fine (dmtf)", () => {
    const mof = `class Ex_Base { string Note; };
class Ex_K : Ex_Base { [Key] string Id; };`;
    const d = ruleDiagnostics(subclassNewKey, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
  it("wmi keeps inherited keys even without ToSubclass (wmi)", () => {
    const mof = `class Ex_A1 { [Key] string Id; };
class Ex_A4 : Ex_A1 { [Key] string Second; };`;
    const d = ruleDiagnostics(subclassNewKey, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2113 error 'Key'"]);
  });
});
