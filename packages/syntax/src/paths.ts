/** Path helpers that accept both `/` and `\` (MOF include paths come from Windows sources). */
export function toSlashes(p: string): string {
  return p.replace(/\\/g, "/");
}

export function dirname(p: string): string {
  const s = toSlashes(p);
  const i = s.lastIndexOf("/");
  if (i < 0) return ".";
  if (i === 0) return "/";
  return s.slice(0, i);
}

export function isAbsolute(p: string): boolean {
  return /^([A-Za-z]:)?[\\/]/.test(p);
}

/** Joins and normalises `.`/`..` segments; keeps a leading `/` or drive. */
export function joinPath(base: string, rel: string): string {
  const r = toSlashes(rel);
  const full = isAbsolute(r) ? r : `${toSlashes(base)}/${r}`;
  const lead = full.startsWith("/") ? "/" : "";
  const out: string[] = [];
  for (const seg of full.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(seg);
  }
  return lead + out.join("/") || ".";
}
