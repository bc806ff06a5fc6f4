// Focused tests of the override-target rule (DSP0004 2.x, Override qualifier (names an inherited feature)).
import { describe, expect, it } from "vitest";
import { overrideTarget } from "../../src/rules/override-target.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("override-target", () => {
  it("Override names nothing inherited (wmi)", () => {
    const mof = `class Ex_A { uint32 Size; };
class Ex_B : Ex_A { [Override("Sise")] uint32 Sise; };`;
    const d = ruleDiagnostics(overrideTarget, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2107 error '\"Sise\"'"]);
  });
});
