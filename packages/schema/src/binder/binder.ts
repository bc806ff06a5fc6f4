/**
 * The binder turns the parsed program into the schema model, reading productions in textual
 * order (mof-language.md §1): directives take effect for what follows, a superclass must be
 * declared before its subclasses (edge case 78), qualifier declarations before their uses.
 * References to classes (`X ref`, embedded `X`) are resolved after the whole compilation,
 * as are aliases (forward references are allowed; see values/aliases.ts).
 *
 * The binder reports nothing: it records what it found (unresolved names, redeclarations) in the
 * model, and the rules in ../rules turn those records into diagnostics.
 */
import type * as A from "@mofkit/syntax";
import type { Dialect, Program } from "@mofkit/syntax";
import { findClass, type Instance, type Namespace, type SchemaClass, type SchemaModel } from "../model/index.js";
import { NameMap } from "../util/name-map.js";
import { bindClass, type ClassContext } from "./classes.js";
import { bindEmbeddedValues, bindInstance, type InstanceContext } from "./instances.js";
import { defaultNamespace, getNamespace, namespaceFromPragma } from "./namespaces.js";
import { declarationToType, qualifierCatalogue } from "./qualifiers.js";
import { predeclaredClasses } from "./predeclared.js";
import { walkRoots } from "./walk.js";

export function createModel(dialect: Dialect): SchemaModel {
  return {
    dialect,
    namespaces: [],
    namespaceMap: new NameMap(),
    aliases: new NameMap(),
    aliasRedefinitions: [],
    qualifierRedeclarations: [],
    classRedeclarations: [],
    embeddedInstances: [],
    embeddedByNode: new Map(),
    builtinClasses: dialect === "wmi" ? predeclaredClasses() : new NameMap(),
  };
}

export function bindProgram(program: Program): SchemaModel {
  const model = createModel(program.options.dialect);
  const binder = new Binder(model);
  walkRoots(program, binder);
  resolveClassReferences(model);
  return model;
}

class Binder implements ClassContext, InstanceContext {
  readonly dialect: Dialect;
  readonly catalogue;
  ns!: Namespace;
  flavorDefaults = new NameMap<string[]>();

  constructor(readonly model: SchemaModel) {
    this.dialect = model.dialect;
    this.catalogue = qualifierCatalogue(model.dialect);
  }

  findClass(name: string): SchemaClass | undefined {
    return findClass(this.model, this.ns, name);
  }

  defineAlias(alias: A.Alias, target: Instance | SchemaClass, doc: A.MofDocument): void {
    const def = { name: alias.name, target, doc, span: alias.span };
    const first = this.model.aliases.get(alias.name);
    if (first) this.model.aliasRedefinitions.push({ first, second: def });
    else this.model.aliases.set(alias.name, def);
  }

  enterRoot(): void {
    this.ns = getNamespace(this.model, defaultNamespace);
    this.flavorDefaults = new NameMap();
  }

  production(p: A.Production, doc: A.MofDocument): void {
    switch (p.kind) {
      case "Pragma":
        if (p.name.name.toLowerCase() === "namespace") {
          const name = namespaceFromPragma(p, this.ns.name);
          if (name !== undefined) this.ns = getNamespace(this.model, name);
        }
        break;
      case "QualifierDeclaration": {
        if (p.name.name === "") break;
        const t = declarationToType(p, doc);
        const first = this.ns.qualifierTypes.get(t.name);
        if (first) this.model.qualifierRedeclarations.push({ first, second: t });
        else this.ns.qualifierTypes.set(t.name, t);
        break;
      }
      case "QualifierFlavorDefault":
        this.flavorDefaults.set(
          p.name.name,
          p.flavors.map((f) => f.name),
        );
        break;
      case "Class":
        if (p.name.name !== "") this.declareClass(p, doc);
        break;
      case "Instance":
        if (p.className.name !== "") this.ns.instances.push(bindInstance(this, p, doc, false));
        break;
      case "Include":
        break;
    }
  }

  private declareClass(p: A.ClassDeclaration, doc: A.MofDocument): void {
    const cls = bindClass(this, p, doc);
    this.ns.classList.push(cls);
    const first = this.ns.classes.get(cls.name);
    if (first) {
      this.model.classRedeclarations.push({ first, second: cls });
      // mofcomp updates the class; DSP0004 rejects the second declaration (and keeps the first).
      if (this.dialect === "wmi") {
        first.replacedBy = cls;
        this.ns.classes.delete(cls.name);
        this.ns.classes.set(cls.name, cls);
      }
    } else {
      this.ns.classes.set(cls.name, cls);
    }
    if (p.alias) this.defineAlias(p.alias, cls, doc);
    for (const f of p.features) {
      if (f.kind === "Property" && f.defaultValue) bindEmbeddedValues(this, f.defaultValue, doc);
    }
  }
}

/** Resolves `X ref` and embedded-object class names, which may name classes declared later. */
export function resolveClassReferences(model: SchemaModel): void {
  for (const ns of model.namespaces) {
    for (const cls of ns.classList) {
      for (const p of cls.localProperties) {
        if ((p.type.kind === "reference" || p.type.kind === "object") && p.type.className) {
          p.type.target = findClass(model, ns, p.type.className.name);
        }
      }
      for (const m of cls.localMethods) {
        const types = [m.returnType, ...m.parameters.map((x) => x.type)];
        for (const t of types) {
          if ((t.kind === "reference" || t.kind === "object") && t.className)
            t.target = findClass(model, ns, t.className.name);
        }
      }
    }
  }
}
