/**
 * Qualifier types (declarations) and qualifier values on elements, with their effective flavors.
 */
import type {
  Identifier,
  MofDocument,
  PrimitiveTypeName,
  Qualifier as QualifierNode,
  QualifierDeclaration,
  Value,
} from "@mofkit/syntax";
import type { Flavors } from "./flavors.js";

/** What a qualifier can be attached to (DSP0004 scopes, plus `instance` for WMI instance qualifiers). */
export type ElementKind =
  "class" | "association" | "indication" | "property" | "reference" | "method" | "parameter" | "instance";

/** The scope keywords of a qualifier declaration (lower case). `qualifier` and `schema` are historic. */
export type ScopeKind = ElementKind | "any" | "qualifier" | "schema";

/**
 * A qualifier type: a `Qualifier Name : type = default, Scope(...), Flavor(...);` declaration
 * from the input, or an entry of a built-in catalogue (builtins/).
 */
export interface QualifierType {
  name: string;
  type: PrimitiveTypeName;
  array: boolean;
  /** Fixed array size from the declaration, if any. */
  arraySize?: number;
  /** The declaration's default (undefined: NULL, written as `= null` or not at all). */
  defaultValue: Value | undefined;
  /** Whether the declaration writes `= value` at all (`= null` included). */
  hasDefault: boolean;
  /** Lower-case scope keywords; `any` covers everything. */
  scopes: ReadonlySet<ScopeKind>;
  /** Flavors of the declaration (defaults filled in). */
  flavors: Flavors;
  /** Where it came from: the input, or a built-in catalogue. */
  origin: "declared" | "dmtf-catalogue" | "wmi-catalogue";
  /** Other types a catalogue entry tolerates (WMI `Locale` is a string or an integer). */
  alternatives?: ReadonlyArray<{ type: PrimitiveTypeName; array: boolean }>;
  /** The declaration, for spans (absent for catalogue entries). */
  node?: QualifierDeclaration;
  doc?: MofDocument;
}

/**
 * A qualifier on an element. Local qualifiers are written on the element; propagated ones are
 * copies of an ancestor's qualifier (ToSubclass), sharing the ancestor's source node.
 */
export interface Qualifier {
  /** Spelling as written where the qualifier originates. */
  name: string;
  /** Case-folded name. */
  key: string;
  /** The value as written; undefined when only the name was written. */
  written: Value | undefined;
  /**
   * The effective value: the written one; else true for a boolean; else the declaration's
   * default. Undefined means NULL.
   */
  value: Value | undefined;
  flavors: Flavors;
  /** True when the qualifier was copied from an ancestor and not written here. */
  propagated: boolean;
  /**
   * The type it was checked against: the input's declaration, a catalogue entry (`wmi` dialect),
   * or undefined (an undeclared qualifier; its type is inferred from the literal).
   */
  type: QualifierType | undefined;
  /** The qualifier as written (at the origin element for propagated qualifiers). */
  node: QualifierNode;
  doc: MofDocument;
}

/**
 * Effective qualifiers of an element, by case-folded name. Most elements carry a handful of
 * qualifiers, so the set is an array searched linearly, with a map built only for large sets.
 */
export class QualifierSet {
  private readonly list: readonly Qualifier[];
  private map: Map<string, Qualifier> | undefined;
  private propagatedView: QualifierSet | undefined;
  /** True when every entry is propagated and ToSubclass (then propagating again is the identity). */
  private readonly stable: boolean;

  static readonly empty = new QualifierSet([]);

  constructor(list: readonly Qualifier[]) {
    let unique = list;
    for (let i = 1; i < list.length && unique === list; i++) {
      for (let j = 0; j < i; j++) {
        if (list[j].key === list[i].key) {
          unique = dedupe(list); // the first wins; duplicates are reported by a rule
          break;
        }
      }
    }
    this.list = unique;
    let stable = true;
    for (const q of unique) if (!q.propagated || !q.flavors.toSubclass) stable = false;
    this.stable = stable;
  }

  get size(): number {
    return this.list.length;
  }
  /** Looks up a case-folded name. */
  getKey(key: string): Qualifier | undefined {
    const list = this.list;
    if (list.length > 12) {
      if (!this.map) {
        this.map = new Map();
        for (const q of list) this.map.set(q.key, q);
      }
      return this.map.get(key);
    }
    for (let i = 0; i < list.length; i++) if (list[i].key === key) return list[i];
    return undefined;
  }
  get(name: string): Qualifier | undefined {
    return this.list.length === 0 ? undefined : this.getKey(name.toLowerCase());
  }
  has(name: string): boolean {
    return this.get(name) !== undefined;
  }
  values(): IterableIterator<Qualifier> {
    return this.list.values();
  }
  /** True when the qualifier is present with a boolean value of true (a bare `[Key]` is true). */
  isTrue(name: string): boolean {
    const v = this.get(name)?.value;
    return v !== undefined && v.kind === "Boolean" && v.value;
  }
  /** The string value of a scalar string qualifier, if present. */
  stringValue(name: string): string | undefined {
    const v = this.get(name)?.value;
    return v?.kind === "String" ? v.value : undefined;
  }

  /**
   * The qualifiers a subclass (or inheriting feature) receives: the ToSubclass ones, marked
   * propagated. Cached, so a chain of unchanged inheritance shares one set.
   */
  propagate(): QualifierSet {
    if (this.stable) return this;
    if (this.propagatedView) return this.propagatedView;
    const list: Qualifier[] = [];
    for (const q of this.list) {
      if (!q.flavors.toSubclass) continue;
      list.push(q.propagated ? q : { ...q, propagated: true });
    }
    this.propagatedView = list.length === 0 ? QualifierSet.empty : new QualifierSet(list);
    return this.propagatedView;
  }

  /** Local qualifiers first, then the inherited ones not given locally. */
  static merge(local: readonly Qualifier[], inherited: QualifierSet): QualifierSet {
    if (local.length === 0) return inherited;
    if (inherited.size === 0) return new QualifierSet(local);
    const list = local.slice();
    for (const q of inherited.list) {
      let found = false;
      for (let i = 0; i < local.length; i++) {
        if (local[i].key === q.key) {
          found = true;
          break;
        }
      }
      if (!found) list.push(q);
    }
    return new QualifierSet(list);
  }
}

function dedupe(list: readonly Qualifier[]): Qualifier[] {
  const seen = new Set<string>();
  return list.filter((q) => (seen.has(q.key) ? false : (seen.add(q.key), true)));
}
