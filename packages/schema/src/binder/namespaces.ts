/**
 * `#pragma namespace` handling: paths are normalised with the front end's parser (all spellings
 * of mof-language.md §4.2 name the same namespace), compared case-insensitively, and created on
 * first use. A path without a host whose first segment is not `root` is relative to the current
 * namespace, as in the `.mfl` files mofcomp writes (`#pragma namespace("ms_409")`).
 */
import { parseNamespacePath, type PragmaDirective } from "@mofkit/syntax";
import type { Namespace, SchemaModel } from "../model/index.js";
import { NameMap } from "../util/name-map.js";

export const defaultNamespace = "root/default";

export function getNamespace(model: SchemaModel, name: string): Namespace {
  let ns = model.namespaceMap.get(name);
  if (!ns) {
    ns = { name, qualifierTypes: new NameMap(), classes: new NameMap(), classList: [], instances: [] };
    model.namespaceMap.set(name, ns);
    model.namespaces.push(ns);
  }
  return ns;
}

/** The namespace a `#pragma namespace(...)` switches to, or undefined when it is malformed. */
export function namespaceFromPragma(p: PragmaDirective, current: string): string | undefined {
  const arg = p.args?.[0];
  if (p.args?.length !== 1 || arg?.kind !== "String") return undefined;
  const parsed = parseNamespacePath(arg.value);
  if (!parsed.ok) return undefined;
  const raw = arg.value.replace(/\\/g, "/");
  const absolute = parsed.host !== undefined || raw.startsWith("/") || /^root$/i.test(parsed.path.split("/")[0]);
  return absolute ? parsed.path : `${current}/${parsed.path}`;
}
