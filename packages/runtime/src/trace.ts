/**
 * Annotated hex of WNODE and WMIREGINFO bytes, for the simulator's trace option: each fixed field
 * on its own line with its offset, raw bytes and meaning, then the data bytes sixteen to a line.
 */
import * as K from "./constants.js";
import { hex32, readGuid } from "./bytes.js";

type Field = [offset: number, size: number, name: string];

const header: Field[] = [
  [0, 4, "BufferSize"],
  [4, 4, "ProviderId"],
  [8, 8, "HistoricalContext"],
  [16, 8, "TimeStamp"],
  [24, 16, "Guid"],
  [40, 4, "ClientContext"],
  [44, 4, "Flags"],
];
const layouts: Record<string, Field[]> = {
  WNODE_TOO_SMALL: [[48, 4, "SizeNeeded"]],
  WNODE_ALL_DATA: [
    [48, 4, "DataBlockOffset"],
    [52, 4, "InstanceCount"],
    [56, 4, "OffsetInstanceNameOffsets"],
  ],
  WNODE_SINGLE_INSTANCE: [
    [48, 4, "OffsetInstanceName"],
    [52, 4, "InstanceIndex"],
    [56, 4, "DataBlockOffset"],
    [60, 4, "SizeDataBlock"],
  ],
  WNODE_SINGLE_ITEM: [
    [48, 4, "OffsetInstanceName"],
    [52, 4, "InstanceIndex"],
    [56, 4, "ItemId"],
    [60, 4, "DataBlockOffset"],
    [64, 4, "SizeDataItem"],
  ],
  WNODE_METHOD_ITEM: [
    [48, 4, "OffsetInstanceName"],
    [52, 4, "InstanceIndex"],
    [56, 4, "MethodId"],
    [60, 4, "DataBlockOffset"],
    [64, 4, "SizeDataBlock"],
  ],
};

const flagNames: [number, string][] = [
  [K.WNODE_FLAG_ALL_DATA, "ALL_DATA"],
  [K.WNODE_FLAG_SINGLE_INSTANCE, "SINGLE_INSTANCE"],
  [K.WNODE_FLAG_SINGLE_ITEM, "SINGLE_ITEM"],
  [K.WNODE_FLAG_EVENT_ITEM, "EVENT_ITEM"],
  [K.WNODE_FLAG_FIXED_INSTANCE_SIZE, "FIXED_INSTANCE_SIZE"],
  [K.WNODE_FLAG_TOO_SMALL, "TOO_SMALL"],
  [K.WNODE_FLAG_INSTANCES_SAME, "INSTANCES_SAME"],
  [K.WNODE_FLAG_STATIC_INSTANCE_NAMES, "STATIC_INSTANCE_NAMES"],
  [K.WNODE_FLAG_EVENT_REFERENCE, "EVENT_REFERENCE"],
  [K.WNODE_FLAG_METHOD_ITEM, "METHOD_ITEM"],
  [K.WNODE_FLAG_PDO_INSTANCE_NAMES, "PDO_INSTANCE_NAMES"],
];

export function wnodeFlagNames(flags: number): string {
  const names = flagNames.filter(([f]) => (flags & f) !== 0).map(([, n]) => n);
  return names.length ? names.join(" | ") : "0";
}

function hexBytes(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).toUpperCase().padStart(2, "0")).join(" ");
}

function structureOf(bytes: Uint8Array, minor: number): string {
  if (bytes.length < 48) return "WNODE_HEADER";
  const flags = new DataView(bytes.buffer, bytes.byteOffset).getUint32(44, true);
  if (flags & K.WNODE_FLAG_TOO_SMALL) return "WNODE_TOO_SMALL";
  if (flags & K.WNODE_FLAG_METHOD_ITEM || minor === K.IRP_MN_EXECUTE_METHOD) return "WNODE_METHOD_ITEM";
  if (flags & K.WNODE_FLAG_ALL_DATA) return "WNODE_ALL_DATA";
  if (flags & K.WNODE_FLAG_SINGLE_INSTANCE) return "WNODE_SINGLE_INSTANCE";
  if (flags & K.WNODE_FLAG_SINGLE_ITEM) return "WNODE_SINGLE_ITEM";
  return "WNODE_HEADER";
}

/** Annotated hex of the first `length` bytes of a WNODE (fields that do not fit are marked). */
export function annotateWnode(bytes: Uint8Array, length = bytes.length, minor = -1): string {
  const b = bytes.subarray(0, Math.min(length, bytes.length));
  const structure = structureOf(b, minor);
  const fields = [...header, ...(layouts[structure] ?? [])];
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const lines = [`  ${structure}, ${b.length} bytes`];
  let end = 0;
  for (const [off, size, name] of fields) {
    if (off + size > b.length) {
      lines.push(`  @${String(off).padStart(4)}  ${"".padEnd(47)} ${name}: (past the end)`);
      continue;
    }
    const raw = b.subarray(off, off + size);
    let meaning: string;
    if (size === 4) {
      const x = v.getUint32(off, true);
      meaning = name === "Flags" ? `${hex32(x)} ${wnodeFlagNames(x)}` : String(x);
    } else if (size === 8) meaning = String(v.getBigUint64(off, true));
    else meaning = `{${readGuid(b, off)}}`;
    lines.push(`  @${String(off).padStart(4)}  ${hexBytes(raw.subarray(0, 16)).padEnd(47)} ${name} = ${meaning}`);
    end = Math.max(end, off + size);
  }
  if (structure === "WNODE_ALL_DATA" && b.length >= 56 && !(v.getUint32(44, true) & K.WNODE_FLAG_FIXED_INSTANCE_SIZE)) {
    const n = v.getUint32(52, true);
    for (let i = 0; i < n && 68 + 8 * i <= b.length; i++) {
      lines.push(
        `  @${String(60 + 8 * i).padStart(4)}  ${hexBytes(b.subarray(60 + 8 * i, 68 + 8 * i)).padEnd(47)} OffsetInstanceDataAndLength[${i}] = {${v.getUint32(60 + 8 * i, true)}, ${v.getUint32(64 + 8 * i, true)}}`,
      );
      end = 68 + 8 * i;
    }
  }
  for (let o = end; o < b.length; o += 16)
    lines.push(`  @${String(o).padStart(4)}  ${hexBytes(b.subarray(o, Math.min(o + 16, b.length)))}`);
  return lines.join("\n");
}
