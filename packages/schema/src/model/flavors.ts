/**
 * Qualifier flavors (DSP0004 "Qualifier flavors"; Microsoft "Qualifier Flavors"): whether a
 * qualifier may be overridden, whether it propagates to subclasses (and, in WMI, to instances),
 * and whether it is translatable (Microsoft: amended).
 */
export interface Flavors {
  /** EnableOverride (true) or DisableOverride (false). */
  overridable: boolean;
  /** ToSubclass (true) or Restricted / NotToSubclass (false). */
  toSubclass: boolean;
  /** Microsoft ToInstance: class qualifiers are copied onto instances. */
  toInstance: boolean;
  /** DMTF Translatable. */
  translatable: boolean;
  /** Microsoft Amended: the qualifier is localized and moves to the .mfl when splitting. */
  amended: boolean;
}

/** DSP0004 defaults when a declaration says nothing: EnableOverride, ToSubclass, not Translatable. */
export const dmtfDefaultFlavors: Readonly<Flavors> = Object.freeze({
  overridable: true,
  toSubclass: true,
  toInstance: false,
  translatable: false,
  amended: false,
});

/**
 * WMI defaults when nothing is written: the qualifier stays where it is written (neither
 * ToSubclass nor ToInstance) and may be overridden (mof-language.md §4.6).
 */
export const wmiDefaultFlavors: Readonly<Flavors> = Object.freeze({
  overridable: true,
  toSubclass: false,
  toInstance: false,
  translatable: false,
  amended: false,
});

/** Every flavor keyword, lower-cased, with the facet it sets. */
export const flavorKeywords = [
  "enableoverride",
  "disableoverride",
  "tosubclass",
  "restricted",
  "translatable",
  "toinstance",
  "nottoinstance",
  "nottosubclass",
  "amended",
] as const;

/** Applies flavor keywords (any case) in order on top of `base`; unknown keywords are ignored. */
export function applyFlavors(base: Readonly<Flavors>, keywords: readonly string[]): Flavors {
  const f: Flavors = { ...base };
  for (const k of keywords) {
    switch (k.toLowerCase()) {
      case "enableoverride":
        f.overridable = true;
        break;
      case "disableoverride":
        f.overridable = false;
        break;
      case "tosubclass":
        f.toSubclass = true;
        break;
      case "nottosubclass":
        f.toSubclass = false;
        break;
      case "restricted":
        f.toSubclass = false;
        f.toInstance = false;
        break;
      case "toinstance":
        f.toInstance = true;
        break;
      case "nottoinstance":
        f.toInstance = false;
        break;
      case "translatable":
        f.translatable = true;
        break;
      case "amended":
        f.amended = true;
        break;
    }
  }
  return f;
}

/** The effective flavors as keywords, in a fixed order (for the model JSON and messages). */
export function flavorNames(f: Readonly<Flavors>): string[] {
  const out = [f.overridable ? "EnableOverride" : "DisableOverride", f.toSubclass ? "ToSubclass" : "Restricted"];
  if (f.toInstance) out.push("ToInstance");
  if (f.translatable) out.push("Translatable");
  if (f.amended) out.push("Amended");
  return out;
}

export function sameFlavors(a: Readonly<Flavors>, b: Readonly<Flavors>): boolean {
  return (
    a.overridable === b.overridable &&
    a.toSubclass === b.toSubclass &&
    a.toInstance === b.toInstance &&
    a.translatable === b.translatable &&
    a.amended === b.amended
  );
}
