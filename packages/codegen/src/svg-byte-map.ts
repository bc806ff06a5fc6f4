/**
 * `mofkit layout --format svg`: a byte map of each block that a person reads at a glance. Each
 * row is 8 bytes (the largest natural alignment), each item a coloured span labelled with its
 * name, padding hatched grey, runs of whole rows held by one large item folded into a single band,
 * and the items after the variable part listed below it with a dashed outline. Every span has a
 * tooltip with offset, size, alignment and type. Reads the layout objects only.
 */
import type { BlockLayout, LayoutItem } from "@mofkit/layout";

export interface SvgOptions {
  /** Bytes per row (default 8). */
  rowBytes?: number;
}

const cell = 72;
const rowH = 30;
const gutter = 56;
const margin = 16;
const titleH = 44;
const blockGap = 22;
const charW = 7.2; // 12px monospace

const palette = [
  "#8ecae6",
  "#ffb703",
  "#90be6d",
  "#f4a3a8",
  "#b8a1e3",
  "#f9c74f",
  "#80d8c3",
  "#f8961e",
  "#a3c4f3",
  "#d4a373",
];

const kindText: Record<BlockLayout["kind"], string> = {
  data: "data block",
  event: "event block",
  embedded: "embedded class",
  abstract: "abstract class",
  "method-in": "method input",
  "method-out": "method output",
};

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function fit(text: string, width: number): string {
  const max = Math.floor((width - 8) / charW);
  if (max <= 0) return "";
  return text.length <= max ? text : max <= 1 ? "…" : `${text.slice(0, max - 1)}…`;
}

interface Segment {
  start: number;
  end: number;
  item: LayoutItem | null; // null: padding
  color: string;
  label: string;
  tip: string;
}

function tipOf(item: LayoutItem): string {
  const size = item.size === null ? "variable size" : `${item.size} byte${item.size === 1 ? "" : "s"}`;
  const where = item.offset === null ? "offset depends on the values" : `offset ${item.offset}`;
  return `${item.name}: ${item.type}, ${where}, ${size}, alignment ${item.alignment} (C: ${item.cType} ${item.cMember})`;
}

/** Renders one or more blocks as a standalone SVG document. */
export function renderLayoutSvg(blocks: readonly BlockLayout[], options: SvgOptions = {}): string {
  const rowBytes = options.rowBytes ?? 8;
  const width = margin * 2 + gutter + rowBytes * cell;
  const body: string[] = [];
  let y = margin;
  for (const b of blocks) y = renderBlock(body, b, y, rowBytes) + blockGap;
  const height = Math.max(y - blockGap + margin, margin * 2);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="ui-monospace, Menlo, Consolas, monospace" font-size="12">`,
    "<defs>",
    '<pattern id="pad" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">',
    '<rect width="6" height="6" fill="#eeeeee"/><line x1="0" y1="0" x2="0" y2="6" stroke="#c8c8c8" stroke-width="2"/>',
    "</pattern>",
    "</defs>",
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    "</svg>",
    "",
  ].join("\n");
}

function renderBlock(out: string[], b: BlockLayout, top: number, rowBytes: number): number {
  const x0 = margin + gutter;
  const size = b.variable
    ? `variable size; fixed part ${b.fixedSize} bytes`
    : `${b.fixedSize} bytes${b.sizeofC !== b.fixedSize ? ` (sizeof ${b.sizeofC})` : ""}`;
  out.push(`<g class="block" data-block="${esc(b.key)}">`);
  out.push(`<text class="title" x="${margin}" y="${top + 16}" font-size="14" font-weight="bold">${esc(b.name)}</text>`);
  out.push(
    `<text class="title" x="${margin}" y="${top + 34}" fill="#555">${esc(fit(`${kindText[b.kind]}, struct ${b.cStruct}, ${size}, alignment ${b.alignment}`, gutter + rowBytes * cell))}</text>`,
  );
  let y = top + titleH;

  // Fixed part: items with offsets and sizes, padding between them.
  const segments: Segment[] = [];
  let pos = 0;
  let colorIndex = 0;
  const fixedEnd = b.variable ? b.fixedSize : (b.sizeofC ?? b.fixedSize);
  const pad = (start: number, end: number, label: string) =>
    segments.push({ start, end, item: null, color: "url(#pad)", label, tip: `${label}: bytes ${start} to ${end - 1}` });
  for (const item of b.items) {
    if (item.offset === null || item.size === null) break;
    if (item.offset > pos) pad(pos, item.offset, "padding");
    const color = palette[colorIndex++ % palette.length];
    if (item.size > 0)
      segments.push({
        start: item.offset,
        end: item.offset + item.size,
        item,
        color,
        label: item.name,
        tip: tipOf(item),
      });
    pos = item.offset + item.size;
  }
  if (!b.variable && fixedEnd > pos) pad(pos, fixedEnd, "tail padding");
  if (b.variable && b.fixedSize > pos) pad(pos, b.fixedSize, "padding");
  const end = b.variable ? b.fixedSize : fixedEnd;

  if (end === 0 && b.items.every((i) => i.offset !== null)) {
    out.push(`<text x="${x0}" y="${y + 19}" fill="#777">(no data items: an instance is empty)</text>`);
    y += rowH;
  }
  const rows = Math.ceil(end / rowBytes);
  for (let r = 0; r < rows; r++) {
    const rs = r * rowBytes;
    const re = Math.min(rs + rowBytes, end);
    // Fold a run of whole rows held by one segment into one band.
    const seg = segments.find((s) => s.start <= rs && s.end >= rs + rowBytes);
    if (seg) {
      let last = r;
      while ((last + 2) * rowBytes <= seg.end && (last + 1) * rowBytes < end) last++;
      if (last > r) {
        const bytes = (last - r + 1) * rowBytes;
        const label =
          seg.end <= rs + bytes && seg.start >= rs
            ? `${seg.label} (bytes ${seg.start}–${seg.end - 1})`
            : `${seg.label} (bytes ${seg.start}–${seg.end - 1}; ${rs}–${rs + bytes - 1} here)`;
        out.push(`<text x="${margin + gutter - 6}" y="${y + 19}" text-anchor="end" fill="#555">${rs}</text>`);
        out.push(
          `<rect class="span${seg.item ? "" : " pad"}" x="${x0}" y="${y}" width="${rowBytes * cell}" height="${rowH}" fill="${seg.color}" stroke="#333" stroke-width="1" stroke-dasharray="6 3"><title>${esc(seg.tip)}</title></rect>`,
        );
        out.push(`<text x="${x0 + 6}" y="${y + 19}">${esc(fit(label, rowBytes * cell))}</text>`);
        y += rowH;
        r = last;
        continue;
      }
    }
    out.push(`<text x="${margin + gutter - 6}" y="${y + 19}" text-anchor="end" fill="#555">${rs}</text>`);
    for (const s of segments) {
      const a = Math.max(s.start, rs);
      const e = Math.min(s.end, re);
      if (a >= e) continue;
      const x = x0 + (a - rs) * cell;
      const w = (e - a) * cell;
      out.push(
        `<rect class="span${s.item ? "" : " pad"}" x="${x}" y="${y}" width="${w}" height="${rowH}" fill="${s.color}" stroke="#333" stroke-width="1"><title>${esc(s.tip)}</title></rect>`,
      );
      const text = s.item ? (a === s.start ? s.label : `…${s.label}`) : "";
      if (text) out.push(`<text x="${x + 4}" y="${y + 19}">${esc(fit(text, w))}</text>`);
    }
    // Byte ticks.
    for (let k = 1; k < re - rs; k++) {
      const x = x0 + k * cell;
      out.push(`<line x1="${x}" y1="${y + rowH - 5}" x2="${x}" y2="${y + rowH}" stroke="#333" stroke-width="1"/>`);
    }
    y += rowH;
  }

  // Variable part: items whose offsets depend on the values.
  const variableItems = b.items.filter((i) => i.offset === null || i.size === null);
  if (variableItems.length > 0) {
    out.push(
      `<text x="${x0}" y="${y + 17}" fill="#555">variable part from byte ${b.fixedSize} (offsets depend on the values):</text>`,
    );
    y += 24;
    for (const item of variableItems) {
      const color = palette[colorIndex++ % palette.length];
      const count = item.array.kind === "variable" && item.array.sizeIs ? `, ${item.array.sizeIs} elements` : "";
      const label = `${item.name}: ${item.type}${item.element.kind === "string" && item.element.maxLen === null ? " (USHORT count + UTF-16)" : ""}${count}`;
      out.push(
        `<rect class="span variable" x="${x0}" y="${y}" width="${rowBytes * cell}" height="${rowH}" fill="${color}" fill-opacity="0.55" stroke="#333" stroke-width="1" stroke-dasharray="4 3"><title>${esc(tipOf(item))}</title></rect>`,
      );
      out.push(`<text x="${x0 + 6}" y="${y + 19}">${esc(fit(label, rowBytes * cell))}</text>`);
      y += rowH;
    }
  }
  out.push("</g>");
  return y;
}
