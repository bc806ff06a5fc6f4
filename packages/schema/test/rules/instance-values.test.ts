// Focused tests of the instance-values rule (DSP0004 2.x, Instance declarations (values match property types)).
import { describe, expect, it } from "vitest";
import { instanceValues } from "../../src/rules/instance-values.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("instance-values", () => {
  it("a value of the wrong type (wmi)", () => {
    const mof = `class Ex_I { [key] string Id; boolean B; };
instance of Ex_I { Id = "a"; B = "true"; };`;
    const d = ruleDiagnostics(instanceValues, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2201 error '\"true\"'"]);
  });
  it("an object path naming a non-key (wmi)", () => {
    const mof = `class Ex_Node { [key] string Id; string Name; };
class Ex_H { [key] string Id; Ex_Node ref R; };
instance of Ex_H { Id = "h"; R = "Ex_Node.Name=\\"2\\""; };`;
    const d = ruleDiagnostics(instanceValues, mof, "wmi");
    expect(summarize(d, mof)).toEqual(['MOF2207 error \'"Ex_Node.Name=\\"2\\""\'']);
  });
  it("an alias of the wrong class (wmi)", () => {
    const mof = `class Ex_Node { [key] string Id; };
class Ex_Other { [key] string Id; };
class Ex_H { [key] string Id; Ex_Node ref R; };
instance of Ex_Other as $o { Id = "1"; };
instance of Ex_H { Id = "h"; R = $o; };`;
    const d = ruleDiagnostics(instanceValues, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2314 error '$o'"]);
  });
  it("an inline instance of the wrong class (wmi)", () => {
    const mof = `class Ex_Part { [key] uint32 N; };
class Ex_Other { [key] uint32 Q; };
class Ex_H { [key] uint32 Id; Ex_Part One; };
instance of Ex_H { Id = 3; One = instance of Ex_Other { Q = 1; }; };`;
    const d = ruleDiagnostics(instanceValues, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2201 error 'instance of Ex_Other { Q = 1; }'"]);
  });
});
