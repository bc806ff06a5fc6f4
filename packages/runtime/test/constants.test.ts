import { describe, expect, it } from "vitest";
import * as rt from "../src/index.js";

describe("constants (wmi-kernel.md §1)", () => {
  it("IRP minor codes", () => {
    expect(rt.IRP_MJ_SYSTEM_CONTROL).toBe(0x17);
    expect([
      rt.IRP_MN_QUERY_ALL_DATA,
      rt.IRP_MN_QUERY_SINGLE_INSTANCE,
      rt.IRP_MN_CHANGE_SINGLE_INSTANCE,
      rt.IRP_MN_CHANGE_SINGLE_ITEM,
    ]).toEqual([0, 1, 2, 3]);
    expect([
      rt.IRP_MN_ENABLE_EVENTS,
      rt.IRP_MN_DISABLE_EVENTS,
      rt.IRP_MN_ENABLE_COLLECTION,
      rt.IRP_MN_DISABLE_COLLECTION,
    ]).toEqual([4, 5, 6, 7]);
    expect([rt.IRP_MN_REGINFO, rt.IRP_MN_EXECUTE_METHOD, rt.IRP_MN_REGINFO_EX]).toEqual([8, 9, 0x0b]);
    expect(rt.WMI_MINOR_CODES).not.toContain(0x0a);
    expect(rt.WMI_MINOR_CODES).not.toContain(0x0c);
    expect(rt.minorName(9)).toBe("IRP_MN_EXECUTE_METHOD");
    expect(rt.minorName(0x0c)).toBe("IRP_MN_0xC");
  });

  it("the flag combinations listed in §1.3", () => {
    expect(rt.WNODE_FLAG_PDO_INSTANCE_NAMES | rt.WNODE_FLAG_STATIC_INSTANCE_NAMES | rt.WNODE_FLAG_SINGLE_INSTANCE).toBe(
      0x00010082,
    );
    expect(rt.WNODE_FLAG_SINGLE_INSTANCE | rt.WNODE_FLAG_EVENT_ITEM | rt.WNODE_FLAG_STATIC_INSTANCE_NAMES).toBe(0x8a);
    expect(
      rt.WNODE_FLAG_ALL_DATA |
        rt.WNODE_FLAG_EVENT_ITEM |
        rt.WNODE_FLAG_FIXED_INSTANCE_SIZE |
        rt.WNODE_FLAG_STATIC_INSTANCE_NAMES,
    ).toBe(0x99);
    expect(rt.WNODE_FLAG_TOO_SMALL).toBe(0x20);
    expect(rt.WNODE_FLAG_EVENT_REFERENCE | rt.WNODE_FLAG_STATIC_INSTANCE_NAMES).toBe(0x2080);
    expect(rt.WNODE_FLAG_METHOD_ITEM).toBe(0x8000);
    expect(rt.WNODE_FLAG_SEVERITY_MASK).toBe(0xff000000);
  });

  it("WMIREG flags", () => {
    expect(rt.WMIREG_FLAG_INSTANCE_PDO | rt.WMIREG_FLAG_EXPENSIVE).toBe(0x21);
    expect(rt.WMIREG_FLAG_INSTANCE_BASENAME).toBe(8);
    expect(rt.WMIREG_FLAG_EVENT_ONLY_GUID).toBe(0x40);
    expect(rt.WMIREG_FLAG_REMOVE_GUID).toBe(0x10000);
    expect(rt.WMIREG_FLAG_TRACED_GUID).toBe(0x80000);
  });

  it("NTSTATUS values, names and NT_SUCCESS", () => {
    expect(rt.STATUS_WMI_READ_ONLY).toBe(0xc00002c6);
    expect(rt.STATUS_WMI_GUID_NOT_FOUND).toBe(0xc0000295);
    expect(rt.STATUS_WMI_INSTANCE_NOT_FOUND).toBe(0xc0000296);
    expect(rt.STATUS_BUFFER_TOO_SMALL).toBe(0xc0000023);
    expect(rt.statusName(rt.STATUS_WMI_READ_ONLY)).toBe("STATUS_WMI_READ_ONLY");
    expect(rt.statusName(0xc0001234)).toBe("0xC0001234");
    expect(rt.ntSuccess(rt.STATUS_SUCCESS)).toBe(true);
    expect(rt.ntSuccess(rt.STATUS_PENDING)).toBe(true);
    expect(rt.ntSuccess(rt.STATUS_OBJECT_NAME_EXISTS)).toBe(true);
    expect(rt.ntSuccess(rt.STATUS_BUFFER_OVERFLOW)).toBe(false);
    expect(rt.ntSuccess(rt.STATUS_UNSUCCESSFUL)).toBe(false);
  });

  it("WmiLib enums", () => {
    expect([rt.IrpProcessed, rt.IrpNotCompleted, rt.IrpNotWmi, rt.IrpForward]).toEqual([0, 1, 2, 3]);
    expect([rt.WmiEventControl, rt.WmiDataBlockControl]).toEqual([0, 1]);
  });
});
