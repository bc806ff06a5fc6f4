/** Grammar introspection used by generators and tests (CST typings, railroad diagrams). */
import { generateCstDts, type ISerializedGast } from "chevrotain";
import { getParser } from "./parser.js";

export function cstTypesSource(): string {
  const dts = generateCstDts(getParser().getGAstProductions(), { includeVisitorInterface: false });
  return `// Generated from the grammar by scripts/gen-cst-types.js; do not edit.\n${dts}`;
}

export function serializedGrammar(): ISerializedGast[] {
  return getParser().getSerializedGastProductions();
}
