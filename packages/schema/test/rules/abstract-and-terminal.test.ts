// Focused tests of the abstract-and-terminal rule (DSP0004 2.x, Abstract and Terminal qualifiers).
import { describe, expect, it } from "vitest";
import { abstractAndTerminal } from "../../src/rules/abstract-and-terminal.js";
import { relatedText, ruleDiagnostics, summarize } from "../support/check-mof.js";

describe("abstract-and-terminal", () => {
  it("reports at Terminal (wmi)", () => {
    const mof = `[Abstract, Terminal] class Ex_Odd { };`;
    const d = ruleDiagnostics(abstractAndTerminal, mof, "wmi");
    expect(summarize(d, mof)).toEqual(["MOF2112 error 'Terminal'"]);
  });
});
