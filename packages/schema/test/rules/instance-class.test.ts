// Focused tests of the instance-class rule (DSP0004 2.x, Instance declarations (the class exists)).
import { describe, expect, it } from "vitest";
import { instanceClass } from "../../src/rules/instance-class.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("instance-class", () => {
  it("an unknown class (wmi)", () => {
    const mof = `instance of Ex_Nothing as $x { Id = "1"; };`;
    const d = ruleDiagnostics(instanceClass, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2301 error 'Ex_Nothing'"]);
  });
  it("predeclared system classes (wmi)", () => {
    const mof = `instance of __Namespace { Name = "x"; };`;
    const d = ruleDiagnostics(instanceClass, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
