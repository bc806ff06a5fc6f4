// Focused tests of the override-signature rule (DSP0004 2.x, Override qualifier (the signature is kept)).
import { describe, expect, it } from "vitest";
import { overrideSignature } from "../../src/rules/override-signature.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("override-signature", () => {
  it("a changed type points at the type (wmi)", () => {
    const mof = `class Ex_A1 { uint32 Size; };
class Ex_A3 : Ex_A1 { [Override("Size")] uint64 Size; };`;
    const d = ruleDiagnostics(overrideSignature, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2106 error 'uint64'"]);
  });
  it("a changed return type (wmi)", () => {
    const mof = `class Ex_A { uint32 Go(); };
class Ex_B : Ex_A { string Go(); };`;
    const d = ruleDiagnostics(overrideSignature, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2106 error 'string'"]);
  });
  it("a reference may narrow to a subclass (wmi)", () => {
    const mof = `class Ex_X { [key] string Id; };
class Ex_Y : Ex_X { };
class Ex_A { Ex_X ref R; };
class Ex_B : Ex_A { Ex_Y ref R; };`;
    const d = ruleDiagnostics(overrideSignature, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
