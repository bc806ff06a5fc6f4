/**
 * Conformance of the front end against the real MOF corpus (../shared/corpus/mof): every file
 * parses without a syntax error, except the files the corpus MANIFEST says must fail (which must
 * fail where the other compilers' suites say they do) and upstream files that are broken.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMemoryHost, loadProgram, countDeclarations, type Dialect } from "@mofkit/syntax";
import { createNodeHost } from "../packages/cli/src/node-host.js";
import { corpusMofFiles, hasCorpus, mofCorpus, warnIfNoCorpus } from "./support/corpus.js";

warnIfNoCorpus("corpus syntax conformance");

interface ExpectedFailure {
  /** Which dialect(s) must reject the file. */
  dialects: Dialect[];
  code: string;
  /** 1-based line of the first error, where the other compiler's suite states it. */
  line?: number;
  why: string;
}

const pegasusInvalid = "OpenPegasus__OpenPegasus/pegasus/src/Pegasus/Compiler/tests/invalidMOF";
const both: Dialect[] = ["wmi", "dmtf"];

/** From the corpus MANIFEST ("Files expected to fail"), with the line numbers its sources give. */
const mustFail: Record<string, ExpectedFailure> = {
  [`${pegasusInvalid}/badQualifierDecl1.mof`]: {
    dialects: both,
    code: "MOF1103",
    line: 4,
    why: "cimmofl: syntax error before 'badFlavorKeyword'",
  },
  [`${pegasusInvalid}/badQualifierDecl3.mof`]: {
    dialects: both,
    code: "MOF1102",
    line: 4,
    why: "cimmofl: empty Flavor()",
  },
  [`${pegasusInvalid}/badQualifierDecl5.mof`]: {
    dialects: both,
    code: "MOF1100",
    line: 4,
    why: "cimmofl: no closing parenthesis",
  },
  [`${pegasusInvalid}/badQualifierDecl6.mof`]: {
    dialects: both,
    code: "MOF1102",
    line: 4,
    why: "cimmofl: trailing comma",
  },
  [`${pegasusInvalid}/badQualifierDecl10.mof`]: {
    dialects: both,
    code: "MOF1103",
    line: 3,
    why: "cimmofl: syntax error before 'badScopeKeyword'",
  },
  [`${pegasusInvalid}/badQualifierDecl11.mof`]: {
    dialects: both,
    code: "MOF1102",
    line: 3,
    why: "cimmofl: trailing comma in Scope",
  },
  [`${pegasusInvalid}/badQualifierDecl13.mof`]: {
    dialects: both,
    code: "MOF1102",
    line: 3,
    why: "cimmofl: empty Scope()",
  },
  [`${pegasusInvalid}/badQualifierDecl15.mof`]: {
    dialects: both,
    code: "MOF1100",
    line: 4,
    why: "cimmofl: Scope not closed",
  },
  [`${pegasusInvalid}/badQualifierDecl16.mof`]: {
    dialects: both,
    code: "MOF1102",
    line: 3,
    why: "cimmofl: trailing comma",
  },
  [`${pegasusInvalid}/badClassDefinition1.mof`]: {
    dialects: both,
    code: "MOF1003",
    line: 1,
    why: "the whole file is one unterminated comment",
  },
  "pywbem__pywbem/tests/unittest/pywbem/testmofs/parse_error01.mof": {
    dialects: both,
    code: "MOF1100",
    line: 16,
    why: "pywbem: ';' missing after a value",
  },
  "pywbem__pywbem/tests/unittest/pywbem/testmofs/parse_error02.mof": {
    dialects: ["dmtf"],
    code: "MOF1108",
    line: 6,
    why: "pywbem: int32 is not a CIM type (in wmi mode it reads as a class name, rejected by the checker)",
  },
  "pywbem__pywbem/tests/unittest/pywbem/testmofs/parse_error04.mof": {
    dialects: both,
    code: "MOF1100",
    why: "pywbem: unexpected end of MOF (unclosed #pragma include)",
  },
  "kkaempf__sblim-sfcb/mofc/tests/test1.mof": {
    dialects: both,
    code: "MOF1101",
    why: "qualifier declarations without Scope (mofc accepted them; DSP0004 requires scope)",
  },
  "microsoft__omi/Unix/tests/mof/classes.mof": {
    dialects: ["dmtf"],
    code: "MOF1108",
    why: "OMI: parses only with its (Microsoft) extensions enabled",
  },
  // Upstream files that are broken as published: each holds a string literal that is never closed.
  "OpenPegasus__OpenPegasus/pegasus/src/Providers/TestProviders/Load/AssociationTestProviderR.mof": {
    dialects: both,
    code: "MOF1002",
    line: 150,
    why: 'upstream typo: ClassName = "TST_Assoc5; (no closing quote)',
  },
  "PowerShell__PSDscResources/DscResources/MSFT_UserResource/en-US/MSFT_UserResource.schema.mfl": {
    dialects: both,
    code: "MOF1100",
    why: "upstream typo: a Description string is not closed before ValueMap",
  },
  "microsoft__omi/Unix/share/networkschema/MSFT_SwitchService.mof": {
    dialects: both,
    code: "MOF1002",
    why: "upstream typo: a Description piece has an unbalanced quote",
  },
  "microsoft__PowerShell-DSC-for-Linux/Providers/Extras/Configuration_MOFs/nxScript_1.mof": {
    dialects: both,
    code: "MOF1002",
    why: "raw line breaks inside string literals (OMI accepts them; DSP0004 and mof-edge-cases.md case 22 reject them)",
  },
};

/** C-preprocessor input (MANIFEST: "WMI driver MOFs that are not plain MOF"). */
const needsPreprocessor = (f: string) => f.startsWith("microsoft__Windows-driver-samples/storage/iscsi/src/");

const counts = { files: 0, clean: 0, mustFail: 0, preprocessed: 0 };

describe.skipIf(!hasCorpus)("MOF corpus: syntax", () => {
  const files = hasCorpus ? corpusMofFiles() : [];

  it("finds the corpus", () => {
    expect(files.length).toBeGreaterThan(3900);
  });

  /** DSP0004-strict input: the DMTF release and the CIM schemas OpenPegasus ships. */
  const strictSchemas = (f: string) =>
    f.startsWith("dmtf__cim_schema_2.49.0/") || f.startsWith("OpenPegasus__OpenPegasus/pegasus/Schemas/CIM");

  for (const dialect of ["wmi", "dmtf"] as Dialect[]) {
    const scope = dialect === "wmi" ? "every corpus file" : "every DMTF/CIM schema file";
    it(`${scope} parses in the ${dialect} dialect, and must-fail files fail where expected`, () => {
      const host = createNodeHost();
      const unexpected: string[] = [];
      const selected =
        dialect === "wmi" ? files : files.filter((f) => strictSchemas(f) || mustFail[f]?.dialects.includes("dmtf"));
      for (const rel of selected) {
        const path = join(mofCorpus, rel);
        const fail = mustFail[rel];
        const preprocess = needsPreprocessor(rel);
        // Each file alone: includes are parsed by the whole-schema tests below.
        const bytes = readFileSync(path);
        const memory = createMemoryHost({ [rel]: bytes });
        const program = preprocess
          ? loadProgram([path], host, { dialect, preprocess })
          : loadProgram([rel], memory, { dialect, preprocess });
        const errors = program.diagnostics.filter(
          (d) => d.severity === "error" && d.code !== "MOF1202" /* includes: checked by the schema tests */,
        );
        if (dialect === "wmi") counts.files++;
        if (preprocess) {
          // iscsihba.mof expands and parses cleanly. The other four include Windows SDK headers
          // (iscsidsc.h, iscsierr.h) that are not in the corpus: the first error must name them.
          const left = program.diagnostics.filter((d) => d.severity === "error");
          if (rel.endsWith("/iscsihba.mof")) {
            if (left.length > 0)
              unexpected.push(`${rel}: ${left[0].code} ${left[0].message} at ${left[0].location?.start.line}`);
          } else {
            const missing = left.filter((d) => d.code === "MOF1202").map((d) => /'([^']+)'/.exec(d.message)?.[1]);
            if (!missing.includes("iscsidsc.h"))
              unexpected.push(`${rel}: expected the missing SDK header iscsidsc.h to be reported`);
          }
          if (dialect === "wmi") counts.preprocessed++;
          continue;
        }
        if (fail && fail.dialects.includes(dialect)) {
          if (dialect === "wmi") counts.mustFail++;
          const first = errors[0];
          if (!first) unexpected.push(`${rel}: expected ${fail.code} (${fail.why}) but it parsed`);
          else if (!errors.some((e) => e.code === fail.code))
            unexpected.push(`${rel}: expected ${fail.code} but got ${first.code} ${first.message}`);
          else if (
            fail.line !== undefined &&
            errors.find((e) => e.code === fail.code)!.location?.start.line !== fail.line
          ) {
            unexpected.push(
              `${rel}: expected ${fail.code} at line ${fail.line}, got line ${errors.find((e) => e.code === fail.code)!.location?.start.line}`,
            );
          }
          continue;
        }
        if (errors.length > 0) {
          unexpected.push(
            `${rel}: ${errors[0].code} ${errors[0].message} at ${errors[0].location?.start.line}:${errors[0].location?.start.column}`,
          );
        } else if (dialect === "wmi") counts.clean++;
      }
      if (dialect === "wmi") {
        console.log(
          `corpus syntax (wmi): ${counts.files} files, ${counts.clean} parse cleanly, ${counts.mustFail} must-fail files fail as expected, ${counts.preprocessed} need --preprocess`,
        );
      }
      expect(unexpected).toEqual([]);
    });
  }

  for (const dialect of ["dmtf", "wmi"] as Dialect[]) {
    it(`DMTF CIM 2.49 with its includes (${dialect}): 0 errors, 1,631 classes, 70 qualifier declarations`, () => {
      const entry = join(mofCorpus, "dmtf__cim_schema_2.49.0/cim_schema_2.49.0.mof");
      const program = loadProgram([entry], createNodeHost(), { dialect });
      const errors = program.diagnostics.filter((d) => d.severity === "error");
      expect(errors.map((e) => `${e.location?.file}:${e.location?.start.line} ${e.code} ${e.message}`)).toEqual([]);
      const c = countDeclarations(program);
      expect(c.classes).toBe(1631);
      expect(c.qualifierTypes).toBe(70);
      expect(c.files).toBe(1634);
    });
  }
});
