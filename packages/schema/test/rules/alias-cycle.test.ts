// Focused tests of the alias-cycle rule (Microsoft 'Creating an Alias' (no circular aliases)).
import { describe, expect, it } from "vitest";
import { aliasCycle } from "../../src/rules/alias-cycle.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("alias-cycle", () => {
  it("two instances whose keys name each other (wmi)", () => {
    const mof = `class Ex_Cy { [key] Ex_Cy ref Peer; };
instance of Ex_Cy as $p { Peer = $q; };
instance of Ex_Cy as $q { Peer = $p; };`;
    const d = ruleDiagnostics(aliasCycle, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2313 error '$p'"]);
  });
  it("a chain without a cycle (wmi)", () => {
    const mof = `class Ex_Cy { [key] string Id; Ex_Cy ref Peer; };
instance of Ex_Cy as $p { Id = "p"; Peer = $q; };
instance of Ex_Cy as $q { Id = "q"; Peer = $p; };`;
    const d = ruleDiagnostics(aliasCycle, mof, "wmi");
    expect(summarize(d, mof)).toEqual([]);
  });
});
