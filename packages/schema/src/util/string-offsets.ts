/**
 * Maps positions in a decoded string value back to the MOF source: a string value is one or
 * more quoted literals with escapes, so decoded character i sits at some raw offset. Used to
 * point at an error inside a string (an embedded instance written as MOF text).
 */
export function decodedToRawOffsets(raw: string): number[] {
  const map: number[] = [];
  let i = 0;
  let inside = false;
  while (i < raw.length) {
    const ch = raw[i];
    if (!inside) {
      if (ch === '"') inside = true;
      i++;
      continue;
    }
    if (ch === '"') {
      inside = false;
      i++;
      continue;
    }
    map.push(i);
    if (ch === "\\") {
      const next = raw[i + 1];
      if (next === "x" || next === "X") {
        let j = i + 2;
        while (j < raw.length && j < i + 6 && /[0-9a-fA-F]/.test(raw[j])) j++;
        i = j;
      } else i += 2;
    } else i++;
  }
  map.push(i);
  return map;
}
