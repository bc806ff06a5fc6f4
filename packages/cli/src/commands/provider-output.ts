/**
 * Output of the provider commands: instance values as text tables (embedded objects flattened to
 * `Outer.Inner` rows, arrays of scalars inline) and as JSON (bigints as decimal strings, keys in
 * the block's item order, which the codec fixes, so the same provider state prints the same bytes).
 */

/** The longest array shown inline in a table; JSON shows all elements. */
const maxInlineElements = 16;

/** 100 ns intervals between 1601-01-01 (FILETIME) and 1970-01-01. */
const epochDiff100ns = 116444736000000000n;

/** `value` with bigints as decimal strings and typed arrays as arrays, ready for JSON.stringify. */
export function toJsonValue(value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (ArrayBuffer.isView(value) && !(value instanceof DataView))
    return Array.from(value as unknown as ArrayLike<unknown>, toJsonValue);
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  return value;
}

/** One JSON document, indented, with a final newline. */
export function jsonDocument(doc: unknown): string {
  return `${JSON.stringify(toJsonValue(doc), null, 2)}\n`;
}

/** A compact single-line JSON value (for `--format jsonl`). */
export function jsonLine(doc: unknown): string {
  return `${JSON.stringify(toJsonValue(doc))}\n`;
}

/** A scalar or an array of scalars as a table cell: strings quoted, so empty and padded ones show. */
export function formatValue(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint" || typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === undefined) return "";
  if (value === null) return "null";
  if (isList(value)) {
    const all = Array.from(value as ArrayLike<unknown>);
    const shown = all.slice(0, maxInlineElements).map(formatValue);
    const more = all.length > maxInlineElements ? `, … ${all.length - maxInlineElements} more` : "";
    return `[${shown.join(", ")}${more}]`;
  }
  return `{${Object.entries(value as object)
    .map(([k, v]) => `${k}: ${formatValue(v)}`)
    .join(", ")}}`;
}

/**
 * The rows of a value: one per data item, embedded objects flattened (`Origin.X`), arrays of
 * embedded objects by element (`Parts[1].B`), arrays of scalars in one cell.
 */
export function valueRows(value: unknown, prefix = ""): [name: string, cell: string][] {
  if (value !== null && typeof value === "object" && !isList(value)) {
    const rows: [string, string][] = [];
    for (const [k, v] of Object.entries(value)) rows.push(...valueRows(v, prefix ? `${prefix}.${k}` : k));
    return rows;
  }
  if (isList(value)) {
    const all = Array.from(value as ArrayLike<unknown>);
    if (all.length > 0 && all.every((x) => x !== null && typeof x === "object" && !isList(x)))
      return all.flatMap((x, i) => valueRows(x, `${prefix}[${i}]`));
  }
  return [[prefix, formatValue(value)]];
}

/** Rows of several values side by side: the union of their row names, in first-seen order. */
export function mergeRows(values: readonly unknown[]): { names: string[]; cells: Map<string, string>[] } {
  const names: string[] = [];
  const seen = new Set<string>();
  const cells = values.map((v) => {
    const m = new Map<string, string>();
    for (const [name, cell] of valueRows(v)) {
      if (!seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
      m.set(name, cell);
    }
    return m;
  });
  return { names, cells };
}

/** Columns padded to their widest cell, two spaces apart; no trailing blanks. */
export function renderTable(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => `${r.map((c, i) => c.padEnd(widths[i])).join("  ")}`.trimEnd() + "\n").join("");
}

/** A FILETIME (100 ns since 1601) as an ISO time, or the number when it is out of range. */
export function filetimeToIso(t: bigint): string {
  const ms = Number((t - epochDiff100ns) / 10000n);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? t.toString() : d.toISOString();
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
}

function isList(v: unknown): boolean {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}
