// Focused tests of the instance-property-twice rule (DSP0004 2.x, Instance declarations (each property once)).
import { describe, expect, it } from "vitest";
import { instancePropertyTwice } from "../../src/rules/instance-property-twice.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("instance-property-twice", () => {
  it("case-insensitively (wmi)", () => {
    const mof = `class Ex_I { [key] string Id; };
instance of Ex_I { Id = "a"; id = "b"; };`;
    const d = ruleDiagnostics(instancePropertyTwice, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2303 error 'id'"]);
    expect(relatedText(d[0], mof)).toEqual(["'Id'"]);
  });
});
