/**
 * The C header against wmi-kernel.md §10: the complete example of §10.5 reproduced byte for
 * byte, the rendered wmisamp EC1 section, the golden wmisamp header (diff-checked here and
 * compiled in compile.test.ts), and each rule of the grammar (§10.2–§10.4) on a small case.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { layoutDiagnostics as codes } from "@mofkit/diagnostics";
import { build } from "../../layout/test/support/build.js";
import { emitCHeader, emitCSkeleton, includeGuard, type HeaderOptions } from "../src/index.js";
import { wmisampPath } from "./support/corpus.js";

function header(mof: string, options: HeaderOptions = {}) {
  const b = build(mof);
  const h = emitCHeader(b.model, b.layouts, { newline: "\n", ...options });
  return { ...h, built: b };
}

const acmeMof = `[WMI, Dynamic, Provider("WMIProv"), guid("{11111111-2222-3333-4444-555555555555}"),
 HeaderName("ACME_WIDGET"), GuidName1("ACME_WIDGET_GUID"), Description("Widget state"),
 cpp_quote("// see spec 4.2\\n")]
class Acme_Widget
{
    [key, read] string InstanceName;
    [read] boolean Active;
    [WmiDataId(1), read, Values{"off", "on"}, ValueMap{"0", "1"},
     DefineValues{"ACME_MODE_OFF", "ACME_MODE_ON"}] uint32 Mode;
    [WmiDataId(2), read, Description("Owner name")] string Owner;
    [Implemented, WmiMethodId(1)]
    void Probe([out] uint32 Status, [in] uint32 Which,
               [out] uint32 Len, [out, WmiSizeIs("Len")] uint8 Buf[]);
};
`;

// wmi-kernel.md §10.5, "Own minimal example, complete output" (built with -m -hacme.h).
const acmeHeader = `#ifndef _acme_h_
#define _acme_h_

// Acme_Widget - ACME_WIDGET
// Widget state

// see spec 4.2

#define ACME_WIDGET_GUID \\
    { 0x11111111,0x2222,0x3333, { 0x44,0x44,0x55,0x55,0x55,0x55,0x55,0x55 } }

#if ! (defined(MIDL_PASS))
DEFINE_GUID(Acme_Widget_GUID, \\
            0x11111111,0x2222,0x3333,0x44,0x44,0x55,0x55,0x55,0x55,0x55,0x55);
#endif

//
// Method id definitions for Acme_Widget
#define Probe     1
typedef struct _Probe_IN
{
    // 
    ULONG Which;
    #define Probe_IN_Which_SIZE sizeof(ULONG)
    #define Probe_IN_Which_ID 2

} Probe_IN, *PProbe_IN;

#define Probe_IN_SIZE (FIELD_OFFSET(Probe_IN, Which) + Probe_IN_Which_SIZE)

typedef struct _Probe_OUT
{
    // 
    ULONG Status;
    #define Probe_OUT_Status_SIZE sizeof(ULONG)
    #define Probe_OUT_Status_ID 1

    // 
    ULONG Len;
    #define Probe_OUT_Len_SIZE sizeof(ULONG)
    #define Probe_OUT_Len_ID 3

    // 
    UCHAR Buf[1];
    #define Probe_OUT_Buf_ID 4

} Probe_OUT, *PProbe_OUT;


typedef struct _ACME_WIDGET
{

// off
#define ACME_MODE_OFF 0
// on
#define ACME_MODE_ON 1

    // 
    ULONG Mode;
    #define ACME_WIDGET_Mode_SIZE sizeof(ULONG)
    #define ACME_WIDGET_Mode_ID 1

    // Owner name
    CHAR VariableData[1];
    #define ACME_WIDGET_Owner_ID 2

} ACME_WIDGET, *PACME_WIDGET;

#endif

`;

// wmi-kernel.md §10.5, the rendered start of wmisamp's EC1 section (first two members).
const ec1Start = `// Vendor_EC1 - EC1
// Description of embedded class 1
#define Vendor_EC1Guid \\
    { 0xa1c15015,0xb069,0x11d1, { 0x92,0x90,0x00,0xa0,0xc9,0x06,0x29,0x10 } }

#if ! (defined(MIDL_PASS))
DEFINE_GUID(Vendor_EC1_GUID, \\
            0xa1c15015,0xb069,0x11d1,0x92,0x90,0x00,0xa0,0xc9,0x06,0x29,0x10);
#endif


typedef struct _EC1
{
    // boolean data
    BOOLEAN Xboolean;
    #define EC1_Xboolean_SIZE sizeof(BOOLEAN)
    #define EC1_Xboolean_ID 1

    // unsigned character data
    UCHAR Xuint8;
    #define EC1_Xuint8_SIZE sizeof(UCHAR)
    #define EC1_Xuint8_ID 2
`;
const ec1End = `} EC1, *PEC1;

#define EC1_SIZE (FIELD_OFFSET(EC1, Xint64) + EC1_Xint64_SIZE)

`;

const golden = new URL("./golden/", import.meta.url).pathname;

describe("C header (wmimofck -h grammar)", () => {
  it("reproduces the complete §10.5 example byte for byte (-m -hacme.h)", () => {
    const h = header(acmeMof, { fileName: "acme.h", methodStructs: true });
    expect(h.text).toBe(acmeHeader);
    expect(h.diagnostics).toEqual([]);
  });

  it("writes CRLF by default, keeping cpp_quote text as stored", () => {
    const h = emitCHeader(build(acmeMof).model, build(acmeMof).layouts, { fileName: "acme.h", methodStructs: true });
    expect(h.text).toBe(acmeHeader.replace(/\n/g, "\r\n").replace("// see spec 4.2\r\n\r\n", "// see spec 4.2\n\r\n"));
  });

  it.skipIf(!existsSync(wmisampPath))("renders wmisamp's EC1 section as §10.5 shows it", () => {
    const mof = readFileSync(wmisampPath, "utf8");
    const h = header(mof, { fileName: "wmidata.h", methodStructs: true });
    expect(h.text).toContain(ec1Start);
    expect(h.text).toContain(ec1End);
    // The §10.5 table: sections in file order, struct names, method defines, no SetEC1_OUT.
    expect([...h.text.matchAll(/^\/\/ (\w+) - (\w+)$/gm)].map((m) => `${m[1]}:${m[2]}`)).toEqual([
      "Vendor_EC1:EC1",
      "Vendor_EC2:EC2",
      "WmiSampleClass1:WmiSampleClass1",
      "WmiSampleClass2:WmiSampleClass2",
      "WmiSampleClass3:WmiSampleClass3",
      "WmiSampleClass5:WmiSampleClass5",
      "WmiSampleClass6:WmiSampleClass6",
    ]);
    expect(h.text).toContain("#define SetEC1     1\ntypedef struct _SetEC1_IN\n");
    expect(h.text).toContain("#define DummyMethod     2\n\ntypedef struct _WmiSampleClass1\n");
    expect(h.text).not.toContain("SetEC1_OUT");
    expect(h.text).toContain(
      "    EC1 EmbeddedClass1[4];\n    #define WmiSampleClass3_EmbeddedClass1_SIZE sizeof(EC1[4])\n",
    );
    expect(h.text).toContain("    EC2 EmbeddedClass2;\n    #define WmiSampleClass5_EmbeddedClass2_SIZE sizeof(EC2)\n");
    expect(h.text).toContain(
      "#define WmiSampleClass1_SIZE (FIELD_OFFSET(WmiSampleClass1, Xint64) + WmiSampleClass1_Xint64_SIZE)",
    );
    expect(h.text).not.toMatch(/InstanceName|Active/);
  });

  it.skipIf(!existsSync(wmisampPath))("matches the committed golden wmisamp header and skeleton", () => {
    const mof = readFileSync(wmisampPath, "utf8");
    const b = build(mof, "wmisamp.mof");
    const h = emitCHeader(b.model, b.layouts, { fileName: "wmidata.h", methodStructs: true });
    const skeleton = emitCSkeleton(b.model, b.layouts, h.plan, {
      fileName: "wmisampwmi.c",
      headerFileName: "wmidata.h",
    });
    for (const [name, text] of [
      ["wmisamp-wmidata.h", h.text],
      ["wmisamp-wmisampwmi.c", skeleton],
    ]) {
      const path = join(golden, name);
      if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
      expect(
        text === readFileSync(path, "utf8"),
        `${name} differs from the golden file; rerun with UPDATE_GOLDEN=1 and review the diff (compile.test.ts compiles it)`,
      ).toBe(true);
    }
  });

  it("makes the include guard from the -h file name", () => {
    expect(includeGuard("wmidata.h")).toBe("_wmidata_h_");
    expect(includeGuard("C:\\ddk\\inc\\my.wmi.h")).toBe("_my_wmi_h_");
  });

  it("drops amended descriptions when asked (a BMF split for localisation)", () => {
    const mof = `[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000B1}"), Description("kept?") : amended]
class Ex_A { [WmiDataId(1), Description("item") : amended] uint8 X; };`;
    expect(header(mof).text).toContain("// Ex_A - Ex_A\n// kept?\n");
    expect(header(mof).text).toContain("    // item\n    UCHAR X;");
    const dropped = header(mof, { keepAmended: false }).text;
    expect(dropped).toContain("// Ex_A - Ex_A\n#define");
    expect(dropped).toContain("    // \n    UCHAR X;");
  });

  it("writes a placeholder struct when a member follows a variable one, and comments it out with -u", () => {
    const mof = `[WMI, Dynamic, Provider("WMIProv"), guid("{0E1F2A3B-0000-4000-8000-0000000000B2}")]
class Ex_V { [key, read] string InstanceName; [read] boolean Active;
  [WmiDataId(1)] uint32 Count;
  [WmiDataId(2), WmiSizeIs("Count")] sint16 Readings[];
  [WmiDataId(3)] sint16 Trip;
  [WmiDataId(4), MaxLen(32)] string Firmware;
  [Implemented, WmiMethodId(1)] void M([in] uint8 A);
};`;
    const plain = header(mof);
    expect(plain.text).toContain(
      "// Warning: Header for class Ex_V cannot be created\ntypedef struct _Ex_V\n{\n    char VariableData[1];\n\n} Ex_V, *PEx_V;\n\n",
    );
    expect(plain.text).not.toContain("M_IN");
    expect(plain.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        codes.headerStructStub.code,
        "the header cannot declare Ex_V: 'Trip' follows the variable-length item 'Readings'; it gets a placeholder struct (unconditional structs, wmimofck -u, declare the members and comment out those after the variable one)",
      ],
    ]);
    const u = header(mof, { unconditional: true });
    expect(u.diagnostics).toEqual([]);
    expect(u.text).toContain("typedef struct _M_IN"); // -u implies -m
    expect(u.text).toContain(
      "    // \n    SHORT Readings[1];\n    #define Ex_V_Readings_ID 2\n\n    // \n//  SHORT Trip;\n    #define Ex_V_Trip_SIZE sizeof(SHORT)\n    #define Ex_V_Trip_ID 3\n\n    // \n//  WCHAR Firmware[32 + 1];\n    #define Ex_V_Firmware_ID 4\n\n} Ex_V, *PEx_V;\n\n#endif",
    );
  });

  it("follows the member table of §10.2.5 (C types, arrays, datetime, MaxLen, max(n), string arrays)", () => {
    const mof = `[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000B3}")]
class Ex_T {
  [WmiDataId(1)] char16 C;
  [WmiDataId(2)] datetime When;
  [WmiDataId(3), MaxLen(31)] string Id;
  [WmiDataId(4), MAX(6)] uint8 Mac[];
  [WmiDataId(5)] sint16 S[2];
  [WmiDataId(6)] uint8 N;
  [WmiDataId(7), WmiSizeIs("N")] string Names[];
};`;
    const text = header(mof).text;
    expect(text).toContain("    SHORT C;\n    #define Ex_T_C_SIZE sizeof(SHORT)\n");
    expect(text).toContain("    WCHAR When[25];\n    #define Ex_T_When_SIZE sizeof(WCHAR[25])\n");
    expect(text).toContain("    WCHAR Id[31 + 1];\n    #define Ex_T_Id_ID 3\n");
    expect(text).toContain("    UCHAR Mac[6];\n    #define Ex_T_Mac_SIZE sizeof(UCHAR[6])\n");
    expect(text).toContain("    SHORT S[2];\n    #define Ex_T_S_SIZE sizeof(SHORT[2])\n");
    expect(text).toContain("    WCHAR Names[1];\n    #define Ex_T_Names_ID 7\n\n} Ex_T, *PEx_T;\n\n#endif");
    expect(text).not.toContain("Ex_T_SIZE");
  });

  it("honours GuidName1/2, DefineDataId, a method HeaderName and WmiGenerateHeader(FALSE)", () => {
    const mof = `[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000B4}"), WmiGenerateHeader(FALSE), cpp_quote("gone")]
class Ex_Hidden { [WmiDataId(1)] uint8 X; };
[WMI, Dynamic, Provider("WMIProv"), guid("{0E1F2A3B-0000-4000-8000-0000000000B5}"), GuidName1("EX_G1"), GuidName2("ExG2")]
class Ex_N { [key, read] string InstanceName; [read] boolean Active;
  [WmiDataId(1)] uint8 A;
  [WmiDataId(2), DefineDataId("EX_LAST")] uint32 Last;
  [Implemented, WmiMethodId(3), HeaderName("EX_RUN")] void Run([in] uint32 How);
};`;
    const text = header(mof, { methodStructs: true }).text;
    expect(text).not.toContain("Ex_Hidden");
    expect(text).not.toContain("gone");
    expect(text).toContain("#define EX_G1 \\\n");
    expect(text).toContain("DEFINE_GUID(ExG2, \\\n");
    expect(text).toContain("#define Run     3\ntypedef struct _EX_RUN_IN\n");
    expect(text).toContain("    #define EX_LAST_SIZE sizeof(ULONG)\n    #define EX_LAST_ID 2\n");
    // The struct _SIZE names <T>_<Last>_SIZE even when DefineDataId renamed it (as wmimofck).
    expect(text).toContain("#define Ex_N_SIZE (FIELD_OFFSET(Ex_N, Last) + Ex_N_Last_SIZE)");
  });

  it("writes DefineBitMap defines from BitMap positions", () => {
    const mof = `[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000B6}")]
class Ex_Bits { [WmiDataId(1), BitMap{"0", "4", "31"}, BitValues{"ready", "busy", "fault"}, DefineBitMap{"EX_READY", "EX_BUSY", "EX_FAULT"}] uint32 Flags; };`;
    expect(header(mof).text).toContain(
      "{\n\n// ready\n#define EX_READY 0x1\n// busy\n#define EX_BUSY 0x10\n// fault\n#define EX_FAULT 0x80000000\n\n    // \n    ULONG Flags;",
    );
  });

  it("reports header problems as coded diagnostics", () => {
    const mof = `[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000C1}")] class Ex_Str { [WmiDataId(1)] string Name; };
[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000C2}"), HeaderName("SAME")] class Ex_One { [WmiDataId(1)] Ex_Str P; [WmiDataId(2), ValueMap{"0","1"}, DefineValues{"ONLY_ONE"}] uint32 V; };
[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000C3}"), HeaderName("SAME")] class Ex_Two { [WmiDataId(1)] uint8 X; };
[WMI, guid("{0E1F2A3B-0000-4000-8000-0000000000C4}"), HeaderName("Not An Identifier")] class Ex_Three { [WmiDataId(1)] uint8 X; };
[WMI, Dynamic, Provider("WMIProv"), guid("{0E1F2A3B-0000-4000-8000-0000000000C5}")] class Ex_M1 { [key, read] string InstanceName; [read] boolean Active; [Implemented, WmiMethodId(1)] void Reset(); };
[WMI, Dynamic, Provider("WMIProv"), guid("{0E1F2A3B-0000-4000-8000-0000000000C6}")] class Ex_M2 { [key, read] string InstanceName; [read] boolean Active; [Implemented, WmiMethodId(2)] void Reset(); };`;
    const h = header(mof);
    expect(h.diagnostics.map((d) => d.code).sort()).toEqual(
      [
        codes.headerFixedDeclaresVariable.code,
        codes.headerDefineValuesMismatch.code,
        codes.headerDuplicateName.code,
        codes.headerDuplicateName.code,
        codes.headerInvalidIdentifier.code,
        codes.headerDuplicateMethodDefine.code,
      ].sort(),
    );
    const msg = (code: string) => h.diagnostics.filter((d) => d.code === code).map((d) => d.message);
    expect(msg(codes.headerFixedDeclaresVariable.code)).toEqual([
      "the header declares 'P' of SAME as Ex_Str P, but its size in the data depends on the values ('Ex_Str' holds a string or variable array, so its size varies); offsets after it in the struct do not match the data",
    ]);
    expect(msg(codes.headerDuplicateMethodDefine.code)).toEqual([
      "method id define 'Reset' is written for 'Ex_M1.Reset' and again for 'Ex_M2.Reset' with a different id (1 and 2), so the header does not compile",
    ]);
    expect(msg(codes.headerDuplicateName.code)[0]).toBe(
      "the C name 'SAME' is generated for both the struct of Ex_One and the struct of Ex_Two, so the header does not compile",
    );
  });
});
