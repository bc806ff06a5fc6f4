/**
 * Binds the predeclared WMI system classes (builtins/wmi-system-classes.ts) once per process.
 * They live in a namespace of their own that is not part of any model's output and are found
 * from every namespace after the namespace's own classes.
 */
import { SourceFile } from "@mofkit/diagnostics";
import { parseText, type MofDocument } from "@mofkit/syntax";
import { wmiSystemClassesMof, wmiSystemClassesPath } from "../builtins/wmi-system-classes.js";
import type { Namespace, SchemaClass } from "../model/index.js";
import { NameMap } from "../util/name-map.js";
import { bindClass } from "./classes.js";
import { qualifierCatalogue } from "./qualifiers.js";

let cache: NameMap<SchemaClass> | undefined;

export const predeclaredNamespace = "(predeclared)";

export function predeclaredClasses(): NameMap<SchemaClass> {
  if (cache) return cache;
  const text = wmiSystemClassesMof;
  const parsed = parseText(text, { dialect: "wmi" });
  if (parsed.diagnostics.length > 0) {
    throw new Error(`predeclared WMI classes do not parse: ${parsed.diagnostics[0].diagnostic.message}`);
  }
  const file = new SourceFile(wmiSystemClassesPath, text);
  const doc: MofDocument = {
    kind: "Document",
    path: wmiSystemClassesPath,
    text,
    productions: parsed.productions,
    locate: (start, end) => ({ file: file.path, start: file.positionAt(start), end: file.positionAt(end) }),
  };
  const ns: Namespace = {
    name: predeclaredNamespace,
    qualifierTypes: new NameMap(),
    classes: new NameMap(),
    classList: [],
    instances: [],
  };
  const ctx = {
    dialect: "wmi" as const,
    ns,
    flavorDefaults: new NameMap<string[]>(),
    catalogue: qualifierCatalogue("wmi"),
    findClass: (name: string) => ns.classes.get(name),
  };
  for (const p of parsed.productions) {
    if (p.kind !== "Class") continue;
    const cls = bindClass(ctx, p, doc, true);
    ns.classes.set(cls.name, cls);
    ns.classList.push(cls);
  }
  for (const cls of ns.classList) {
    for (const p of cls.localProperties) {
      if ((p.type.kind === "reference" || p.type.kind === "object") && p.type.className)
        p.type.target = ns.classes.get(p.type.className.name);
    }
  }
  cache = ns.classes;
  return cache;
}
