// Focused tests of the parameter-direction rule (DSP0004 2.x, In and Out qualifiers).
import { describe, expect, it } from "vitest";
import { parameterDirectionRule } from "../../src/rules/parameter-direction.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("parameter-direction", () => {
  it("In(false) without Out (dmtf)", () => {
    const mof = `class Ex_M { uint32 Go([In(false)] uint32 X); };`;
    const d = ruleDiagnostics(parameterDirectionRule, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2401 warning 'X'"]);
  });
  it("output parameters (dmtf)", () => {
    const mof = `class Ex_M { uint32 Go([In(false), Out] uint32 X); };`;
    const d = ruleDiagnostics(parameterDirectionRule, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
