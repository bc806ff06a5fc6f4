/**
 * `mofkit layout --format table`: one table per block with offset, size, alignment, type and
 * name of each item, in layout order.
 */
import type { BlockLayout } from "./types.js";

const kindText: Record<BlockLayout["kind"], string> = {
  data: "data block",
  event: "event block",
  embedded: "embedded class",
  abstract: "abstract class",
  "method-in": "method input",
  "method-out": "method output",
};

/** Renders blocks as plain-text tables (no colour; stable for tests and diffs). */
export function renderLayoutTable(blocks: readonly BlockLayout[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    const size = b.variable
      ? `variable size, fixed part ${b.fixedSize} bytes (the variable part starts at ${b.fixedSize})`
      : `${b.fixedSize} byte${b.fixedSize === 1 ? "" : "s"}${b.sizeofC !== b.fixedSize ? ` (sizeof ${b.sizeofC})` : ""}`;
    out.push(`${b.name}  ${kindText[b.kind]}, struct ${b.cStruct}, ${size}, alignment ${b.alignment}`);
    if (b.incomplete) out.push(`  incomplete: ${b.incomplete}`);
    if (b.items.length === 0) {
      out.push("  (no items)", "");
      continue;
    }
    const rows = [["offset", "size", "align", "type", "name"]];
    for (const i of b.items) {
      rows.push([
        i.offset === null ? "+" : String(i.offset),
        i.size === null ? "var" : String(i.size),
        String(i.alignment),
        i.type +
          (i.array.kind === "variable" && i.array.sizeIs ? ` (count: ${i.array.sizeIs})` : "") +
          (i.element.kind === "string" && i.element.maxLen !== null ? ` MaxLen(${i.element.maxLen})` : ""),
        i.name,
      ]);
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    for (const r of rows) {
      const cells = r.map((cell, c) => (c < 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c])));
      out.push(`  ${cells.join("  ")}`.trimEnd());
    }
    if (b.variable) out.push(`  ("+": placed after the variable part, at an offset that depends on the values)`);
    out.push("");
  }
  return out.join("\n");
}
