// Focused tests of the association-superclass rule (DSP0004 2.x, Associations (superclass is an association)).
import { describe, expect, it } from "vitest";
import { associationSuperclass } from "../../src/rules/association-superclass.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("association-superclass", () => {
  it("an association below an ordinary class (dmtf)", () => {
    const mof = `class Ex_Disk { [key] string Drive; };
class Ex_Plain { };
[Association] class Ex_Rel : Ex_Plain { [Key] Ex_Disk ref A; [Key] Ex_Disk ref B; };`;
    const d = ruleDiagnostics(associationSuperclass, mof, "dmtf");
    expect(summarize(d, mof)).toEqual(["MOF2110 error 'Ex_Plain'"]);
  });
  it("a warning in wmi (wmi)", () => {
    const mof = `class Ex_Disk { [key] string Drive; };
class Ex_Plain { };
[Association] class Ex_Rel : Ex_Plain { [Key] Ex_Disk ref A; [Key] Ex_Disk ref B; };`;
    const d = ruleDiagnostics(associationSuperclass, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2110 warning 'Ex_Plain'"]);
  });
});
