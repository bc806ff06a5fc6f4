// Focused tests of the duplicate-class rule (DSP0004 2.x, Class names (unique per namespace)).
import { describe, expect, it } from "vitest";
import { duplicateClass } from "../../src/rules/duplicate-class.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("duplicate-class", () => {
  it("an error in dmtf, case-insensitively (dmtf)", () => {
    const mof = `class Ex_Dup { uint32 A; };
class ex_dup { string B; };`;
    const d = ruleDiagnostics(duplicateClass, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2101 error 'ex_dup'"]);
    expect(relatedText(d[0], mof)).toEqual(["'Ex_Dup'"]);
  });
  it("a warning in wmi, where the later declaration wins (wmi)", () => {
    const mof = `class Ex_Dup { uint32 A; };
class ex_dup { string B; };`;
    const d = ruleDiagnostics(duplicateClass, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2101 warning 'ex_dup'"]);
  });
});
