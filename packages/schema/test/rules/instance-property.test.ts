// Focused tests of the instance-property rule (DSP0004 2.x, Instance declarations (known properties)).
import { describe, expect, it } from "vitest";
import { instanceProperty } from "../../src/rules/instance-property.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("instance-property", () => {
  it("a property the class lacks (wmi)", () => {
    const mof = `class Ex_I { [key] string Id; };
instance of Ex_I { Id = "a"; Color = "red"; };`;
    const d = ruleDiagnostics(instanceProperty, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2302 error 'Color'"]);
  });
  it("inherited properties are known (wmi)", () => {
    const mof = `class Ex_A { [key] string Id; };
class Ex_B : Ex_A { };
instance of Ex_B { Id = "a"; };`;
    const d = ruleDiagnostics(instanceProperty, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
