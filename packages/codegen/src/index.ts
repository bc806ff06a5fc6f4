export { emitCHeader, renderHeader, type CHeaderResult } from "./c-header.js";
export {
  planHeader,
  resolveHeaderOptions,
  includeGuard,
  headerVariable,
  declaration,
  type HeaderOptions,
  type HeaderPlan,
  type ClassPlan,
  type MethodPlan,
  type StructPlan,
  type MemberPlan,
} from "./header-plan.js";
export { emitCSkeleton, skeletonPrefix, type SkeletonOptions } from "./c-skeleton.js";
export { emitLayoutChecks, type LayoutChecksOptions } from "./c-checks.js";
export { parseGuid, guidInitializer, guidArguments, type GuidParts } from "./guid.js";
export { renderLayoutSvg, type SvgOptions } from "./svg-byte-map.js";
export { buildCOutputs, defaultOutputNames, type COutputs, type COutputOptions, type CEmitKind } from "./c-outputs.js";
export {
  emitTypeScript,
  emitTypeScriptProvider,
  formatTs,
  defaultTsFileName,
  tsBanner,
  type TsEmitOptions,
} from "./ts-emit.js";
export { defaultProviderFileName, providerStem } from "./ts-provider.js";
