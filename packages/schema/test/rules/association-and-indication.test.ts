// Focused tests of the association-and-indication rule (DSP0004 2.x, Meta qualifiers (Association, Indication)).
import { describe, expect, it } from "vitest";
import { associationAndIndication } from "../../src/rules/association-and-indication.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("association-and-indication", () => {
  it("both meta qualifiers (wmi)", () => {
    const mof = `[Association, Indication] class Ex_Both { };`;
    const d = ruleDiagnostics(associationAndIndication, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2120 error 'Ex_Both'"]);
  });
});
