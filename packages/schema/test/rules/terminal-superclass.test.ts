// Focused tests of the terminal-superclass rule (DSP0004 2.x, Terminal qualifier).
import { describe, expect, it } from "vitest";
import { terminalSuperclass } from "../../src/rules/terminal-superclass.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("terminal-superclass", () => {
  it("a subclass of a Terminal class (wmi)", () => {
    const mof = `[Terminal] class Ex_Final { };
class Ex_More : Ex_Final { };`;
    const d = ruleDiagnostics(terminalSuperclass, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2111 error 'Ex_Final'"]);
  });
});
