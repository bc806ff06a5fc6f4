// Focused tests of the key-type rule (DSP0004 2.x, Key qualifier (key types)).
import { describe, expect, it } from "vitest";
import { keyType } from "../../src/rules/key-type.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("key-type", () => {
  it("reals and arrays (wmi)", () => {
    const mof = `class Ex_K1 { [Key] real64 R; };
class Ex_K2 { [Key] string List[]; };`;
    const d = ruleDiagnostics(keyType, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2114 error 'real64 R'", "MOF2114 error 'string List[]'"]);
  });
  it("strings, integers and references are keys (wmi)", () => {
    const mof = `class Ex_K { [Key] string S; [Key] uint32 N; [Key] Ex_K ref R; };`;
    const d = ruleDiagnostics(keyType, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
