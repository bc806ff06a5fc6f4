/**
 * The decompressed payload (bmf-format.md §4.2): `FOMB`, R (the length of the root part), two
 * constants, the object count N and N object records, then the optional flavor table at R.
 * The table is read first, because qualifiers look their flavors up in it by offset.
 */
import { codes } from "@mofkit/diagnostics";
import { formatOffset, type BmfDiagnostic } from "./bmf-diagnostic.js";
import type { BmfFlavorTable, BmfObject } from "./model.js";
import { checkFlavorTargets, readFlavorTable } from "./flavor-table.js";
import { readObject } from "./object-reader.js";
import { ReadContext } from "./read-context.js";
import { bmfSignature } from "./container.js";

const rootHeader = 20;

export interface PayloadContents {
  rootLength: number;
  rootConstants: [number, number];
  objects: BmfObject[];
  flavorTable: BmfFlavorTable | undefined;
  diagnostics: BmfDiagnostic[];
}

/** Never throws: whatever cannot be read is reported and left out. */
export function readPayload(payload: Uint8Array): PayloadContents {
  const ctx = new ReadContext(payload);
  const b = ctx.bytes;
  const size = payload.length;
  const contents: PayloadContents = {
    rootLength: 0,
    rootConstants: [0, 0],
    objects: [],
    flavorTable: undefined,
    diagnostics: ctx.diagnostics,
  };
  if (size < rootHeader) {
    ctx.report(
      codes.bmfPayloadSignature,
      { detail: `is only ${size} bytes long; its root header needs ${rootHeader}` },
      0,
    );
    return contents;
  }
  if (b.u32(0) !== bmfSignature) {
    ctx.report(
      codes.bmfPayloadSignature,
      { detail: `does not start with "FOMB" (found ${formatOffset(b.u32(0))})` },
      0,
    );
    return contents;
  }
  let rootLength = b.u32(4);
  if (rootLength < rootHeader || rootLength > size) {
    ctx.overrun(
      () => "the root",
      4,
      `its length ${rootLength} does not fit the payload of ${size} bytes; reading to the end`,
    );
    rootLength = size;
  }
  contents.rootLength = rootLength;
  contents.rootConstants = [b.u32(8), b.u32(12)];
  if (rootLength < size) contents.flavorTable = readFlavorTable(ctx, rootLength);

  const count = b.u32(16);
  let p = rootHeader;
  for (let i = 0; i < count && ctx.running; i++) {
    if (p >= rootLength) {
      ctx.overrun(() => "the root", 16, `it declares ${count} objects but only ${i} fit in its ${rootLength} bytes`);
      break;
    }
    const obj = readObject(ctx, p, rootLength, () => `object #${i}`, 0);
    if (!obj) break; // an unusable length: the objects after it cannot be found
    contents.objects.push(obj);
    p += obj.length;
  }
  if (ctx.running && contents.objects.length === count && p !== rootLength) {
    ctx.layout(() => "the root", 0, `${rootLength - p} bytes after the last object are not used`);
  }
  if (contents.flavorTable && ctx.running) checkFlavorTargets(ctx, contents.flavorTable);
  return contents;
}
