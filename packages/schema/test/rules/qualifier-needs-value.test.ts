// Focused tests of the qualifier-needs-value rule (DSP0004 2.x, Qualifier value (implied values)).
import { describe, expect, it } from "vitest";
import { qualifierNeedsValue } from "../../src/rules/qualifier-needs-value.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("qualifier-needs-value", () => {
  it("a non-boolean qualifier without value or default (dmtf)", () => {
    const mof = `Qualifier Ex_S : string, Scope(any);
class Ex_X { [Ex_S] string P; };`;
    const d = ruleDiagnostics(qualifierNeedsValue, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2007 error 'Ex_S'"]);
  });
  it("a declared default (even null) is enough (dmtf)", () => {
    const mof = `Qualifier Ex_S : string = null, Scope(any);
class Ex_X { [Ex_S] string P; };`;
    const d = ruleDiagnostics(qualifierNeedsValue, mof, "dmtf");
    expect(summarize(d, mof)).toEqual([]);
  });
});
