import { msg } from "./message.js";
import { def } from "./registry-syntax.js";

/**
 * MOF2xxx: schema semantics, reported by the checker rules in packages/schema/src/rules
 * (one rule per file). 20xx qualifiers, 21xx classes and features, 22xx values, 23xx instances
 * and aliases, 24xx methods and parameters. Where a rule is softer in the `wmi` dialect the
 * rule passes a warning severity; the registry holds the `dmtf` (strict) severity.
 */
export const schemaDiagnostics = {
  // --- qualifiers -------------------------------------------------------------------------------
  undeclaredQualifier: def(
    2001, "error", msg`qualifier '${"name"}' is not declared in namespace '${"namespace"}'`,
    "In the `dmtf` dialect every qualifier must have a qualifier declaration (the CIM schema's `qualifiers.mof`) compiled into the same namespace before it is used. The `wmi` dialect needs no declarations.",
    '[Ex_VendorHint("fast")] class Ex_U { };  // with --dialect dmtf', "DSP0004 2.x, Qualifiers (qualifier types must be declared); mof-language.md §4.3"),
  qualifierValueType: def(
    2002, "error", msg`qualifier '${"name"}' is ${"expected"} but its value is ${"found"}`,
    "A qualifier value must match the qualifier's type: the declared type in the `dmtf` dialect, the built-in catalogue in the `wmi` dialect (there a warning, because mofcomp infers the type from the literal).",
    'Qualifier Static : boolean = false, Scope(property, method);\nclass Ex_B { [Static("True")] uint32 M(); };', "DSP0004 2.x, Qualifier value (type of the value); OpenPegasus badQualifierDef1"),
  qualifierScope: def(
    2003, "error", msg`qualifier '${"name"}' cannot be used on ${"element"}: its scope is ${"scope"}`,
    "A qualifier may only appear on the kinds of element its declaration's `Scope(...)` lists. `class` does not cover associations or indications and `property` does not cover references. The `wmi` dialect checks the built-in catalogue and warns.",
    "Qualifier Ex_ClassOnly : boolean = false, Scope(class);\n[Association, Ex_ClassOnly] class Ex_Assoc { [Key] Ex_A ref L; [Key] Ex_B ref R; };", "DSP0004 2.x, Qualifier scope; pywbemtools issue #788"),
  duplicateQualifier: def(
    2004, "error", msg`qualifier '${"name"}' is given more than once on ${"element"}`,
    "A qualifier appears at most once in a qualifier list; names compare case-insensitively.",
    "class Ex_D { [Key, KEY] string A; };", "DSP0004 2.x, Qualifiers (one value per qualifier and element)"),
  conflictingFlavors: def(
    2005, "error", msg`flavors ${"first"} and ${"second"} contradict each other`,
    "A flavor list may not combine `EnableOverride` with `DisableOverride`, or `ToSubclass` with `Restricted` (or the Microsoft `NotToSubclass`), or `ToInstance` with `NotToInstance`.",
    "Qualifier Ex_Q : boolean = false, Scope(class), Flavor(Restricted, ToSubclass);", "DSP0004 2.x, Qualifier flavors"),
  disableOverrideChanged: def(
    2006, "error", msg`qualifier '${"name"}' cannot be changed here: it is DisableOverride, inherited from ${"origin"} with value ${"inherited"}`,
    "A qualifier whose effective flavor is `DisableOverride` keeps the value it propagates with; a subclass (or overriding feature) may repeat it only with the same value.",
    "class Ex_Base { [Key] string Id; };\nclass Ex_Sub : Ex_Base { [Key(false), Override(\"Id\")] string Id; };", "DSP0004 2.x, Qualifier flavors (DisableOverride)"),
  qualifierNeedsValue: def(
    2007, "error", msg`qualifier '${"name"}' of type ${"type"} needs a value: its declaration has no default`,
    "Only a boolean qualifier may be written without a value (it then means true). A qualifier of another type without a value takes its declaration's default; when the declaration has none, the use is an error (OMI rejects it as 'missing initializer').",
    "Qualifier Ex_S : string, Scope(any);\nclass Ex_X { [Ex_S] string P; };", "DSP0004 2.x, Qualifier value; mof-language.md §4.4"),
  flavorOnUse: def(
    2008, "warning", msg`a flavor on a qualifier use is deprecated in DSP0004; flavors belong in the qualifier declaration`,
    "DSP0004 deprecates flavors written on a qualifier use (they define an implicit qualifier type). mofcomp relies on them, so the `wmi` dialect does not warn.",
    'class Ex_F { [Description("d") : ToSubclass Translatable, Key] string A; };  // with --dialect dmtf', "DSP0004 2.x, Qualifier flavors (deprecated on use); mof-language.md §3.6"),
  flavorWeakensDeclaration: def(
    2009, "error", msg`flavor ${"flavor"} on '${"name"}' contradicts its declaration, which says ${"declared"}`,
    "A flavor on a use may not relax the declaration: `EnableOverride` on a qualifier declared `DisableOverride` is an error.",
    "class Ex_K { [Key : EnableOverride] string Id; };  // Key is DisableOverride", "DSP0004 2.x, Qualifier flavors"),
  conflictingQualifierDeclaration: def(
    2010, "error", msg`qualifier '${"name"}' is declared again with a different ${"what"} (${"detail"})`,
    "A qualifier type may be declared again in a namespace only with the same type, array-ness, scopes and flavors.",
    "Qualifier Ex_Q : boolean = false, Scope(class);\nQualifier Ex_Q : string, Scope(class);", "DSP0004 2.x, Qualifier declarations"),
  valueMapValuesLength: def(
    2011, "warning", msg`ValueMap has ${"mapCount"} entries but Values has ${"valuesCount"}; the lists are read pairwise`,
    "`Values` names the entries of `ValueMap` one for one, so both lists should be equally long. A forgotten comma inside `Values{...}` is the usual cause.",
    'class Ex_Vm2 { [ValueMap{"1","2","3"}, Values{"One","Two"}] uint8 V; };', "DSP0004 2.x, ValueMap and Values qualifiers"),
  valueMapEntryNotInteger: def(
    2012, "warning", msg`ValueMap entry "${"entry"}" on the ${"type"} ${"element"} '${"name"}' is neither an integer nor a range`,
    "On an integer property every ValueMap entry is an integer literal in any MOF radix (`\"0x8000\"`) or a range (`\"a..b\"`, `\"a..\"`, `\"..b\"`, `\"..\"`). Microsoft-exported MOF sometimes swaps Values and ValueMap, which this catches.",
    'class Ex_Vm3 { [Values{"0","1"}, ValueMap{"Low","High"}] uint8 Level; };', "DSP0004 2.x, ValueMap qualifier; mof-language.md §9 QUA011"),
  valueMapEntryOutOfRange: def(
    2013, "error", msg`ValueMap entry "${"entry"}" is outside the range of ${"type"}`,
    "An integer ValueMap entry (or a range bound) must fit the property's type.",
    'class Ex_Vm { [ValueMap{"70000"}] uint16 State; };', "DSP0004 2.x, ValueMap qualifier"),

  // --- classes and features ---------------------------------------------------------------------
  duplicateClass: def(
    2101, "error", msg`class '${"name"}' is already declared in namespace '${"namespace"}'${"detail"}`,
    "Class names are unique per namespace, compared case-insensitively. mofcomp updates an existing class instead, so in the `wmi` dialect this is a warning and the later declaration replaces the earlier one.",
    "class Ex_Dup { uint32 A; };\nclass ex_dup { string B; };", "DSP0004 2.x, Class names (unique in a namespace); mof-language.md §4.1"),
  superclassNotFound: def(
    2102, "error", msg`superclass '${"name"}' of '${"className"}' is not declared${"detail"}`,
    "A superclass must be declared, in the same namespace, before the class that derives from it (productions are read in order). In the `wmi` dialect the WMI system classes (`__ExtrinsicEvent`, `WMIEvent`, ...) are predeclared.",
    "class Ex_Late : Ex_Early { };\nclass Ex_Early { };", "DSP0004 2.x, Class declarations (superclass); pywbem test_missing_superclass"),
  duplicateFeature: def(
    2103, "error", msg`${"what"} '${"name"}' is declared more than once in ${"owner"}${"detail"}`,
    "Properties (and references) share one name space per class, methods another, and parameters one per method; names compare case-insensitively. There is no method overloading. mofcomp tolerates one `[in]` and one `[out]` parameter of the same name, so the `wmi` dialect only warns about that.",
    "class Ex_Dp { uint32 Size; string SIZE; };", "DSP0004 2.x, Properties and methods (unique names); mof-language.md §4.1"),
  propertyMethodSameName: def(
    2104, "warning", msg`'${"name"}' names both a property and a method of '${"className"}'`,
    "Properties and methods live in separate tables, so this is legal, but generated code (C structures, TypeScript classes) cannot hold both names.",
    "class Ex_Pm { uint32 Reset; uint32 Reset(); };", "mof-language.md §4.1 (pywbem and OMI keep separate tables)"),
  overrideMissing: def(
    2105, "error", msg`${"what"} '${"name"}' redeclares the one inherited from '${"origin"}' without an Override qualifier`,
    "In DSP0004 a subclass feature with the name of an inherited feature must say `Override(\"Name\")`. mofcomp treats any redeclaration as an override, so the `wmi` dialect does not report this.",
    "class Ex_A1 { [Key] string Id; uint32 Size; };\nclass Ex_A2 : Ex_A1 { [Description(\"bytes\")] uint32 Size; };", "DSP0004 2.x, Override qualifier; pywbem resolver"),
  overrideChangesType: def(
    2106, "error", msg`${"what"} '${"name"}' overrides the one in '${"origin"}' but changes its ${"aspect"} from ${"from"} to ${"to"}`,
    "An overriding property keeps the type and array-ness of the overridden one (a reference may narrow its class to a subclass); an overriding method keeps its return type and parameters.",
    "class Ex_A1 { [Key] string Id; uint32 Size; };\nclass Ex_A3 : Ex_A1 { [Override(\"Size\")] uint64 Size; };", "DSP0004 2.x, Override qualifier (the overriding element keeps its signature)"),
  overrideTargetNotFound: def(
    2107, "error", msg`Override("${"target"}") names no ${"what"} that '${"className"}' inherits`,
    "The `Override` qualifier names an inherited feature; a name that no superclass declares is a mistake (often a typo or a missing superclass).",
    "class Ex_A { uint32 Size; };\nclass Ex_B : Ex_A { [Override(\"Sise\")] uint32 Sise; };", "DSP0004 2.x, Override qualifier"),
  referenceOutsideAssociation: def(
    2108, "error", msg`reference '${"name"}' is declared in '${"className"}', which is not an association`,
    "DSP0004 2.x allows reference properties only in association classes. mofcomp allows them in any class, so the `wmi` dialect does not report this.",
    "class Ex_Disk { [key] string Drive; };\nclass Ex_DiskLink { [key] string Name; Ex_Disk ref Target; };", "DSP0004 2.x, Associations (references only in associations)"),
  associationTooFewReferences: def(
    2109, "error", msg`association '${"name"}' has ${"count"} reference${"plural"}; an association needs at least two`,
    "An association relates at least two objects, so it needs at least two references (counting inherited ones). WMI supports only associations with exactly two.",
    "[Association] class Ex_Lonely { [Key] Ex_Disk ref Only; };", "DSP0004 2.x, Associations; Microsoft 'Declaring an Association Class'"),
  associationFromNonAssociation: def(
    2110, "error", msg`association '${"name"}' derives from '${"superName"}', which is not an association`,
    "The superclass of an association must itself be an association. The `wmi` dialect warns.",
    "class Ex_Plain { };\n[Association] class Ex_Rel : Ex_Plain { [Key] Ex_Disk ref A; [Key] Ex_Disk ref B; };", "DSP0004 2.x, Associations; pywbem resolver"),
  subclassOfTerminal: def(
    2111, "error", msg`'${"name"}' cannot derive from '${"superName"}': it is Terminal`,
    "A class qualified `Terminal` may have no subclasses.",
    "[Terminal] class Ex_Final { };\nclass Ex_More : Ex_Final { };", "DSP0004 2.x, Terminal qualifier"),
  abstractAndTerminal: def(
    2112, "error", msg`'${"name"}' is both Abstract and Terminal, so it can never have an instance`,
    "An abstract class exists to be subclassed and a terminal class cannot be; together they describe nothing.",
    "[Abstract, Terminal] class Ex_Odd { };", "DSP0004 2.x, Abstract and Terminal qualifiers"),
  newKeyInSubclass: def(
    2113, "error", msg`key '${"name"}' is new in '${"className"}', but '${"ancestor"}' already defines the keys of this hierarchy`,
    "Only a class whose ancestors are all keyless may introduce key properties; below that, subclasses inherit the keys and cannot add more (the CIM key rule, also stated on Microsoft's Key qualifier page).",
    "class Ex_A1 { [Key] string Id; };\nclass Ex_A4 : Ex_A1 { [Key] string Second; };", "DSP0004 2.x, Key qualifier (keys of subclasses); Microsoft 'Key qualifier'"),
  forbiddenKeyType: def(
    2114, "error", msg`key '${"name"}' is ${"kind"}; keys cannot be arrays, reals or embedded objects`,
    "Key values form the object path, so a key must be a scalar of an integer, string, char16, boolean or datetime type, or a reference.",
    "class Ex_K1 { [Key] real64 R; };", "DSP0004 2.x, Key qualifier; Microsoft 'Key qualifier'"),
  classNotFound: def(
    2115, "error", msg`class '${"name"}'${"use"} is not declared${"hint"}`,
    "A class named as a reference target, an embedded-object type, an `EmbeddedInstance(\"X\")` value or a method return type must exist in the namespace (or, in the `wmi` dialect, be a predeclared system class).",
    "class Ex_Doc { byte Status[16]; };", "DSP0004 2.x, References and embedded objects; mof-language.md §4.12"),
  systemClassDefined: def(
    2116, "error", msg`'${"name"}' is reserved: class names beginning with '__' belong to WMI system classes`,
    "WMI reserves names starting with two underscores for its system classes; a MOF file may derive from or instantiate them but not define one.",
    "class __Ex_Private { };", "Microsoft 'WMI System Classes'; mof-language.md §2.4"),
  nonSchemaClassName: def(
    2117, "warning", msg`class name '${"name"}' has no schema prefix; DSP0004 names classes 'Schema_Name'`,
    "A DMTF class name is a schema name, an underscore and the class's own name (`CIM_Disk`, `Ex_Widget`). The `wmi` dialect allows any name.",
    "class Widget { };  // with --dialect dmtf", "DSP0004 2.x, Class names (schema prefix)"),
  keyWithDefault: def(
    2118, "warning", msg`key '${"name"}' has a default value; a key identifies one instance and should be set by each instance`,
    "A default on a key gives every instance that omits the key the same identity.",
    "class Ex_Si { [key] string S = \"x\"; };", "Microsoft 'Key qualifier'; mof-language.md §4.8"),
  singletonWithKeys: def(
    2119, "error", msg`singleton class '${"name"}' has key '${"key"}'; a Singleton class has exactly one instance and no keys`,
    "WMI's `Singleton` qualifier marks a class with a single instance addressed as `Class=@`; such a class declares no keys.",
    "[Singleton] class Ex_One { [key] string Id; };", "Microsoft 'Standard WMI Qualifiers' (Singleton)"),
  associationAndIndication: def(
    2120, "error", msg`'${"name"}' is marked both Association and Indication`,
    "A class is an ordinary class, an association or an indication; the two meta qualifiers exclude each other.",
    "[Association, Indication] class Ex_Both { };", "DSP0004 2.x, Meta qualifiers"),
  inheritedKeyChanged: def(
    2121, "error", msg`'${"name"}' is a key in '${"origin"}'; a subclass cannot make it a non-key`,
    "Subclasses keep the keys of their superclass. (In the `dmtf` dialect `Key` is DisableOverride, so MOF2006 reports the same mistake.)",
    "class Ex_Base { [Key] string Id; };\nclass Ex_Sub : Ex_Base { [Key(false)] string Id; };", "DSP0004 2.x, Key qualifier; Microsoft 'Key qualifier'"),

  // --- values -----------------------------------------------------------------------------------
  valueTypeMismatch: def(
    2201, "error", msg`${"what"} is ${"expected"} and cannot hold ${"found"}`,
    "A literal must suit the type it initialises: integers for integer types, integers or reals for reals, a string for string and datetime, a char literal for char16, true/false for boolean, an alias or object path for a reference, an instance of the right class for an embedded object. The `wmi` dialect also takes an integer code point for char16, rounds reals into integers (MOF2208) and turns integers into strings (MOF2209).",
    'class Ex_Sb { boolean B = "true"; };', "DSP0004 2.x, Initializers (type compatibility); mof-language.md §4.10"),
  integerOutOfRange: def(
    2202, "error", msg`${"value"} is outside the range of ${"type"} (${"min"} to ${"max"})`,
    "Integer values are checked against the width and signedness of their type; a negative value never fits an unsigned type.",
    "class Ex_N { uint8 B = 256; };", "DSP0004 2.x, Data types (integer ranges)"),
  arrayScalarMismatch: def(
    2203, "error", msg`${"what"} is ${"expected"} but the value is ${"found"}`,
    "An array takes a `{...}` value and a scalar a single value. In the `wmi` dialect a scalar for an array qualifier is accepted (mofcomp infers the qualifier's type from the literal).",
    "class Ex_Arr3 { uint8 A[] = 5; uint8 B = {5}; };", "DSP0004 2.x, Arrays; pywbem 'array mismatch'"),
  fixedArraySize: def(
    2204, "warning", msg`${"what"} is a fixed array of ${"size"} elements but the value has ${"count"}`,
    "A value for a fixed-size array `[N]` should have N elements. WMI keeps `[N]` only as a hint (the `MAX` qualifier), but in a WMI driver data block `[N]` fixes the layout, so there it is an error.",
    "class Ex_Arr2 { uint8 A[2] = {1, 2, 3}; };", "DSP0004 2.x, Arrays (fixed size); OpenWBEM"),
  invalidDatetime: def(
    2205, "error", msg`"${"value"}" is not a valid datetime: ${"reason"}`,
    "A datetime is a 25-character string: a timestamp `yyyymmddhhmmss.mmmmmmsUUU` (s is + or -, UUU the UTC offset in minutes) or an interval `ddddddddhhmmss.mmmmmm:000`. `*` may replace digits from the least significant end.",
    'class Ex_Dt { datetime Bad1 = "2024-01-31 23:59:59"; };', "DSP0004 2.x, Datetime type; DSP0221 Annex B"),
  datetimeUnzoned: def(
    2206, "warning", msg`datetime "${"value"}" has no UTC offset ('***'); DSP0004 expects the offset in digits`,
    "Microsoft documents an unzoned timestamp whose offset field is `***`; DMTF only lets asterisks stand for the least significant digits of the date and time.",
    'class Ex_Dt { datetime Ok3 = "20240131******.******+***"; };  // with --dialect dmtf', "DSP0004 2.x, Datetime type; Microsoft 'CIM_DATETIME'"),
  invalidObjectPath: def(
    2207, "error", msg`"${"value"}" is not a valid object path${"target"}: ${"reason"}`,
    "A reference written as a string is an object path `Class.Key=\"value\",...`, optionally after a namespace and `:`. The class must exist, its key names must be the class's keys, and it must be the reference's class or a subclass.",
    'instance of Ex_Edge { To = "Ex_Node.Name=\\"2\\""; };', "DSP0004 2.x, Object paths (model path); mof-language.md §4.12"),
  realRoundedToInteger: def(
    2208, "warning", msg`the real ${"value"} is rounded to ${"rounded"} for the ${"type"} ${"what"}`,
    "mofcomp rounds a real literal given for an integer type (Microsoft documents the resulting query surprises); DSP0004 rejects it.",
    "class Ex_Rd { uint16 V = 1000.4; };", "Microsoft 'Compiling MOF code with floating-point values'"),
  integerAsString: def(
    2209, "warning", msg`the integer ${"value"} is stored as the string "${"value"}"; write it in quotes`,
    "One Microsoft example gives an integer to a string property; how mofcomp converts it is not documented, so mofkit keeps the digits and warns. DSP0004 rejects it (MOF2201).",
    "class Ex_Si { string S = 23; };", "mof-language.md §4.10"),
  embeddedInstanceString: def(
    2210, "error", msg`the embedded instance in this string is not valid MOF: ${"detail"}`,
    "With `EmbeddedInstance(\"X\")` a string property holds the MOF text of an instance of X (pywbem compiles it). The text must parse as one `instance of` declaration of X or a subclass.",
    'class Ex_Outer { [Key] string Id; [EmbeddedInstance("Ex_Inner")] string Payload; };\ninstance of Ex_Outer { Id = "o"; Payload = "instance of Ex_Inner { V = ; };"; };', "DSP0004 2.x, EmbeddedInstance qualifier; pywbem issue #2277"),

  // --- instances and aliases --------------------------------------------------------------------
  instanceClassNotFound: def(
    2301, "error", msg`cannot create an instance of '${"name"}': no such class in namespace '${"namespace"}'`,
    "The class of an instance must be declared (earlier in the compilation, or predeclared in the `wmi` dialect).",
    'instance of Ex_Nothing as $x { Id = "1"; };', "DSP0004 2.x, Instance declarations; OpenPegasus InstAliasError"),
  unknownInstanceProperty: def(
    2302, "error", msg`'${"className"}' has no property '${"name"}'`,
    "Every property an instance sets must be declared by its class or inherited from a superclass.",
    'class Ex_I { [key] string Id; };\ninstance of Ex_I { Id = "a"; Color = "red"; };', "DSP0004 2.x, Instance declarations"),
  propertySetTwice: def(
    2303, "error", msg`property '${"name"}' is given more than once in this instance`,
    "An instance sets each property at most once; names compare case-insensitively.",
    'instance of Ex_I { Id = "a"; id = "b"; };', "DSP0004 2.x, Instance declarations; pywbem 'more than once'"),
  missingKeyValue: def(
    2304, "error", msg`instance of '${"className"}' has no value for key '${"name"}'`,
    "Every key property of an instance must have a non-NULL value, given in the instance or by a class default; otherwise the instance has no object path.",
    "class Ex_K { [key] string Id; uint32 V; };\ninstance of Ex_K { V = 1; };", "DSP0004 2.x, Key qualifier (keys are never NULL)"),
  abstractInstantiated: def(
    2305, "error", msg`cannot create an instance of '${"name"}': the class is ${"why"}`,
    "An abstract class has no direct instances (Abstract does not propagate, so a subclass is concrete unless it repeats it). WMI also treats amended classes (localized `ms_xxx` namespaces) as abstract.",
    "[Abstract] class Ex_Shape { [Key] string Id; };\ninstance of Ex_Shape { Id = \"s1\"; };", "DSP0004 2.x, Abstract qualifier; Microsoft 'Amended class considerations'"),
  duplicateInstance: def(
    2306, "warning", msg`an instance of '${"className"}' with the same key values was declared earlier; this one replaces it`,
    "Two instances with equal object paths describe one object; the repository keeps the later one (pywbem), or mofcomp updates it per `#pragma instanceflags`.",
    'instance of Ex_Node { Id = "same"; };\ninstance of Ex_Node { Id = "same"; };', "mof-language.md §4.14"),
  systemPropertySet: def(
    2307, "error", msg`'${"name"}' is a WMI system property and cannot be set`,
    "Properties whose names start with `__` (`__PATH`, `__CLASS`, ...) are computed by WMI.",
    'instance of Ex_I { Id = "a"; __PATH = "x"; };', "Microsoft 'WMI System Properties'"),
  undefinedAlias: def(
    2311, "error", msg`alias '$${"name"}' is not defined in this compilation`,
    "An alias must be defined by an `instance of ... as $name` (or a class alias) somewhere in the compilation unit; forward references are allowed.",
    "instance of Ex_Edge { From = $nowhere; To = $n1; };", "DSP0004 2.x, Aliases; OpenPegasus InstAliasError2"),
  duplicateAlias: def(
    2312, "error", msg`alias '$${"name"}' is already defined`,
    "Alias names are unique in a compilation unit and compare case-insensitively.",
    'instance of Ex_Node as $dup { Id = "a"; };\ninstance of Ex_Node as $DUP { Id = "b"; };', "DSP0004 2.x, Aliases; OpenPegasus InstAliasError3"),
  aliasCycle: def(
    2313, "error", msg`the object path of '$${"name"}' cannot be computed: its keys refer back to it (${"cycle"})`,
    "An alias stands for the object path of an instance, which is built from the instance's keys. When a key is a reference to an alias whose path in turn needs this one, no path exists.",
    "class Ex_Cy { [key] Ex_Cy ref Peer; };\ninstance of Ex_Cy as $p { Peer = $q; };\ninstance of Ex_Cy as $q { Peer = $p; };", "Microsoft 'Creating an Alias' (no circular aliases)"),
  aliasTypeMismatch: def(
    2314, "error", msg`alias '$${"name"}' ${"problem"}`,
    "An alias can initialise a reference (or, in the `wmi` dialect, an embedded object); the instance it names must be of the reference's class or a subclass.",
    "class Ex_Other { [key] string Id; };\nclass Ex_Holder { [key] string Id; Ex_Node ref R; };\ninstance of Ex_Other as $o { Id = \"1\"; };\ninstance of Ex_Holder { Id = \"h\"; R = $o; };", "DSP0004 2.x, Aliases and reference values"),

  // --- methods and parameters -------------------------------------------------------------------
  parameterDirection: def(
    2401, "warning", msg`parameter '${"name"}' is neither an input nor an output`,
    "`In` defaults to true and `Out` to false; `[In(false)]` without `Out` makes a parameter that carries nothing.",
    "class Ex_M { uint32 Go([In(false)] uint32 X); };", "DSP0004 2.x, In and Out qualifiers"),
  parameterIds: def(
    2402, "error", msg`${"detail"}`,
    "WMI numbers parameters with the `ID` qualifier (from 0, in declaration order, when not written). Explicit IDs must be unique and every `[in]` parameter must come before the `[out]`-only ones.",
    "class Ex_M { uint32 Go([in, ID(0)] uint32 A, [in, ID(0)] uint32 B); };", "Microsoft 'Creating a Method' (ID qualifier)"),
} as const;
