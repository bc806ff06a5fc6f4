/**
 * Namespace paths from `#pragma namespace`: `\\.\root\wmi`, `\\server\root\wmi`, `root\wmi`,
 * `root/wmi` and `//./root/wmi` all name `root/wmi` (the host is kept only for messages).
 */
export type NamespacePath = { ok: true; path: string; host: string | undefined } | { ok: false; reason: string };

const segment = /^[A-Za-z_\u0080-\uFFEF][A-Za-z0-9_.\u0080-\uFFEF-]*$/;

export function parseNamespacePath(raw: string): NamespacePath {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(raw)) return { ok: false, reason: "a URL is not a namespace path" };
  let s = raw.replace(/\\/g, "/");
  let host: string | undefined;
  if (s.startsWith("//")) {
    const rest = s.slice(2);
    const slash = rest.indexOf("/");
    if (slash <= 0) return { ok: false, reason: "a host prefix must be followed by a namespace" };
    host = rest.slice(0, slash);
    s = rest.slice(slash + 1);
  }
  if (s.startsWith("/")) s = s.slice(1);
  if (s.endsWith("/")) s = s.slice(0, -1);
  if (s.length === 0) return { ok: false, reason: "the namespace is empty" };
  for (const seg of s.split("/")) {
    if (seg.length === 0) return { ok: false, reason: "it contains an empty segment" };
    if (!segment.test(seg)) return { ok: false, reason: `segment '${seg}' is not a name` };
  }
  return { ok: true, path: s, host };
}
