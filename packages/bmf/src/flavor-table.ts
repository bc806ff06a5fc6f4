/**
 * The qualifier flavor table that may follow the objects (bmf-format.md §4.8):
 * "BMOFQUALFLAVOR11", a pair count P, then P (qualifier record offset, flavor bits) pairs that
 * end the payload. Flavors are not stored in qualifier records, only here.
 */
import { codes } from "@mofkit/diagnostics";
import { formatOffset } from "./bmf-diagnostic.js";
import type { BmfFlavorTable } from "./model.js";
import type { ReadContext } from "./read-context.js";
import { flavorNames } from "./type-codes.js";

export const flavorTableSignature = "BMOFQUALFLAVOR11";
const headerSize = 20;
const entrySize = 8;

/** Reads the table at `at` (which runs to the end of the payload) into `ctx.flavors`. */
export function readFlavorTable(ctx: ReadContext, at: number): BmfFlavorTable | undefined {
  const b = ctx.bytes;
  const end = b.length;
  const fail = (detail: string) => {
    ctx.report(codes.bmfFlavorTrailer, { offset: formatOffset(at), detail }, at);
    return undefined;
  };
  if (end - at < headerSize) return fail(`has only ${end - at} bytes; it needs at least ${headerSize}`);
  let signature = "";
  for (let i = 0; i < 16; i++) signature += String.fromCharCode(b.data[at + i]);
  if (signature !== flavorTableSignature) return fail(`does not start with "${flavorTableSignature}"`);
  const declared = b.u32(at + 16);
  const fit = Math.floor((end - at - headerSize) / entrySize);
  let count = declared;
  if (declared > fit) {
    fail(`declares ${declared} entries but only ${fit} fit before the end of the payload`);
    count = fit;
  } else if (declared < fit || (end - at - headerSize) % entrySize !== 0) {
    const unused = end - at - headerSize - declared * entrySize;
    ctx.layout(() => "the qualifier flavor table", at, `${unused} bytes after its last entry are not used`);
  }
  const table: BmfFlavorTable = { offset: at, entries: [] };
  for (let i = 0, p = at + headerSize; i < count; i++, p += entrySize) {
    const entry = { target: b.u32(p), bits: b.u32(p + 4) };
    table.entries.push(entry);
    ctx.flavors.set(entry.target, entry.bits);
  }
  return table;
}

/** Warns about entries that name no qualifier record that was read (their flavors are lost). */
export function checkFlavorTargets(ctx: ReadContext, table: BmfFlavorTable): void {
  table.entries.forEach((entry, index) => {
    if (ctx.qualifierOffsets.has(entry.target)) return;
    const at = table.offset + headerSize + index * entrySize;
    ctx.report(
      codes.bmfFlavorTarget,
      { index, target: formatOffset(entry.target), flavors: flavorNames(entry.bits).join(" ") || "0" },
      at,
    );
  });
}
