/**
 * WMIREGINFO and WMIREGGUID (wmi-kernel.md §2.11-§2.12, §3.2): the registration answer. Unlike the
 * WNODEs these differ between x64 (header 24, WMIREGGUID 32) and x86 (20, 28) because of the
 * pointer-sized union. Strings are counted UTF-16 (§2.13), laid out after the GUID array in the
 * order [base name][MOF resource name][registry path] (§3.2, the runtime's choice).
 */
import { WMIREG_FLAG_INSTANCE_BASENAME, WMIREG_FLAG_INSTANCE_LIST, WMIREG_FLAG_INSTANCE_PDO } from "./constants.js";
import { Bytes, badValue, countedStringSize, normalizeGuid, outOfRange, truncated } from "./bytes.js";

export type Arch = "x64" | "x86";

export interface RegInfoLayout {
  headerSize: number;
  guidSize: number;
  /** Size of the pointer-sized union at offset 24 of a WMIREGGUID. */
  unionSize: number;
}

export function regInfoLayout(arch: Arch): RegInfoLayout {
  return arch === "x64"
    ? { headerSize: 24, guidSize: 32, unionSize: 8 }
    : { headerSize: 20, guidSize: 28, unionSize: 4 };
}

/** Field offsets for the C static assertions. */
export const regInfoOffsets = {
  WMIREGINFOW: {
    BufferSize: 0,
    NextWmiRegInfo: 4,
    RegistryPath: 8,
    MofResourceName: 12,
    GuidCount: 16,
    WmiRegGuid: { x64: 24, x86: 20 },
  },
  WMIREGGUIDW: {
    Guid: 0,
    Flags: 16,
    InstanceCount: 20,
    InstanceNameList: 24,
    BaseNameOffset: 24,
    Pdo: 24,
    InstanceInfo: 24,
  },
} as const;

export interface RegGuidInit {
  guid: string;
  flags: number;
  instanceCount: number;
  /** The PDO pointer stored when flags include INSTANCE_PDO. */
  pdo?: bigint;
  /** The base name, when flags include INSTANCE_BASENAME. */
  baseName?: string;
  /** Static names, when flags include INSTANCE_LIST (InstanceCount counted strings). */
  instanceNames?: string[];
}

export interface RegInfoInit {
  /** Undefined: offset 0 (not given). */
  registryPath?: string;
  mofResourceName?: string;
  guids: RegGuidInit[];
}

export interface RegGuid {
  guid: string;
  flags: number;
  instanceCount: number;
  /** The raw union at 24 (an offset, or the PDO pointer). */
  union: bigint;
  pdo: bigint | null;
  baseName: string | null;
  instanceNames: string[] | null;
}

export interface RegInfo {
  bufferSize: number;
  nextWmiRegInfo: number;
  registryPath: string | null;
  mofResourceName: string | null;
  guids: RegGuid[];
}

/** Bytes the encoded WMIREGINFO takes. */
export function regInfoSize(arch: Arch, init: RegInfoInit): number {
  return planRegInfo(arch, init).size;
}

interface Plan {
  size: number;
  strings: { offset: number; text: string; field: string }[];
  unions: bigint[];
  registryPath: number;
  mofResourceName: number;
}

function planRegInfo(arch: Arch, init: RegInfoInit): Plan {
  const L = regInfoLayout(arch);
  let at = L.headerSize + L.guidSize * init.guids.length;
  const strings: Plan["strings"] = [];
  const baseNames = new Map<string, number>();
  const unions: bigint[] = [];
  init.guids.forEach((g, i) => {
    if (g.flags & WMIREG_FLAG_INSTANCE_PDO) unions.push(g.pdo ?? 0n);
    else if (g.flags & WMIREG_FLAG_INSTANCE_BASENAME) {
      const name = g.baseName ?? "";
      let off = baseNames.get(name);
      if (off === undefined) {
        off = at;
        baseNames.set(name, off);
        strings.push({ offset: off, text: name, field: `WmiRegGuid[${i}].BaseNameOffset` });
        at += countedStringSize(name);
      }
      unions.push(BigInt(off));
    } else if (g.flags & WMIREG_FLAG_INSTANCE_LIST) {
      unions.push(BigInt(at));
      for (const [k, name] of (g.instanceNames ?? []).entries()) {
        strings.push({ offset: at, text: name, field: `WmiRegGuid[${i}].InstanceNameList[${k}]` });
        at += countedStringSize(name);
      }
    } else unions.push(0n);
  });
  let mofResourceName = 0;
  if (init.mofResourceName !== undefined) {
    mofResourceName = at;
    strings.push({ offset: at, text: init.mofResourceName, field: "MofResourceName" });
    at += countedStringSize(init.mofResourceName);
  }
  let registryPath = 0;
  if (init.registryPath !== undefined) {
    registryPath = at;
    strings.push({ offset: at, text: init.registryPath, field: "RegistryPath" });
    at += countedStringSize(init.registryPath);
  }
  return { size: at, strings, unions, registryPath, mofResourceName };
}

/** Writes a WMIREGINFO into `out` (which must hold regInfoSize bytes); returns the size. */
export function writeRegInfo(arch: Arch, init: RegInfoInit, out: Uint8Array): number {
  const L = regInfoLayout(arch);
  const p = planRegInfo(arch, init);
  const b = new Bytes(out, "WMIREGINFO");
  b.check(0, p.size, "BufferSize");
  out.fill(0, 0, p.size);
  b.setU32(0, p.size, "BufferSize");
  b.setU32(4, 0, "NextWmiRegInfo");
  b.setU32(8, p.registryPath, "RegistryPath");
  b.setU32(12, p.mofResourceName, "MofResourceName");
  b.setU32(16, init.guids.length, "GuidCount");
  init.guids.forEach((g, i) => {
    const base = L.headerSize + L.guidSize * i;
    b.structure = `WMIREGGUID[${i}]`;
    b.setGuid(base, normalizeGuid(g.guid, b.structure, "Guid"), "Guid");
    b.setU32(base + 16, g.flags >>> 0, "Flags");
    b.setU32(base + 20, g.instanceCount, "InstanceCount");
    if (L.unionSize === 8) b.setU64(base + 24, p.unions[i], "Pdo");
    else if (p.unions[i] > 0xffffffffn)
      throw badValue(b.structure, "Pdo", `0x${p.unions[i].toString(16)}`, "a pointer on x86 is 32 bits");
    else b.setU32(base + 24, Number(p.unions[i]), "Pdo");
  });
  b.structure = "WMIREGINFO";
  for (const s of p.strings) b.setCountedString(s.offset, s.text, s.field);
  return p.size;
}

export function encodeRegInfo(arch: Arch, init: RegInfoInit): Uint8Array {
  const out = new Uint8Array(regInfoSize(arch, init));
  writeRegInfo(arch, init, out);
  return out;
}

/** Decodes one WMIREGINFO; every offset is checked against its BufferSize. */
export function decodeRegInfo(arch: Arch, bytes: Uint8Array): RegInfo {
  const L = regInfoLayout(arch);
  const S = "WMIREGINFO";
  const outer = new Bytes(bytes, S);
  const bufferSize = outer.u32(0, "BufferSize");
  if (bufferSize > bytes.length) throw outOfRange(S, "BufferSize", bufferSize, 0, bufferSize, bytes.length);
  if (bufferSize < L.headerSize) throw truncated(S, "BufferSize", 0, L.headerSize, bufferSize);
  const b = new Bytes(bytes.subarray(0, bufferSize), S);
  const nextWmiRegInfo = b.u32(4, "NextWmiRegInfo");
  const pathOff = b.u32(8, "RegistryPath");
  const mofOff = b.u32(12, "MofResourceName");
  const guidCount = b.u32(16, "GuidCount");
  const guidsEnd = L.headerSize + L.guidSize * guidCount;
  if (guidsEnd > bufferSize) throw truncated(S, "WmiRegGuid", L.headerSize, guidsEnd, bufferSize);
  const str = (off: number, field: string): string | null => {
    if (off === 0) return null;
    if (off < guidsEnd) throw outOfRange(S, field, off, off, off + 2, bufferSize);
    return b.countedString(off, field);
  };
  const guids: RegGuid[] = [];
  for (let i = 0; i < guidCount; i++) {
    const base = L.headerSize + L.guidSize * i;
    b.structure = `WMIREGGUID[${i}]`;
    const guid = b.guid(base, "Guid");
    const flags = b.u32(base + 16, "Flags");
    const instanceCount = b.u32(base + 20, "InstanceCount");
    const union = L.unionSize === 8 ? b.u64(base + 24, "Pdo") : BigInt(b.u32(base + 24, "Pdo"));
    let pdo: bigint | null = null;
    let baseName: string | null = null;
    let instanceNames: string[] | null = null;
    b.structure = S;
    if (flags & WMIREG_FLAG_INSTANCE_PDO) pdo = union;
    else if (flags & WMIREG_FLAG_INSTANCE_BASENAME)
      baseName = str(Number(union & 0xffffffffn), `WmiRegGuid[${i}].BaseNameOffset`) ?? "";
    else if (flags & WMIREG_FLAG_INSTANCE_LIST) {
      instanceNames = [];
      let at = Number(union & 0xffffffffn);
      for (let k = 0; k < instanceCount; k++) {
        const field = `WmiRegGuid[${i}].InstanceNameList[${k}]`;
        if (at < guidsEnd) throw outOfRange(S, field, at, at, at + 2, bufferSize);
        const name = b.countedString(at, field);
        instanceNames.push(name);
        at += countedStringSize(name);
      }
    }
    guids.push({ guid, flags, instanceCount, union, pdo, baseName, instanceNames });
  }
  b.structure = S;
  return {
    bufferSize,
    nextWmiRegInfo,
    registryPath: str(pathOff, "RegistryPath"),
    mofResourceName: str(mofOff, "MofResourceName"),
    guids,
  };
}
