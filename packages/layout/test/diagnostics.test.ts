/**
 * Layout problems (wmi-kernel.md §7.3) are coded MOF36xx diagnostics at the offending span, and
 * the block is still returned, marked incomplete.
 */
import { describe, expect, it } from "vitest";
import { layoutDiagnostics as codes, type Diagnostic } from "@mofkit/diagnostics";
import { build } from "./support/build.js";

const head = `[WMI, Dynamic, Provider("WMIProv"), guid("{0E1F2A3B-0000-4000-8000-0000000000A1}")]
class Ex_B {
  [key, read] string InstanceName;
  [read] boolean Active;
`;

function layoutOf(body: string, before = "") {
  const text = `${before}${head}${body}\n};\n`;
  const r = build(text);
  const spans = (ds: Diagnostic[]) =>
    ds.map((d) => ({
      code: d.code,
      severity: d.severity,
      at: d.location ? text.slice(d.location.start.offset, d.location.end.offset) : null,
      message: d.message,
    }));
  return { r, diags: spans(r.diagnostics), block: () => r.block("Ex_B") };
}

describe("layout diagnostics", () => {
  it("MOF3601: a data item without WmiDataId", () => {
    const { diags, block } = layoutOf("  [WmiDataId(1)] uint32 A;\n  uint32 B;");
    expect(diags).toEqual([
      {
        code: codes.layoutDataIdMissing.code,
        severity: "error",
        at: "B",
        message: "data item 'B' of 'Ex_B' has no WmiDataId, so it has no place in the data block",
      },
    ]);
    expect(block().incomplete).toBe("'B' has no WmiDataId");
    expect(block().items.map((i) => i.name)).toEqual(["A"]);
  });

  it("MOF3602: a repeated WmiDataId, with the first use as related information", () => {
    const { r, diags } = layoutOf("  [WmiDataId(1)] uint32 A;\n  [WmiDataId(1)] uint32 B;");
    expect(diags.map((d) => [d.code, d.at])).toEqual([[codes.layoutDataIdDuplicate.code, "1"]]);
    expect(r.diagnostics[0].related?.[0].message).toBe("'A' has WmiDataId(1)");
  });

  it("MOF3603: a gap in the WmiDataIds", () => {
    const { diags } = layoutOf("  [WmiDataId(1)] uint32 A;\n  [WmiDataId(3)] uint32 C;");
    expect(diags).toMatchObject([
      {
        code: codes.layoutDataIdGap.code,
        at: "3",
        message: "the WmiDataIds of 'Ex_B' must be 1..2 without gaps, but 2 is missing and 'C' has 3",
      },
    ]);
  });

  it("MOF3604: WmiSizeIs naming nothing, a later item, a non-integer; on a fixed array", () => {
    expect(layoutOf('  [WmiDataId(1), WmiSizeIs("N")] uint8 D[];').diags).toMatchObject([
      {
        code: codes.layoutSizeIsInvalid.code,
        at: '"N"',
        message: "WmiSizeIs(\"N\") on 'D' names no data item of 'Ex_B'",
      },
    ]);
    expect(layoutOf('  [WmiDataId(1), WmiSizeIs("N")] uint8 D[];\n  [WmiDataId(2)] uint32 N;').diags).toMatchObject([
      {
        code: codes.layoutSizeIsInvalid.code,
        message: "WmiSizeIs(\"N\") on 'D' names 'N', which comes after the array in the block",
      },
    ]);
    expect(layoutOf('  [WmiDataId(1)] string N;\n  [WmiDataId(2), WmiSizeIs("N")] uint8 D[];').diags).toMatchObject([
      {
        code: codes.layoutSizeIsInvalid.code,
        message: "WmiSizeIs(\"N\") on 'D' names 'N', which is not a scalar integer",
      },
    ]);
    expect(layoutOf('  [WmiDataId(1)] uint32 N;\n  [WmiDataId(2), WmiSizeIs("N")] uint8 D[4];').diags).toMatchObject([
      { code: codes.layoutSizeIsInvalid.code, at: '"N"' },
    ]);
  });

  it("treats WmiSizeIs on an item declared without [] as a variable array, as wmimofck does", () => {
    const { block } = layoutOf('  [WmiDataId(1)] uint32 N;\n  [WmiDataId(2), WmiSizeIs("N")] uint16 D;');
    expect(block().items[1]).toMatchObject({
      array: { kind: "variable", sizeIs: "N", sizeIsIndex: 0 },
      variable: true,
    });
  });

  it("MOF3605: a [] item with neither WmiSizeIs nor MAX; MAX(n) makes it fixed", () => {
    expect(layoutOf("  [WmiDataId(1)] uint8 D[];").diags).toMatchObject([
      { code: codes.layoutArrayWithoutCount.code, at: "[]" },
    ]);
    const { diags, block } = layoutOf("  [WmiDataId(1), MAX(6)] uint8 Mac[];");
    expect(diags).toEqual([]);
    expect(block().items[0]).toMatchObject({ count: 6, size: 6, array: { kind: "fixed", count: 6 } });
  });

  it("MOF3606: an embedded class that is not defined", () => {
    const { diags, block } = layoutOf("  [WmiDataId(1)] Ex_Nowhere P;");
    expect(diags).toMatchObject([{ code: codes.layoutEmbeddedUndefined.code, at: "Ex_Nowhere" }]);
    expect(block().items[0].cType).toBe("UNKNOWN");
  });

  it("MOF3607: an embedded class that contains itself", () => {
    const before = `[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000A2}")] class Ex_Loop { [WmiDataId(1)] Ex_Loop2 Next; };
[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000A3}")] class Ex_Loop2 { [WmiDataId(1)] Ex_Loop Back[2]; };
`;
    const { diags } = layoutOf("  [WmiDataId(1)] Ex_Loop L;", before);
    expect(diags).toMatchObject([
      {
        code: codes.layoutEmbeddedCycle.code,
        at: "Ex_Loop",
        message: "embedded class 'Ex_Loop' contains itself (Ex_Loop → Ex_Loop2 → Ex_Loop), so it has no finite layout",
      },
    ]);
  });

  it("MOF3608: a reference item", () => {
    const { diags } = layoutOf("  [WmiDataId(1)] Ex_B ref Owner;");
    expect(diags).toMatchObject([
      {
        code: codes.layoutTypeWithoutLayout.code,
        at: "Ex_B ref",
        message: "'Owner' has type Ex_B ref, which has no representation in a WMI data block",
      },
    ]);
  });

  it("MOF3615: a MaxLen that is not a character count", () => {
    expect(layoutOf("  [WmiDataId(1), MaxLen(40000)] string S;").diags).toMatchObject([
      { code: codes.layoutMaxLenInvalid.code, at: "40000" },
    ]);
  });

  it("lays out inherited data items with the qualifiers of their declaration", () => {
    const r =
      build(`[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000A4}")] class Ex_Base { [WmiDataId(1)] uint8 A; [WmiDataId(2)] uint32 B; };
[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000A5}")] class Ex_Derived : Ex_Base { [WmiDataId(3)] uint16 C; };`);
    expect(r.diagnostics).toEqual([]);
    expect(r.block("Ex_Derived").items.map((i) => [i.name, i.offset])).toEqual([
      ["A", 0],
      ["B", 4],
      ["C", 8],
    ]);
  });

  it("numbers method parameters by position, or by ID qualifiers when every parameter has one", () => {
    const r = build(`[WMI, Dynamic, Provider("WMIProv"), guid("{0E1F2A3B-0000-4000-8000-0000000000A6}")]
class Ex_M { [key, read] string InstanceName; [read] boolean Active;
  [Implemented, WmiMethodId(1)] void Go([out] uint32 Status, [in] uint32 Which, [out] uint32 Len, [out, WmiSizeIs("Len")] uint8 Buf[]);
  [Implemented, WmiMethodId(2)] void Swap([in, ID(1)] uint8 B, [in, ID(0)] uint32 A);
};`);
    expect(r.diagnostics).toEqual([]);
    expect(r.block("Ex_M.Go:in").items.map((i) => [i.name, i.id])).toEqual([["Which", 2]]);
    expect(r.block("Ex_M.Go:out").items.map((i) => [i.name, i.id, i.offset])).toEqual([
      ["Status", 1, 0],
      ["Len", 3, 4],
      ["Buf", 4, 8],
    ]);
    expect(r.block("Ex_M.Swap:in").items.map((i) => [i.name, i.id, i.offset])).toEqual([
      ["A", 1, 0],
      ["B", 2, 4],
    ]);
  });
});
