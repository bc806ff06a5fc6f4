/**
 * Object, list, qualifier and property records (bmf-format.md §4.3-§4.5). Each record starts
 * with its own length; names, values and lists are found through heap-relative offsets, which
 * are followed wherever they point (mofcomp's order is not assumed) but must stay inside the
 * record. A record that cannot be read is reported and skipped when its length is still
 * trustworthy, so one bad qualifier does not hide the rest of the class.
 */
import { codes } from "@mofkit/diagnostics";
import { formatOffset } from "./bmf-diagnostic.js";
import type { BmfObject, BmfProperty, BmfQualifier, BmfType } from "./model.js";
import { maxObjectDepth, type ReadContext, type Where } from "./read-context.js";
import { decodeType, flavorNames } from "./type-codes.js";
import { readValue, type ReadValue } from "./value-reader.js";

/** Stored in an offset field when the item is absent. */
const none = 0xffffffff;
const objectHeader = 20;
const qualifierHeader = 16;
const propertyHeader = 20;
const listHeader = 8;

/** One item of a list: its stored length (to step over it) and what could be read of it. */
interface ListItem<T> {
  length: number;
  item: T | undefined;
}

type ItemReader<T> = (at: number, end: number, index: number) => ListItem<T> | undefined;

/** Reads the object record at `at`; undefined when its header or length is unusable. */
export function readObject(
  ctx: ReadContext,
  at: number,
  limit: number,
  where: Where,
  depth: number,
): BmfObject | undefined {
  if (!ctx.spend(at)) return undefined;
  if (depth > maxObjectDepth) {
    ctx.stop(at, `nests objects more than ${maxObjectDepth} levels deep`);
    return undefined;
  }
  const length = recordLength(ctx, at, limit, objectHeader, where);
  if (length === undefined) return undefined;
  const b = ctx.bytes;
  const kindCode = b.u32(at + 16);
  const kind = kindCode === 0 ? "class" : kindCode === 1 ? "instance" : "unknown";
  if (kind === "unknown") ctx.report(codes.bmfUnknownObjectKind, { offset: formatOffset(at), kind: kindCode }, at);

  let name = "";
  const self: Where = () => (name ? `${where()} (${kind} ${name})` : where());
  const heap = at + objectHeader;
  const end = at + length;
  const listAt = (field: number, label: string): number | undefined => {
    const offset = b.u32(at + field);
    if (offset === none) return undefined;
    if (offset >= length - objectHeader) {
      ctx.badOffset(self, at + field, `${label} offset`, offset, length - objectHeader);
      return undefined;
    }
    return heap + offset;
  };
  const obj: BmfObject = { offset: at, length, kind, kindCode, qualifiers: null, properties: [], methods: [] };

  const qAt = listAt(4, "qualifier-list");
  const pAt = listAt(8, "property-list");
  const mAt = listAt(12, "method-list");
  if (pAt !== undefined) {
    obj.properties =
      readList(ctx, pAt, end, "property", self, (p, e, i) => readProperty(ctx, p, e, "property", i, self, depth)) ?? [];
    const cls = obj.properties.find((p) => p.name === "__CLASS");
    if (typeof cls?.value === "string") name = cls.value;
  }
  if (qAt !== undefined) {
    obj.qualifiers =
      readList(ctx, qAt, end, "qualifier", self, (p, e, i) => readQualifier(ctx, p, e, i, self, depth)) ?? [];
  }
  if (mAt !== undefined) {
    obj.methods =
      readList(ctx, mAt, end, "method", self, (p, e, i) => readProperty(ctx, p, e, "method", i, self, depth)) ?? [];
  }
  return obj;
}

/** `u32 length, u32 count, records...`: the items that could be read, in order. */
function readList<T extends { length: number }>(
  ctx: ReadContext,
  at: number,
  end: number,
  label: string,
  where: Where,
  readItem: ItemReader<T>,
): T[] | undefined {
  const listWhere: Where = () => `${label} list of ${where()}`;
  const length = recordLength(ctx, at, end, listHeader, listWhere);
  if (length === undefined) return undefined;
  const count = ctx.bytes.u32(at + 4);
  const listEnd = at + length;
  const items: T[] = [];
  let p = at + listHeader;
  for (let i = 0; i < count; i++) {
    if (!ctx.running) return items;
    if (p >= listEnd) {
      ctx.overrun(listWhere, at, `it declares ${count} ${label}s but only ${i} fit in its ${length} bytes`);
      return items;
    }
    const read = readItem(p, listEnd, i);
    if (!read) return items; // its length was unusable: nothing after it can be found
    if (read.item) items.push(read.item);
    p += read.length;
  }
  if (p !== listEnd && ctx.running) {
    ctx.layout(listWhere, at, `${listEnd - p} bytes after its last ${label} are not used`);
  }
  return items;
}

function readQualifier(
  ctx: ReadContext,
  at: number,
  end: number,
  index: number,
  owner: Where,
  depth: number,
): ListItem<BmfQualifier> | undefined {
  if (!ctx.spend(at)) return undefined;
  let name: string | undefined;
  const where = recordWhere("qualifier", index, owner, () => name);
  const length = recordLength(ctx, at, end, qualifierHeader, where);
  if (length === undefined) return undefined;
  const b = ctx.bytes;
  const type = decodeType(b.u32(at + 4));
  name = readName(ctx, at, length, qualifierHeader, where);
  if (name === undefined) return { length, item: undefined };
  const value = readValueField(ctx, at, length, qualifierHeader, type, where, depth);
  if (value === undefined) return { length, item: undefined };
  const flavorBits = ctx.flavors.get(at) ?? 0;
  ctx.qualifierOffsets.add(at);
  const item: BmfQualifier = {
    offset: at,
    length,
    name,
    type,
    value: value.value,
    valueLayout: value.layout,
    flavorBits,
    flavors: flavorNames(flavorBits),
  };
  return { length, item };
}

/** A property, method or parameter record. */
function readProperty(
  ctx: ReadContext,
  at: number,
  end: number,
  label: string,
  index: number,
  owner: Where,
  depth: number,
): ListItem<BmfProperty> | undefined {
  if (!ctx.spend(at)) return undefined;
  let name: string | undefined;
  const where = recordWhere(label, index, owner, () => name);
  const length = recordLength(ctx, at, end, propertyHeader, where);
  if (length === undefined) return undefined;
  const b = ctx.bytes;
  const type = decodeType(b.u32(at + 4));
  name = readName(ctx, at, length, propertyHeader, where);
  if (name === undefined) return { length, item: undefined };
  const item: BmfProperty = { offset: at, length, name, type, qualifiers: null };
  if (b.u32(at + 12) !== none) {
    const value = readValueField(ctx, at, length, propertyHeader, type, where, depth);
    if (value === undefined) return { length, item: undefined };
    item.value = value.value;
    item.valueLayout = value.layout;
  }
  const qOffset = b.u32(at + 16);
  if (qOffset !== none) {
    if (qOffset >= length - propertyHeader) {
      ctx.badOffset(where, at + 16, "qualifier-list offset", qOffset, length - propertyHeader);
    } else {
      const heap = at + propertyHeader;
      item.qualifiers =
        readList(ctx, heap + qOffset, at + length, "qualifier", where, (p, e, i) =>
          readQualifier(ctx, p, e, i, where, depth),
        ) ?? [];
    }
  }
  return { length, item };
}

/** The record's length field, checked against its header size and its container's end. */
function recordLength(ctx: ReadContext, at: number, end: number, header: number, where: Where): number | undefined {
  if (!ctx.bytes.fits(at, header, end)) {
    ctx.overrun(
      where,
      at,
      `its ${header}-byte header runs past the end of its container (${Math.max(0, end - at)} bytes left)`,
    );
    return undefined;
  }
  const length = ctx.bytes.u32(at);
  if (length < header || length > end - at) {
    const why =
      length < header
        ? `is shorter than its ${header}-byte header`
        : `runs past the end of its container (${end - at} bytes left)`;
    ctx.overrun(where, at, `its length ${length} ${why}`);
    return undefined;
  }
  return length;
}

/** The name: a string at the heap offset stored at byte 8 of the record. */
function readName(ctx: ReadContext, at: number, length: number, header: number, where: Where): string | undefined {
  const offset = ctx.bytes.u32(at + 8);
  if (offset >= length - header) {
    ctx.badOffset(where, at + 8, "name offset", offset, length - header);
    return undefined;
  }
  const s = ctx.bytes.utf16z(at + header + offset, at + length);
  if (!s) {
    ctx.report(
      codes.bmfUnterminatedString,
      { what: `the name of ${where()}`, offset: formatOffset(at + header + offset) },
      at + header + offset,
    );
    return undefined;
  }
  return s.text;
}

/** The value at the heap offset stored at byte 12 of a qualifier or property record. */
function readValueField(
  ctx: ReadContext,
  at: number,
  length: number,
  header: number,
  type: BmfType,
  where: Where,
  depth: number,
): ReadValue | undefined {
  const offset = ctx.bytes.u32(at + 12);
  if (offset >= length - header) {
    ctx.badOffset(where, at + 12, "value offset", offset, length - header);
    return undefined;
  }
  return readValue(ctx, type, at + header + offset, at + length, where, depth);
}

/** `property 'Name' of <owner>` once the name is known, `property #3 of <owner>` before. */
function recordWhere(label: string, index: number, owner: Where, name: () => string | undefined): Where {
  return () => {
    const n = name();
    return n === undefined ? `${label} #${index} of ${owner()}` : `${label} '${n}' of ${owner()}`;
  };
}
