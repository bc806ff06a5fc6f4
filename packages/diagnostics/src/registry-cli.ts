import { msg } from "./message.js";
import { def } from "./registry-syntax.js";

/** MOF5xxx: the command line, configuration and the host file system. */
export const cliDiagnostics = {
  fileNotFound: def(
    5001,
    "error",
    msg`cannot read input file '${"path"}': ${"reason"}`,
    "An input named on the command line does not exist or cannot be read.",
    "mofkit check missing.mof",
  ),
  invalidOption: def(
    5002,
    "error",
    msg`${"detail"}`,
    "A command-line option has a value the command cannot use.",
    "mofkit check --dialect cim x.mof",
  ),
  internalError: def(
    5003,
    "error",
    msg`internal error: ${"detail"}`,
    "mofkit hit a bug. Please report it with the input that triggered it.",
    "(none)",
  ),
  outputNotOurs: def(
    5004,
    "error",
    msg`will not overwrite '${"path"}': ${"reason"}`,
    "mofkit replaces an existing output file only when mofkit wrote it (`mofkit compile` also writes only inside `--out`). Remove the file, choose another name, or, for `mofkit bmf`, pass `--force`.",
    "mofkit compile driver.mof --out src --emit model   # src/model.json is someone else's file",
  ),
  writeFailed: def(
    5005,
    "error",
    msg`cannot write '${"path"}': ${"reason"}`,
    "The output folder could not be created or the output file could not be written.",
    "mofkit compile driver.mof --out /read-only --emit model",
  ),
  providerLoadFailed: def(
    5006,
    "error",
    msg`cannot load provider '${"path"}': ${"reason"}`,
    "`mofkit query|get|set|invoke|watch --provider` bundles the module with esbuild, imports it and creates the provider from its default export (a class extending the generated `<Stem>ProviderBase`, an instance, or a function returning one). The module does not compile, does not export a provider, or its constructor threw.",
    "mofkit query --provider broken.provider.ts Contoso_ThermalReadings",
  ),
  unknownProviderClass: def(
    5007,
    "error",
    msg`the provider serves no class '${"name"}'; ${"known"}`,
    "The class (or GUID) named on the command line is not one the provider registered. Names are compared without regard to case; the message lists the classes the provider serves.",
    "mofkit query --provider thermal.provider.ts Contoso_Thermal",
  ),
  wrongClassKind: def(
    5008,
    "error",
    msg`'${"name"}' is ${"kind"}: ${"hint"}`,
    "An event class has no instances to query, get or set and no methods to invoke; it can only be watched (`mofkit watch`).",
    "mofkit query --provider thermal.provider.ts Contoso_ThermalTrip",
  ),
  unknownMethod: def(
    5009,
    "error",
    msg`class '${"className"}' has no method '${"name"}'; ${"known"}`,
    "`mofkit invoke` names a method the class does not declare (with a WmiMethodId). Names are compared without regard to case; the message lists the class's methods.",
    "mofkit invoke --provider thermal.provider.ts Contoso_ThermalControl SetFan Percent=40",
  ),
  unknownProperty: def(
    5010,
    "error",
    msg`'${"owner"}' has no ${"what"} '${"name"}'; ${"known"}`,
    "An assignment (`Name=value`, `Outer.Inner=value`) or a key of `--json` names a data item, method parameter or embedded-class member that does not exist, or indexes past the end of an array.",
    "mofkit set --provider thermal.provider.ts Contoso_ThermalReadings TripPt=900",
  ),
  invalidValue: def(
    5011,
    "error",
    msg`invalid value for ${"path"}: ${"detail"}`,
    "A value given to `mofkit set` or `mofkit invoke` cannot be read as the item's type (numbers, bigints for 64-bit integers, `true`/`false`, strings, arrays as JSON or comma lists, embedded objects as JSON), or the block's codec refuses it (out of range, too long for MaxLen, an array whose count item disagrees).",
    "mofkit set --provider thermal.provider.ts Contoso_ThermalReadings TripPoint=hot",
  ),
  providerFailed: def(
    5012,
    "error",
    msg`the provider failed while handling ${"request"}: ${"detail"}`,
    "A provider handler threw an exception that is not a `WmiStatusError`, or returned a value its block's codec cannot encode: a bug in the provider. Set `MOFKIT_DEBUG=1` for the stack trace.",
    "a queryContoso_ThermalReadings handler returning { TripPoint: 40000 }",
  ),
} as const;
